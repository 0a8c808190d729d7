/** extract(doc, url): the post as plain data — title, byline, language, and its body as ordered blocks. */
import { collectBlockSteps, confirmHeadings } from './blocks';
import { locatePostBody } from './body';
import { detectLanguage, directionOf } from './language';
import {
  findAuthor,
  findLabels,
  findPublished,
  findSchemaRating,
  findTitle,
  postContainer,
} from './metadata';
import { runSteps, type Steps } from './steps';
import { countWords, readingMinutes } from './text';
import type { Block, Post } from './types';

export function extract(doc: Document, url: string): Post {
  return runSteps(extractSteps(doc, url));
}

/** Blocks counted between two yields of `extractSteps`. */
const BLOCK_SLICE = 400;

/** `extract` as resumable steps (see steps.ts): the walk over a huge body yields between slices. */
export function* extractSteps(doc: Document, url: string): Steps<Post> {
  const location = locatePostBody(doc);
  const body = location?.body ?? null;
  const anchor = location?.anchor ?? null;
  const inPage = body !== null && body === anchor;
  const raw = body ? yield* collectBlockSteps(body) : [];
  yield;
  // Counted once per block (no word spans the blank line between blocks): the total, and what confirming
  // headings reads. A huge post yields between slices.
  const wordCounts: number[] = [];
  for (const [index, block] of raw.entries()) {
    wordCounts.push(countWords(block.text));
    if (index % BLOCK_SLICE === BLOCK_SLICE - 1) yield;
  }
  const words = wordCounts.reduce((sum, count) => sum + count, 0);
  const blocks: Block[] = confirmHeadings(raw, wordCounts);
  const text = blocks.map((b) => b.text).join('\n\n');
  const language = detectLanguage(inPage ? body : null, text, doc);
  const container = anchor ? postContainer(anchor, doc) : null;
  return {
    url,
    title: findTitle(doc, anchor),
    author: anchor && container ? findAuthor(doc, anchor, container) : null,
    published: anchor && container ? findPublished(doc, anchor, container) : null,
    labels: anchor && container ? findLabels(anchor, container) : [],
    language,
    dir: directionOf(language, inPage ? body : null),
    body,
    blocks,
    text,
    words,
    readingMinutes: readingMinutes(words, language),
    schemaRating: findSchemaRating(doc, container),
  };
}
