/**
 * The background is the only writer of settings. Writes are chained so read-modify-write cycles from the
 * popup, the options page and panels never interleave and lose an update; nothing is kept in memory
 * between events, because an MV3 background can be stopped at any moment.
 */
import browser from 'webextension-polyfill';
import { applyPatch, parseSettings, type Settings } from '../core/settings';
import { SETTINGS_KEY } from '../settings-store';

let queue: Promise<unknown> = Promise.resolve();

function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function readStored(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]).settings;
}

export function writeSettingsPatch(patch: unknown) {
  return serialised(async () => {
    const result = applyPatch(await readStored(), patch);
    if (!result.ok) return result;
    if (result.changed) await browser.storage.sync.set({ [SETTINGS_KEY]: result.settings });
    return { ok: true as const, settings: result.settings };
  });
}

/** On install and update: store the repaired, migrated settings so every reader sees the current schema. */
export function repairStoredSettings() {
  return serialised(async () => {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    const { settings, repaired } = parseSettings(stored[SETTINGS_KEY]);
    if (repaired.length > 0 || stored[SETTINGS_KEY] === undefined) {
      await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
    }
    return repaired;
  });
}
