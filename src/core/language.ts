/** The post's language: an author-set `lang`, else a guess from its script and stopwords. */

const SCRIPT_LANGUAGES: [RegExp, string][] = [
  [/[\u3040-\u30ff]/g, 'ja'],
  [/[\uac00-\ud7af]/g, 'ko'],
  [/[\u4e00-\u9fff]/g, 'zh'],
  [/[\u0400-\u04ff]/g, 'ru'],
  [/[\u0600-\u06ff]/g, 'ar'],
  [/[\u0590-\u05ff]/g, 'he'],
  [/[\u0370-\u03ff]/g, 'el'],
  [/[\u0e00-\u0e7f]/g, 'th'],
];

/** Small, frequent function words; chosen to be distinctive between the languages listed. */
const STOPWORDS: Record<string, string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'is',
    'that',
    'it',
    'with',
    'for',
    'was',
    'this',
    'you',
    'are',
    'have',
    'but',
    'not',
    'they',
    'be',
    'on',
    'my',
  ],
  de: [
    'der',
    'die',
    'und',
    'das',
    'ist',
    'nicht',
    'ich',
    'mit',
    'sich',
    'auf',
    'ein',
    'eine',
    'auch',
    'es',
    'zu',
    'von',
    'den',
    'dem',
    'sie',
    'wie',
  ],
  es: [
    'el',
    'la',
    'de',
    'que',
    'y',
    'los',
    'las',
    'en',
    'un',
    'una',
    'por',
    'con',
    'para',
    'es',
    'del',
    'se',
    'lo',
    'pero',
    'como',
    'muy',
  ],
  pt: [
    'o',
    'a',
    'de',
    'que',
    'e',
    'os',
    'as',
    'um',
    'uma',
    'não',
    'com',
    'para',
    'do',
    'da',
    'em',
    'no',
    'na',
    'mais',
    'é',
    'muito',
  ],
  fr: [
    'le',
    'la',
    'les',
    'et',
    'des',
    'est',
    'un',
    'une',
    'que',
    'qui',
    'dans',
    'pour',
    'pas',
    'sur',
    'au',
    'avec',
    'du',
    'ce',
    'il',
    'je',
  ],
  it: [
    'il',
    'di',
    'che',
    'e',
    'la',
    'un',
    'una',
    'per',
    'non',
    'sono',
    'con',
    'del',
    'della',
    'gli',
    'le',
    'ma',
    'anche',
    'è',
    'questo',
    'molto',
  ],
  nl: [
    'de',
    'het',
    'een',
    'en',
    'van',
    'is',
    'dat',
    'niet',
    'op',
    'te',
    'met',
    'voor',
    'zijn',
    'ook',
    'maar',
    'er',
    'je',
    'ik',
    'wel',
    'dit',
  ],
  id: [
    'yang',
    'dan',
    'di',
    'ini',
    'itu',
    'dengan',
    'untuk',
    'tidak',
    'dari',
    'dalam',
    'akan',
    'ada',
    'juga',
    'saya',
    'bisa',
    'karena',
    'pada',
    'sangat',
    'lebih',
    'kita',
  ],
};

const STOPWORD_SETS = Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words)] as const);
const SAMPLE_CHARS = 4000;

/** Primary subtag of a BCP-47 tag ('pt-BR' -> 'pt'), or null for empty/invalid. */
export function primarySubtag(tag: string | null | undefined): string | null {
  const match = /^\s*([a-z]{2,3})(?:[-_]|\s*$)/i.exec(tag ?? '');
  return match ? match[1]!.toLowerCase() : null;
}

/** Guess from text alone; null when the sample says too little. */
export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return null;
  for (const [pattern, lang] of SCRIPT_LANGUAGES) {
    const hits = sample.match(pattern)?.length ?? 0;
    if (hits / letters > 0.3) return lang;
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 5) return null;
  let best: string | null = null;
  let bestHits = 0;
  let second = 0;
  for (const [lang, set] of STOPWORD_SETS) {
    let hits = 0;
    for (const word of words) if (set.has(word)) hits++;
    if (hits > bestHits) {
      second = bestHits;
      bestHits = hits;
      best = lang;
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
