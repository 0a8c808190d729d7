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
