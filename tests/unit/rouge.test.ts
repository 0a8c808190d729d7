import { describe, expect, test } from 'vitest';
import { lcsLength, rouge, rougeN, tokenOverlap } from '../../scripts/lib/rouge';

describe('rouge', () => {
  test.each<[string, string, string, number, number, number]>([
    ['identical', 'the cat sat on the mat', 'the cat sat on the mat', 1, 1, 1],
    ['disjoint', 'a b c', 'x y z', 0, 0, 0],
    ['half overlap', 'the cat', 'the dog', 0.5, 0, 0.5],
    ['case and punctuation ignored', 'Great film!', 'great film', 1, 1, 1],
    ['CJK scores by character', '这部电影很好', '这部电影不好', 5 / 6, 3 / 5, 5 / 6],
    ['empty candidate', '', 'anything here', 0, 0, 0],
  ])('%s', (_, candidate, reference, r1, r2, rl) => {
    const scores = rouge(candidate, reference);
    expect(scores.rouge1).toBeCloseTo(r1, 5);
    expect(scores.rouge2).toBeCloseTo(r2, 5);
    expect(scores.rougeL).toBeCloseTo(rl, 5);
  });

  test('clips repeated n-grams to the reference count', () => {
    expect(rougeN(['the', 'the', 'the'], ['the', 'cat'], 1)).toBeCloseTo(0.4, 5);
  });

  test.each([
    [['a', 'b', 'c', 'd'], ['a', 'c', 'd'], 3],
    [['a'], [], 0],
    [['x', 'y'], ['y', 'x'], 1],
  ])('lcsLength %j %j', (a, b, expected) => {
    expect(lcsLength(a, b)).toBe(expected);
  });

  test('tokenOverlap is symmetric', () => {
    expect(tokenOverlap('one two three', 'three two one four')).toBeCloseTo(
      tokenOverlap('three two one four', 'one two three'),
      10,
    );
  });
});
