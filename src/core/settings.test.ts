import { describe, expect, test } from 'vitest';
import {
  applyPatch,
  defaultSettings,
  isEnabledOn,
  MAX_SITES,
  opensByItself,
  parseImport,
  parseSettings,
  type Settings,
  siteSettings,
} from './settings';
import { migrateV1toV2, migrateV2toV3 } from './settings-migrations';

const DEFAULTS = defaultSettings();

/** Current-version settings with some fields changed. */
function settingsWith(changes: Partial<Settings>): Settings {
  return { ...defaultSettings(), ...changes };
}

const V1 = {
  enabled: false,
  summaryLength: 7,
  showToc: false,
  side: 'left',
  disabledSites: ['Spam.Example.com'],
};
const V2 = {
  version: 2,
  enabled: true,
  scope: 'all',
  summaryLength: 'short',
  sections: { reviewCard: true, summary: false, prosCons: true, toc: true },
  tocDepth: 4,
  panel: { side: 'left', width: 400 },
  theme: 'system',
  disabledSites: ['a.example.com', 'b.example.com'],
  customDomains: ['reviews.example.org'],
};

describe('defaults', () => {
  test('a fresh install reads as the defaults without any report', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULTS, repaired: [] });
  });

  test('the defaults are valid current settings', () => {
    expect(parseSettings(JSON.stringify(DEFAULTS))).toEqual({ settings: DEFAULTS, repaired: [] });
  });

  test('every call gives a fresh object', () => {
    const a = defaultSettings();
    a.sections.toc = false;
    a.customDomains.push('x.example.com');
    expect(defaultSettings()).toEqual(DEFAULTS);
  });
});

describe('migrations', () => {
  test('v1 → v2 maps the sentence count, showToc and side', () => {
    expect(migrateV1toV2(V1)).toEqual({
      version: 2,
      enabled: false,
      scope: 'reviews',
      summaryLength: 'long',
      sections: { reviewCard: true, summary: true, prosCons: true, toc: false },
      tocDepth: 3,
      panel: { side: 'left', width: 360 },
      theme: 'system',
      disabledSites: ['Spam.Example.com'],
      customDomains: [],
    });
  });

  test.each([
    [1, 'short'],
    [3, 'short'],
    [4, 'medium'],
    [6, 'medium'],
    [7, 'long'],
    ['x', 'x'],
  ])('v1 sentence count %j → summaryLength %j', (count, expected) => {
    expect(migrateV1toV2({ ...V1, summaryLength: count }).summaryLength).toBe(expected);
  });

  test('v2 → v3 renames values and turns disabledSites into the per-site map', () => {
    expect(migrateV2toV3(V2)).toEqual({
      version: 3,
      enabled: true,
      scope: 'all-posts',
      autoOpen: 'always',
      summaryLength: 'short',
      sections: { reviewCard: true, summary: false, prosCons: true, toc: true, readingTime: true },
      tocDepth: 4,
      panel: { side: 'left', width: 400 },
      theme: 'auto',
      fontSize: 'medium',
      sites: { 'a.example.com': { disabled: true }, 'b.example.com': { disabled: true } },
      customDomains: ['reviews.example.org'],
    });
  });

  test('migrations never modify their input', () => {
    const v1 = structuredClone(V1);
    const v2 = structuredClone(V2);
    migrateV1toV2(v1);
    migrateV2toV3(v2);
    expect([v1, v2]).toEqual([V1, V2]);
  });

  test.each([
    [
      'v1',
      V1,
      settingsWith({
        enabled: false,
        summaryLength: 'long',
        sections: { ...DEFAULTS.sections, toc: false },
        panel: { side: 'left', width: 360 },
        sites: { 'spam.example.com': { disabled: true } },
      }),
    ],
    [
      'v2',
      V2,
      settingsWith({
        scope: 'all-posts',
        summaryLength: 'short',
        sections: { ...DEFAULTS.sections, summary: false },
        tocDepth: 4,
        panel: { side: 'left', width: 400 },
        sites: { 'a.example.com': { disabled: true }, 'b.example.com': { disabled: true } },
        customDomains: ['reviews.example.org'],
      }),
    ],
  ])('a clean %s record becomes current settings with nothing to repair', (_, stored, expected) => {
    expect(parseSettings(stored)).toEqual({ settings: expected, repaired: [] });
  });

  test('a v1 record with a bad value migrates the rest and reports that value', () => {
    const { settings, repaired } = parseSettings({
      ...V1,
      summaryLength: 'lots',
      disabledSites: [42, 'ok.example.com'],
    });
    expect(settings.summaryLength).toBe('medium');
    expect(settings.enabled).toBe(false);
    expect(settings.sites).toEqual({ 'ok.example.com': { disabled: true } });
    expect(repaired).toEqual([
      'summaryLength: expected one of short, medium, long, got "lots"; using "medium"',
      'sites: "42" is not a hostname; dropped',
    ]);
  });

  test.each([
    ['newer version', { ...DEFAULTS, version: 9 }, 'version 9 is newer than this extension (3); read as 3'],
    ['string version', { ...DEFAULTS, version: '3' }, 'version: "3" is not a schema version; read as 3'],
    ['zero version', { ...DEFAULTS, version: 0 }, 'version: 0 is not a schema version; read as 3'],
  ])('%s is read as current, keeping its fields', (_, stored, line) => {
    expect(parseSettings({ ...stored, theme: 'dark' })).toEqual({
      settings: settingsWith({ theme: 'dark' }),
      repaired: [line],
    });
  });
});

describe('repair', () => {
  test.each<[string, unknown, Partial<Settings>, string[]]>([
    [
      'wrong types',
      { ...DEFAULTS, enabled: 'yes', tocDepth: '2', theme: 'dark' },
      { theme: 'dark' },
      [
        'enabled: expected true or false, got "yes"; using true',
        'tocDepth: expected a number from 1 to 6, got "2"; using 3',
      ],
    ],
    [
      'out of range numbers are clamped',
      { ...DEFAULTS, tocDepth: 9, panel: { side: 'left', width: 100.4 } },
      { tocDepth: 6, panel: { side: 'left', width: 280 } },
      [
        'tocDepth: 9 adjusted to 6 (whole numbers 1–6)',
        'panel.width: 100.4 adjusted to 280 (whole numbers 280–560)',
      ],
    ],
    [
      'unknown keys at every level',
      {
        ...DEFAULTS,
        extra: 1,
        sections: { ...DEFAULTS.sections, ads: true },
        sites: { 'x.com': { pinned: true } },
      },
      {},
      [
        'unknown field "extra" dropped',
        'sections: unknown field "ads" dropped',
        'sites["x.com"]: unknown field "pinned" dropped',
      ],
    ],
    [
      'missing fields',
      { version: 3, enabled: false },
      { enabled: false },
      [
        'scope: missing; using "reviews"',
        'autoOpen: missing; using "always"',
        'summaryLength: missing; using "medium"',
        'tocDepth: missing; using 3',
        'theme: missing; using "auto"',
        'fontSize: missing; using "medium"',
        'sections: missing; using defaults',
        'panel: missing; using defaults',
        'sites: missing; using {}',
        'customDomains: missing; using []',
      ],
    ],
    [
      'groups of the wrong shape',
      { ...DEFAULTS, sections: [true], panel: null, sites: 'x', customDomains: { a: 1 } },
      {},
      [
        'sections: expected an object, got a list; using defaults',
        'panel: expected an object, got null; using defaults',
        'sites: expected an object, got "x"; using {}',
        'customDomains: expected a list, got an object; using []',
      ],
    ],
    [
      'per-site entries: bad host, bad field, bad entry; good fields kept',
      {
        ...DEFAULTS,
        sites: {
          'Good.Example.com': { open: false, offsetY: 'top', collapsed: true },
          'not a host': { disabled: true },
          'c.example.com': 5,
        },
      },
      { sites: { 'good.example.com': { open: false, collapsed: true } } },
      [
        'sites["good.example.com"].offsetY: expected a number from 0 to 5000, got "top"; dropped',
        'sites: "not a host" is not a hostname; dropped',
        'sites["c.example.com"]: expected an object, got 5; dropped',
      ],
    ],
    [
      'custom domains: invalid dropped, duplicates merged',
      { ...DEFAULTS, customDomains: ['A.example.com', 'a.example.com', 7, 'nope'] },
      { customDomains: ['a.example.com'] },
      ['customDomains: 7 is not a hostname; dropped', 'customDomains: "nope" is not a hostname; dropped'],
    ],
    [
      'huge strings are clipped in the report',
      { ...DEFAULTS, theme: 'x'.repeat(1_000_000) },
      {},
      [`theme: expected one of auto, light, dark, got "${'x'.repeat(40)}…"; using "auto"`],
    ],
  ])('%s', (_, stored, changes, lines) => {
    expect(parseSettings(stored)).toEqual({ settings: settingsWith(changes), repaired: lines });
  });

  test.each<[string, unknown, string]>([
    ['null', null, 'settings: expected an object, got null; using defaults'],
    ['an array', [DEFAULTS], 'settings: expected an object, got a list; using defaults'],
    ['a number', 3, 'settings: expected an object, got 3; using defaults'],
    [
      'truncated JSON',
      JSON.stringify(DEFAULTS).slice(0, 50),
      'settings text is not valid JSON; using defaults',
    ],
    ['empty text', '', 'settings text is not valid JSON; using defaults'],
    ['JSON null', 'null', 'settings: expected an object, got null; using defaults'],
    ['a class instance', new Date(0), 'settings: expected an object, got an object; using defaults'],
    [
      'megabytes of text',
      ' '.repeat(2_000_000),
      'settings text is too large (2000000 characters); using defaults',
    ],
  ])('%s gives the defaults and one report line', (_, stored, line) => {
    expect(parseSettings(stored)).toEqual({ settings: DEFAULTS, repaired: [line] });
  });

  test('a throwing getter gives the defaults instead of an exception', () => {
    const hostile = { ...DEFAULTS };
    Object.defineProperty(hostile, 'theme', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const { settings, repaired } = parseSettings(hostile);
    expect(settings).toEqual(DEFAULTS);
    expect(repaired).toHaveLength(1);
  });

  test.each([
    ['top level', `{"version":3,"__proto__":{"polluted":true},"enabled":false}`],
    ['sections', `{"version":3,"sections":{"__proto__":{"polluted":true}}}`],
    ['sites', `{"version":3,"sites":{"__proto__":{"polluted":true},"constructor":{"disabled":true}}}`],
    ['site entry', `{"version":3,"sites":{"a.example.com":{"__proto__":{"polluted":true}}}}`],
    ['v1 disabledSites', `{"disabledSites":["__proto__"]}`],
  ])('__proto__ keys (%s) are dropped and pollute nothing', (_, text) => {
    const { settings, repaired } = parseSettings(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(settings)).not.toContain('polluted');
    expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(settings.sites)).toBe(Object.prototype);
    expect(repaired.join('\n')).toContain('__proto__');
  });

  test('a deeply nested document does not throw', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(parseSettings(deep).settings).toEqual(DEFAULTS);
  });

  test('more sites than the cap keeps the first ones and says so', () => {
    const sites = Object.fromEntries(
      Array.from({ length: MAX_SITES + 5 }, (_, i) => [`s${i}.example.com`, { open: true }]),
    );
    const { settings, repaired } = parseSettings({ ...DEFAULTS, sites });
    expect(Object.keys(settings.sites)).toHaveLength(MAX_SITES);
    expect(repaired).toEqual([
      `sites: more than ${MAX_SITES} sites; "s${MAX_SITES}.example.com" and later ones dropped`,
    ]);
  });
});

describe('applyPatch', () => {
  test.each<[string, unknown, Partial<Settings>]>([
    [
      'scalars',
      { enabled: false, theme: 'dark', summaryLength: 'long' },
      { enabled: false, theme: 'dark', summaryLength: 'long' },
    ],
    ['one section', { sections: { toc: false } }, { sections: { ...DEFAULTS.sections, toc: false } }],
    ['panel width is clamped', { panel: { width: 9000 } }, { panel: { side: 'right', width: 560 } }],
    [
      'a new site',
      { sites: { 'WWW.Example.com': { disabled: true } } },
      { sites: { 'www.example.com': { disabled: true } } },
    ],
    [
      'custom domains normalized and deduplicated',
      { customDomains: ['B.example.com', 'b.example.com'] },
      { customDomains: ['b.example.com'] },
    ],
    ['empty patch', {}, {}],
  ])('%s', (_, patch, changes) => {
    const result = applyPatch(defaultSettings(), patch);
    expect(result).toEqual({
      ok: true,
      settings: settingsWith(changes),
      changed: Object.keys(changes).length > 0,
    });
  });

  test('site fields merge; null removes a field; an emptied site disappears; null removes a site', () => {
    const start = settingsWith({
      sites: { 'a.example.com': { open: true, offsetY: 10 }, 'b.example.com': { collapsed: true } },
    });
    const merged = applyPatch(start, { sites: { 'a.example.com': { offsetY: 50, collapsed: true } } });
    expect(merged.ok && merged.settings.sites['a.example.com']).toEqual({
      open: true,
      offsetY: 50,
      collapsed: true,
    });
    const removed = applyPatch(start, {
      sites: { 'a.example.com': { open: null, offsetY: null }, 'b.example.com': null },
    });
    expect(removed.ok && removed.settings.sites).toEqual({});
  });

  test('the input settings object is never modified', () => {
    const start = defaultSettings();
    applyPatch(start, {
      enabled: false,
      sections: { toc: false },
      sites: { 'a.example.com': { open: true } },
    });
    expect(start).toEqual(DEFAULTS);
  });

  test('past the cap, the least recently changed site goes, but never a disabled one', () => {
    const sites: Settings['sites'] = { 'old-disabled.example.com': { disabled: true } };
    for (let i = 0; i < MAX_SITES - 1; i++) sites[`s${i}.example.com`] = { open: true };
    const result = applyPatch(settingsWith({ sites }), { sites: { 'new.example.com': { open: false } } });
    if (!result.ok) throw new Error(result.errors.join());
    const hosts = Object.keys(result.settings.sites);
    expect(hosts).toHaveLength(MAX_SITES);
    expect(hosts).toContain('old-disabled.example.com');
    expect(hosts).not.toContain('s0.example.com');
    expect(hosts.at(-1)).toBe('new.example.com');
  });

  test.each<[string, unknown, string[]]>([
    ['not an object', 'enabled', ['patch: expected an object, got "enabled"']],
    ['null', null, ['patch: expected an object, got null']],
    ['unknown field', { colour: 'red' }, ['unknown field "colour"']],
    ['version cannot be patched', { version: 1 }, ['unknown field "version"']],
    ['wrong type', { enabled: 'no' }, ['enabled: expected true or false, got "no"']],
    ['bad enum', { theme: 'sepia' }, ['theme: expected one of auto, light, dark, got "sepia"']],
    [
      'bad nested',
      { sections: { toc: 1, ads: true } },
      ['sections.toc: expected true or false, got 1', 'sections: unknown field "ads"'],
    ],
    ['group not an object', { panel: 'left' }, ['panel: expected an object, got "left"']],
    ['bad host', { sites: { 'not a host': { open: true } } }, ['sites: "not a host" is not a hostname']],
    [
      'bad site value',
      { sites: { 'a.example.com': true } },
      ['sites["a.example.com"]: expected an object or null, got true'],
    ],
    [
      'bad site field',
      { sites: { 'a.example.com': { pinned: true } } },
      ['sites["a.example.com"]: unknown field "pinned"'],
    ],
    ['bad custom domain', { customDomains: ['ok.example.com', 5] }, ['customDomains: 5 is not a hostname']],
    [
      'custom domains not a list',
      { customDomains: 'a.example.com' },
      ['customDomains: expected a list, got "a.example.com"'],
    ],
    ['__proto__ key', JSON.parse('{"__proto__":{"enabled":false}}'), ['unknown field "__proto__"']],
  ])('rejects %s', (_, patch, errors) => {
    expect(applyPatch(defaultSettings(), patch)).toEqual({ ok: false, errors });
  });

  test('one bad field rejects the whole patch, valid fields included', () => {
    expect(applyPatch(defaultSettings(), { enabled: false, theme: 'sepia' })).toEqual({
      ok: false,
      errors: ['theme: expected one of auto, light, dark, got "sepia"'],
    });
  });
});

describe('reading helpers', () => {
  const settings = settingsWith({
    autoOpen: 'per-site',
    sites: { 'off.example.com': { disabled: true }, 'closed.example.com': { open: false } },
  });

  test.each([
    ['a site with no choices', 'new.example.com', true, true],
    ['a disabled site', 'off.example.com', false, false],
    ['a site where the panel was closed', 'closed.example.com', true, false],
    ['an Object.prototype name', 'constructor', true, true],
  ])('%s', (_, host, enabled, opens) => {
    expect([isEnabledOn(settings, host), opensByItself(settings, host)]).toEqual([enabled, opens]);
  });

  test.each([
    ['always', true],
    ['on-click', false],
  ] as const)('autoOpen %s', (autoOpen, opens) => {
    expect(opensByItself(settingsWith({ autoOpen }), 'closed.example.com')).toBe(opens);
  });

  test('switched off everywhere', () => {
    expect(isEnabledOn(settingsWith({ enabled: false }), 'a.example.com')).toBe(false);
  });

  test('siteSettings normalizes the host', () => {
    expect(siteSettings(settings, 'OFF.example.com')).toEqual({ disabled: true });
  });
});

describe('parseImport', () => {
  test('a clean export round-trips', () => {
    const settings = settingsWith({ theme: 'dark', customDomains: ['a.example.com'] });
    expect(parseImport(JSON.stringify(settings, null, 2))).toEqual({ ok: true, settings });
  });

  test('an old-version file is migrated', () => {
    expect(parseImport(JSON.stringify(V2))).toMatchObject({ ok: true, settings: { scope: 'all-posts' } });
  });

  test.each([
    ['not JSON', '{"enabled": tru'],
    ['empty file', ''],
    ['one bad value', JSON.stringify({ ...DEFAULTS, theme: 'sepia' })],
    ['an array', '[]'],
  ])('%s is refused with a reason', (_, text) => {
    const result = parseImport(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.length).toBeGreaterThan(0);
  });
});
