/**
 * Word tokens for ranking and scoring: Unicode character classes, far faster than `Intl.Segmenter` with
 * word granularity, and good enough for bag-of-words similarity. Scripts written without spaces (Han,
 * kana, Thai, …) are read one character per token.
 */
import { charClasses, JOINER, OTHER, SINGLE, scanTokens, WORD } from './char-classes';

const NO_SPACE_SCRIPTS =
  '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmer}\\p{sc=Myanmar}';
const NO_SPACE_CHAR = new RegExp(`^[${NO_SPACE_SCRIPTS}]$`, 'u');
const SEPARATOR_CHAR = /^[\s\p{P}\p{S}]$/u;

/** A word: letters, marks, digits (not space, punctuation, symbol or a no-space script); apostrophes join. */
const TOKEN_CLASSES = charClasses((char) => {
  if (char === "'" || char === '’') return JOINER;
  if (NO_SPACE_CHAR.test(char)) return SINGLE;
  return SEPARATOR_CHAR.test(char) ? OTHER : WORD;
});

/**
 * Small curated stopword lists: function words only. Opinion words (good, great, best, bad, like,
 * love, worst, gut, bueno, bom, bon, buono, goed, bagus, …) are deliberately absent: they carry the
 * reviewer's judgement. The words before `|` are also the language guesser's cues (language.ts): the most
 * frequent ones, and distinctive between these languages; the list is written once for both.
 */
export const STOPWORDS: Record<string, string> = {
  en: `the and of to is that it with for was this you are have but not they be on my |
a an or if then so in at by from as into about over after before than were been being am do does did has
had having its it's these those there here i me we our your he him his she her them their what which who
whom whose when where why how no nor too very just also can could would should will shall may might must
s t don't i'm i've you're all any each some such only own same other more most up down out off again
further once`,
  es: `el la de que y los las en un una por con para es del se lo pero como muy |
unos unas o u si al a sin sobre entre qué son fue era ser estar está están ha han he hay le les me mi
mis te tu tus su sus nos yo tú él ella ellos ellas este esta estos estas ese esa eso esto cuando donde
también ya más no ni`,
  pt: `o a de que e os as um uma não com para do da em no na mais é muito |
uns umas ou mas se dos das ao à aos nos nas por pelo pela sem sobre entre são foi era ser estar está
estão há eu tu ele ela eles elas me te lhe nos meu minha seu sua seus suas este esta isto esse essa isso
como quando onde também já nem`,
  fr: `le la les et des est un une que qui dans pour pas sur au avec du ce il je |
l de d ou mais si à aux en par sans sous entre qu sont était être a ai as ont avait j tu elle nous vous
ils elles me m te t se s c cet cette ces mon ma mes ton ta tes son sa ses leur leurs comme quand où très
aussi déjà plus ne n y`,
  de: `der die und das ist nicht ich mit sich auf ein eine auch es zu von den dem sie wie |
des einer eines einem einen oder aber wenn dann zum zur im in am an aus bei nach über unter für durch um
vor als sind war waren sein bin bist hat haben hatte wird werden du er wir ihr mich mir dich dir mein
meine dein sein seine ihre unser dieser diese dieses jener wo was wer noch schon sehr kein keine nur so
da dass denn doch`,
  it: `il di che e la un una per non sono con del della gli le ma anche è questo molto |
lo i uno o se dello dei degli delle a al allo alla ai agli alle da dal dalla in nel nella nei su sul
sulla tra fra era essere ha hanno ho io tu lui lei noi voi loro mi ti si ci vi mio mia suo sua questa
quello quella come quando dove già più né`,
  nl: `de het een en van is dat niet op te met voor zijn ook maar er je ik wel dit |
of als dan in aan bij naar over uit door om tot die deze was waren ben bent heeft hebben had wordt
worden jij hij zij ze wij we jullie mij mijn me haar ons onze hun hoe waar wat wie nog al zeer erg geen`,
  id: `yang dan di ini itu dengan untuk tidak dari dalam akan ada juga saya bisa karena pada sangat lebih kita |
atau tetapi tapi jika ke oleh tentang antara adalah ialah sudah telah sedang aku kamu anda dia ia kami
mereka nya se bukan belum pun lah kah bahwa sebagai seperti`,
};

const STOPWORD_SETS = new Map<string, Set<string>>(
  Object.entries(STOPWORDS).map(([lang, list]) => [lang, new Set(list.split(/[\s|]+/).filter(Boolean))]),
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
  scanTokens(text, TOKEN_CLASSES, out);
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
 * read typed arrays instead of hashing strings again (the summary's pre-filter and graph).
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
