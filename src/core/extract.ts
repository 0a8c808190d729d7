/** extract(doc, url): the post as plain data — title, byline, language, and its body as ordered blocks. */
import { collectBlocks, confirmHeadings } from './blocks';
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
import { countWords, readingMinutes } from './text';
import type { Block, Post } from './types';

export function extract(doc: Document, url: string): Post {
  const location = locatePostBody(doc);
  const body = location?.body ?? null;
  const anchor = location?.anchor ?? null;
  const inPage = body !== null && body === anchor;
  const blocks: Block[] = body ? confirmHeadings(collectBlocks(body)) : [];
  const text = blocks.map((b) => b.text).join('\n\n');
  const language = detectLanguage(inPage ? body : null, text, doc);
  const words = countWords(text);
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
    schemaRating: findSchemaRating(doc),
  };
}
