/**
 * The background is the only writer of settings. Every write is one read-modify-write job on a promise chain,
 * so changes from the popup, the options page and panels never interleave and lose an update. Nothing is kept
 * in memory between jobs: an MV3 background can be stopped at any moment, and sync may bring in changes
 * from another device.
 */
import browser from 'webextension-polyfill';
import { applyPatch, parseSettings, type Settings } from '../core/settings';
import type { SettingsResult } from '../messages';
import { AREA_KEY, loadRawSettings, loadStorageArea, SETTINGS_KEY } from '../settings-store';

let queue: Promise<unknown> = Promise.resolve();

/** Runs `task` after every task queued before it has finished (a failed task does not block the next). */
export function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 300);
}

/**
 * Stores the whole object in sync; if sync refuses (unavailable, over quota, rate limit), in local, with
 * the reason recorded for the options page. Every write tries sync first, so a passing problem heals itself.
 */
export async function storeSettings(settings: Settings): Promise<void> {
  try {
    await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
  } catch (error) {
    // One `set`: a reader never sees the flag without the data it points to.
    await browser.storage.local.set({
      [SETTINGS_KEY]: settings,
      [AREA_KEY]: { area: 'local', reason: errorText(error) },
    });
    return;
  }
  if ((await loadStorageArea()).area !== 'sync') {
    await browser.storage.local.set({ [AREA_KEY]: { area: 'sync' } });
    await browser.storage.local.remove(SETTINGS_KEY);
  }
}

export async function readSettings(): Promise<Settings> {
  return parseSettings(await loadRawSettings()).settings;
}

/** Applies a validated partial update; an invalid patch changes nothing and says why. */
export function writeSettingsPatch(patch: unknown): Promise<SettingsResult> {
  return serialised(async () => {
    const result = applyPatch(await readSettings(), patch);
    if (!result.ok) return result;
    if (result.changed) await storeSettings(result.settings);
    return { ok: true as const, settings: result.settings };
  });
}

/**
 * Replaces every setting (import, reset). Strict: anything that would need repairing is refused, so a bad
 * file changes nothing. Returns the settings before and after for callers that act on the difference.
 */
export function replaceAllSettings(raw: unknown): Promise<SettingsResult & { previous?: Settings }> {
  return serialised(async () => {
    const { settings, repaired } = parseSettings(raw);
    if (raw === undefined || repaired.length > 0) {
      return { ok: false as const, errors: repaired.length > 0 ? repaired : ['no settings given'] };
    }
    const previous = await readSettings();
    await storeSettings(settings);
    return { ok: true as const, settings, previous };
  });
}

/** Applies `change` to the current settings inside the queue (for the background's own bookkeeping). */
export function modifySettings(change: (settings: Settings) => unknown): Promise<SettingsResult> {
  return serialised(async () => {
    const current = await readSettings();
    const result = applyPatch(current, change(current));
    if (result.ok && result.changed) await storeSettings(result.settings);
    return result.ok ? { ok: true as const, settings: result.settings } : result;
  });
}

/**
 * On install and update: migrate and repair what is stored, and store the result so every reader sees the
 * current schema. Returns the repair lines (logged once by the caller).
 */
export function repairStoredSettings(): Promise<string[]> {
  return serialised(async () => {
    const raw = await loadRawSettings();
    const { settings, repaired } = parseSettings(raw);
    if (raw === undefined || JSON.stringify(raw) !== JSON.stringify(settings)) await storeSettings(settings);
    return repaired;
  });
}
