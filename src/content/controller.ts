/**
 * One open panel on one page: turns the analysis and the settings into the UI's props, wires the page effects
 * (scroll, highlight, scroll spy, progress) and remembers the user's placement for this site.
 */
import { rangeFor } from '../core/locate';
import { outline as buildOutline } from '../core/outline';
import type { PageReading } from '../core/pipeline';
import { type Settings, siteSettings } from '../core/settings';
import type { OutlineNode, Post, Sentence, SummaryLength } from '../core/types';
import { sendToBackground } from '../messages';
import { updateSettings } from '../settings-store';
import type { PanelContent, PanelLayout, Translate } from '../ui/model';
import type { PanelProps } from '../ui/Panel';
import { copyToClipboard } from './clipboard';
import { mountPanel } from './mount';
import {
  createHighlighter,
  gutter,
  pageBrightness,
  scrollToTarget,
  watchActiveHeading,
  watchProgress,
} from './page';

/** Below this viewport width the panel starts collapsed, as a tab that stays out of the text column. */
export const NARROW_VIEWPORT = 900;
const DEFAULT_TOP = 72;
const TAB_WIDTH = 36;
const MIN_TAB_WIDTH = 8;

/** A read post; `summary`, when given, is the summary at the initial settings' length. */
type ReadPage = PageReading & { post: Post; summary?: Sentence[] };

export interface PanelHooks {
  t: Translate;
  /** The user closed the panel for this page. */
  onClose: () => void;
  /** Something failed: the caller removes the panel and logs once. */
  onError: (error: unknown) => void;
  /** The summary at a length, computed in slices; the panel shows it when it arrives. */
  summarize: (length: SummaryLength) => Promise<Sentence[]>;
}

function flatten(nodes: OutlineNode[]): OutlineNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

export function openPanel(doc: Document, analysis: ReadPage, initial: Settings, hooks: PanelHooks) {
  const view = doc.defaultView!;
  const host = view.location.hostname;
  const { post, detection } = analysis;
  const card = analysis.review;
  // Read before our host is added: the page's style is still clean, so this forces no recalculation.
  const pageTheme = pageBrightness(doc);
  const mounted = mountPanel(doc);
  const highlighter = createHighlighter(doc);
  const darkScheme = view.matchMedia('(prefers-color-scheme: dark)');

  let settings = initial;
  let collapsed: boolean | null = view.innerWidth < NARROW_VIEWPORT ? true : null;
  let active: number | null = null;
  let progress = 0;
  /** The summary shown (the last one that arrived) and the length asked for. */
  let summary: Sentence[] = analysis.summary ?? [];
  let requested: SummaryLength | null = analysis.summary ? initial.summaryLength : null;
  let disposed = false;
  let outline = { depth: initial.tocDepth, nodes: analysis.outline };
  let stopSpy = () => {};

  const guard =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R | undefined => {
      try {
        return fn(...args);
      } catch (error) {
        hooks.onError(error);
        return undefined;
      }
    };

  const spy = () => {
    stopSpy();
    stopSpy = watchActiveHeading(flatten(outline.nodes), (block) => {
      active = block;
      render();
    });
  };

  const remember = (patch: { collapsed?: boolean; offsetY?: number; width?: number }) => {
    updateSettings({ sites: { [host]: patch } }).catch(() => undefined);
  };

  /** Asks for the summary at the current length unless it is there or on its way; the old one shows meanwhile. */
  const requestSummary = () => {
    const length = settings.summaryLength;
    if (requested === length) return;
    requested = length;
    hooks.summarize(length).then((sentences) => {
      if (disposed || requested !== length) return;
      summary = sentences;
      render();
    }, hooks.onError);
  };

  const content = (): PanelContent => {
    requestSummary();
    if (outline.depth !== settings.tocDepth) {
      outline = { depth: settings.tocDepth, nodes: buildOutline(post, { maxDepth: settings.tocDepth }) };
      spy();
    }
    return {
      title: post.title ?? doc.title,
      url: post.url,
      review: detection.review,
      subject: card?.subject ?? null,
      rating: card?.rating ?? null,
      readingMinutes: post.readingMinutes,
      verdict: card?.verdict ?? null,
      summary,
      pros: card?.pros ?? [],
      cons: card?.cons ?? [],
      outline: outline.nodes,
    };
  };

  const layout = (): PanelLayout => {
    const site = siteSettings(settings, host);
    // Right-to-left pages get the mirror image: the panel on the other side, its content right to left.
    const side =
      post.dir === 'rtl' ? (settings.panel.side === 'right' ? 'left' : 'right') : settings.panel.side;
    const room = view.innerWidth < NARROW_VIEWPORT ? gutter(post.body, side) - 4 : TAB_WIDTH;
    return {
      side,
      width: site.width ?? settings.panel.width,
      offsetY: site.offsetY ?? DEFAULT_TOP,
      collapsed: collapsed ?? site.collapsed ?? false,
      theme:
        settings.theme === 'auto' ? (pageTheme ?? (darkScheme.matches ? 'dark' : 'light')) : settings.theme,
      fontSize: settings.fontSize,
      dir: post.dir,
      tabWidth: Math.round(Math.max(MIN_TAB_WIDTH, Math.min(TAB_WIDTH, room))),
    };
  };

  const showSentence = (sentence: Sentence) => {
    const block = post.blocks[sentence.block];
    if (!block) return;
    const range = rangeFor(block, sentence.start, sentence.end, doc);
    scrollToTarget(range ?? block.element);
    if (range) highlighter.show(range);
  };

  const props = (): PanelProps => ({
    content: content(),
    sections: settings.sections,
    layout: layout(),
    active,
    progress,
    t: hooks.t,
    onJump: guard((node: OutlineNode) => scrollToTarget(node.element)),
    onSentence: guard(showSentence),
    onCopy: (text) => copyToClipboard(text, mounted.shadow),
    onCollapse: guard((next: boolean) => setCollapsed(next)),
    onClose: guard(() => hooks.onClose()),
    onSettings: () => void sendToBackground('openOptions', {}).catch(() => undefined),
    onPlace: guard((place: { offsetY?: number; width?: number }) => remember(place)),
  });

  function render() {
    try {
      mounted.update(props());
    } catch (error) {
      hooks.onError(error);
    }
  }

  function setCollapsed(next: boolean) {
    collapsed = next;
    remember({ collapsed: next });
    render();
  }

  spy();
  const stopProgress = post.body
    ? watchProgress(post.body, (value) => {
        progress = value;
        render();
      })
    : () => {};
  const onScheme = () => render();
  darkScheme.addEventListener('change', onScheme);
  render();

  return {
    host: mounted.host,
    isCollapsed: () => layout().collapsed,
    setCollapsed,
    update(next: Settings) {
      settings = next;
      render();
    },
    dispose() {
      disposed = true;
      stopSpy();
      stopProgress();
      darkScheme.removeEventListener('change', onScheme);
      highlighter.dispose();
      mounted.unmount();
    },
  };
}

export type OpenPanel = ReturnType<typeof openPanel>;
