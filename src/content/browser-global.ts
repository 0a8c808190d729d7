/**
 * What `import browser from 'webextension-polyfill'` gives the content script's build (aliased in
 * vite.content.config.ts): Firefox's own `browser`, or Chrome's `chrome` adapted (browser-api.ts).
 */
import { type ChromeNamespace, type ContentBrowser, fromChrome } from './browser-api';

const scope = globalThis as { browser?: unknown; chrome?: ChromeNamespace };

/**
 * Chrome's content-script world has no `browser`, so the name falls through to the page's named elements
 * (`<form id="browser">`): only a plain object is the real API (the check webextension-polyfill makes).
 */
function isRealBrowserApi(value: unknown): value is ContentBrowser {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype &&
    typeof (value as ContentBrowser).runtime?.id === 'string'
  );
}

const api: ContentBrowser = isRealBrowserApi(scope.browser) ? scope.browser : fromChrome(scope.chrome!);

/**
 * Chrome resolves `chrome` in a content script only after the page's named elements, so a page with
 * `<form name="chrome"><input name="runtime"></form>` hides the API (measured in Chromium 156: the isolated
 * world then has no other way to reach it). A page cannot forge a function, so the API is real when
 * `runtime.sendMessage` is one; otherwise the content script must stay silent instead of throwing.
 */
export const extensionApiReachable =
  isRealBrowserApi(scope.browser) || typeof scope.chrome?.runtime?.sendMessage === 'function';

export default api;
