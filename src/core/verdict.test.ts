import { describe, expect, test } from 'vitest';
import { type BlockSpec, makePost } from '../../tests/unit/helpers/make-post';
import { findVerdict } from './verdict';

/** Small reviews written for these tests: [name, language, title, blocks, expected verdict]. */
const REVIEWS: [string, string, string, BlockSpec[], string][] = [
  [
    'cue word in the closing paragraph',
    'en',
    'Lumen desk lamp review',
    [
      'I bought the Lumen desk lamp in March to replace an old halogen light.',
      'The arm moves smoothly and stays where you put it. The base is heavy enough for a wide desk.',
      'The dimmer has twelve steps, which is more than I need, and the warm setting is pleasant at night.',
      'Overall, the Lumen is the best desk lamp I have owned, and it is easy to recommend. Mine came with a spare bulb.',
    ],
    'Overall, the Lumen is the best desk lamp I have owned, and it is easy to recommend.',
  ],
  [
    'under a Verdict heading, naming the subject, ahead of a spec box',
    'en',
    'Review: Nimbus Trail (2023)',
    [
      'Nimbus Trail is a walking game set on a foggy island with a small cast of characters.',
      'The writing is sharp, and the soundtrack carries the quiet moments well.',
      ['heading', 'Verdict'],
      'Nimbus Trail is a short, warm and beautifully written game that deserves your evening. It ends a little abruptly, though.',
      ['heading', 'Specs'],
      'Price: $15.99. Platforms: PC, Switch, PS5. Length: 4 hours.',
    ],
    'Nimbus Trail is a short, warm and beautifully written game that deserves your evening.',
  ],
  [
    'German Fazit',
    'de',
    'Rezension: Der stille Hafen',
    [
      'Der stille Hafen erzählt von einer Fischerfamilie an der Ostsee.',
      'Die Figuren sind lebendig gezeichnet, und die Sprache ist ruhig und genau.',
      ['heading', 'Fazit'],
      'Insgesamt ist Der stille Hafen ein leiser, kluger Roman, den ich gern weiterempfehle. Das Ende kam mir etwas schnell.',
    ],
    'Insgesamt ist Der stille Hafen ein leiser, kluger Roman, den ich gern weiterempfehle.',
  ],
  [
    'Spanish en resumen, ahead of a rating line',
    'es',
    'Reseña: Café Aurora',
    [
      'Café Aurora abrió hace un año en el centro y siempre está lleno los domingos.',
      'El pan es casero y el café se tuesta en el propio local, algo que se nota en la taza.',
      'En resumen, Café Aurora vale la pena por su café y su pan, aunque hay que armarse de paciencia. Volveré pronto.',
      'Nota: 8/10',
    ],
    'En resumen, Café Aurora vale la pena por su café y su pan, aunque hay que armarse de paciencia.',
  ],
  [
    'Portuguese no geral',
    'pt',
    'Resenha: O Farol',
    [
      'O Farol é o terceiro livro da autora e se passa numa pequena ilha do sul.',
      'A narrativa alterna entre duas irmãs, e os capítulos curtos prendem a leitura.',
      'No geral, O Farol é uma leitura emocionante que recomendo a quem gosta de dramas familiares.',
    ],
    'No geral, O Farol é uma leitura emocionante que recomendo a quem gosta de dramas familiares.',
  ],
  [
    'Indonesian secara keseluruhan beats a closing thank-you',
    'id',
    'Ulasan Kopi Senja',
    [
      'Kopi Senja adalah kedai kecil di dekat stasiun yang buka sampai malam.',
      'Menu kopinya sederhana tetapi rasanya konsisten, dan harganya masuk akal untuk mahasiswa.',
      'Secara keseluruhan, Kopi Senja adalah tempat yang nyaman dan layak dicoba untuk bekerja sambil minum kopi.',
      'Terima kasih sudah membaca, sampai jumpa di ulasan berikutnya ya teman teman.',
    ],
    'Secara keseluruhan, Kopi Senja adalah tempat yang nyaman dan layak dicoba untuk bekerja sambil minum kopi.',
  ],
  [
    'French en conclusion, not the question before it',
    'fr',
    'Critique : Le Jardin',
    [
      'Le Jardin suit une botaniste qui revient dans la maison de son enfance.',
      'Faut-il pour autant se précipiter en salle dès la semaine de sa sortie ?',
      'En conclusion, Le Jardin est un film délicat et lumineux que je recommande sans réserve.',
    ],
    'En conclusion, Le Jardin est un film délicat et lumineux que je recommande sans réserve.',
  ],
];

describe('findVerdict on small reviews', () => {
  test.each(REVIEWS)('%s', (_, language, title, blocks, expected) => {
    expect(findVerdict(makePost(blocks, { title, language }))?.text).toBe(expected);
  });

  test('a subject named in the sentence tips the choice', () => {
    const post = makePost(
      [
        'I needed a new kettle after the old one started to leak last winter.',
        'The lid opens wide, the scale is easy to read and the base does not wobble.',
        'In daily use the Orbit is a quiet and handsome kettle. The cable is a little short for some kitchens.',
      ],
      { title: 'A kettle for the new kitchen' },
    );
    expect(findVerdict(post, undefined, 'Orbit')?.text).toBe(
      'In daily use the Orbit is a quiet and handsome kettle.',
    );
  });

  test('no body sentence, no verdict', () => {
    expect(findVerdict(makePost([['heading', 'Verdict'], 'Too short.']))).toBeNull();
  });
});
