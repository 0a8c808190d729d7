/**
 * The options page's preview: the built-in sample read by the same pipeline as real pages, and the panel's props
 * built from it and the settings. Pure apart from parsing the sample into an inert document (no scripts run,
 * nothing loads); the content script's props builder is tied to the live page, so this small one stands apart.
 */
import { analyzePage, type PageAnalysis } from '../core/pipeline';
import type { Settings } from '../core/settings';
import type { SummaryLength } from '../core/types';
import type { PanelCallbacks, PanelLayout, Translate } from '../ui/model';
import type { PanelProps } from '../ui/Panel';
import { SAMPLE_REVIEW_HTML, SAMPLE_REVIEW_URL } from './sample-review';

/** Distance of the preview panel from the top of its box, px. */
export const PREVIEW_TOP = 12;

const readings = new Map<string, PageAnalysis>();

/** The sample analysed at a summary length and TOC depth; cached, as the settings flip between few values. */
export function readSample(summaryLength: SummaryLength, maxDepth: number): PageAnalysis {
  const key = `${summaryLength}/${maxDepth}`;
  let reading = readings.get(key);
  if (!reading) {
    const doc = new DOMParser().parseFromString(SAMPLE_REVIEW_HTML, 'text/html');
    reading = analyzePage(doc, SAMPLE_REVIEW_URL, { anySite: true, summaryLength, maxDepth });
    readings.set(key, reading);
  }
  return reading;
}

export interface PreviewView {
  /** The browser prefers a dark scheme (what the 'auto' theme follows on the options page). */
  prefersDark: boolean;
  /** The user collapsed the preview panel to its tab. */
  collapsed: boolean;
}

/** The panel's props for the sample under these settings. */
export function previewProps(
  reading: PageAnalysis,
  settings: Settings,
  view: PreviewView,
  t: Translate,
  callbacks: PanelCallbacks,
): PanelProps {
  const { post, review: card } = reading;
  const layout: PanelLayout = {
    side: settings.panel.side,
    width: settings.panel.width,
    offsetY: PREVIEW_TOP,
    collapsed: view.collapsed,
    theme: settings.theme === 'auto' ? (view.prefersDark ? 'dark' : 'light') : settings.theme,
    fontSize: settings.fontSize,
    dir: post?.dir ?? 'ltr',
    tabWidth: 36,
  };
  return {
    content: {
      title: post?.title ?? '',
      url: SAMPLE_REVIEW_URL,
      review: reading.detection.review,
      subject: card?.subject ?? null,
      rating: card?.rating ?? null,
      readingMinutes: post?.readingMinutes ?? 0,
      verdict: card?.verdict ?? null,
      summary: reading.summary,
      pros: card?.pros ?? [],
      cons: card?.cons ?? [],
      outline: reading.outline,
    },
    sections: settings.sections,
    layout,
    active: null,
    // A third of the way through: shows what the progress bar looks like.
    progress: 0.35,
    t,
    ...callbacks,
  };
}
