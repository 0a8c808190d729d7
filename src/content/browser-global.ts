/**
 * What `import browser from 'webextension-polyfill'` gives the content script's build (aliased in
 * vite.content.config.ts): Firefox's own `browser`, or Chrome's `chrome` adapted (browser-api.ts).
 */
import { type ChromeNamespace, type ContentBrowser, fromChrome } from './browser-api';

const scope = globalThis as { browser?: ContentBrowser; chrome?: ChromeNamespace };
const api: ContentBrowser =
  typeof scope.browser?.runtime?.id === 'string' ? scope.browser : fromChrome(scope.chrome!);

export default api;
