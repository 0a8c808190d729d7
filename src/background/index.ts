/** Background worker: settings owner, badge, keyboard command. Stateless between events (MV3). */
import browser from 'webextension-polyfill';
import { type BackgroundResults, backgroundRequests, receiver, sendToTab } from '../messages';
import { showReportOnBadge } from './badge';
import { repairStoredSettings, writeSettingsPatch } from './settings-writer';

browser.runtime.onInstalled.addListener(() => {
  void repairStoredSettings();
});

browser.runtime.onMessage.addListener(
  receiver<typeof backgroundRequests, BackgroundResults>(backgroundRequests, {
    tabReport: async ({ report }, sender) => {
      if (sender.tab?.id !== undefined) await showReportOnBadge(sender.tab.id, report);
      return true as const;
    },
    updateSettings: ({ patch }) => writeSettingsPatch(patch),
  }),
);

browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'toggle-panel') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  // A tab without our content script has no receiver; that is an ordinary case, not an error.
  await sendToTab(tab.id, 'togglePanel', {}).catch(() => undefined);
});
