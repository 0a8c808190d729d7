/**
 * How every context reads and watches settings. Storage holds the whole object under one key, in
 * `storage.sync`, or in `storage.local` when sync failed (the `storageArea` flag in local says which).
 * Reading repairs whatever it finds (`parseSettings`); only the background writes (background/settings-writer.ts).
 */
import browser, { type Storage } from 'webextension-polyfill';
import { parseSettings, type Settings, type SettingsPatch } from './core/settings';
import { sendToBackground } from './messages';

export const SETTINGS_KEY = 'settings';
export const AREA_KEY = 'storageArea';

/** Where the current settings are, and why they are not in sync storage when they are not. */
export type StorageArea = { area: 'sync' | 'local'; reason?: string };

export function parseStorageArea(raw: unknown): StorageArea {
  if (typeof raw !== 'object' || raw === null) return { area: 'sync' };
  const { area, reason } = raw as Record<string, unknown>;
  if (area !== 'local') return { area: 'sync' };
  return typeof reason === 'string' ? { area, reason: reason.slice(0, 300) } : { area };
}

export async function loadStorageArea(): Promise<StorageArea> {
  const stored = await browser.storage.local.get(AREA_KEY);
  return parseStorageArea(stored[AREA_KEY]);
}

/** The raw stored value (not yet repaired) from wherever the settings currently live. */
export async function loadRawSettings(): Promise<unknown> {
  const { area } = await loadStorageArea();
  if (area === 'sync') {
    try {
      return (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
    } catch {
      // Sync can be unavailable altogether (e.g. a Firefox profile without it); local is the fallback.
    }
  }
  return (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
}

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await loadRawSettings()).settings;
}

/**
 * Calls `onChange` with the repaired settings whenever they change in storage, including when they move
 * between sync and local; returns the unsubscribe.
 */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  let latest = 0;
  const listener = (changes: Record<string, Storage.StorageChange>, area: string) => {
    if ((area === 'sync' || area === 'local') && (changes[SETTINGS_KEY] || changes[AREA_KEY])) {
      // Re-read rather than trust newValue: the change may be in the area that is not current.
      const request = ++latest;
      void loadSettings().then(
        (settings) => request === latest && onChange(settings),
        () => undefined,
      );
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export function watchStorageArea(onChange: (area: StorageArea) => void): () => void {
  const listener = (changes: Record<string, Storage.StorageChange>, area: string) => {
    if (area === 'local' && changes[AREA_KEY]) onChange(parseStorageArea(changes[AREA_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export function updateSettings(patch: SettingsPatch) {
  return sendToBackground('updateSettings', { patch });
}

export function replaceSettings(settings: Settings) {
  return sendToBackground('replaceSettings', { settings });
}
