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
  const blocks: Block[] = body ? confirmHeadings(collectBlocks(body)) : [];
  const text = blocks.map((b) => b.text).join('\n\n');
  const language = detectLanguage(location?.detached ? null : body, text, doc);
  const words = countWords(text);
  const scope = body && !location?.detached ? postContainer(body, doc) : (doc.body ?? doc.documentElement);
  return {
    url,
    title: findTitle(doc, body, location?.detached ?? false),
    author: findAuthor(doc, scope),
    published: findPublished(doc, scope),
    labels: findLabels(scope),
    language,
    dir: directionOf(language, location?.detached ? null : body),
    body,
    blocks,
    text,
    words,
    readingMinutes: readingMinutes(words, language),
    schemaRating: findSchemaRating(doc),
  };
}
