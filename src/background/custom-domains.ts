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

/** Registers the content script for every wished-for custom domain with a grant, and unregisters the rest. */
export function reconcile(settings: Settings): Promise<void> {
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
  });
  reconciling = run.catch((error: unknown) => console.error('Review Lens: content scripts', error));
  return run;
}

/** Runs in the page's isolated world (shared with our content script): true only the first time per document. */
function claimInjection(): boolean {
  const scope = globalThis as { reviewLensInjected?: boolean };
  if (scope.reviewLensInjected) return false;
  scope.reviewLensInjected = true;
  return true;
}

let injecting: Promise<unknown> = Promise.resolve();

/**
 * Runs the content script now in the tabs already showing that site, so the panel appears without a reload.
 * Enabling can arrive twice (the popup's message and permissions.onAdded); queued claims make it run once.
 */
function runInOpenTabs(host: string): Promise<void> {
  const run = injecting.then(async () => {
    for (const tab of await browser.tabs.query({ url: originPattern(host) })) {
      if (tab.id === undefined) continue;
      const target = { tabId: tab.id };
      const [claim] = await browser.scripting.executeScript({ target, func: claimInjection }).catch(() => []);
      // A tab that moved to another site meanwhile simply fails; nothing to undo.
      if (claim?.result === true)
        await browser.scripting.executeScript({ target, files: [CONTENT_SCRIPT_FILE] }).catch(() => []);
    }
  });
  injecting = run.catch(() => undefined);
  return run;
}

/**
 * After the user granted the host permission (popup, options page, or the browser's own menu): remember the
 * site, register its content script and run it in the site's open tabs.
 */
export async function enableCustomDomain(input: string): Promise<SettingsResult> {
  const host = normalizeHostname(input);
  if (!host || isBlogspotHostname(host)) return { ok: false, errors: [`"${input}" is not a custom domain`] };
  if (!(await hasHostPermission(host))) return { ok: false, errors: [`no permission for ${host}`] };
  const result = await modifySettings((current) =>
    current.customDomains.includes(host) ? {} : { customDomains: [...current.customDomains, host] },
  );
  if (!result.ok) return result;
  await reconcile(result.settings);
  await runInOpenTabs(host);
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
