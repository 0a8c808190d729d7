import { describe, expect, test } from 'vitest';
import { collapseWhitespace, countWords, normalizeForMatch, readingMinutes } from './text';

describe('collapseWhitespace', () => {
  test.each([
    ['  a \n\t b  ', 'a b'],
    ['a\u00a0\u00a0b', 'a b'],
    ['', ''],
  ])('%j -> %j', (input, expected) => expect(collapseWhitespace(input)).toBe(expected));
});

test.each([
  ['Who’s  It For?', "who's it for?"],
  ['“Quoted”', '"quoted"'],
])('normalizeForMatch(%j)', (input, expected) => expect(normalizeForMatch(input)).toBe(expected));

test.each([
  ['three plain words', 3],
  ["it's well-made, 4.5 stars", 4],
  ['日本語の文章', 6],
  ['', 0],
])('countWords(%j) = %i', (input, expected) => expect(countWords(input)).toBe(expected));

describe('countWords matches its regex definition', () => {
  // The scanner must count exactly the matches of this regex, with CJK characters one each.
  const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;
  const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;
  const oracle = (text: string) =>
    (text.match(CJK)?.length ?? 0) + (text.replace(CJK, ' ').match(WORD)?.length ?? 0);
  test.each([
    "don't stop-motion e.g. 4.5 1,000 rock'n'roll -lead trail- a--b a.-b . ' x'",
    'mixed日本語text and 한국어 words, カタカナ-word, a-日 日-a',
    'astral 𠀀𠀁 letters 𝐀𝐁𝐂 and emoji 👍🏽 😀 🇧🇷 and digits ٣٤ ४५',
    'lone \ud800 high and \udc00 low, final \ud83d',
    'tabs\tand\nnewlines\u00a0nbsp — dashes – and … ellipses',
    'combining e\u0301te\u0301 İstanbul ǅemal ΣΊΣΥΦΟΣ עברית عربي',
  ])('%s', (text) => {
    expect(countWords(text)).toBe(oracle(text));
  });
});

test.each([
  [0, 'en', 0],
  [10, 'en', 1],
  [2300, 'en', 10],
  [2000, 'de', 10],
  [5000, 'ja', 10],
  [1000, 'xx', 5],
])('readingMinutes(%i, %s) = %i', (words, lang, expected) =>
  expect(readingMinutes(words, lang)).toBe(expected),
);
