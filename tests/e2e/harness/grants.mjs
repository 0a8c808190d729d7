// Host permissions for tests, where the browser's permission prompt cannot be clicked.
// - Chromium: the prompt is a browser dialog that no automation protocol reaches. We write the grant into the
//   test profile instead: launch once so Chromium records the extension, close, add the origins to the
//   extension's `granted_permissions`, `active_permissions` and `runtime_granted_permissions` in
//   <profile>/Default/Preferences, and launch again. Chromium then reports them from permissions.contains/getAll,
//   exactly as after a user's "Allow" (and fires no onAdded, as for a grant made in an earlier session).
// - Firefox: the pref `extensions.webextOptionalPermissionPrompts: false` makes permissions.request() grant
//   without a prompt; the request still needs a real click (user input) in an extension page.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './browsers.mjs';

export const FIREFOX_GRANT_PREFS = { 'extensions.webextOptionalPermissionPrompts': false };

/** A Chromium profile directory in which the extension already holds these host permissions. */
export async function chromiumProfileWithHosts(origins) {
  const dir = mkdtempSync(join(tmpdir(), 'rl-chromium-granted-'));
  const first = await launch('chromium', { userDataDir: dir });
  const id = new URL(first.extensionOrigin).host;
  await first.close();
  const path = join(dir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(path, 'utf8'));
  const extension = prefs.extensions?.settings?.[id];
  if (!extension) throw new Error(`Chromium recorded no settings for extension ${id} in ${path}`);
  const add = (set = {}) => ({
    api: [],
    manifest_permissions: [],
    scriptable_host: [],
    ...set,
    explicit_host: [...new Set([...(set.explicit_host ?? []), ...origins])],
  });
  extension.granted_permissions = add(extension.granted_permissions);
  extension.active_permissions = add(extension.active_permissions);
  extension.runtime_granted_permissions = add(extension.runtime_granted_permissions);
  writeFileSync(path, JSON.stringify(prefs));
  return dir;
}

/** Firefox: asks for the origins from a real click in an extension page; the pref answers yes. */
export async function firefoxGrantByClick(session, origins) {
  const page = await session.openExtension('src/options/index.html');
  await page.evaluate((wanted) => {
    const button = document.createElement('button');
    button.id = 'e2e-grant';
    button.textContent = 'grant';
    button.addEventListener('click', () => {
      globalThis.e2eGrant = browser.permissions.request({ origins: wanted });
    });
    document.body.prepend(button);
  }, origins);
  await page.page.click('#e2e-grant');
  const granted = await page.waitFor(() => globalThis.e2eGrant, null, { message: 'permission granted' });
  await page.close();
  if (granted !== true) throw new Error(`Firefox did not grant ${origins.join(', ')}`);
}
