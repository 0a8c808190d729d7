/** The analyze command's per-page record: the one place that turns a page analysis into output fields. */

import { flattenOutline } from '../../src/core/outline';
import type { PageAnalysis } from '../../src/core/pipeline';
import { analyzePage } from '../../src/core/pipeline';
import { review } from '../../src/core/review';
import { summarize } from '../../src/core/summarize';

export interface PageReport {
  file: string;
  blogger: boolean;
  page: string;
  review: boolean;
  title: string | null;
  language: string | null;
  headings: { text: string; level: number }[];
  summary: string[];
  verdict: string | null;
  rating: { value: number; scale: number } | null;
  text: string;
  words: number;
  readingMinutes: number;
}

export function toReport(file: string, analysis: PageAnalysis): PageReport {
  const { detection, post } = analysis;
  // Summary for every post; verdict and rating only for reviews (the verdict is pinned into the summary).
  const card = post && detection.review ? review(post) : null;
  return {
    file,
    blogger: detection.blogger,
    page: detection.page,
    review: detection.review,
    title: post?.title ?? null,
    language: post?.language ?? null,
    headings: flattenOutline(analysis.outline).map((n) => ({ text: n.text, level: n.level })),
    summary: post
      ? summarize(post, { length: 'medium', pinned: card?.verdict ?? null }).map((s) => s.text)
      : [],
    verdict: card?.verdict?.text ?? null,
    rating: card?.rating ? { value: card.rating.value, scale: card.rating.scale } : null,
    text: post?.text ?? '',
    words: post?.words ?? 0,
    readingMinutes: post?.readingMinutes ?? 0,
  };
}

/** Analyze a Document the way the content script does; `anySite` also reads non-Blogger posts. */
export function reportPage(file: string, doc: Document, url: string, anySite: boolean): PageReport {
  return toReport(file, analyzePage(doc, url, { anySite }));
}
