/**
 * The bench page is an ordinary web page, not an extension context, and webextension-polyfill refuses to load
 * without `chrome.runtime.id` (and uses `browser` as is when that has an id). Opening the panel touches no
 * extension API (only user actions do), so an id and an i18n lookup that returns nothing (t() then falls
 * back to the key) are all it needs.
 */
const ID = 'review-lens-bench';
const scope = globalThis as unknown as { browser?: unknown; chrome?: { runtime?: { id?: string } } };
scope.browser ??= { runtime: { id: ID }, i18n: { getMessage: () => '' } };
scope.chrome = { ...scope.chrome, runtime: { ...scope.chrome?.runtime, id: ID } };
