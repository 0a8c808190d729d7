// Every UI string exists in every language, with the same placeholders; nothing the code asks for is missing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { SETTINGS_LABEL_KEYS } from '../../src/settings-labels';

// settings-labels imports the i18n helper, whose polyfill refuses to load outside an extension.
vi.mock('webextension-polyfill', () => ({ default: {} }));

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const LOCALES_DIR = 'public/_locales';
const LANGUAGES = ['en', 'es', 'pt_BR', 'id', 'fr', 'de'];
const read = (lang: string): Messages =>
  JSON.parse(readFileSync(join(LOCALES_DIR, lang, 'messages.json'), 'utf8'));
const english = read('en');

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) yield path;
  }
}

/** Keys the code asks for literally (`t('key')`), plus the ones it builds from settings values. */
function keysUsedInCode(): string[] {
  const keys = new Set(SETTINGS_LABEL_KEYS);
  for (const file of sourceFiles('src')) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g))
      keys.add(match[1] ?? '');
  }
  for (const match of readFileSync('manifest.json', 'utf8').matchAll(/__MSG_([A-Za-z0-9_]+)__/g))
    keys.add(match[1] ?? '');
  return [...keys].sort();
}

test('the locale folders are exactly the supported languages', () => {
  expect(readdirSync(LOCALES_DIR).sort()).toEqual([...LANGUAGES].sort());
});

test.each(keysUsedInCode())('English has the key %s', (key) => {
  expect(english[key]?.message, key).toBeTruthy();
});

describe.each(LANGUAGES)('%s', (lang) => {
  const messages = read(lang);

  test('has exactly the English keys', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
  });

  test('every message is non-empty and uses the same placeholders as English', () => {
    for (const [key, { message, placeholders }] of Object.entries(messages)) {
      expect(message.trim(), key).not.toBe('');
      const used = [...message.matchAll(/\$([A-Za-z]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()).sort();
      const englishUsed = [...(english[key]?.message ?? '').matchAll(/\$([A-Za-z]+)\$/g)]
        .map((m) => (m[1] ?? '').toLowerCase())
        .sort();
      expect(used, key).toEqual(englishUsed);
      expect(Object.keys(placeholders ?? {}).sort(), key).toEqual([...new Set(used)]);
    }
  });

  test('non-English text is translated, apart from names and short shared words', () => {
    if (lang === 'en') return;
    const same = Object.keys(english).filter(
      (key) => messages[key]?.message === english[key]?.message && (english[key]?.message.length ?? 0) > 12,
    );
    expect(same).toEqual(['extName', 'panelLabel'].filter((k) => same.includes(k)));
  });
});
