/** analyzePage: detect → (stop unless a Blogger post) → extract → outline → review → summarize. Plain data in and out. */
import { detect } from './detect';
import { extract } from './extract';
import { outline } from './outline';
import { review } from './review';
import { summarize } from './summarize';
import type { Detection, OutlineNode, Post, ReviewCard, Sentence, SummaryLength } from './types';

export interface AnalyzeOptions {
  /** Extract non-Blogger pages too (evaluation, analyze command). The extension leaves this false. */
  anySite?: boolean;
  /** Depth of the table of contents. */
  maxDepth?: number;
  /** Summary length, read by the summary step. */
  summaryLength?: SummaryLength;
}

export interface PageAnalysis {
  detection: Detection;
  /** null unless the page is a post we read (Blogger post, or any post with `anySite`). */
  post: Post | null;
  outline: OutlineNode[];
  /** Key sentences in text order; empty without a post. */
  summary: Sentence[];
  /** Computed for every post (the UI decides what to show); null without a post. */
  review: ReviewCard | null;
}

export function analyzePage(doc: Document, url: string, opts: AnalyzeOptions = {}): PageAnalysis {
  const detection = detect(doc, url);
  if (detection.page !== 'post' || !(detection.blogger || opts.anySite)) {
    return { detection, post: null, outline: [], summary: [], review: null };
  }
  const post = extract(doc, url);
  return {
    detection,
    post,
    outline: outline(post, { maxDepth: opts.maxDepth ?? 3 }),
    summary: summarize(post, { length: opts.summaryLength ?? 'medium' }),
    review: review(post),
  };
}
