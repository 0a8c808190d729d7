import { describe, expect, test } from 'vitest';
import { type BlockSpec, makePost } from '../../tests/unit/helpers/make-post';
import { findProsCons, review, subjectFromTitle } from './review';

describe('subjectFromTitle', () => {
  test.each<[string, string, string | null, number | null]>([
    ["Review of 'Her' (2013)", 'en', 'Her', 2013],
    ['Her (2013) review', 'en', 'Her', 2013],
    ['Her (2013) review: a love story with an operating system', 'en', 'Her', 2013],
    ['[Review] Dune: Part Two', 'en', 'Dune: Part Two', null],
    ['The Copper Kettle, Mill Lane - a review', 'en', 'The Copper Kettle', null],
    ['Auralis Q3 wireless earbuds review: flagship sound on a budget', 'en', 'Auralis Q3', null],
    ['The Lighthouse Years season 1 review', 'en', 'The Lighthouse Years', null],
    ['Book Review: The Salt Orchard by Imogen Vale', 'en', 'The Salt Orchard', null],
    ['Tiny Harbor review – a cozy puzzle port', 'en', 'Tiny Harbor', null],
    ['Reseña: El verano de las cigarras (2023)', 'es', 'El verano de las cigarras', 2023],
    ['Resenha: A Casa das Marés - Helena Prado', 'pt', 'A Casa das Marés', null],
    ['Rezension zu „Das Nebelhaus am Deich“ von Katrin Albers', 'de', 'Das Nebelhaus am Deich', null],
    ['Strong & Beautiful - Pamela Reif [Rezension]', 'de', 'Strong & Beautiful', null],
    ['Hyundai Santa Fe Plug-in im Test', 'de', 'Hyundai Santa Fe Plug-in', null],
    ['Critique : Les Heures bleues (2024) de Claire Vasseur', 'fr', 'Les Heures bleues', 2024],
    ['Ulasan Nara X5: Ponsel Kelas Menengah', 'id', 'Nara X5', null],
    ['Recensione: Il giardino segreto', 'it', 'Il giardino segreto', null],
    ['Recensie: De Avond', 'nl', 'De Avond', null],
    ['ביקורת: קפה לימונית, רחוב מסדה', 'he', 'קפה לימונית', null],
    ['【レビュー】水野あかり『灯台守の夏』感想', 'ja', '灯台守の夏', null],
    ['My favourite soup recipe', 'en', null, null],
    ['review', 'en', null, null],
  ])('%s', (title, language, name, year) => {
    const subject = subjectFromTitle(title, language);
    expect(subject ? [subject.name, subject.year] : null).toEqual(name === null ? null : [name, year]);
  });
});

describe('findProsCons', () => {
  test.each<[string, BlockSpec[], string[], string[]]>([
    [
      'headed lists',
      [
        ['heading', 'Pros'],
        ['list-item', 'Fast'],
        ['list-item', 'Quiet'],
        ['heading', 'Cons'],
        ['list-item', 'Pricey'],
      ],
      ['Fast', 'Quiet'],
      ['Pricey'],
    ],
    [
      'The Good / The Bad with colons',
      ['The Good:', ['list-item', 'Great screen'], 'The Bad:', ['list-item', 'Short battery life']],
      ['Great screen'],
      ['Short battery life'],
    ],
    [
      'German Pluspunkte/Minuspunkte',
      [
        ['heading', 'Pluspunkte'],
        ['list-item', 'dichte Atmosphäre'],
        ['heading', 'Minuspunkte'],
        ['list-item', 'zu schnelles Ende'],
      ],
      ['dichte Atmosphäre'],
      ['zu schnelles Ende'],
    ],
    [
      'Spanish Lo mejor / Lo peor inline',
      ['Lo mejor: el café, el pan', 'Lo peor: la espera'],
      ['el café', 'el pan'],
      ['la espera'],
    ],
    [
      'Indonesian Kelebihan/Kekurangan',
      [
        ['heading', 'Kelebihan'],
        ['list-item', 'Layar terang'],
        ['heading', 'Kekurangan'],
        ['list-item', 'Cepat panas'],
      ],
      ['Layar terang'],
      ['Cepat panas'],
    ],
    [
      'French points forts / faibles',
      [
        ['heading', 'Points forts'],
        ['list-item', 'Les acteurs'],
        ['heading', 'Points faibles'],
        ['list-item', 'Le rythme'],
      ],
      ['Les acteurs'],
      ['Le rythme'],
    ],
    [
      'signed items under Pros and cons',
      [
        ['heading', 'Pros and cons'],
        ['list-item', '+ Light'],
        ['list-item', '- Fragile'],
      ],
      ['Light'],
      ['Fragile'],
    ],
    [
      'prose after the list ends it',
      [
        ['heading', 'Pros'],
        ['list-item', 'Light'],
        'The rest of this review talks about other things at length.',
      ],
      ['Light'],
      [],
    ],
    ['no sections', ['Just a paragraph about pros and cons in general, nothing more.'], [], []],
  ])('%s', (_, blocks, pros, cons) => {
    expect(findProsCons(makePost(blocks))).toEqual({ pros, cons });
  });
});

describe('review', () => {
  const post = makePost(
    [
      'The Nimbus Trail is a walking game on a foggy island, released in 2023 for PC.',
      'The writing is sharp and the soundtrack carries the quiet moments well.',
      ['heading', 'Pros'],
      ['list-item', 'Beautiful writing'],
      ['heading', 'Cons'],
      ['list-item', 'Ends abruptly'],
      ['heading', 'Verdict'],
      'Nimbus Trail is a short, warm and beautifully written game that deserves your evening.',
      'Rating: 8/10',
    ],
    { title: 'Nimbus Trail review' },
  );

  test('builds the whole card', () => {
    const card = review(post);
    expect(card.subject).toEqual({ name: 'Nimbus Trail', year: 2023 });
    expect(card.rating).toEqual({ value: 8, scale: 10, text: '8/10' });
    expect(card.verdict?.text).toBe(
      'Nimbus Trail is a short, warm and beautifully written game that deserves your evening.',
    );
    expect(card.pros).toEqual(['Beautiful writing']);
    expect(card.cons).toEqual(['Ends abruptly']);
  });

  test('is deterministic', () => {
    expect(review(post)).toEqual(review(post));
  });

  test('an empty post gives an empty card, not an error', () => {
    expect(review(makePost([]))).toEqual({ subject: null, rating: null, verdict: null, pros: [], cons: [] });
  });
});
