/**
 * The manifest is the extension's attack surface. These assertions pin it exactly, so a new permission, a
 * channel a web page could use, or a content script in frames cannot slip in unnoticed: changing any of them
 * means changing this file (and the README's permission table) on purpose.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');

const PERMISSIONS = ['activeTab', 'scripting', 'storage'];
const OPTIONAL_HOST_PERMISSIONS = ['*://*/*'];

describe('manifest permissions', () => {
  test('asks for exactly these permissions', () => {
    expect([...manifest.permissions].sort()).toEqual(PERMISSIONS);
  });

  test('host access beyond Blogger is optional only, never granted at install', () => {
    expect(manifest.optional_host_permissions).toEqual(OPTIONAL_HOST_PERMISSIONS);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
  });

  test.each(PERMISSIONS)('the README explains why it needs %s', (permission) => {
    const table = readme.slice(readme.indexOf('## Permissions'), readme.indexOf('## Privacy'));
    expect(table).toContain(`\`${permission}\``);
  });
});

describe('no channel a web page can reach', () => {
  test.each([
    'externally_connectable',
    'web_accessible_resources',
    'content_security_policy',
    'sandbox',
    'update_url',
    'key',
  ])('has no %s key (so the browser default applies)', (key) => {
    expect(Object.hasOwn(manifest, key)).toBe(false);
  });

  test('has no remote or page-facing background pages', () => {
    expect(Object.keys(manifest.background).sort()).toEqual(['scripts', 'service_worker', 'type']);
    expect(manifest.background.service_worker).toMatch(/^src\//);
    expect(manifest.background.scripts.every((s: string) => s.startsWith('src/'))).toBe(true);
  });
});

describe('content scripts', () => {
  const scripts: Record<string, unknown>[] = manifest.content_scripts;

  test('there is exactly one, running in the top frame only', () => {
    expect(scripts).toHaveLength(1);
    const [script] = scripts;
    expect(script?.all_frames).toBe(false);
    expect(script?.match_about_blank).toBeUndefined();
    expect(script?.match_origin_as_fallback).toBeUndefined();
    expect(script?.world).toBeUndefined(); // the isolated world, never MAIN
    expect(script?.css).toBeUndefined(); // no CSS injected into the page
    expect(script?.js).toEqual(['content.js']);
  });

  test('matches only Blogger hosts, on every scheme the host serves', () => {
    const matches = scripts[0]?.matches as string[];
    expect(matches.length).toBeGreaterThan(0);
    for (const pattern of matches) expect(pattern).toMatch(/^\*:\/\/\*\.blogspot\.[a-z.]+\/\*$/);
    expect(matches).toContain('*://*.blogspot.com/*');
    expect(scripts[0]?.exclude_matches).toBeUndefined();
  });
});

test('Firefox declares it collects no data', () => {
  expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({
    required: ['none'],
  });
});

describe('browser versions', () => {
  // Sentence highlights use the CSS Custom Highlight API with no fallback (src/content/page.ts).
  test('Chrome 105+ and Firefox 140+, where CSS.highlights exists', () => {
    expect(Number(manifest.minimum_chrome_version)).toBeGreaterThanOrEqual(105);
    expect(
      Number.parseFloat(manifest.browser_specific_settings.gecko.strict_min_version),
    ).toBeGreaterThanOrEqual(140);
  });
});
