import { describe, expect, test } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { type ChromeNamespace, fromChrome } from './browser-api';

type ChromeListener = Parameters<ChromeNamespace['runtime']['onMessage']['addListener']>[0];

function fakeChrome() {
  const listeners: ChromeListener[] = [];
  const sent: unknown[] = [];
  const chrome = {
    runtime: {
      id: 'abc',
      getURL: (path: string) => `chrome-extension://abc/${path}`,
      sendMessage: async (message: unknown) => {
        sent.push(message);
        return 'answer';
      },
      onMessage: {
        addListener: (l: ChromeListener) => void listeners.push(l),
        removeListener: (l: ChromeListener) => void listeners.splice(listeners.indexOf(l), 1),
        hasListener: (l: ChromeListener) => listeners.includes(l),
      },
    },
    storage: {} as ChromeNamespace['storage'],
    i18n: { getMessage: (key: string) => `msg:${key}` },
  } as unknown as ChromeNamespace;
  /** Delivers like Chrome: the answer goes through sendResponse, kept open when a listener returns true. */
  const deliver = (message: unknown) =>
    new Promise<{ kept: boolean[]; response: unknown }>((resolve) => {
      let response: unknown = 'no answer';
      let answered = false;
      const kept = listeners.map((l) =>
        l(message, {} as Runtime.MessageSender, (r) => {
          response = r;
          answered = true;
        }),
      );
      // Chrome keeps the channel open for a listener that returned true, until it calls sendResponse.
      const settle = () =>
        answered || !kept.includes(true) ? resolve({ kept, response }) : setTimeout(settle, 1);
      settle();
    });
  return { chrome, listeners, sent, deliver };
}

describe('fromChrome', () => {
  test.each([
    ['a promise answer', async () => 42, { kept: [true], response: 42 }],
    ['no answer (undefined)', () => undefined, { kept: [false], response: 'no answer' }],
    ['a rejected promise', () => Promise.reject(new Error('x')), { kept: [true], response: undefined }],
    [
      'a sendResponse answer',
      (_: unknown, __: unknown, send: (r: unknown) => void): true => {
        send('direct');
        return true;
      },
      { kept: [true], response: 'direct' },
    ],
  ])('onMessage relays %s through sendResponse', async (_, listener, expected) => {
    const { chrome, deliver } = fakeChrome();
    fromChrome(chrome).runtime.onMessage.addListener(listener);
    expect(await deliver({ hello: 1 })).toEqual(expected);
  });

  test('removeListener removes the wrapper it added', () => {
    const { chrome, listeners } = fakeChrome();
    const api = fromChrome(chrome);
    const listener = async () => 1;
    api.runtime.onMessage.addListener(listener);
    expect(api.runtime.onMessage.hasListener(listener)).toBe(true);
    api.runtime.onMessage.removeListener(listener);
    expect([listeners.length, api.runtime.onMessage.hasListener(listener)]).toEqual([0, false]);
  });

  test('runtime and i18n calls go to chrome', async () => {
    const { chrome, sent } = fakeChrome();
    const api = fromChrome(chrome);
    expect(await api.runtime.sendMessage({ a: 1 })).toBe('answer');
    expect([sent, api.runtime.id, api.runtime.getURL('x.html'), api.i18n.getMessage('k')]).toEqual([
      [{ a: 1 }],
      'abc',
      'chrome-extension://abc/x.html',
      'msg:k',
    ]);
  });
});
