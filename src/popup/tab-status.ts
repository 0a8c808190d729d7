/**
 * What the popup knows about a tab. A tab with our content script answers with its report. Any other web page
 * is inspected once through `activeTab` (granted when the user opens the popup): its HTML is parsed into an
 * inert document here (no scripts run, nothing loads) and run through the same detector as on blogspot.
 */
import browser from 'webextension-polyfill';
import { detect } from '../core/detect';
import { isBlogspotHostname, normalizeHostname } from '../core/hostname';
import type { Detection } from '../core/types';
import { sendToTab, type TabReport } from '../messages';

export type TabStatus =
  /** Our content script runs there and reported. */
  | { kind: 'report'; tabId: number; host: string | null; report: TabReport }
  /** A web page without our content script, inspected through activeTab. */
  | { kind: 'probe'; tabId: number; host: string; detection: Detection }
  /** A page we cannot read (browser pages, stores, or no permission). */
  | { kind: 'unavailable'; tabId: number | null; host: string | null };

const MAX_HTML = 4_000_000;

/** The popup targets the active tab; `?tab=<id>` targets another (the e2e tests open the popup as a tab). */
export async function targetTab(search: string): Promise<{ id: number; url?: string } | null> {
  const requested = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) {
    const tab = await browser.tabs.get(requested).catch(() => null);
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

async function snapshot(tabId: number): Promise<{ html: string; url: string } | null> {
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    func: (max: number) => ({ html: document.documentElement.outerHTML.slice(0, max), url: location.href }),
    args: [MAX_HTML],
  });
  const result = injection?.result as { html?: unknown; url?: unknown } | undefined;
  return typeof result?.html === 'string' && typeof result.url === 'string'
    ? { html: result.html, url: result.url }
    : null;
}

export async function inspectTab(tab: { id: number; url?: string } | null): Promise<TabStatus> {
  if (!tab) return { kind: 'unavailable', tabId: null, host: null };
  const report = await sendToTab(tab.id, 'getReport', {}).catch(() => null);
  if (report) return { kind: 'report', tabId: tab.id, host: normalizeHostname(report.url), report };
  const host = tab.url ? normalizeHostname(tab.url) : null;
  if (tab.url && !/^https?:/.test(tab.url)) return { kind: 'unavailable', tabId: tab.id, host: null };
  const page = await snapshot(tab.id).catch(() => null);
  const pageHost = page ? normalizeHostname(page.url) : null;
  if (!page || !pageHost) return { kind: 'unavailable', tabId: tab.id, host };
  const doc = new DOMParser().parseFromString(page.html, 'text/html');
  return { kind: 'probe', tabId: tab.id, host: pageHost, detection: detect(doc, page.url) };
}

/** A site that is Blogger by its markup but not on a blogspot address: it needs the user's grant. */
export function isCustomDomainCandidate(status: TabStatus): boolean {
  if (!status.host || isBlogspotHostname(status.host)) return false;
  if (status.kind === 'probe') return status.detection.blogger;
  return status.kind === 'report' && status.report.blogger;
}
