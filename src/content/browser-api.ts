/**
 * The `browser` namespace for the content script, without webextension-polyfill: vite.content.config.ts
 * aliases 'webextension-polyfill' to browser-global.ts (built on this module) in the content script's build
 * only (the polyfill is 3 KB of the content script's 40 KB gzip budget; see docs/ARCHITECTURE.md). The
 * shared modules the content script imports (messages.ts, settings-store.ts, i18n.ts) use only what
 * `ContentBrowser` lists.
 *
 * Firefox gives content scripts the promise-based `browser` itself. Chrome's MV3 `chrome` returns promises
 * for the same calls; the one difference is that a Chrome `onMessage` listener answers through
 * `sendResponse` (returning true to keep it open), not by returning a promise, which `onMessage` adapts.
 */
import type { Browser, Runtime } from 'webextension-polyfill';

/** What the content script uses of the WebExtension API. */
export interface ContentBrowser {
  runtime: Pick<Runtime.Static, 'id' | 'getURL' | 'sendMessage' | 'onMessage'>;
  storage: Browser['storage'];
  i18n: Pick<Browser['i18n'], 'getMessage'>;
}

/** Any onMessage listener: answering with a returned promise, or through `sendResponse` (returning true). */
type Listener = (
  message: unknown,
  sender: Runtime.MessageSender,
  sendResponse: (response: unknown) => void,
) => unknown;
type ChromeListener = (
  message: unknown,
  sender: Runtime.MessageSender,
  sendResponse: (response: unknown) => void,
) => boolean;

interface ChromeEvent {
  addListener(listener: ChromeListener): void;
  removeListener(listener: ChromeListener): void;
  hasListener(listener: ChromeListener): boolean;
}

/** The part of Chrome's `chrome` namespace read here (MV3: promise-returning). */
export interface ChromeNamespace {
  runtime: Omit<ContentBrowser['runtime'], 'onMessage'> & { onMessage: ChromeEvent };
  storage: ContentBrowser['storage'];
  i18n: ContentBrowser['i18n'];
}

/** Chrome's onMessage, taking listeners that answer with a returned promise (undefined = no answer). */
function promiseOnMessage(event: ChromeEvent): ContentBrowser['runtime']['onMessage'] {
  const adapted = new Map<Listener, ChromeListener>();
  return {
    addListener(listener: Listener) {
      const wrapper: ChromeListener = (message, sender, sendResponse) => {
        const answer = listener(message, sender, sendResponse);
        if (!(answer instanceof Promise)) return answer === true;
        answer.then(sendResponse, () => sendResponse(undefined));
        return true;
      };
      adapted.set(listener, wrapper);
      event.addListener(wrapper);
    },
    removeListener(listener: Listener) {
      const wrapper = adapted.get(listener);
      if (wrapper) event.removeListener(wrapper);
      adapted.delete(listener);
    },
    hasListener: (listener: Listener) => adapted.has(listener),
  };
}

/** Chrome's namespace seen as the promise-based one. */
export function fromChrome(chrome: ChromeNamespace): ContentBrowser {
  const { runtime } = chrome;
  return {
    runtime: {
      get id() {
        return runtime.id;
      },
      getURL: (path) => runtime.getURL(path),
      sendMessage: (message: unknown) => runtime.sendMessage(message),
      onMessage: promiseOnMessage(runtime.onMessage),
    },
    storage: chrome.storage,
    i18n: chrome.i18n,
  };
}
