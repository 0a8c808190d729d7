import { describe, expect, test, vi } from 'vitest';
import { makePost } from '../../tests/unit/helpers/make-post';
import { continuesInto, SEGMENTER_WINDOW, splitSentences } from './sentences';

function split(text: string, language: string): string[] {
  return splitSentences(makePost([text], { language })).map((sentence) => sentence.text);
}

describe('splitSentences per language', () => {
  test.each([
    [
      'en titles',
      'en',
      'Dr. Smith met Mr. Jones in St. Louis. It went well.',
      ['Dr. Smith met Mr. Jones in St. Louis.', 'It went well.'],
    ],
    [
      'en vs. and feat.',
      'en',
      'Batman vs. Superman is long. The song feat. Drake is not.',
      ['Batman vs. Superman is long.', 'The song feat. Drake is not.'],
    ],
    [
      'en initials',
      'en',
      'J. R. R. Tolkien wrote it. I read it twice.',
      ['J. R. R. Tolkien wrote it.', 'I read it twice.'],
    ],
    [
      'en acronym',
      'en',
      'The U.S. Army tested it. Results vary.',
      ['The U.S. Army tested it.', 'Results vary.'],
    ],
    [
      'en rating number',
      'en',
      'I give it 4.5/5 overall. Highly recommended!',
      ['I give it 4.5/5 overall.', 'Highly recommended!'],
    ],
    [
      'en ellipsis then capital',
      'en',
      'It was great... Really? Yes!',
      ['It was great...', 'Really?', 'Yes!'],
    ],
    [
      'en ellipsis mid-sentence',
      'en',
      'It was great… until the end. Then it broke.',
      ['It was great… until the end.', 'Then it broke.'],
    ],
    ['en quoted speech', 'en', '"Wow." he said. She left.', ['"Wow." he said.', 'She left.']],
    [
      'en etc. ending a sentence',
      'en',
      'Pens, paper, etc. Then the ink.',
      ['Pens, paper, etc.', 'Then the ink.'],
    ],
    [
      'en etc. mid-sentence',
      'en',
      'Pens, paper, etc. are included. Nice.',
      ['Pens, paper, etc. are included.', 'Nice.'],
    ],
    ['de z. B.', 'de', 'Das ist z. B. gut. Fazit: lohnt sich.', ['Das ist z. B. gut.', 'Fazit: lohnt sich.']],
    ['de ordinal date', 'de', 'Er kam am 3. Mai an. Es regnete.', ['Er kam am 3. Mai an.', 'Es regnete.']],
    [
      'de bzw. and Dr.',
      'de',
      'Dr. Weber bzw. Frau Kühn lesen. Gut so.',
      ['Dr. Weber bzw. Frau Kühn lesen.', 'Gut so.'],
    ],
    [
      'es p. ej. and Sr.',
      'es',
      'Me gusta, p. ej. esto. El Sr. García vino.',
      ['Me gusta, p. ej. esto.', 'El Sr. García vino.'],
    ],
    [
      'es inverted marks',
      'es',
      '¿Vale la pena? ¡Sí! Es muy buena.',
      ['¿Vale la pena?', '¡Sí!', 'Es muy buena.'],
    ],
    [
      'pt Sra. and p. ex.',
      'pt',
      'A Sra. Silva gostou. Há extras, p. ex. mapas.',
      ['A Sra. Silva gostou.', 'Há extras, p. ex. mapas.'],
    ],
    [
      'fr M. and guillemets',
      'fr',
      'M. Dupont a aimé. « Superbe. » dit-il.',
      ['M. Dupont a aimé.', '« Superbe. » dit-il.'],
    ],
    [
      'it Sig. and Dott.',
      'it',
      'Il Sig. Rossi e il Dott. Bianchi. Bravi.',
      ['Il Sig. Rossi e il Dott. Bianchi.', 'Bravi.'],
    ],
    [
      'nl bijv. and Dhr.',
      'nl',
      'Dhr. Jansen koos bijv. rood. Prima.',
      ['Dhr. Jansen koos bijv. rood.', 'Prima.'],
    ],
    [
      'id Jl. and dll.',
      'id',
      'Tokonya di Jl. Merdeka. Ada kopi, teh, dll. Enak sekali.',
      ['Tokonya di Jl. Merdeka.', 'Ada kopi, teh, dll.', 'Enak sekali.'],
    ],
    ['ja by segmenter', 'ja', 'これは本です。あれはペンです。', ['これは本です。', 'あれはペンです。']],
    ['zh by segmenter', 'zh', '这部电影很好看！我推荐它。', ['这部电影很好看！', '我推荐它。']],
    ['unknown language falls back', 'xx-invalid', 'One. Two.', ['One.', 'Two.']],
  ])('%s', (_, language, text, expected) => {
    expect(split(text, language)).toEqual(expected);
  });
});

describe('continuesInto', () => {
  test.each([
    ['stray closing quote', 'He said "no.', '"', 'en', true],
    ['question mark ends', 'Is it good?', 'Yes.', 'en', false],
    ['CJK never repaired', 'A.', 'b', 'ja', false],
    ['plain word before period', 'It was fine.', 'Then it ended.', 'en', false],
  ])('%s', (_, prev, next, language, expected) => {
    expect(continuesInto(prev, next, language)).toBe(expected);
  });
});

describe('block structure and offsets', () => {
  const post = makePost([
    ['heading', 'Verdict. Short'],
    'First one. Second one.',
    ['list-item', 'Fast. Quiet'],
    ['caption', 'A photo.'],
    ['quote', 'Quoted line.'],
  ]);
  const sentences = splitSentences(post);

  test('headings stay whole and nothing crosses a block', () => {
    expect(sentences.map((s) => [s.block, s.text])).toEqual([
      [0, 'Verdict. Short'],
      [1, 'First one.'],
      [1, 'Second one.'],
      [2, 'Fast.'],
      [2, 'Quiet'],
      [3, 'A photo.'],
      [4, 'Quoted line.'],
    ]);
  });

  test.each(sentences.map((sentence) => [sentence.text, sentence] as const))(
    'offsets of "%s" point at it',
    (_, s) => {
      expect(post.blocks[s.block]?.text.slice(s.start, s.end)).toBe(s.text);
    },
  );

  test('empty post gives no sentences', () => {
    expect(splitSentences(makePost([]))).toEqual([]);
  });
});

describe('long text without spaces', () => {
  test('is read in windows: the same sentences as a whole-text segmenter, and no sentence cut at a window edge', () => {
    const sentences = Array.from(
      { length: 1500 },
      (_, i) => `これは${i}番目の文で、映画について書いています。`,
    );
    const text = sentences.join('');
    expect(text.length).toBeGreaterThan(SEGMENTER_WINDOW * 3);
    const whole = [...new Intl.Segmenter('ja', { granularity: 'sentence' }).segment(text)].map(
      (s) => s.segment,
    );
    const post = makePost([text], { language: 'ja' });
    expect(splitSentences(post).map((s) => s.text)).toEqual(whole);
    expect(splitSentences(post)).toHaveLength(sentences.length);
  });

  test('never hands the segmenter more than one window (its cost grows faster than the text)', () => {
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    const text = '映画はとても良かった。'.repeat(SEGMENTER_WINDOW / 4);
    splitSentences(makePost([text], { language: 'ja' }));
    const longest = Math.max(...segment.mock.calls.map(([input]) => input.length));
    segment.mockRestore();
    expect(longest).toBeLessThanOrEqual(SEGMENTER_WINDOW);
  });

  test('a window with no sentence break at all still moves on', () => {
    const text = '映'.repeat(SEGMENTER_WINDOW * 2 + 10);
    const post = makePost([text], { language: 'ja' });
    expect(
      splitSentences(post)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });
});
