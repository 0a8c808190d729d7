import browser from 'webextension-polyfill';
import type { TabReport } from '../messages';

/** A review shows its rating out of 10 (or a check mark) on its tab's toolbar button; anything else clears it. */
export function badgeText(report: TabReport): string {
  if (!report.review) return '';
  if (!report.rating) return '✓';
  return String(Number(((report.rating.value / report.rating.scale) * 10).toFixed(1)));
}

export async function showReportOnBadge(tabId: number, report: TabReport): Promise<void> {
  const text = badgeText(report);
  await browser.action.setBadgeText({ tabId, text });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: '#0e7490' });
}
