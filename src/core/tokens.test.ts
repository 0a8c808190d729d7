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
