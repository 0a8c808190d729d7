import browser from 'webextension-polyfill';

/** A UI string from _locales. Every visible string goes through here; a missing key shows as itself, never blank. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
