/**
 * Custom-domain Blogger blogs. `settings.customDomains` is the user's wish (synced across devices); the host
 * permission and the registered content script are this browser's reality. `reconcile` makes the reality
 * follow the wish wherever the permission has been granted, so it is safe to run at any time, any number of
 * times (startup, install, settings change, permission change).
 */
import browser from 'webextension-polyfill';
import { hostOfPattern, isBlogspotHostname, normalizeHostname, originPattern } from '../core/hostname';
import type { Settings } from '../core/settings';
import type { SettingsResult } from '../messages';
import { modifySettings, readSettings } from './settings-writer';

const SCRIPT_PREFIX = 'custom-domain:';
export const CONTENT_SCRIPT_FILE = 'content.js';

async function grantedHosts(): Promise<Set<string>> {
  const { origins = [] } = await browser.permissions.getAll();
  return new Set(origins.map(hostOfPattern).filter((host): host is string => host !== null));
}

export function hasHostPermission(host: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(host)] });
}

let reconciling: Promise<unknown> = Promise.resolve();

/**
 * Registers the content script for every wished-for custom domain with a grant, and unregisters the rest.
 * Resolves to the hosts registered by this call (calls are queued, so each host is reported once).
 */
export function reconcile(settings: Settings): Promise<string[]> {
  const run = reconciling.then(async () => {
    const granted = await grantedHosts();
    const wanted = new Set(settings.customDomains.filter((h) => granted.has(h) && !isBlogspotHostname(h)));
    const ours = (await browser.scripting.getRegisteredContentScripts()).filter((s) =>
      s.id.startsWith(SCRIPT_PREFIX),
    );
    const stale = ours.filter((s) => !wanted.has(s.id.slice(SCRIPT_PREFIX.length))).map((s) => s.id);
    if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
    const registered = new Set(ours.map((s) => s.id));
    const missing = [...wanted].filter((host) => !registered.has(SCRIPT_PREFIX + host));
    if (missing.length > 0) {
      await browser.scripting.registerContentScripts(
        missing.map((host) => ({
          id: SCRIPT_PREFIX + host,
          matches: [originPattern(host)],
          js: [CONTENT_SCRIPT_FILE],
          runAt: 'document_idle' as const,
          allFrames: false,
          persistAcrossSessions: true,
        })),
      );
    }
    return missing;
  });
  reconciling = run.catch((error: unknown) => console.error('Review Lens: content scripts', error));
  return run;
}

/** Runs the content script now in the tabs already showing that site, so the panel appears without a reload. */
async function runInOpenTabs(host: string): Promise<void> {
  const tabs = await browser.tabs.query({ url: originPattern(host) });
  await Promise.all(
    tabs.map(
      (tab) =>
        tab.id === undefined
          ? undefined
          : browser.scripting
              .executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT_FILE] })
              .catch(() => undefined), // a tab that moved to another site meanwhile
    ),
  );
}

/**
 * After the user granted the host permission (popup, options page, or the browser's own menu): remember the
 * site and run. Called from both the message and `permissions.onAdded`; only the call that registers the
 * script injects it into open tabs, so a page never gets two panels.
 */
export async function enableCustomDomain(input: string): Promise<SettingsResult> {
  const host = normalizeHostname(input);
  if (!host || isBlogspotHostname(host)) return { ok: false, errors: [`"${input}" is not a custom domain`] };
  if (!(await hasHostPermission(host))) return { ok: false, errors: [`no permission for ${host}`] };
  const result = await modifySettings((current) =>
    current.customDomains.includes(host) ? {} : { customDomains: [...current.customDomains, host] },
  );
  if (!result.ok) return result;
  if ((await reconcile(result.settings)).includes(host)) await runInOpenTabs(host);
  return result;
}

/** Stops running on a custom domain and gives its permission back. */
export async function disableCustomDomain(input: string): Promise<SettingsResult> {
  const host = normalizeHostname(input);
  if (!host) return { ok: false, errors: [`"${input}" is not a hostname`] };
  const result = await modifySettings((current) => ({
    customDomains: current.customDomains.filter((h) => h !== host),
  }));
  if (!result.ok) return result;
  await reconcile(result.settings);
  await dropPermissions([host]);
  return result;
}

/** Gives back the host permissions of domains that are no longer wished for (after an import or a reset). */
export async function dropPermissions(hosts: string[]): Promise<void> {
  if (hosts.length === 0) return;
  await browser.permissions.remove({ origins: hosts.map(originPattern) }).catch(() => false);
}

/** A grant made outside our buttons (the browser's own site-access menu) counts as enabling that site. */
export async function onPermissionsAdded(origins: string[] = []): Promise<void> {
  for (const host of origins.map(hostOfPattern)) {
    if (host && !isBlogspotHostname(host)) await enableCustomDomain(host);
  }
}

/** A permission the user took back in the browser's UI means "disable on this site". */
export async function onPermissionsRemoved(origins: string[] = []): Promise<void> {
  const removed = origins.map(hostOfPattern).filter((host): host is string => host !== null);
  if (removed.length === 0) return;
  const result = await modifySettings((current) => ({
    customDomains: current.customDomains.filter((h) => !removed.includes(h)),
  }));
  await reconcile(result.ok ? result.settings : await readSettings());
}
