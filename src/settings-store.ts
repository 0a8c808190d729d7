/**
 * How every context reads and watches settings. Storage holds the whole object under one key; reading
 * repairs whatever it finds (`parseSettings`), and only the background writes (see background/settings.ts).
 */
import browser from 'webextension-polyfill';
import { parseSettings, type Settings, type SettingsPatch } from './core/settings';
import { sendToBackground } from './messages';

export const SETTINGS_KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]).settings;
}

/** Calls `onChange` with the repaired settings whenever they change in storage; returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'sync' && changes[SETTINGS_KEY])
      onChange(parseSettings(changes[SETTINGS_KEY].newValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export function updateSettings(patch: SettingsPatch) {
  return sendToBackground('updateSettings', { patch });
}
