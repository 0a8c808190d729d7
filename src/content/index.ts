/**
 * Content script lifecycle: once the page is idle, read it in time slices (detect, extract, outline, review
 * card), show the panel when settings allow, and fill in the summary, also in slices; report to the
 * background (badge, popup). Page effects are in page.ts, the panel's wiring in controller.ts; the analysis
 * is pure core. A failure anywhere removes the panel and is logged once, in the extension's console.
 */
import browser from 'webextension-polyfill';
import { outline } from '../core/outline';
import { type PageReading, readSteps, summaryOptions } from '../core/pipeline';
import { isEnabledOn, opensByItself, type Settings, TOC_DEPTH } from '../core/settings';
import { runStepsAsync } from '../core/steps';
import { summarySteps } from '../core/summarize';
import type { Sentence, SummaryLength } from '../core/types';
import { t } from '../i18n';
import { receiver, sendToBackground, type TabReport, type TabResults, tabRequests } from '../messages';
import { loadSettings, updateSettings, watchSettings } from '../settings-store';
import { extensionApiReachable } from './browser-global';
import { type OpenPanel, openPanel } from './controller';
import { delay, pacer } from './slices';

/**
 * How long the panel waits for a summary that is almost ready, so a normal post appears in one piece; past
 * this (a very long post) the panel shows at once and the summary follows.
 */
const SUMMARY_GRACE_MS = 30;

let failed = false;

function fail(error: unknown) {
  if (failed) return;
  failed = true;
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  sendToBackground('logError', { message: message.slice(0, 2000) }).catch(() => undefined);
}

/**
 * Waits for an idle moment, so the panel never competes with the page's own first paint. A page that has
 * finished loading gets only a short wait: there is no first paint left to protect.
 */
function whenIdle(): Promise<void> {
  const timeout = document.readyState === 'complete' ? 50 : 2000;
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 0);
  });
}

function report(analysis: PageReading, shown: boolean): TabReport {
  const { detection, post, outline } = analysis;
  const card = detection.review ? analysis.review : null;
  return {
    url: location.href,
    blogger: detection.blogger,
    page: detection.page,
    review: detection.review,
    reasons: detection.reasons,
    title: post?.title ?? null,
    subject: card?.subject?.name ?? null,
    rating: card?.rating ?? null,
    sections: outline.length,
    readingMinutes: post?.readingMinutes ?? 0,
    panelShown: shown,
  };
}

/**
 * Marks this page's content-script world as running. A page can forge a `<review-lens-panel>` element, but not
 * this property: content-script globals are invisible to page scripts in both browsers.
 */
const RUNNING = Symbol.for('review-lens.running');

async function start() {
  // One panel per page, even if the script is injected twice (static + registered for a custom domain).
  const world = globalThis as { [RUNNING]?: boolean };
  if (world[RUNNING] || !extensionApiReachable) return;
  world[RUNNING] = true;
  const pace = pacer();
  // The page is read while the settings are on their way: the outline is redone if their depth differs.
  const read = () => runStepsAsync(readSteps(document, location.href, { maxDepth: TOC_DEPTH.default }), pace);
  const [initial, reading] = await Promise.all([loadSettings(), whenIdle().then(read)]);
  const analysis =
    reading.post && initial.tocDepth !== TOC_DEPTH.default
      ? { ...reading, outline: outline(reading.post, { maxDepth: initial.tocDepth }) }
      : reading;
  const host = location.hostname;
  let current = initial;
  let panel: OpenPanel | null = null;
  /** The user's explicit show/hide on this page (shortcut, popup, close button); null = follow settings. */
  let choice: boolean | null = null;

  const { detection, post } = analysis;
  const page = post ? { ...analysis, post } : null;
  /** Summaries by length, each computed once, in slices. */
  const summaries = new Map<SummaryLength, Promise<Sentence[]>>();
  const summarize = (length: SummaryLength): Promise<Sentence[]> => {
    let summary = summaries.get(length);
    if (!summary) {
      summary = post
        ? runStepsAsync(summarySteps(post, summaryOptions(analysis, length)), pace)
        : Promise.resolve([]);
      summaries.set(length, summary);
    }
    return summary;
  };
  const readable = (s: Settings) => {
    if (failed || !post || !detection.blogger || detection.page !== 'post' || !isEnabledOn(s, host))
      return false;
    // A post that is not a review gets a panel when the user asked for one, or for all posts.
    return detection.review || s.scope === 'all-posts' || choice === true;
  };

  const hide = () => {
    panel?.dispose();
    panel = null;
  };
  const sync = () => {
    if (!page || !readable(current) || !(choice ?? opensByItself(current, host))) return hide();
    if (panel) panel.update(current);
    else panel = openPanel(document, page, current, { t, onClose: () => choose(false), onError, summarize });
  };
  const onError = (error: unknown) => {
    fail(error);
    hide();
  };
  /** An explicit show/hide, remembered for this site when the panel opens per site. */
  const choose = (shown: boolean) => {
    choice = shown;
    if (current.autoOpen === 'per-site')
      updateSettings({ sites: { [host]: { open: shown } } }).catch(() => {});
    sync();
    return report(analysis, panel !== null);
  };

  if (page && readable(current) && opensByItself(current, host))
    await Promise.race([summarize(current.summaryLength), delay(SUMMARY_GRACE_MS)]);
  sync();
  watchSettings((next) => {
    current = next;
    sync();
  });
  browser.runtime.onMessage.addListener(
    receiver<typeof tabRequests, TabResults>(tabRequests, {
      getReport: () => report(analysis, panel !== null),
      setPanelShown: ({ shown }) => choose(shown),
      togglePanel: () => {
        // The shortcut opens a collapsed panel; otherwise it shows or hides it.
        if (panel?.isCollapsed()) {
          panel.setCollapsed(false);
          return report(analysis, true);
        }
        return choose(panel === null);
      },
    }),
  );
  await sendToBackground('tabReport', { report: report(analysis, panel !== null) });
}

start().catch(fail);
