/** The post's language: an author-set `lang`, else a guess from its script and stopwords. */
import { STOPWORDS } from './tokens';

/** Scripts that name their language, as UTF-16 ranges [from, to, language]. */
const SCRIPT_LANGUAGES: [number, number, string][] = [
  [0x3040, 0x30ff, 'ja'],
  [0xac00, 0xd7af, 'ko'],
  [0x4e00, 0x9fff, 'zh'],
  [0x0400, 0x04ff, 'ru'],
  [0x0600, 0x06ff, 'ar'],
  [0x0590, 0x05ff, 'he'],
  [0x0370, 0x03ff, 'el'],
  [0x0e00, 0x0e7f, 'th'],
];
const LETTER_RUN = /\p{L}+/gu;

const LANGUAGES = Object.keys(STOPWORDS);
/** Each stopword with the languages (indexes into LANGUAGES) that list it: one lookup per word, not one per language. */
const STOPWORD_LANGUAGES = new Map<string, number[]>();
for (const [index, lang] of LANGUAGES.entries()) {
  // Each stopword list opens with its language's cues, up to the `|` (tokens.ts).
  for (const word of STOPWORDS[lang]!.split('|')[0]!.trim().split(/\s+/)) {
    const langs = STOPWORD_LANGUAGES.get(word);
    if (langs) langs.push(index);
    else STOPWORD_LANGUAGES.set(word, [index]);
  }
}
const SAMPLE_CHARS = 2000;

/** Primary subtag of a BCP-47 tag ('pt-BR' -> 'pt'), or null for empty/invalid. */
export function primarySubtag(tag: string | null | undefined): string | null {
  const match = /^\s*([a-z]{2,3})(?:[-_]|\s*$)/i.exec(tag ?? '');
  return match ? match[1]!.toLowerCase() : null;
}

/** Guess from text alone; null when the sample says too little. */
export function guessLanguage(text: string): string | null {
  // One regex pass: the words, whose letters also give the script (ja before zh: kana decide).
  const words = text.slice(0, SAMPLE_CHARS).toLowerCase().match(LETTER_RUN) ?? [];
  const hits = new Array<number>(SCRIPT_LANGUAGES.length).fill(0);
  let letters = 0;
  for (const word of words) {
    letters += word.length;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      if (code < 0x0370) continue;
      for (let k = 0; k < SCRIPT_LANGUAGES.length; k++) {
        const [from, to] = SCRIPT_LANGUAGES[k]!;
        if (code >= from && code <= to) hits[k]!++;
      }
    }
  }
  if (letters === 0) return null;
  for (let k = 0; k < SCRIPT_LANGUAGES.length; k++) {
    if (hits[k]! / letters > 0.3) return SCRIPT_LANGUAGES[k]![2];
  }
  if (words.length < 5) return null;
  const counts = new Array<number>(LANGUAGES.length).fill(0);
  for (const word of words) for (const index of STOPWORD_LANGUAGES.get(word) ?? []) counts[index]!++;
  let best: string | null = null;
  let bestHits = 0;
  let second = 0;
  for (const [index, hits] of counts.entries()) {
    if (hits > bestHits) {
      second = bestHits;
      bestHits = hits;
      best = LANGUAGES[index]!;
    } else if (hits > second) second = hits;
  }
  // Confident only if stopwords are common enough and one language clearly leads.
  if (bestHits < 3 || bestHits / words.length < 0.08 || bestHits < second * 1.3) return null;
  return best;
}

/**
 * Language of the post: a `lang` the author set on or inside the page body wins;
 * then a confident guess from the text (templates often keep the UI language on <html>);
 * then the document's `lang`; else 'en'.
 */
export function detectLanguage(body: Element | null, text: string, doc: Document): string {
  const own = body?.closest('[lang]');
  const ownLang = own && own !== doc.documentElement ? primarySubtag(own.getAttribute('lang')) : null;
  if (ownLang) return ownLang;
  const guessed = guessLanguage(text);
  if (guessed) return guessed;
  const docLang =
    primarySubtag(doc.documentElement?.getAttribute('lang')) ??
    primarySubtag(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'));
  return docLang ?? 'en';
}

const RTL = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps']);

export function directionOf(language: string, body: Element | null): 'ltr' | 'rtl' {
  const dir = body?.closest('[dir]')?.getAttribute('dir')?.toLowerCase();
  if (dir === 'rtl' || dir === 'ltr') return dir;
  return RTL.has(language) ? 'rtl' : 'ltr';
}
