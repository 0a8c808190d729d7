// Seeded randomness and invented text for the hostile-page generator: the same seed always gives the same
// pages, and no text comes from a real site.

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG. Returns floats in [0, 1). */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const WORDS = (
  'the a this that it its film book game story plot pacing cast lead actor score music camera scene ending ' +
  'chapter level world battery screen price design sound light dark slow fast warm cold clever dull bright ' +
  'quiet loud good great best bad weak strong solid uneven charming tense funny sad long short simple rich ' +
  'is was feels looks works fails lands drags sings moves holds never always often rarely still yet and but ' +
  'with without under over after before through every some most few more less than very quite too'
).split(' ');

/** An English-like sentence of invented word salad (so detection and the summary have something to chew). */
export function sentence(r, min = 6, max = 18) {
  const n = r.int(min, max);
  const words = Array.from({ length: n }, () => r.pick(WORDS));
  words[0] = words[0].charAt(0).toUpperCase() + words[0].slice(1);
  return `${words.join(' ')}${r.pick(['.', '.', '.', '!', '?'])}`;
}

export function paragraph(r, sentences = r.int(2, 6)) {
  return Array.from({ length: sentences }, () => sentence(r)).join(' ');
}

/** Letters of each script; words are random letter runs (meaningless, but shaped like the script). */
export const SCRIPTS = {
  arabic: { letters: 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي', rtl: true, lang: 'ar' },
  hebrew: { letters: 'אבגדהוזחטיכלמנסעפצקרשת', rtl: true, lang: 'he' },
  persian: { letters: 'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی', rtl: true, lang: 'fa' },
  cyrillic: { letters: 'абвгдежзиклмнопрстуфхцчшщыэюя', rtl: false, lang: 'ru' },
  greek: { letters: 'αβγδεζηθικλμνξοπρστυφχψω', rtl: false, lang: 'el' },
  devanagari: { letters: 'कखगघचछजझटठडढणतथदधनपफबभमयरलवशसह', rtl: false, lang: 'hi' },
  thai: { letters: 'กขคงจฉชซญดตถทธนบปผพฟภมยรลวศสหอฮ', rtl: false, lang: 'th', noSpaces: true },
  cjk: { range: [0x4e00, 0x9fa5], rtl: false, lang: 'zh', noSpaces: true },
  hangul: { range: [0xac00, 0xd7a3], rtl: false, lang: 'ko' },
  kana: { range: [0x3041, 0x3096], rtl: false, lang: 'ja', noSpaces: true },
};

export function scriptWord(r, script) {
  const s = SCRIPTS[script];
  const n = r.int(2, 7);
  let word = '';
  for (let i = 0; i < n; i++)
    word += s.range ? String.fromCodePoint(r.int(s.range[0], s.range[1])) : r.pick([...s.letters]);
  return word;
}

export function scriptSentence(r, script, n = r.int(4, 12)) {
  const sep = SCRIPTS[script].noSpaces ? '' : ' ';
  const end =
    script === 'cjk' || script === 'kana' ? '。' : script === 'arabic' || script === 'persian' ? '؟' : '.';
  return Array.from({ length: n }, () => scriptWord(r, script)).join(sep) + end;
}

export const EMOJI = [
  '😀',
  '🎬',
  '📚',
  '🎮',
  '⭐',
  '🔥',
  '💯',
  '👍🏽',
  '👎🏿',
  '❤️',
  '🇯🇵',
  '🇧🇷',
  '🏳️‍🌈',
  '👩‍👩‍👧‍👦',
  '🧑🏻‍💻',
  '1️⃣',
  '#️⃣',
  '🫠',
  '🦀',
  '🍿',
  '✨',
  '🤷‍♀️',
  '👁️‍🗨️',
  '🧟',
  '🎧',
];

/** Zero-width, bidi-control and other invisible or format characters. */
export const INVISIBLE = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u061c',
  '\u180e',
  '\u034f',
];

/** Sprinkles `chars` into `text` at random places (about one per `every` characters). */
export function sprinkle(r, text, chars, every = 4) {
  let out = '';
  for (const ch of text) {
    out += ch;
    if (r.chance(1 / every)) out += r.pick(chars);
  }
  return out;
}
