import { describe, expect, test } from 'vitest';
import { makePost } from '../../tests/unit/helpers/make-post';
import { findRating, parseRating } from './rating';

type Expected = [value: number, scale: number, text: string] | null;

describe('parseRating', () => {
  test.each<[string, Expected]>([
    // slash forms
    ['8/10', [8, 10, '8/10']],
    ['My rating: 8/10', [8, 10, '8/10']],
    ['I give it 4.5/5 overall.', [4.5, 5, '4.5/5']],
    ['Overall 7,5/10 – a solid film', [7.5, 10, '7,5/10']],
    ['Score: 87/100', [87, 100, '87/100']],
    ['It easily earns a 9/10 from me.', [9, 10, '9/10']],
    ['Story 16/20.', [16, 20, '16/20']],
    // "out of" in several languages
    ['4.5 out of 5', [4.5, 5, '4.5 out of 5']],
    ['Score 4.5 out of 5', [4.5, 5, '4.5 out of 5']],
    ['I would give it 4 out of 5 stars.', [4, 5, '4 out of 5 stars']],
    ['9 von 10', [9, 10, '9 von 10']],
    ['Das Buch bekommt 5 von 5 Punkten.', [5, 5, '5 von 5 Punkten']],
    ['Le doy 4 de 5 estrellas.', [4, 5, '4 de 5 estrellas']],
    ['Nota 8 de 10 para este filme.', [8, 10, '8 de 10']],
    ['Je lui donne 4 sur 5.', [4, 5, '4 sur 5']],
    ['Voto: 7 su 10', [7, 10, '7 su 10']],
    ['Ik geef het 8 uit 10.', [8, 10, '8 uit 10']],
    ['Nilai saya 8 dari 10.', [8, 10, '8 dari 10']],
    // stars
    ['★★★★☆', [4, 5, '★★★★☆']],
    ['Rating: ★★★½☆', [3.5, 5, '★★★½☆']],
    ['⭐⭐⭐⭐⭐', [5, 5, '⭐⭐⭐⭐⭐']],
    ['★ ★ ★ ☆ ☆', [3, 5, '★ ★ ★ ☆ ☆']],
    ['4 stars', [4, 5, '4 stars']],
    ['Ich vergebe 4 Sterne.', [4, 5, '4 Sterne']],
    ['3,5 estrelas', [3.5, 5, '3,5 estrelas']],
    ['4 bintang untuk novel ini', [4, 5, '4 bintang']],
    // labels without a scale, percentages, letter grades
    ['Nota: 8', [8, 10, '8']],
    ['Note : 4/5', [4, 5, '4/5']],
    ['Bewertung: 9/10', [9, 10, '9/10']],
    ['Puntuación: 7,5', [7.5, 10, '7,5']],
    ['Pontuação: 9', [9, 10, '9']],
    ['Skor: 85', [85, 100, '85']],
    ['Score: 85%', [85, 100, '85%']],
    ['Cijfer: 7', [7, 10, '7']],
    ['Grade: B+', [9, 12, 'B+']],
    ['Rating: A', [11, 12, 'A']],
    ['Grade: F.', [0, 12, 'F']],
    // not ratings
    ['We met on 10/12/2023 at noon.', null],
    ['The shop is open 24/7.', null],
    ['Add 1/2 cup of sugar.', null],
    ['Add 3/4 cup of flour and stir.', null],
    ['Chelsea won 3-1 at home.', null],
    ['The show starts at 10:30.', null],
    ['Top 10 films of 2023', null],
    ['Released in 2019.', null],
    ['See page 4/10 of the manual.', null],
    ['It costs $8/10 pack.', null],
    ['Chapter 1 of 5', null],
    ['9 out of 10 dentists agree.', null],
    ['He has 20/20 vision and good taste.', null],
    ['A 5-star hotel near the beach.', null],
    ['We stayed in a 4 Sterne Hotel.', null],
    ['Note: 2 eggs are enough.', null],
    ['Rating: A new way to cook.', null],
    ['Battery at 85% after a day.', null],
    ['Posted 3/5', null],
    ['The split was 50/50.', null],
    ['Es gab 5 de 10 personas.', null],
    ['★', null],
    ['', null],
  ])('%s', (text, expected) => {
    const rating = parseRating(text);
    expect(rating ? [rating.value, rating.scale, rating.text] : null).toEqual(expected);
  });
});

describe('findRating', () => {
  const rating = (
    blocks: Parameters<typeof makePost>[0],
    schemaRating: { value: number; scale: number } | null = null,
  ) => {
    const found = findRating(makePost(blocks, { schemaRating }));
    return found ? [found.value, found.scale] : null;
  };

  test.each<[string, Parameters<typeof makePost>[0], [number, number] | null]>([
    ['single stated rating', ['A fine film.', 'My rating: 8/10'], [8, 10]],
    ['same rating twice', ['★★★★☆', 'Overall I give it 4 out of 5 stars.'], [4, 5]],
    ['overall beats categories', ['Story: 8/10', 'Acting: 6/10', 'Overall: 7/10'], [7, 10]],
    ['categories alone give none', ['Story: 8/10', 'Acting: 6/10', 'Music: 9/10'], null],
    [
      'standalone line beats prose mention',
      ['Last year the old model got a 6/10 rating from us.', '8/10'],
      [8, 10],
    ],
    ['nothing stated', ['I loved it.', 'Open 24/7, see page 3.'], null],
    ['heading score', [['heading', 'Score 4.5 out of 5'], 'Buy it.'], [4.5, 5]],
  ])('%s', (_, blocks, expected) => {
    expect(rating(blocks)).toEqual(expected);
  });

  test('schema.org rating comes first and keeps the displayed text when shown', () => {
    const found = findRating(makePost(['Verdict: 87/100'], { schemaRating: { value: 87, scale: 100 } }));
    expect(found).toEqual({ value: 87, scale: 100, text: '87/100' });
  });

  test('schema.org rating not shown in the text is formatted', () => {
    expect(rating(['No numbers here.'], { value: 4, scale: 5 })).toEqual([4, 5]);
  });
});
