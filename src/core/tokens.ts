/**
 * Word tokens for ranking and scoring: Unicode character classes, far faster than `Intl.Segmenter` with
 * word granularity, and good enough for bag-of-words similarity. Scripts written without spaces (Han,
 * kana, Thai, …) are read one character per token.
 */
import { charClasses, kindOf, widthOf } from './char-classes';

const NO_SPACE_SCRIPTS =
  '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmer}\\p{sc=Myanmar}';
const NO_SPACE_CHAR = new RegExp(`^[${NO_SPACE_SCRIPTS}]$`, 'u');
const SEPARATOR_CHAR = /^[\s\p{P}\p{S}]$/u;

/** Character classes of the token scanner. */
const WORD = 1;
const NO_SPACE = 2;
const SEPARATOR = 3;
const APOSTROPHE = 4;

const TOKEN_CLASSES = charClasses((char) => {
  if (char === "'" || char === '’') return APOSTROPHE;
  if (NO_SPACE_CHAR.test(char)) return NO_SPACE;
  return SEPARATOR_CHAR.test(char) ? SEPARATOR : WORD;
});

/**
 * Small curated stopword lists: function words only. Opinion words (good, great, best, bad, like,
 * love, worst, gut, bueno, bom, bon, buono, goed, bagus, …) are deliberately absent: they carry the
 * reviewer's judgement.
 */
const STOPWORDS: Record<string, string> = {
  en: `a an the and or but if then so of to in on at by for with from as into about over after before than
    is are was were be been being am do does did have has had having it its it's this that these those there here
    i me my we our you your he him his she her they them their what which who whom whose when where why how
    not no nor too very just also can could would should will shall may might must s t don't i'm i've you're
    all any each some such only own same other more most up down out off again further once`,
  es: `el la los las un una unos unas y o u pero si de del al a en por para con sin sobre entre que qué
    es son fue era ser estar está están ha han he hay lo le les se me mi mis te tu tus su sus nos yo tú él ella
    ellos ellas este esta estos estas ese esa eso esto como cuando donde muy también ya más no ni`,
  pt: `o a os as um uma uns umas e ou mas se de do da dos das ao à aos em no na nos nas por pelo pela para com
    sem sobre entre que é são foi era ser estar está estão há eu tu ele ela eles elas me te lhe nos meu minha
    seu sua seus suas este esta isto esse essa isso como quando onde muito também já mais não nem`,
  fr: `le la les l un une des du de d et ou mais si à au aux en dans par pour avec sans sur sous entre que qu
    qui est sont était être a ai as ont avait je j tu il elle nous vous ils elles me m te t se s ce c cet cette
    ces mon ma mes ton ta tes son sa ses leur leurs comme quand où très aussi déjà plus ne pas n y`,
  de: `der die das den dem des ein eine einer eines einem einen und oder aber wenn dann von zu zum zur im in
    am an auf aus bei mit nach über unter für durch um vor als ist sind war waren sein bin bist hat haben hatte
    wird werden ich du er sie es wir ihr mich mir dich dir sich mein meine dein sein seine ihre unser dieser
    diese dieses jener wie wo was wer auch noch schon sehr nicht kein keine nur so da dass denn doch`,
  it: `il lo la i gli le un uno una e o ma se di del dello della dei degli delle a al allo alla ai agli alle
    da dal dalla in nel nella nei su sul sulla per con tra fra che è sono era essere ha hanno ho io tu lui lei
    noi voi loro mi ti si ci vi mio mia suo sua questo questa quello quella come quando dove molto anche già
    più non né`,
  nl: `de het een en of maar als dan van te in op aan bij met voor naar over uit door om tot dat die dit deze
    is zijn was waren ben bent heeft hebben had wordt worden ik jij je hij zij ze wij we jullie mij mijn me
    zijn haar ons onze hun hoe waar wat wie ook nog al zeer erg niet geen er`,
  id: `yang dan atau tetapi tapi jika di ke dari pada dalam untuk dengan oleh tentang antara ini itu adalah
    ialah ada akan sudah telah sedang saya aku kamu anda dia ia kami kita mereka nya se juga sangat lebih tidak
    bukan belum pun lah kah bahwa karena sebagai seperti`,
};

const STOPWORD_SETS = new Map<string, Set<string>>(
  Object.entries(STOPWORDS).map(([lang, list]) => [lang, new Set(list.split(/\s+/).filter(Boolean))]),
);
const NO_STOPWORDS = new Set<string>();

/** Light suffix stripping: plural and common inflections only, so "reviews" meets "review". */
const SUFFIXES: Record<string, string[]> = {
  en: ['ing', 'ed', 'ly', 's'],
  es: ['mente', 'es', 's'],
  pt: ['mente', 'es', 's'],
  fr: ['ment', 'es', 's', 'e'],
  de: ['ungen', 'ung', 'en', 'er', 'es', 'e', 'n', 's'],
  it: ['mente', 'i', 'e', 'a', 'o'],
  nl: ['en', 's', 'e'],
  id: ['nya', 'lah', 'kan'],
};
const MIN_STEM = 3;

/**
 * Lower-cased word tokens in text order, stopwords kept: what ROUGE and counters need. A token is one
 * no-space-script character, or a run of other letters, marks and digits, joined by inner apostrophes:
 * the matches of `/[NO_SPACE]|W+(?:['’]W+)*\/gu` with W = not space, punctuation, symbol or NO_SPACE. A
 * scanner over cached character classes does what that regex does ~2.5× faster (tokens.test.ts holds
 * the regex as the oracle).
 */
export function words(input: string): string[] {
  const text = input.toLowerCase();
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const cls = TOKEN_CLASSES.at(text, i);
    const kind = kindOf(cls);
    if (kind === NO_SPACE) out.push(text.slice(i, i + widthOf(cls)));
    if (kind !== WORD) {
      i += widthOf(cls);
      continue;
    }
    const start = i;
    i += widthOf(cls);
    while (i < text.length) {
      const next = TOKEN_CLASSES.at(text, i);
      if (kindOf(next) === WORD) {
        i += widthOf(next);
        continue;
      }
      if (kindOf(next) !== APOSTROPHE || i + 1 >= text.length) break;
      const after = TOKEN_CLASSES.at(text, i + 1);
      if (kindOf(after) !== WORD) break;
      i += 1 + widthOf(after);
    }
    out.push(text.slice(start, i));
  }
  return out;
}

export function stopwordsFor(language: string): Set<string> {
  return STOPWORD_SETS.get(language) ?? NO_STOPWORDS;
}

const NO_SUFFIXES: string[] = [];

function stripSuffix(word: string, suffixes: string[]): string {
  for (let k = 0; k < suffixes.length; k++) {
    const suffix = suffixes[k]!;
    if (word.length - suffix.length >= MIN_STEM && word.endsWith(suffix)) {
      return word.slice(0, -suffix.length);
    }
  }
  return word;
}

export function stem(word: string, language: string): string {
  return stripSuffix(word, SUFFIXES[language] ?? NO_SUFFIXES);
}

/** Content terms of already tokenized words: stopwords dropped, lightly stemmed. */
export function termsOfWords(tokens: string[], language: string): string[] {
  const stop = stopwordsFor(language);
  const suffixes = SUFFIXES[language] ?? NO_SUFFIXES;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!;
    if (!stop.has(word)) out.push(stripSuffix(word, suffixes));
  }
  return out;
}

/** Content terms: words without stopwords, lightly stemmed. The input to sentence similarity. */
export function terms(text: string, language: string): string[] {
  return termsOfWords(words(text), language);
}

/** A sentence's words and content terms, computed once and shared by the verdict and every summary. */
export interface Tokens {
  words: string[];
  terms: string[];
}

export function tokenize(text: string, language: string): Tokens {
  const tokens = words(text);
  return { words: tokens, terms: termsOfWords(tokens, language) };
}

/**
 * Terms as small integers: one Map lookup per occurrence, after which counting, dedupe and dot products
 * read typed arrays instead of hashing strings again (the summary graph and the verdict's topicality).
 */
export function termIds(lists: string[][]): { ids: number[][]; idOf: Map<string, number> } {
  const idOf = new Map<string, number>();
  const ids = lists.map((list) => {
    const out = new Array<number>(list.length);
    for (let k = 0; k < list.length; k++) {
      let id = idOf.get(list[k]!);
      if (id === undefined) {
        id = idOf.size;
        idOf.set(list[k]!, id);
      }
      out[k] = id;
    }
    return out;
  });
  return { ids, idOf };
}
