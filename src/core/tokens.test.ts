import { describe, expect, test } from 'vitest';
import { stem, terms, words } from './tokens';

describe('words', () => {
  test.each([
    ['lower-cases and drops punctuation', 'Great film! Really.', ['great', 'film', 'really']],
    ['keeps inner apostrophes', "It's what I'd buy", ["it's", 'what', "i'd", 'buy']],
    ['splits hyphens and slashes', 'Plug-in 4.5/5', ['plug', 'in', '4', '5', '5']],
    ['accents and other scripts', 'Ótimo Café — Übermäßig gut', ['ótimo', 'café', 'übermäßig', 'gut']],
    ['CJK one character each', '这部电影很好', ['这', '部', '电', '影', '很', '好']],
    ['Hebrew words', 'קפה מעולה', ['קפה', 'מעולה']],
    ['empty', '', []],
  ])('%s', (_, text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('words matches its regex definition', () => {
  // The scanner in tokens.ts must tokenize exactly like this regex (its documented definition).
  const NO_SPACE = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}`;
  const W = `[^\\s\\p{P}\\p{S}${NO_SPACE}]`;
  const ORACLE = new RegExp(`[${NO_SPACE}]|${W}+(?:['’]${W}+)*`, 'gu');
  const oracle = (text: string) => text.toLowerCase().match(ORACLE) ?? [];
  test.each([
    "rock'n'roll isn't 'quoted' o’clock ’tis rock'",
    'emoji 👍🏽 between😀words and 🇧🇷 flags',
    'astral Han 𠀀𠀁 and kana カタカナ ひらがな mixed漢字text',
    'Thai ภาษาไทยดีมาก Lao ພາສາລາວ Khmer ភាសាខ្មែរ Myanmar မြန်မာ',
    'combining e\u0301te\u0301 and İstanbul ǅemal ΣΊΣΥΦΟΣ',
    'snake_case kebab-case dot.ted 4.5/5 1,000 ½ ⅔ ² x²',
    'lone \ud800 high and \udc00 low surrogates, and a final \ud83d',
    "tabs\tand\nnewlines\u00a0nbsp\u2003em space ' '' ’’ a'",
    '¿Qué? ¡Sí! «Très» „gut“ «דבר» عربي، نعم؛',
  ])('%s', (text) => {
    expect(words(text)).toEqual(oracle(text));
  });
});

describe('terms keep opinion words', () => {
  test.each([
    [
      'en',
      'This is the best and the worst, good not bad; I like and love it',
      ['best', 'worst', 'good', 'bad', 'like', 'love'],
    ],
    ['de', 'Das ist sehr gut und nicht schlecht', ['gut', 'schlecht']],
    ['es', 'Es la mejor y no la peor, muy buena', ['mejor', 'peor', 'buena']],
    ['pt', 'É o melhor e não o pior, muito bom', ['melhor', 'pior', 'bom']],
    ['fr', 'C est le meilleur et pas le pire, très bon', ['meilleur', 'pire', 'bon']],
    ['id', 'Ini yang terbaik dan sangat bagus', ['terbaik', 'bagus']],
    ['unknown language keeps everything', 'the best', ['the', 'best']],
  ])('%s', (language, text, expected) => {
    const kept = new Set(terms(text, language));
    for (const word of expected) expect(kept.has(stem(word, language))).toBe(true);
    expect(kept.size).toBeLessThanOrEqual(expected.length);
  });
});

describe('stem', () => {
  test.each([
    ['reviews', 'en', 'review'],
    ['playing', 'en', 'play'],
    ['is', 'en', 'is'],
    ['Bewertungen', 'de', 'Bewert'],
    ['bukunya', 'id', 'buku'],
    ['reviews', 'xx', 'reviews'],
  ])('%s (%s)', (word, language, expected) => {
    expect(stem(word, language)).toBe(expected);
  });
});
