/**
 * Sentences of a post, each pointing back to its block and character range.
 * Space-separated scripts are cut by `punctuationSpans`, which applies the Unicode sentence-break rules
 * (UAX #29) that matter for prose; a small per-language repair then joins the pieces cut after
 * abbreviations ("Dr.", "vs.", "z. B.", "p. ej."). CJK, Thai and their neighbours need dictionary data and
 * go through `Intl.Segmenter` alone. Why not the segmenter for every language: its first construction
 * loads ICU's break data, ~35 ms, a third of the first analysis of a page (docs/ARCHITECTURE.md).
 * Splitting is per block, so headings, captions, list items and quotes never merge with neighbours.
 */
import { runSteps, type Steps } from './steps';
import { type Tokens, tokenize } from './tokens';
import type { Block, Post, Sentence } from './types';

/** Abbreviations (lower-case, without the final dot) after which a period does not end a sentence. */
const COMMON_ABBREVIATIONS = 'vs feat ft dr prof st no nr vol ca approx';
const ABBREVIATIONS: Record<string, string> = {
  en: 'mr mrs ms mx jr sr rev gen col capt lt sgt mt ave blvd fig inc ltd co corp dept est jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e a.k.a',
  es: 'sr sra srta sres dra ud uds ej pág núm aprox av avda lic ing dto',
  pt: 'sr sra srta dra ex pág núm av eng lda',
  fr: 'm mm mme mmes mlle mlles pr ex cf env av bd ste',
  de: 'hr fr hrn bzw vgl inkl evtl ggf sog bspw str tel abs ff zzgl',
  it: 'sig sigg dott dott.ssa ing avv pag es',
  nl: 'dhr mevr mw bijv m.b.t d.w.z o.a blz zgn',
  id: 'jl bpk yth dsb tsb hlm sdr',
};
/** Abbreviations that often end a sentence too: joined only when a lower-case word follows. */
const WEAK_ABBREVIATIONS = new Set(['etc', 'usw', 'enz', 'ecc', 'dll', 'dst', 'etc.']);
const MONTHS_DE = /^(januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\b/i;
const SEGMENTER_ONLY = new Set(['zh', 'ja', 'ko', 'th', 'lo', 'km', 'my']);
/** Characters of text segmented between two yields of `sentenceSteps`. */
const SLICE_CHARS = 20_000;
/** How much text either side of a cut the repair looks at. */
const CONTEXT_CHARS = 40;

const abbreviationSets = new Map<string, Set<string>>();
function abbreviationsFor(language: string): Set<string> {
  let set = abbreviationSets.get(language);
  if (!set) {
    set = new Set(`${COMMON_ABBREVIATIONS} ${ABBREVIATIONS[language] ?? ''}`.split(/\s+/).filter(Boolean));
    abbreviationSets.set(language, set);
  }
  return set;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    } catch {
      segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

const OUTSIDE_WORD = /[\s"'“”‘’«»„([]/;

/**
 * The run of word characters (anything but spaces, quotes and opening brackets) before a final period:
 * what `/([^\s"'“”‘’«»„([]+)\.$/` captures, read backwards from the end instead of tried at every start.
 */
function wordBeforeFinalPeriod(text: string): string | undefined {
  if (!text.endsWith('.')) return undefined;
  let start = text.length - 1;
  while (start > 0 && !OUTSIDE_WORD.test(text[start - 1]!)) start--;
  return start < text.length - 1 ? text.slice(start, text.length - 1) : undefined;
}

/** Should the piece ending with `prev` continue into the piece starting with `next`? */
export function continuesInto(prev: string, next: string, language: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(next)) return true; // a stray closing quote, bracket or emoji
  if (SEGMENTER_ONLY.has(language)) return false;
  const last = wordBeforeFinalPeriod(prev);
  if (last === undefined) return false;
  const word = last.toLowerCase();
  const startsLower = /^["'“”‘’«»„([]*\p{Ll}/u.test(next);
  if (WEAK_ABBREVIATIONS.has(word)) return startsLower;
  if (abbreviationsFor(language).has(word)) return true;
  if (/^\p{L}$/u.test(last)) return true; // initials and "z. B.", "d. h.", "p. ex."
  if (/^(?:\p{L}\.)+\p{L}$/u.test(last)) return true; // dotted acronyms: "U.S.", "e.g."
  if (language === 'de' && /^\d+$/.test(last) && (startsLower || MONTHS_DE.test(next))) return true; // "am 3. Mai"
  return startsLower;
}

interface Span {
  start: number;
  end: number;
}

/** Sentence terminators (UAX #29 STerm/ATerm, the common ones). */
const TERMINATORS = /[.!?‼‽⁇⁈⁉։؟۔।॥。！？｡]+/gu;
/** Closing punctuation and quotes that stay with the sentence before the break (UAX #29 Close). */
const CLOSE = /["'“”‘’«»„‹›)\]}）」』】〕〉》]/u;
/** After a terminator, these continue the sentence: "etc., and", "Wow!—". UAX #29 SContinue + SATerm. */
const CONTINUES = /[,;:\-–—、.!?]/u;
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /[\p{Lu}\p{Lt}]/u;
const SPACE = /\s/u;

/**
 * Where UAX #29 ends a sentence after the terminator run `text[from, to)`: past the closing marks and
 * spaces that follow, or -1 when a rule says the sentence goes on (SB6: "4.5"; SB7: "U.S"; SB8: a period
 * before a lower-case word, "etc. are"; SB8a: "etc.,").
 */
function breakAfter(text: string, from: number, to: number): number {
  const period = text[to - 1] === '.';
  const next = text[to] ?? '';
  if (period && to - from === 1) {
    if (/\d/.test(next)) return -1;
    if (UPPER.test(next) && LETTER.test(text[from - 1] ?? '')) return -1;
  }
  let end = to;
  while (end < text.length && CLOSE.test(text[end]!)) end++;
  while (end < text.length && SPACE.test(text[end]!)) end++;
  if (end === text.length) return end;
  if (CONTINUES.test(text[end]!)) return -1;
  if (period) {
    for (let i = end; i < text.length; i++) {
      const ch = text[i]!;
      if (LETTER.test(ch)) {
        if (LOWER.test(ch)) return -1;
        break;
      }
      if (/[.!?]/.test(ch)) break;
    }
  }
  return end;
}

/** Trimmed pieces of `text`, cut where the sentence-break rules allow. */
function* punctuationSpans(text: string): Generator<Span> {
  let start = 0;
  for (const match of text.matchAll(TERMINATORS)) {
    const end = breakAfter(text, match.index, match.index + match[0].length);
    if (end < 0 || end <= start) continue;
    yield* trimmed(text, start, end);
    start = end;
  }
  if (start < text.length) yield* trimmed(text, start, text.length);
}

function* trimmed(text: string, from: number, to: number): Generator<Span> {
  let start = from;
  let end = to;
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  if (end > start) yield { start, end };
}

/**
 * The segmenter slows down more than linearly on long strings (400k characters: seconds in V8), so it reads
 * windows of this many characters; each window's last piece, which the cut may have split, is read again
 * at the start of the next.
 */
export const SEGMENTER_WINDOW = 8192;

/** Trimmed spans of the segmenter's pieces of `text` (scripts without spaces). */
function* segmenterSpans(text: string, language: string): Generator<Span> {
  const segmenter = segmenterFor(language);
  let offset = 0;
  while (offset < text.length) {
    const end = Math.min(text.length, offset + SEGMENTER_WINDOW);
    const pieces = [...segmenter.segment(text.slice(offset, end))];
    const last = pieces.at(-1);
    // Keep the last piece for the next window, unless the text ends here or the piece fills the window.
    const keep = end < text.length && last && last.index > 0 ? pieces.slice(0, -1) : pieces;
    for (const { segment, index } of keep)
      yield* trimmed(text, offset + index, offset + index + segment.length);
    offset = keep === pieces ? end : offset + last!.index;
  }
}

function segmentSpans(text: string, language: string): Generator<Span> {
  return SEGMENTER_ONLY.has(language) ? segmenterSpans(text, language) : punctuationSpans(text);
}

function* blockSentences(block: Block, blockIndex: number, language: string): Generator<Sentence> {
  const text = block.text;
  if (!text.trim()) return;
  if (block.kind === 'heading') {
    const start = text.length - text.trimStart().length;
    yield { text: text.trim(), block: blockIndex, start, end: start + text.trim().length };
    return;
  }
  let current: Span | null = null;
  for (const span of segmentSpans(text, language)) {
    const tail = text.slice(Math.max(current?.start ?? 0, (current?.end ?? 0) - CONTEXT_CHARS), current?.end);
    if (current && continuesInto(tail, text.slice(span.start, span.start + CONTEXT_CHARS), language)) {
      current.end = span.end;
      continue;
    }
    if (current)
      yield {
        text: text.slice(current.start, current.end),
        block: blockIndex,
        start: current.start,
        end: current.end,
      };
    current = { ...span };
  }
  if (current)
    yield {
      text: text.slice(current.start, current.end),
      block: blockIndex,
      start: current.start,
      end: current.end,
    };
}

/**
 * Sentence splitting as resumable steps: yields after about every SLICE_CHARS characters so a caller
 * can give the page a frame between slices. `splitSentences` runs it to the end at once.
 */
export function* sentenceSteps(post: Post): Steps<Sentence[]> {
  const language = post.language.toLowerCase();
  const out: Sentence[] = [];
  let sinceYield = 0;
  for (const [index, block] of post.blocks.entries()) {
    for (const sentence of blockSentences(block, index, language)) {
      out.push(sentence);
      sinceYield += sentence.end - sentence.start;
      if (sinceYield >= SLICE_CHARS) {
        sinceYield = 0;
        yield;
      }
    }
  }
  return out;
}

export function splitSentences(post: Post): Sentence[] {
  return runSteps(sentenceSteps(post));
}

/** Sentences tokenized between two yields of `tokenSteps`. */
const TOKENIZE_SLICE = 300;

/** Every sentence's words and terms, in slices: one tokenization shared by the verdict and the summary. */
export function* tokenSteps(sentences: Sentence[], language: string): Steps<Tokens[]> {
  const out: Tokens[] = [];
  for (const [i, sentence] of sentences.entries()) {
    if (i % TOKENIZE_SLICE === TOKENIZE_SLICE - 1) yield;
    out.push(tokenize(sentence.text, language));
  }
  return out;
}
