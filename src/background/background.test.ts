// The background driven through its real listeners over an in-memory browser.
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  contentSender,
  envelope,
  foreignSender,
  installFakes,
  optionsSender,
  popupSender,
  send,
} from '../../tests/unit/fake-extension';
import { defaultSettings, type Settings } from '../core/settings';
import { loadSettings } from '../settings-store';

vi.mock('webextension-polyfill', async () => ({
  default: (await import('@webext-core/fake-browser')).fakeBrowser,
}));

let fakes: ReturnType<typeof installFakes>;

beforeEach(async () => {
  fakes = installFakes();
  vi.resetModules();
  await import('./index');
});

afterEach(() => {
  vi.restoreAllMocks();
});

const stored = async (area: 'sync' | 'local' = 'sync') =>
  (await fakeBrowser.storage[area].get('settings')).settings as Settings;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Listeners start queued jobs and return at once; this lets every pending job finish. */
const settleAll = async () => {
  for (let i = 0; i < 20; i++) await settle();
};
const install = async (reason: 'install' | 'update') => {
  await fakeBrowser.runtime.onInstalled.trigger({ reason, temporary: false } as never);
  await settleAll();
};
const settingsWith = (changes: Partial<Settings>): Settings => ({ ...defaultSettings(), ...changes });

describe('install and update', () => {
  test('a fresh install stores the defaults', async () => {
    await install('install');
    expect(await stored()).toEqual(defaultSettings());
  });

  test.each<[string, unknown, Settings]>([
    [
      'v1',
      { enabled: false, summaryLength: 2, showToc: true, side: 'left', disabledSites: ['a.example.com'] },
      settingsWith({
        enabled: false,
        summaryLength: 'short',
        panel: { side: 'left', width: 360 },
        sites: { 'a.example.com': { disabled: true } },
      }),
    ],
    [
      'v2',
      {
        version: 2,
        enabled: true,
        scope: 'all',
        summaryLength: 'long',
        sections: { reviewCard: false, summary: true, prosCons: true, toc: true },
        tocDepth: 2,
        panel: { side: 'right', width: 500 },
        theme: 'dark',
        disabledSites: [],
        customDomains: [],
      },
      settingsWith({
        scope: 'all-posts',
        summaryLength: 'long',
        sections: { ...defaultSettings().sections, reviewCard: false },
        tocDepth: 2,
        panel: { side: 'right', width: 500 },
        theme: 'dark',
      }),
    ],
  ])('an update migrates %s settings to the current version', async (_, old, expected) => {
    await fakeBrowser.storage.sync.set({ settings: old });
    await install('update');
    expect(await stored()).toEqual(expected);
  });

  test.each<[string, unknown, Settings]>([
    [
      'wrong types and unknown keys',
      { ...defaultSettings(), theme: 5, enabled: false, junk: 1 },
      settingsWith({ enabled: false }),
    ],
    ['truncated JSON text', JSON.stringify(defaultSettings()).slice(0, 30), defaultSettings()],
    ['a list', [1, 2], defaultSettings()],
  ])('corrupted storage (%s) is repaired keeping every valid field', async (_, corrupt, expected) => {
    await fakeBrowser.storage.sync.set({ settings: corrupt });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await install('update');
    expect(await stored()).toEqual(expected);
    expect(warn).toHaveBeenCalledOnce();
  });
});

describe('writes', () => {
  test('100 interleaved writes from several senders all land', async () => {
    // Random storage latency: without the write queue, read-modify-write cycles would overwrite each other.
    const { sync } = fakeBrowser.storage;
    const get = sync.get.bind(sync);
    const set = sync.set.bind(sync);
    const jitter = () => new Promise((r) => setTimeout(r, Math.random() * 3));
    vi.spyOn(sync, 'get').mockImplementation((async (...args: Parameters<typeof get>) => {
      await jitter();
      return get(...args);
    }) as typeof sync.get);
    vi.spyOn(sync, 'set').mockImplementation((async (...args: Parameters<typeof set>) => {
      await jitter();
      return set(...args);
    }) as typeof sync.set);

    const writes = Array.from({ length: 100 }, (_, i) => {
      const host = `site${i}.example.com`;
      if (i % 3 === 0)
        return send(
          envelope('updateSettings', { patch: { sites: { [host]: { offsetY: i } } } }),
          contentSender(host, i),
        );
      const sender = i % 3 === 1 ? popupSender : optionsSender;
      return send(envelope('updateSettings', { patch: { sites: { [host]: { offsetY: i } } } }), sender);
    });
    const answers = await Promise.all(writes);
    expect(answers.every((a) => (a as { ok: boolean }).ok)).toBe(true);
    const { sites } = await stored();
    expect(Object.keys(sites)).toHaveLength(100);
    for (let i = 0; i < 100; i++) expect(sites[`site${i}.example.com`]).toEqual({ offsetY: i });
  });

  test('when sync refuses, settings go to local with the reason, and come back to sync when it works again', async () => {
    const { sync } = fakeBrowser.storage;
    const spy = vi.spyOn(sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    await send(envelope('updateSettings', { patch: { theme: 'dark' } }), popupSender);
    expect(await stored('local')).toMatchObject({ theme: 'dark' });
    expect((await fakeBrowser.storage.local.get('storageArea')).storageArea).toEqual({
      area: 'local',
      reason: 'QUOTA_BYTES_PER_ITEM quota exceeded',
    });
    expect((await loadSettings()).theme).toBe('dark');

    // The next write builds on the local copy (nothing lost) and returns to sync.
    spy.mockRestore();
    await send(envelope('updateSettings', { patch: { fontSize: 'large' } }), popupSender);
    expect(await stored('sync')).toMatchObject({ theme: 'dark', fontSize: 'large' });
    expect((await fakeBrowser.storage.local.get('storageArea')).storageArea).toEqual({ area: 'sync' });
    expect(await stored('local')).toBeUndefined();
  });

  test('when sync cannot even be read, readers use local', async () => {
    await fakeBrowser.storage.local.set({ settings: settingsWith({ theme: 'light' }) });
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is disabled'));
    expect((await loadSettings()).theme).toBe('light');
  });

  test('a replace (import) is strict: a bad object changes nothing', async () => {
    await send(envelope('updateSettings', { patch: { theme: 'dark' } }), popupSender);
    const answer = await send(
      envelope('replaceSettings', { settings: { ...defaultSettings(), theme: 'sepia' } }),
      optionsSender,
    );
    expect(answer).toMatchObject({ ok: false });
    expect((await stored()).theme).toBe('dark');
    const good = await send(
      envelope('replaceSettings', { settings: settingsWith({ fontSize: 'small' }) }),
      optionsSender,
    );
    expect(good).toEqual({ ok: true, settings: settingsWith({ fontSize: 'small' }) });
    expect(await stored()).toEqual(settingsWith({ fontSize: 'small' }));
  });
});

describe('message validation', () => {
  test.each<[string, unknown, object]>([
    ['unknown type', envelope('eraseEverything', {}), popupSender],
    ['no envelope', { type: 'updateSettings', args: { patch: { enabled: false } } }, popupSender],
    ['payload of the wrong shape', envelope('updateSettings', { patch: 'enabled=false' }), popupSender],
    ['patch as a list', envelope('updateSettings', { patch: [{ enabled: false }] }), popupSender],
    ['foreign sender', envelope('updateSettings', { patch: { enabled: false } }), foreignSender],
    [
      'sender without id',
      envelope('updateSettings', { patch: { enabled: false } }),
      { url: popupSender.url },
    ],
    [
      'content script replacing everything',
      envelope('replaceSettings', { settings: settingsWith({ enabled: false }) }),
      contentSender('a.example.com'),
    ],
    [
      'content script in a subframe',
      envelope('updateSettings', { patch: { sites: { 'a.example.com': { disabled: true } } } }),
      { ...contentSender('a.example.com'), frameId: 3 },
    ],
    ['extension page sending a tab report', envelope('tabReport', { report: {} }), popupSender],
  ])('ignored: %s', async (_, message, sender) => {
    await install('install');
    const before = await stored();
    expect(await send(message, sender)).toBeUndefined();
    expect(await stored()).toEqual(before);
  });

  test.each<[string, unknown, object]>([
    ['invalid value', { theme: 'sepia' }, popupSender],
    ['content script changing a global setting', { enabled: false }, contentSender('a.example.com')],
    [
      'content script changing another site',
      { sites: { 'b.example.com': { disabled: true } } },
      contentSender('a.example.com'),
    ],
  ])('refused with a reason: %s', async (_, patch, sender) => {
    await install('install');
    const answer = (await send(envelope('updateSettings', { patch }), sender)) as {
      ok: boolean;
      errors: string[];
    };
    expect(answer.ok).toBe(false);
    expect(answer.errors.length).toBeGreaterThan(0);
    expect(await stored()).toEqual(defaultSettings());
  });

  test('a content script may change its own site entry', async () => {
    const answer = await send(
      envelope('updateSettings', { patch: { sites: { 'A.example.com': { collapsed: true } } } }),
      contentSender('a.example.com'),
    );
    expect(answer).toMatchObject({ ok: true });
    expect((await stored()).sites).toEqual({ 'a.example.com': { collapsed: true } });
  });
});

describe('custom domains', () => {
  const host = 'reviews.example.org';
  const origin = `*://${host}/*`;
  const fileInjections = () =>
    fakes.scripting.executeScript.mock.calls.map(([details]) => details).filter((details) => !details.func);

  test('enabling needs the host permission first', async () => {
    const answer = await send(envelope('enableCustomDomain', { host }), popupSender);
    expect(answer).toMatchObject({ ok: false });
    expect(fakes.registered.size).toBe(0);
  });

  test('granting the permission enables the site: listed, script registered, run in its open tabs', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 42 }] as never);
    await fakes.permissions.request({ origins: [origin] });
    // The popup also asks; the second call must not register or inject twice.
    await send(envelope('enableCustomDomain', { host }), popupSender);
    await settleAll();
    expect((await stored()).customDomains).toEqual([host]);
    expect([...fakes.registered.values()]).toEqual([
      expect.objectContaining({ id: `custom-domain:${host}`, matches: [origin], js: ['content.js'] }),
    ]);
    expect(fileInjections()).toEqual([{ target: { tabId: 42 }, files: ['content.js'] }]);
  });

  test('granting a domain synced from another device registers and runs it once', async () => {
    await fakeBrowser.storage.sync.set({ settings: settingsWith({ customDomains: [host] }) });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 43 }] as never);
    await fakes.permissions.request({ origins: [origin] });
    await send(envelope('enableCustomDomain', { host }), popupSender);
    await settleAll();
    expect([...fakes.registered.keys()]).toEqual([`custom-domain:${host}`]);
    expect(fileInjections()).toEqual([{ target: { tabId: 43 }, files: ['content.js'] }]);
  });

  test('disabling removes the listing, the script and the permission', async () => {
    await fakes.permissions.request({ origins: [origin] });
    await send(envelope('enableCustomDomain', { host }), popupSender);
    const answer = await send(envelope('disableCustomDomain', { host }), optionsSender);
    expect(answer).toMatchObject({ ok: true });
    expect((await stored()).customDomains).toEqual([]);
    expect(fakes.registered.size).toBe(0);
    expect(fakes.granted.has(origin)).toBe(false);
  });

  test('a synced domain without a grant on this device is listed but not registered; startup repairs drift', async () => {
    await fakeBrowser.storage.sync.set({
      settings: settingsWith({ customDomains: [host, 'granted.example.net'] }),
    });
    fakes.granted.add('*://granted.example.net/*');
    fakes.registered.set('custom-domain:stale.example.com', {
      id: 'custom-domain:stale.example.com',
      matches: [],
      js: [],
    });
    await fakeBrowser.runtime.onStartup.trigger();
    await settleAll();
    expect([...fakes.registered.keys()]).toEqual(['custom-domain:granted.example.net']);
  });

  test('blogspot hosts are never custom domains', async () => {
    await fakes.permissions.request({ origins: ['*://films.blogspot.com/*'] });
    expect(
      await send(envelope('enableCustomDomain', { host: 'films.blogspot.com' }), popupSender),
    ).toMatchObject({
      ok: false,
    });
    expect((await stored())?.customDomains ?? []).toEqual([]);
  });
});

describe('badge and command', () => {
  const report = (review: boolean, rating: { value: number; scale: number; text: string } | null) => ({
    url: 'http://films.blogspot.com/2024/01/x.html',
    blogger: true,
    page: 'post',
    review,
    reasons: [],
    title: 'x',
    subject: null,
    rating,
    sections: 3,
    readingMinutes: 4,
    panelShown: true,
  });

  test.each([
    ['review with a rating', true, { value: 4, scale: 5, text: '4/5' }, '8'],
    ['review without a rating', true, null, '✓'],
    ['not a review', false, null, ''],
  ])('%s → badge', async (_, review, rating, badge) => {
    expect(
      await send(
        envelope('tabReport', { report: report(review, rating) }),
        contentSender('films.blogspot.com', 9),
      ),
    ).toBe(true);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe(badge);
  });

  test('the shortcut toggles the panel in the active tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 5 }] as never);
    await fakes.commands.onCommand.trigger('toggle-panel');
    expect(fakes.tabs.sendMessage).toHaveBeenCalledWith(5, envelope('togglePanel', {}));
  });
});
