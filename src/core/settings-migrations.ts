/**
 * Schema history. Each step turns a record of version N into version N+1, mapping only the values it
 * understands and passing everything else through, so the repair pass reports what was wrong.
 *
 * v1 (0.1, no `version` field): { enabled, summaryLength: number of sentences, showToc, side, disabledSites: string[] }
 * v2: { version: 2, enabled, scope: 'reviews'|'all', summaryLength: 'short'|'medium'|'long',
 *       sections: {reviewCard, summary, prosCons, toc}, tocDepth, panel: {side, width},
 *       theme: 'system'|'light'|'dark', disabledSites: string[], customDomains: string[] }
 * v3 (current): per-site map replaces disabledSites, autoOpen, fontSize, sections.readingTime,
 *       scope 'all' → 'all-posts', theme 'system' → 'auto'.
 */
import { describe, isPlainRecord } from './settings-checks';

export const SETTINGS_VERSION = 3;

type RawRecord = Record<string, unknown>;

/** Summary length was a sentence count in v1. */
function lengthFromSentences(count: unknown): unknown {
  if (typeof count !== 'number' || !Number.isFinite(count)) return count;
  if (count <= 3) return 'short';
  return count <= 6 ? 'medium' : 'long';
}

export function migrateV1toV2(v1: RawRecord): RawRecord {
  const { showToc, side, summaryLength, ...rest } = v1;
  const v2: RawRecord = {
    ...rest,
    version: 2,
    scope: 'reviews',
    summaryLength: lengthFromSentences(summaryLength),
    sections: { reviewCard: true, summary: true, prosCons: true, toc: showToc ?? true },
    tocDepth: 3,
    panel: { side: side ?? 'right', width: 360 },
    theme: 'system',
    customDomains: [],
  };
  if (!Object.hasOwn(v1, 'disabledSites')) v2.disabledSites = [];
  return v2;
}

export function migrateV2toV3(v2: RawRecord): RawRecord {
  const { disabledSites, ...rest } = v2;
  const v3: RawRecord = {
    ...rest,
    version: 3,
    autoOpen: 'always',
    fontSize: 'medium',
    sites: sitesFrom(disabledSites),
  };
  if (v2.scope === 'all') v3.scope = 'all-posts';
  if (v2.theme === 'system') v3.theme = 'auto';
  if (isPlainRecord(v2.sections)) v3.sections = { ...v2.sections, readingTime: true };
  return v3;
}

/** Non-strings stay in as keys that the repair pass reports and drops. */
function sitesFrom(disabledSites: unknown): unknown {
  if (!Array.isArray(disabledSites)) return disabledSites ?? {};
  const sites: Record<string, { disabled: true }> = {};
  for (const host of disabledSites) {
    const key = typeof host === 'string' ? host : describe(host);
    // Hostnames can never be "__proto__"; defineProperty keeps even that key inert until repair drops it.
    Object.defineProperty(sites, key, {
      value: { disabled: true },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return sites;
}

const STEPS: Record<number, (record: RawRecord) => RawRecord> = { 1: migrateV1toV2, 2: migrateV2toV3 };

/** The stored record's version: none means v1; anything unusable is read as the current version. */
function versionOf(record: RawRecord, repaired: string[]): number {
  if (!Object.hasOwn(record, 'version')) return 1;
  const version = record.version;
  if (typeof version === 'number' && Number.isInteger(version) && version >= 1) {
    if (version <= SETTINGS_VERSION) return version;
    repaired.push(
      `version ${version} is newer than this extension (${SETTINGS_VERSION}); read as ${SETTINGS_VERSION}`,
    );
    return SETTINGS_VERSION;
  }
  repaired.push(`version: ${describe(version)} is not a schema version; read as ${SETTINGS_VERSION}`);
  return SETTINGS_VERSION;
}

export function migrateToCurrent(record: RawRecord, repaired: string[]): RawRecord {
  let current = record;
  for (let version = versionOf(record, repaired); version < SETTINGS_VERSION; version++) {
    const step = STEPS[version];
    if (step) current = step(current);
  }
  return current;
}
