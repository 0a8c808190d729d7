/**
 * Content script lifecycle: analyse the page once, report to the background (badge, popup), and show the
 * panel when settings allow. Everything page-facing is in mount.tsx and page.ts; the analysis is pure core.
 */
import browser from 'webextension-polyfill';
import { analyzePage, type PageAnalysis } from '../core/pipeline';
import { isEnabledOn, type Settings } from '../core/settings';
import type { OutlineNode } from '../core/types';
import { t } from '../i18n';
import { receiver, sendToBackground, type TabReport, type TabResults, tabRequests } from '../messages';
import { loadSettings, watchSettings } from '../settings-store';
import { HOST_TAG, mountPanel } from './mount';
import { scrollToElement } from './page';

type Mounted = ReturnType<typeof mountPanel>;

function report(analysis: PageAnalysis, shown: boolean): TabReport {
  const { detection, post, outline } = analysis;
  return {
    url: location.href,
    blogger: detection.blogger,
    page: detection.page,
    review: detection.review,
    reasons: detection.reasons,
    title: post?.title ?? null,
    subject: null,
    rating: null,
    sections: outline.length,
    readingMinutes: post?.readingMinutes ?? 0,
    panelShown: shown,
  };
}

/** Whether this page gets a panel at all under these settings. */
function wanted(analysis: PageAnalysis, settings: Settings): boolean {
  const { detection, post } = analysis;
  if (!post || !detection.blogger || detection.page !== 'post') return false;
  if (!isEnabledOn(settings, location.hostname)) return false;
  return detection.review || settings.scope === 'all-posts';
}

async function start() {
  // One panel per page, even if the script is injected twice (static + registered for a custom domain).
  if (document.querySelector(HOST_TAG)) return;
  const settings = await loadSettings();
  const analysis = analyzePage(document, location.href, { summaryLength: settings.summaryLength });
  let mounted: Mounted | null = null;

  const jump = (node: OutlineNode) => scrollToElement(node.element);
  const render = (current: Settings) => {
    if (!wanted(analysis, current)) {
      mounted?.unmount();
      mounted = null;
      return;
    }
    mounted ??= mountPanel(document);
    mounted.update({
      title: analysis.post?.title ?? document.title,
      outline: analysis.outline,
      labels: { panel: t('panelLabel'), contents: t('panelContents') },
      onJump: jump,
    });
  };
  const setShown = (shown: boolean, current: Settings) => {
    if (shown) render({ ...current, scope: 'all-posts' });
    else {
      mounted?.unmount();
      mounted = null;
    }
    return report(analysis, mounted !== null);
  };

  let current = settings;
  render(current);
  watchSettings((next) => {
    current = next;
    render(current);
  });
  browser.runtime.onMessage.addListener(
    receiver<typeof tabRequests, TabResults>(tabRequests, {
      getReport: () => report(analysis, mounted !== null),
      setPanelShown: ({ shown }) => setShown(shown, current),
      togglePanel: () => setShown(mounted === null, current),
    }),
  );
  await sendToBackground('tabReport', { report: report(analysis, mounted !== null) });
}

start().catch((error: unknown) => {
  // A failure shows nothing rather than a broken panel, and is logged once, in the extension's console.
  console.error('Review Lens:', error);
});
