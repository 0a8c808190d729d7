/** Background worker: settings owner, badge, keyboard command, custom domains. Stateless between events (MV3). */
import browser from 'webextension-polyfill';
import {
  type BackgroundResults,
  backgroundRequests,
  backgroundSenders,
  receiver,
  senderKind,
  sendToTab,
} from '../messages';
import { AREA_KEY, SETTINGS_KEY } from '../settings-store';
import { showReportOnBadge } from './badge';
import { contentMayPatch } from './content-patch';
import {
  disableCustomDomain,
  dropPermissions,
  enableCustomDomain,
  onPermissionsAdded,
  onPermissionsRemoved,
  reconcile,
} from './custom-domains';
import {
  readSettings,
  repairStoredSettings,
  replaceAllSettings,
  writeSettingsPatch,
} from './settings-writer';

const logFailure = (what: string) => (error: unknown) => console.error(`Review Lens: ${what}`, error);

browser.runtime.onInstalled.addListener(() => {
  void repairStoredSettings()
    .then((repaired) => {
      if (repaired.length > 0) console.warn('Review Lens: repaired stored settings', repaired);
      return readSettings();
    })
    .then(reconcile)
    .catch(logFailure('install'));
});

// Registered scripts persist across restarts in both browsers; this re-checks them against the grants.
browser.runtime.onStartup.addListener(() => {
  void readSettings().then(reconcile).catch(logFailure('startup'));
});

browser.runtime.onMessage.addListener(
  receiver<typeof backgroundRequests, BackgroundResults>(
    backgroundRequests,
    {
      tabReport: async ({ report }, sender) => {
        if (sender.tab?.id !== undefined) await showReportOnBadge(sender.tab.id, report);
        return true as const;
      },
      updateSettings: ({ patch }, sender) => {
        if (senderKind(sender) === 'content' && !contentMayPatch(patch, sender.url)) {
          return { ok: false as const, errors: ['a page may only change its own site entry'] };
        }
        return writeSettingsPatch(patch);
      },
      replaceSettings: async ({ settings }) => {
        const result = await replaceAllSettings(settings);
        if (!result.ok) return result;
        const previous = result.previous?.customDomains ?? [];
        await dropPermissions(previous.filter((host) => !result.settings.customDomains.includes(host)));
        await reconcile(result.settings);
        return { ok: true as const, settings: result.settings };
      },
      enableCustomDomain: ({ host }) => enableCustomDomain(host),
      disableCustomDomain: ({ host }) => disableCustomDomain(host),
      openOptions: () =>
        browser.runtime.openOptionsPage().then(
          () => true,
          () => false,
        ),
      logError: ({ message }, sender) => {
        console.error(`Review Lens panel failed on ${sender.url ?? 'a page'}: ${message}`);
        return true as const;
      },
    },
    backgroundSenders,
  ),
);

// Custom domains may arrive or leave through sync from another device.
browser.storage.onChanged.addListener((changes, area) => {
  const domainsOf = (value: unknown) =>
    JSON.stringify((value as { customDomains?: unknown } | undefined)?.customDomains);
  const settingsChange = changes[SETTINGS_KEY];
  const domainsChanged =
    settingsChange && domainsOf(settingsChange.oldValue) !== domainsOf(settingsChange.newValue);
  if (domainsChanged || (area === 'local' && changes[AREA_KEY])) {
    void readSettings().then(reconcile).catch(logFailure('content scripts'));
  }
});

browser.permissions.onAdded.addListener(({ origins }) => {
  void onPermissionsAdded(origins).catch(logFailure('permission added'));
});
browser.permissions.onRemoved.addListener(({ origins }) => {
  void onPermissionsRemoved(origins).catch(logFailure('permission removed'));
});

browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'toggle-panel') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  // A tab without our content script has no receiver; that is an ordinary case, not an error.
  await sendToTab(tab.id, 'togglePanel', {}).catch(() => undefined);
});
