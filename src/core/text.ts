/** Text helpers shared by the core: whitespace collapse, word counting, reading time. */
import { charClasses, JOINER, OTHER, SINGLE, scanTokens, WORD } from './char-classes';

/** Any run of whitespace a reader sees as one space (includes NBSP and the Unicode spaces `\s` knows). */
const WHITESPACE_RUN = /\s+/g;

/** Collapse whitespace runs to one space and trim: how labels and block texts are compared. */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

/** Lower-case, collapsed, typographic quotes folded: for matching headings/titles loosely. */
export function normalizeForMatch(text: string): string {
  return collapseWhitespace(text)
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"');
}

const CJK_CHAR = /^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]$/;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const WORD_CLASSES = charClasses((char) => {
  if (CJK_CHAR.test(char)) return SINGLE;
  if (LETTER_OR_DIGIT.test(char)) return WORD;
  return "'’-.".includes(char) ? JOINER : OTHER;
});

/**
 * Words in `text`: runs of letters and digits joined by single inner `'’-.` ("don't", "4.5", "e-mail");
 * CJK characters count one each (they carry no spaces) and separate words. Counted by a scanner over
 * cached character classes, not by an array of regex matches (text.test.ts holds the regex as the oracle).
 */
export function countWords(text: string): number {
  return scanTokens(text, WORD_CLASSES);
}

/** Silent reading speed in words per minute (characters for CJK), by primary language subtag. */
const READING_RATE: Record<string, number> = {
  en: 230,
  de: 200,
  es: 220,
  pt: 210,
  fr: 200,
  it: 220,
  nl: 210,
  id: 190,
  ru: 180,
  pl: 180,
  tr: 170,
  ar: 160,
  he: 180,
  zh: 500,
  ja: 500,
  ko: 500,
};

/** Minutes to read `words` units (words, or characters for CJK); at least 1 for any text. */
export function readingMinutes(words: number, language: string): number {
  if (words <= 0) return 0;
  const rate = READING_RATE[language] ?? 200;
  return Math.max(1, Math.round(words / rate));
}

/**
 * The document's `<script type="application/ld+json">` elements. `doc.scripts` is a live list the browser
 * keeps, so this reads a handful of elements instead of matching a selector against every element.
 */
export function jsonLdScripts(doc: Document): HTMLScriptElement[] {
  return Array.from(doc.scripts).filter((s) => s.type.trim().toLowerCase() === 'application/ld+json');
}
