import { render } from 'preact';
import browser from 'webextension-polyfill';
import { sendToTab, type TabReport } from '../messages';
import { loadSettings, updateSettings, watchSettings } from '../settings-store';
import { Popup } from './Popup';
import './popup.css';

async function activeTabReport(): Promise<TabReport | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  // No content script in the tab (not a Blogger host) means no report: an ordinary answer.
  return sendToTab(tab.id, 'getReport', {}).catch(() => null);
}

async function main() {
  const root = document.getElementById('app');
  if (!root) return;
  const [settings, report] = await Promise.all([loadSettings(), activeTabReport()]);
  const draw = (s: typeof settings) =>
    render(<Popup settings={s} report={report} onChange={(patch) => void updateSettings(patch)} />, root);
  draw(settings);
  watchSettings(draw);
}

void main();
