/**
 * The settings schema: defaults, value-by-value repair, migrations and validated partial updates.
 * Stored values are untrusted (sync from other devices, older versions, hand-edited imports),
 * so reading never throws and keeps every field that is valid.
 */
import { normalizeHostname } from './hostname';
import {
  type Check,
  checkBoolean,
  checkInteger,
  checkOneOf,
  describe,
  isPlainRecord,
} from './settings-checks';
import { migrateToCurrent, SETTINGS_VERSION } from './settings-migrations';
import type { SummaryLength } from './types';

export { SETTINGS_VERSION };

export type Scope = 'reviews' | 'all-posts';
export type AutoOpen = 'always' | 'per-site' | 'on-click';
export type PanelSide = 'left' | 'right';
export type Theme = 'auto' | 'light' | 'dark';
export type FontSize = 'small' | 'medium' | 'large';
export type SectionKey = 'reviewCard' | 'summary' | 'prosCons' | 'toc' | 'readingTime';
export type Sections = { [K in SectionKey]: boolean };
export type PanelSettings = { side: PanelSide; width: number };

/** What the user chose or the panel remembered on one site. Absent field = no choice made. */
export type SiteSettings = {
  disabled?: boolean;
  /** Last open/closed state, used when autoOpen is 'per-site'. */
  open?: boolean;
  collapsed?: boolean;
  /** Panel's vertical offset from the top of the viewport, px. */
  offsetY?: number;
  width?: number;
};

/** A `type` alias (not an interface) so it is assignable to storage's `Record<string, unknown>`. */
export type Settings = {
  version: typeof SETTINGS_VERSION;
  enabled: boolean;
  scope: Scope;
  autoOpen: AutoOpen;
  sections: Sections;
  summaryLength: SummaryLength;
  tocDepth: number;
  panel: PanelSettings;
  theme: Theme;
  fontSize: FontSize;
  /** Keyed by normalized hostname. */
  sites: Record<string, SiteSettings>;
  /** Non-blogspot hostnames the user enabled Review Lens on. */
  customDomains: string[];
};

export const PANEL_WIDTH = { min: 280, max: 560, default: 360 } as const;
export const TOC_DEPTH = { min: 1, max: 6, default: 3 } as const;
export const OFFSET_Y = { min: 0, max: 5000 } as const;
/** Keeps the whole object within storage.sync's 8 KB per-item quota in ordinary use. */
export const MAX_SITES = 100;
export const MAX_CUSTOM_DOMAINS = 50;

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    enabled: true,
    scope: 'reviews',
    autoOpen: 'always',
    sections: { reviewCard: true, summary: true, prosCons: true, toc: true, readingTime: true },
    summaryLength: 'medium',
    tocDepth: TOC_DEPTH.default,
    panel: { side: 'right', width: PANEL_WIDTH.default },
    theme: 'auto',
    fontSize: 'medium',
    sites: {},
    customDomains: [],
  };
}

type ScalarKey = 'enabled' | 'scope' | 'autoOpen' | 'summaryLength' | 'tocDepth' | 'theme' | 'fontSize';

const SCALAR_CHECKS: { [K in ScalarKey]: Check<Settings[K]> } = {
  enabled: checkBoolean,
  scope: checkOneOf(['reviews', 'all-posts']),
  autoOpen: checkOneOf(['always', 'per-site', 'on-click']),
  summaryLength: checkOneOf(['short', 'medium', 'long']),
  tocDepth: checkInteger(TOC_DEPTH.min, TOC_DEPTH.max),
  theme: checkOneOf(['auto', 'light', 'dark']),
  fontSize: checkOneOf(['small', 'medium', 'large']),
};

const SECTION_CHECKS: { [K in SectionKey]: Check<boolean> } = {
  reviewCard: checkBoolean,
  summary: checkBoolean,
  prosCons: checkBoolean,
  toc: checkBoolean,
  readingTime: checkBoolean,
};

const PANEL_CHECKS: { [K in keyof PanelSettings]: Check<PanelSettings[K]> } = {
  side: checkOneOf(['left', 'right']),
  width: checkInteger(PANEL_WIDTH.min, PANEL_WIDTH.max),
};

const SITE_CHECKS: { [K in keyof SiteSettings]-?: Check<NonNullable<SiteSettings[K]>> } = {
  disabled: checkBoolean,
  open: checkBoolean,
  collapsed: checkBoolean,
  offsetY: checkInteger(OFFSET_Y.min, OFFSET_Y.max),
  width: checkInteger(PANEL_WIDTH.min, PANEL_WIDTH.max),
};

const TOP_KEYS = new Set<string>([
  'version',
  ...Object.keys(SCALAR_CHECKS),
  'sections',
  'panel',
  'sites',
  'customDomains',
]);
/** Stored JSON text larger than this is not settings (the sync quota is ~100 KB in total). */
const MAX_JSON_CHARS = 1_000_000;

/**
 * Reads stored or imported settings of any version. Invalid or unknown values are replaced by their
 * default and reported one line each; valid values are always kept. Never throws.
 */
export function parseSettings(raw: unknown): { settings: Settings; repaired: string[] } {
  const repaired: string[] = [];
  try {
    const record = toRecord(raw, repaired);
    if (!record) return { settings: defaultSettings(), repaired };
    return { settings: readCurrent(migrateToCurrent(record, repaired), repaired), repaired };
  } catch (error) {
    // Only exotic inputs (throwing getters, proxies) get here; stored JSON never does.
    return {
      settings: defaultSettings(),
      repaired: [`settings could not be read (${String(error)}); using defaults`],
    };
  }
}

function toRecord(raw: unknown, repaired: string[]): Record<string, unknown> | null {
  let value = raw;
  if (typeof raw === 'string') {
    if (raw.length > MAX_JSON_CHARS) {
      repaired.push(`settings text is too large (${raw.length} characters); using defaults`);
      return null;
    }
    try {
      value = JSON.parse(raw);
    } catch {
      repaired.push('settings text is not valid JSON; using defaults');
      return null;
    }
  }
  if (value === undefined) return null; // nothing stored yet: plain defaults, nothing to report
  if (!isPlainRecord(value)) {
    repaired.push(`settings: expected an object, got ${describe(value)}; using defaults`);
    return null;
  }
  return value;
}

function readCurrent(record: Record<string, unknown>, repaired: string[]): Settings {
  const defaults = defaultSettings();
  for (const key of Object.keys(record)) {
    if (!TOP_KEYS.has(key)) repaired.push(`unknown field "${clip(key)}" dropped`);
  }
  const scalars = readFields<Pick<Settings, ScalarKey>>(record, SCALAR_CHECKS, defaults, '', repaired);
  return {
    ...scalars,
    version: SETTINGS_VERSION,
    sections: readGroup(record.sections, SECTION_CHECKS, defaults.sections, 'sections', repaired),
    panel: readGroup(record.panel, PANEL_CHECKS, defaults.panel, 'panel', repaired),
    sites: readSites(record.sites, repaired),
    customDomains: readCustomDomains(record.customDomains, repaired),
  };
}

function readGroup<T extends Record<string, unknown>>(
  raw: unknown,
  checks: { [K in keyof T]: Check<T[K]> },
  defaults: T,
  path: string,
  repaired: string[],
): T {
  if (!isPlainRecord(raw)) {
    repaired.push(
      `${path}: ${raw === undefined ? 'missing' : `expected an object, got ${describe(raw)}`}; using defaults`,
    );
    return { ...defaults };
  }
  for (const key of Object.keys(raw)) {
    if (!Object.hasOwn(checks, key)) repaired.push(`${path}: unknown field "${clip(key)}" dropped`);
  }
  return readFields(raw, checks, defaults, `${path}.`, repaired);
}

function readFields<T extends Record<string, unknown>>(
  raw: Record<string, unknown>,
  checks: { [K in keyof T]: Check<T[K]> },
  defaults: T,
  prefix: string,
  repaired: string[],
): T {
  const out = { ...defaults };
  for (const key of Object.keys(checks) as (keyof T & string)[]) {
    if (!Object.hasOwn(raw, key)) {
      repaired.push(`${prefix}${key}: missing; using ${describe(defaults[key])}`);
      continue;
    }
    const result = checks[key](raw[key]);
    if ('error' in result) {
      repaired.push(`${prefix}${key}: ${result.error}; using ${describe(defaults[key])}`);
    } else {
      if (result.note) repaired.push(`${prefix}${key}: ${result.note}`);
      out[key] = result.value;
    }
  }
  return out;
}

function readSites(raw: unknown, repaired: string[]): Record<string, SiteSettings> {
  const sites: Record<string, SiteSettings> = {};
  if (!isPlainRecord(raw)) {
    repaired.push(
      `sites: ${raw === undefined ? 'missing' : `expected an object, got ${describe(raw)}`}; using {}`,
    );
    return sites;
  }
  for (const key of Object.keys(raw)) {
    const host = normalizeHostname(key);
    if (!host) {
      repaired.push(`sites: "${clip(key)}" is not a hostname; dropped`);
      continue;
    }
    if (Object.keys(sites).length >= MAX_SITES) {
      repaired.push(`sites: more than ${MAX_SITES} sites; "${host}" and later ones dropped`);
      break;
    }
    const site = readSite(raw[key], `sites["${host}"]`, repaired);
    if (Object.keys(site).length > 0) sites[host] = { ...sites[host], ...site };
  }
  return sites;
}

function readSite(raw: unknown, path: string, repaired: string[]): SiteSettings {
  const site: SiteSettings = {};
  if (!isPlainRecord(raw)) {
    repaired.push(`${path}: expected an object, got ${describe(raw)}; dropped`);
    return site;
  }
  for (const key of Object.keys(raw)) {
    if (!Object.hasOwn(SITE_CHECKS, key)) {
      repaired.push(`${path}: unknown field "${clip(key)}" dropped`);
      continue;
    }
    const field = key as keyof SiteSettings;
    const result = SITE_CHECKS[field](raw[key]);
    if ('error' in result) {
      repaired.push(`${path}.${key}: ${result.error}; dropped`);
      continue;
    }
    if (result.note) repaired.push(`${path}.${key}: ${result.note}`);
    Object.assign(site, { [field]: result.value });
  }
  return site;
}

function readCustomDomains(raw: unknown, repaired: string[]): string[] {
  if (!Array.isArray(raw)) {
    repaired.push(
      `customDomains: ${raw === undefined ? 'missing' : `expected a list, got ${describe(raw)}`}; using []`,
    );
    return [];
  }
  const domains: string[] = [];
  for (const item of raw) {
    const host = typeof item === 'string' ? normalizeHostname(item) : null;
    if (!host) {
      repaired.push(`customDomains: ${describe(item)} is not a hostname; dropped`);
    } else if (domains.length >= MAX_CUSTOM_DOMAINS) {
      repaired.push(`customDomains: more than ${MAX_CUSTOM_DOMAINS}; "${host}" dropped`);
    } else if (!domains.includes(host)) {
      domains.push(host);
    }
  }
  return domains;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

// ---------------------------------------------------------------------------------------------
// Partial updates

export type SitePatch = { [K in keyof SiteSettings]?: SiteSettings[K] | null };

/** A validated partial update. In `sites`, `null` removes a site or a field. */
export type SettingsPatch = Partial<Pick<Settings, ScalarKey | 'customDomains'>> & {
  sections?: Partial<Sections>;
  panel?: Partial<PanelSettings>;
  sites?: Record<string, SitePatch | null>;
};

export type PatchResult =
  | { ok: true; settings: Settings; changed: boolean }
  | { ok: false; errors: string[] };

/**
 * Applies an untrusted partial update. Any wrong type or unknown field rejects the whole patch
 * (nothing changes); numbers out of range are clamped, as a drag past the limit would be.
 */
export function applyPatch(settings: Settings, patch: unknown): PatchResult {
  if (!isPlainRecord(patch))
    return { ok: false, errors: [`patch: expected an object, got ${describe(patch)}`] };
  const errors: string[] = [];
  const next: Settings = structuredClone(settings);
  for (const key of Object.keys(patch)) {
    const value = patch[key];
    if (Object.hasOwn(SCALAR_CHECKS, key)) {
      setChecked(next, key as ScalarKey, SCALAR_CHECKS[key as ScalarKey], value, key, errors);
    } else if (key === 'sections') {
      patchGroup(next.sections, SECTION_CHECKS, value, key, errors);
    } else if (key === 'panel') {
      patchGroup(next.panel, PANEL_CHECKS, value, key, errors);
    } else if (key === 'sites') {
      patchSites(next, value, errors);
    } else if (key === 'customDomains') {
      patchCustomDomains(next, value, errors);
    } else {
      errors.push(`unknown field "${clip(key)}"`);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, settings: next, changed: JSON.stringify(next) !== JSON.stringify(settings) };
}

function setChecked<T extends Record<string, unknown>, K extends keyof T>(
  target: T,
  key: K,
  check: Check<T[K]>,
  value: unknown,
  path: string,
  errors: string[],
): void {
  const result = check(value);
  if ('error' in result) errors.push(`${path}: ${result.error}`);
  else target[key] = result.value;
}

function patchGroup<T extends Record<string, unknown>>(
  target: T,
  checks: { [K in keyof T]: Check<T[K]> },
  value: unknown,
  path: string,
  errors: string[],
): void {
  if (!isPlainRecord(value)) {
    errors.push(`${path}: expected an object, got ${describe(value)}`);
    return;
  }
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(checks, key)) {
      errors.push(`${path}: unknown field "${clip(key)}"`);
      continue;
    }
    const field = key as keyof T & string;
    setChecked(target, field, checks[field], value[key], `${path}.${key}`, errors);
  }
}

function patchSites(next: Settings, value: unknown, errors: string[]): void {
  if (!isPlainRecord(value)) {
    errors.push(`sites: expected an object, got ${describe(value)}`);
    return;
  }
  for (const key of Object.keys(value)) {
    const host = normalizeHostname(key);
    if (!host) {
      errors.push(`sites: "${clip(key)}" is not a hostname`);
      continue;
    }
    const sitePatch = value[key];
    if (sitePatch === null) {
      delete next.sites[host];
      continue;
    }
    const site = patchSite(Object.hasOwn(next.sites, host) ? next.sites[host] : {}, sitePatch, host, errors);
    // Re-insert so key order is least-recently-changed first, which is what eviction drops.
    delete next.sites[host];
    if (site && Object.keys(site).length > 0) next.sites[host] = site;
  }
  evictOldSites(next.sites);
}

function patchSite(
  current: SiteSettings | undefined,
  value: unknown,
  host: string,
  errors: string[],
): SiteSettings | undefined {
  if (!isPlainRecord(value)) {
    errors.push(`sites["${host}"]: expected an object or null, got ${describe(value)}`);
    return current;
  }
  const site: Record<string, unknown> = { ...current };
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(SITE_CHECKS, key)) {
      errors.push(`sites["${host}"]: unknown field "${clip(key)}"`);
    } else if (value[key] === null) {
      delete site[key];
    } else {
      setChecked(
        site,
        key,
        SITE_CHECKS[key as keyof SiteSettings] as Check<unknown>,
        value[key],
        key,
        errors,
      );
    }
  }
  return site as SiteSettings;
}

/** Beyond the cap, forget the least recently changed sites, but never a "disabled here" choice. */
function evictOldSites(sites: Record<string, SiteSettings>): void {
  let excess = Object.keys(sites).length - MAX_SITES;
  for (const host of Object.keys(sites)) {
    if (excess <= 0) return;
    if (!sites[host]?.disabled) {
      delete sites[host];
      excess--;
    }
  }
}

function patchCustomDomains(next: Settings, value: unknown, errors: string[]): void {
  if (!Array.isArray(value)) {
    errors.push(`customDomains: expected a list, got ${describe(value)}`);
    return;
  }
  if (value.length > MAX_CUSTOM_DOMAINS) {
    errors.push(`customDomains: more than ${MAX_CUSTOM_DOMAINS} entries`);
    return;
  }
  const domains: string[] = [];
  for (const item of value) {
    const host = typeof item === 'string' ? normalizeHostname(item) : null;
    if (!host) errors.push(`customDomains: ${describe(item)} is not a hostname`);
    else if (!domains.includes(host)) domains.push(host);
  }
  next.customDomains = domains;
}

// ---------------------------------------------------------------------------------------------
// Reading helpers for every context

/** The user's choices for a host; `{}` when none (safe for hosts like "constructor.example"). */
export function siteSettings(settings: Settings, host: string): SiteSettings {
  const key = normalizeHostname(host);
  return key && Object.hasOwn(settings.sites, key) ? (settings.sites[key] ?? {}) : {};
}

/** Whether Review Lens runs on this host at all. */
export function isEnabledOn(settings: Settings, host: string): boolean {
  return settings.enabled && !siteSettings(settings, host).disabled;
}

/** Whether the panel opens by itself on this host (it can always be opened by click or shortcut). */
export function opensByItself(settings: Settings, host: string): boolean {
  if (!isEnabledOn(settings, host)) return false;
  if (settings.autoOpen === 'always') return true;
  if (settings.autoOpen === 'on-click') return false;
  return siteSettings(settings, host).open ?? true;
}

/**
 * Reads an imported settings file strictly: anything that would need repair is an error,
 * so a bad file changes nothing. Older versions are migrated.
 */
export function parseImport(
  text: string,
): { ok: true; settings: Settings } | { ok: false; errors: string[] } {
  const { settings, repaired } = parseSettings(typeof text === 'string' ? text : null);
  if (repaired.length > 0) return { ok: false, errors: repaired };
  return { ok: true, settings };
}
