/**
 * analyzePage: detect → (stop unless a Blogger post) → extract → outline → sentences → review → summarize.
 * Plain data in and out. The stages are resumable steps (steps.ts): `analyzePage` runs them at once; the
 * content script runs `readSteps` in time slices, shows the panel, then fills in the summary the same way.
 */
import { detect } from './detect';
import { extractSteps } from './extract';
import { outline } from './outline';
import { reviewSteps } from './review';
import { sentenceSteps, tokenSteps } from './sentences';
import { runSteps, type Steps } from './steps';
import { type SummaryOptions, summarySteps } from './summarize';
import type { Tokens } from './tokens';
import type { Detection, OutlineNode, Post, ReviewCard, Sentence, SummaryLength } from './types';

export interface AnalyzeOptions {
  /** Extract non-Blogger pages too (evaluation, analyze command). The extension leaves this false. */
  anySite?: boolean;
  /** Depth of the table of contents. */
  maxDepth?: number;
  /** Summary length, read by the summary step. */
  summaryLength?: SummaryLength;
}

/** Everything but the summary: what the panel needs to appear. */
export interface PageReading {
  detection: Detection;
  /** null unless the page is a post we read (Blogger post, or any post with `anySite`). */
  post: Post | null;
  outline: OutlineNode[];
  /** Computed for every post (the UI decides what to show); null without a post. */
  review: ReviewCard | null;
  /** The post's sentences, split once for the review and every summary; empty without a post. */
  sentences: Sentence[];
  /** Each sentence's words and terms, index for index, tokenized once for the same. */
  tokens: Tokens[];
}

export interface PageAnalysis extends PageReading {
  /** Key sentences in text order; empty without a post. */
  summary: Sentence[];
}

export function* readSteps(doc: Document, url: string, opts: AnalyzeOptions = {}): Steps<PageReading> {
  const detection = detect(doc, url);
  if (detection.page !== 'post' || !(detection.blogger || opts.anySite)) {
    return { detection, post: null, outline: [], review: null, sentences: [], tokens: [] };
  }
  yield;
  const post = yield* extractSteps(doc, url);
  yield;
  const nodes = outline(post, { maxDepth: opts.maxDepth ?? 3 });
  const sentences = yield* sentenceSteps(post);
  const tokens = yield* tokenSteps(sentences, post.language);
  const card = yield* reviewSteps(post, sentences, tokens);
  return { detection, post, outline: nodes, review: card, sentences, tokens };
}

/** The summary's options for a reading: a review's verdict is pinned, so the summary always holds it. */
export function summaryOptions(reading: PageReading, length: SummaryLength): SummaryOptions {
  const pinned = reading.detection.review ? (reading.review?.verdict ?? null) : null;
  return { length, pinned, sentences: reading.sentences, tokens: reading.tokens };
}

export function* analyzeSteps(doc: Document, url: string, opts: AnalyzeOptions = {}): Steps<PageAnalysis> {
  const reading = yield* readSteps(doc, url, opts);
  const summary = reading.post
    ? yield* summarySteps(reading.post, summaryOptions(reading, opts.summaryLength ?? 'medium'))
    : [];
  return { ...reading, summary };
}

export function analyzePage(doc: Document, url: string, opts: AnalyzeOptions = {}): PageAnalysis {
  return runSteps(analyzeSteps(doc, url, opts));
}
