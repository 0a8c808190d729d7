import { expect, test } from 'vitest';
import { detectLanguage, directionOf, guessLanguage, primarySubtag } from './language';

const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');

test.each([
  ['pt-BR', 'pt'],
  ['EN', 'en'],
  ['', null],
  [null, null],
  ['not a tag', null],
])('primarySubtag(%j) = %j', (tag, expected) => expect(primarySubtag(tag)).toBe(expected));

test.each([
  ['en', 'The film is long and it has a story that you will like, but the end is not good.'],
  ['de', 'Das Buch ist nicht schlecht, aber ich habe mich mit der Geschichte auf jeden Fall schwer getan.'],
  ['es', 'La película es muy buena y los actores están bien, pero el final de la historia es lento.'],
  ['pt', 'O livro é muito bom e a história não é lenta, mas o final da trama é um pouco previsível.'],
  ['fr', 'Le film est une réussite et les acteurs sont justes, mais la fin est un peu longue pour moi.'],
  ['id', 'Ponsel ini sangat bagus dan baterai yang ada di dalam bisa tahan lama untuk kita semua.'],
  ['ru', 'Это очень хороший фильм, и история в нём интересная.'],
  ['ja', 'この映画はとても面白かったです。'],
  [null, 'Short'],
])('guessLanguage -> %s', (expected, text) => expect(guessLanguage(text)).toBe(expected));

const ENGLISH = 'This is the text of the post and it is in English for the reader.';

test.each([
  [
    'lang on the body wins',
    '<html lang="en"><body><div lang="de"><p id="b">x</p></div></body></html>',
    ENGLISH,
    'de',
  ],
  ['text beats the template lang', '<html lang="fr"><body><p id="b">x</p></body></html>', ENGLISH, 'en'],
  [
    'document lang when text is unclear',
    '<html lang="pt-BR"><body><p id="b">x</p></body></html>',
    'ok',
    'pt',
  ],
  ['English by default', '<html><body><p id="b">x</p></body></html>', 'ok', 'en'],
])('detectLanguage: %s', (_, html, text, expected) => {
  const d = doc(html);
  expect(detectLanguage(d.getElementById('b'), text, d)).toBe(expected);
});

test.each([
  ['ar', '<p id="b">x</p>', 'rtl'],
  ['en', '<p id="b">x</p>', 'ltr'],
  ['en', '<div dir="rtl"><p id="b">x</p></div>', 'rtl'],
])('directionOf(%s, %s) = %s', (lang, html, expected) => {
  expect(directionOf(lang, doc(html).getElementById('b'))).toBe(expected);
});
