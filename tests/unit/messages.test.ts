/**
 * Hostile messages. Every runtime.onMessage listener the extension registers (background and content
 * script, captured by loading the real modules against a recording fake browser) must ignore anything that
 * is not a well-formed request from this extension: wrong envelope, unknown or inherited type names, bad
 * arguments, foreign senders. Ignored means: answered with `undefined`, settings in storage untouched, no
 * panel change, no message sent on. Positive controls show each listener does act on a good message.
 */
import { readFileSync } from 'node:fs';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { backgroundRequests, receiver, tabRequests } from '../../src/messages';

const fake = vi.hoisted(() => {
  const ID = 'review-lens-test-id';
  const listeners = new Map<string, ((...args: unknown[]) => unknown)[]>();
  const calls: string[] = [];
  /** Any API we do not model: property chains resolve, calls are recorded and resolve to undefined. */
  const stub = (path: string): unknown =>
    new Proxy(() => undefined, {
      get: (_, prop) => (prop === 'then' ? undefined : stub(`${path}.${String(prop)}`)),
      apply: (_, __, args) => {
        if (path.endsWith('.addListener')) {
          const event = path.slice(0, -'.addListener'.length);
          listeners.set(event, [...(listeners.get(event) ?? []), args[0] as () => unknown]);
          return undefined;
        }
        // Pure lookups answer at once and are not effects; everything else is recorded.
        if (path.endsWith('.getURL'))
          return `chrome-extension://${ID}/${String(args[0] ?? '').replace(/^\//, '')}`;
        if (path.endsWith('.getMessage')) return '';
        calls.push(path);
        return Promise.resolve(undefined);
      },
    });
  return { ID, listeners, calls, stub };
});

vi.mock('webextension-polyfill', () => {
  const root = fake.stub('browser') as Record<string, unknown>;
  const runtime = fake.stub('browser.runtime') as Record<string, unknown>;
  const browser = new Proxy(root, {
    get: (target, prop) => {
      if (prop === 'storage') return fakeBrowser.storage;
      if (prop === 'runtime')
        return new Proxy(runtime, { get: (t, p) => (p === 'id' ? fake.ID : Reflect.get(t, p)) });
      return Reflect.get(target, prop);
    },
  });
  return { default: browser };
});

const SETTINGS_KEY = 'settings';
const PAGE_URL = 'https://filmnotes.blogspot.com/2024/03/her-2013-review.html';

const senders: [string, Runtime.MessageSender][] = [
  ['another extension', { id: 'some-other-extension' }],
  ['a web page (no id)', { url: 'https://evil.example/', frameId: 0 }],
  ['a page frame claiming our url', { url: `chrome-extension://${fake.ID}/src/popup/index.html` }],
  ['an empty sender', {}],
  ['an id that only differs in case', { id: fake.ID.toUpperCase() }],
];
/** Our own id, but a context that is neither an extension page nor our top-frame content script. */
const IN_A_FRAME: Runtime.MessageSender = {
  id: fake.ID,
  url: PAGE_URL,
  frameId: 3,
  tab: { id: 7 } as Runtime.MessageSender['tab'],
};
const OWN_PAGE: Runtime.MessageSender = {
  id: fake.ID,
  url: `chrome-extension://${fake.ID}/src/popup/index.html`,
};
const OWN_TAB: Runtime.MessageSender = {
  id: fake.ID,
  url: PAGE_URL,
  tab: { id: 7 } as Runtime.MessageSender['tab'],
};

const goodReport = {
  url: PAGE_URL,
  blogger: true,
  page: 'post',
  review: true,
  reasons: [],
  title: 'T',
  subject: null,
  rating: null,
  sections: 0,
  readingMinutes: 1,
  panelShown: true,
};
const goodPatch = { enabled: false };

/** Malformed envelopes and arguments; each must be ignored even from our own extension. */
const malformed: [string, unknown][] = [
  ['null', null],
  ['undefined', undefined],
  ['a string', 'updateSettings'],
  ['a number', 1],
  ['an array', [1, 'updateSettings', { patch: goodPatch }]],
  ['an empty object', {}],
  ['no envelope marker', { type: 'updateSettings', args: { patch: goodPatch } }],
  ['envelope marker 2', { reviewLens: 2, type: 'updateSettings', args: { patch: goodPatch } }],
  ['envelope marker "1"', { reviewLens: '1', type: 'updateSettings', args: { patch: goodPatch } }],
  ['type not a string', { reviewLens: 1, type: ['updateSettings'], args: { patch: goodPatch } }],
  ['unknown type', { reviewLens: 1, type: 'setSettings', args: { patch: goodPatch } }],
  ['type with different case', { reviewLens: 1, type: 'UpdateSettings', args: { patch: goodPatch } }],
  ['inherited name toString', { reviewLens: 1, type: 'toString', args: {} }],
  ['inherited name constructor', { reviewLens: 1, type: 'constructor', args: {} }],
  ['inherited name __proto__', { reviewLens: 1, type: '__proto__', args: {} }],
  ['inherited name hasOwnProperty', { reviewLens: 1, type: 'hasOwnProperty', args: {} }],
  ['args missing', { reviewLens: 1, type: 'updateSettings' }],
  ['args null', { reviewLens: 1, type: 'updateSettings', args: null }],
  ['patch null', { reviewLens: 1, type: 'updateSettings', args: { patch: null } }],
  ['patch an array', { reviewLens: 1, type: 'updateSettings', args: { patch: [['enabled', false]] } }],
  ['patch a string', { reviewLens: 1, type: 'updateSettings', args: { patch: '{"enabled":false}' } }],
  ['report missing', { reviewLens: 1, type: 'tabReport', args: {} }],
  [
    'report with a bad field',
    { reviewLens: 1, type: 'tabReport', args: { report: { ...goodReport, sections: 'x' } } },
  ],
  [
    'report with NaN',
    { reviewLens: 1, type: 'tabReport', args: { report: { ...goodReport, readingMinutes: NaN } } },
  ],
  ['getReport with args', { reviewLens: 1, type: 'getReport', args: { extra: true } }],
  ['setPanelShown without shown', { reviewLens: 1, type: 'setPanelShown', args: {} }],
  ['setPanelShown with "true"', { reviewLens: 1, type: 'setPanelShown', args: { shown: 'true' } }],
  ['togglePanel with args null', { reviewLens: 1, type: 'togglePanel', args: null }],
  ['replaceSettings without settings', { reviewLens: 1, type: 'replaceSettings', args: {} }],
  [
    'a host that is not a string',
    { reviewLens: 1, type: 'enableCustomDomain', args: { host: ['a.example'] } },
  ],
  ['a 3,000-character host', { reviewLens: 1, type: 'enableCustomDomain', args: { host: 'a'.repeat(3000) } }],
  ['a 5,000-character log line', { reviewLens: 1, type: 'logError', args: { message: 'x'.repeat(5000) } }],
];

const goodSettings = { version: 3, enabled: false };
/** Requests only the extension's own pages may send (import/reset, custom domains). */
const pageOnly: [string, unknown][] = [
  ['replaceSettings', { reviewLens: 1, type: 'replaceSettings', args: { settings: goodSettings } }],
  ['enableCustomDomain', { reviewLens: 1, type: 'enableCustomDomain', args: { host: 'evil.example' } }],
  ['disableCustomDomain', { reviewLens: 1, type: 'disableCustomDomain', args: { host: 'evil.example' } }],
];

/** Well-formed requests: from a foreign sender, each must be ignored. */
const wellFormed: [string, unknown][] = [
  ...pageOnly,
  ['openOptions', { reviewLens: 1, type: 'openOptions', args: {} }],
  ['logError', { reviewLens: 1, type: 'logError', args: { message: 'x' } }],
  ['updateSettings', { reviewLens: 1, type: 'updateSettings', args: { patch: goodPatch } }],
  ['tabReport', { reviewLens: 1, type: 'tabReport', args: { report: goodReport } }],
  ['getReport', { reviewLens: 1, type: 'getReport', args: {} }],
  ['setPanelShown', { reviewLens: 1, type: 'setPanelShown', args: { shown: false } }],
  ['togglePanel', { reviewLens: 1, type: 'togglePanel', args: {} }],
];

/** Valid envelopes whose patch content is wrong: the background answers, but settings stay as they were. */
const badPatches: [string, unknown][] = [
  ['wrong type', { enabled: 'no' }],
  ['unknown field', { enabled: false, admin: true }],
  [
    'prototype pollution',
    JSON.parse('{"__proto__": {"enabled": false}, "enabled": false, "constructor": 1}'),
  ],
  ['out-of-set value', { theme: 'javascript:alert(1)' }],
  ['nested wrong type', { sections: { summary: 'off' } }],
  ['site key that is not a host', { sites: { '<img src=x onerror=alert(1)>': { disabled: true } } }],
  ['huge custom domain list', { customDomains: Array.from({ length: 10_000 }, (_, i) => `d${i}.example`) }],
];

async function stored(): Promise<unknown> {
  return (await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
}

/** Sends to every listener of `runtime.onMessage` captured for one context; returns their answers. */
async function deliver(
  listeners: ((...args: unknown[]) => unknown)[],
  message: unknown,
  sender: Runtime.MessageSender,
) {
  const answers = listeners.map((listener) => listener(message, sender, () => undefined));
  return Promise.all(answers);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('receiver() itself', () => {
  const handled: string[] = [];
  const record = (name: string) => () => {
    handled.push(name);
    return null;
  };
  const listen = receiver(tabRequests, {
    getReport: record('getReport'),
    setPanelShown: record('setPanelShown'),
    togglePanel: record('togglePanel'),
  });
  beforeEach(() => {
    handled.length = 0;
  });

  test.each(malformed)('ignores %s', (_, message) => {
    expect(listen(message, OWN_PAGE)).toBeUndefined();
    expect(handled).toEqual([]);
  });

  test.each(
    senders.flatMap(([who, sender]) => wellFormed.map(([type, m]) => [who, type, sender, m] as const)),
  )('ignores %s sending %s', (_, __, sender, message) => {
    expect(listen(message, sender)).toBeUndefined();
    expect(handled).toEqual([]);
  });

  test('answers a well-formed request from this extension (control)', async () => {
    await expect(listen({ reviewLens: 1, type: 'togglePanel', args: {} }, OWN_TAB)).resolves.toBeNull();
    expect(handled).toEqual(['togglePanel']);
  });

  test('validator maps own their names (no inherited request types)', () => {
    for (const map of [backgroundRequests, tabRequests])
      for (const name of ['toString', 'constructor', '__proto__', 'valueOf'])
        expect(Object.hasOwn(map, name)).toBe(false);
  });
});

describe('the background worker', () => {
  let listeners: ((...args: unknown[]) => unknown)[] = [];
  const before = { version: 3, enabled: true, theme: 'dark' };

  beforeAll(async () => {
    fake.listeners.clear();
    await import('../../src/background/index');
    listeners = fake.listeners.get('browser.runtime.onMessage') ?? [];
  });
  beforeEach(async () => {
    fakeBrowser.storage.resetState();
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: before });
    fake.calls.length = 0;
  });

  test('registers a message listener', () => {
    expect(listeners.length).toBeGreaterThan(0);
  });

  test.each(malformed)('ignores %s: no answer, settings untouched', async (_, message) => {
    expect(await deliver(listeners, message, OWN_PAGE)).toEqual(listeners.map(() => undefined));
    await settle();
    expect(await stored()).toEqual(before);
    expect(fake.calls).toEqual([]);
  });

  test.each(
    senders.flatMap(([who, sender]) => wellFormed.map(([type, m]) => [who, type, sender, m] as const)),
  )('ignores %s sending %s', async (_, __, sender, message) => {
    expect(await deliver(listeners, message, sender)).toEqual(listeners.map(() => undefined));
    await settle();
    expect(await stored()).toEqual(before);
    expect(fake.calls).toEqual([]);
  });

  test.each(badPatches)('rejects a patch with %s and changes nothing', async (_, patch) => {
    const answers = await deliver(
      listeners,
      { reviewLens: 1, type: 'updateSettings', args: { patch } },
      OWN_PAGE,
    );
    expect(answers.some((a) => (a as { ok?: boolean } | undefined)?.ok === false)).toBe(true);
    expect(await stored()).toEqual(before);
    expect(({} as Record<string, unknown>).enabled).toBeUndefined();
  });

  test.each(pageOnly)('ignores %s from a content script', async (_, message) => {
    expect(await deliver(listeners, message, OWN_TAB)).toEqual(listeners.map(() => undefined));
    await settle();
    expect(await stored()).toEqual(before);
    expect(fake.calls).toEqual([]);
  });

  test.each([...pageOnly, ...wellFormed])(
    'ignores %s from our content script in a frame',
    async (_, message) => {
      expect(await deliver(listeners, message, IN_A_FRAME)).toEqual(listeners.map(() => undefined));
      await settle();
      expect(await stored()).toEqual(before);
    },
  );

  test.each([
    ['a global setting', { enabled: false }],
    ['another site entry', { sites: { 'other.blogspot.com': { disabled: true } } }],
    [
      'its own entry and a global one',
      { sites: { 'filmnotes.blogspot.com': { collapsed: true } }, theme: 'light' },
    ],
  ])('a content script cannot change %s', async (_, patch) => {
    const answers = await deliver(
      listeners,
      { reviewLens: 1, type: 'updateSettings', args: { patch } },
      OWN_TAB,
    );
    expect(answers.some((a) => (a as { ok?: boolean } | undefined)?.ok === false)).toBe(true);
    expect(await stored()).toEqual(before);
  });

  test('a content script may change its own site entry (control)', async () => {
    const patch = { sites: { 'filmnotes.blogspot.com': { collapsed: true } } };
    const answers = await deliver(
      listeners,
      { reviewLens: 1, type: 'updateSettings', args: { patch } },
      OWN_TAB,
    );
    expect(answers.some((a) => (a as { ok?: boolean } | undefined)?.ok === true)).toBe(true);
    expect(await stored()).toMatchObject({ sites: { 'filmnotes.blogspot.com': { collapsed: true } } });
  });

  test('a broken import changes nothing', async () => {
    const broken = { ...before, theme: 'neon', sites: { 'a.example': { width: 'wide' } } };
    const message = { reviewLens: 1, type: 'replaceSettings', args: { settings: broken } };
    const answers = await deliver(listeners, message, OWN_PAGE);
    expect(answers.some((a) => (a as { ok?: boolean } | undefined)?.ok === false)).toBe(true);
    expect(await stored()).toEqual(before);
  });

  test('applies a good patch from this extension (control)', async () => {
    const message = { reviewLens: 1, type: 'updateSettings', args: { patch: goodPatch } };
    const answers = await deliver(listeners, message, OWN_PAGE);
    expect(answers.some((a) => (a as { ok?: boolean } | undefined)?.ok === true)).toBe(true);
    expect(await stored()).toMatchObject({ enabled: false, theme: 'dark' });
  });
});

describe('the content script', () => {
  let listeners: ((...args: unknown[]) => unknown)[] = [];
  const hosts = () => document.querySelectorAll('review-lens-panel').length;

  beforeAll(async () => {
    fakeBrowser.storage.resetState();
    const html = readFileSync('tests/pages/simple-film-review-en/source.html', 'utf8');
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    document.documentElement.replaceWith(document.importNode(parsed.documentElement, true));
    history.replaceState(null, '', new URL(PAGE_URL).pathname);
    // Browser APIs jsdom lacks; the panel reads them (inert stand-ins: no match, nothing observed).
    const media = (query: string) =>
      ({
        matches: false,
        media: query,
        addEventListener() {},
        removeEventListener() {},
      }) as unknown as MediaQueryList;
    window.matchMedia ??= media;
    class Unobserved {
      observe() {}
      unobserve() {}
      disconnect() {}
    }
    globalThis.IntersectionObserver ??= Unobserved as unknown as typeof IntersectionObserver;
    globalThis.ResizeObserver ??= Unobserved as unknown as typeof ResizeObserver;
    fake.listeners.clear();
    // Chrome's content-script global, which src/content/browser-global.ts checks before the script starts.
    (globalThis as { chrome?: unknown }).chrome ??= fake.stub('chrome');
    await import('../../src/content/index');
    await vi.waitFor(() =>
      expect(fake.listeners.get('browser.runtime.onMessage')?.length).toBeGreaterThan(0),
    );
    listeners = fake.listeners.get('browser.runtime.onMessage') ?? [];
  });
  afterAll(() => {
    for (const host of document.querySelectorAll('review-lens-panel')) host.remove();
  });
  beforeEach(() => {
    fake.calls.length = 0;
  });

  test.each(malformed)('ignores %s', async (_, message) => {
    const shown = hosts();
    expect(await deliver(listeners, message, OWN_PAGE)).toEqual(listeners.map(() => undefined));
    expect(hosts()).toBe(shown);
    expect(fake.calls).toEqual([]);
  });

  test.each(
    senders.flatMap(([who, sender]) => wellFormed.map(([type, m]) => [who, type, sender, m] as const)),
  )('ignores %s sending %s', async (_, __, sender, message) => {
    const shown = hosts();
    expect(await deliver(listeners, message, sender)).toEqual(listeners.map(() => undefined));
    expect(hosts()).toBe(shown);
    expect(fake.calls).toEqual([]);
  });

  test('answers and acts on togglePanel from this extension (control)', async () => {
    const shown = hosts();
    const answers = await deliver(listeners, { reviewLens: 1, type: 'togglePanel', args: {} }, OWN_PAGE);
    expect(answers.some((a) => a !== undefined)).toBe(true);
    expect(hosts()).not.toBe(shown);
  });
});
