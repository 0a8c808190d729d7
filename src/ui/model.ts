/**
 * What the panel shows and how it is laid out: plain props, built by the content script from the page
 * analysis and the settings. The UI never reads the page or the settings store itself.
 */
import type { OutlineNode, Rating, Sentence } from '../core/types';

/** A UI string by its _locales key (`t` from i18n.ts in the extension, a table in tests). */
export type Translate = (key: string, substitutions?: string | string[]) => string;

export interface PanelContent {
  /** The post's title (the header falls back to it when no subject is named). */
  title: string;
  url: string;
  /** Whether the post was detected as a review: only then the card (rating, verdict, pros/cons) shows. */
  review: boolean;
  subject: { name: string; year: number | null } | null;
  rating: Rating | null;
  readingMinutes: number;
  verdict: Sentence | null;
  summary: Sentence[];
  pros: string[];
  cons: string[];
  outline: OutlineNode[];
}

export interface PanelSections {
  reviewCard: boolean;
  summary: boolean;
  prosCons: boolean;
  toc: boolean;
  readingTime: boolean;
}

export interface PanelLayout {
  side: 'left' | 'right';
  width: number;
  /** Distance from the top of the viewport, px. */
  offsetY: number;
  collapsed: boolean;
  theme: 'light' | 'dark';
  fontSize: 'small' | 'medium' | 'large';
  dir: 'ltr' | 'rtl';
  /** Room beside the text column on narrow viewports, px; the collapsed tab never gets wider. */
  tabWidth: number;
}

export type CopyFormat = 'markdown' | 'text';

export interface PanelCallbacks {
  onJump: (node: OutlineNode) => void;
  onSentence: (sentence: Sentence) => void;
  /** Puts the text on the clipboard; false when the browser refused. */
  onCopy: (text: string) => Promise<boolean>;
  onCollapse: (collapsed: boolean) => void;
  onClose: () => void;
  onSettings: () => void;
  /** Drag or resize finished: remember it for this site. */
  onPlace: (place: { offsetY?: number; width?: number }) => void;
}
