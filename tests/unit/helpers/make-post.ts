/** Build a Post from plain strings for unit tests of the text logic (summary, verdict, rating, review). */
import type { Block, BlockKind, Post } from '../../../src/core/types';

/** A block as a string (paragraph) or [kind, text]; 'h2:Title' style strings are headings too. */
export type BlockSpec = string | [BlockKind, string];

export interface PostSpec {
  title?: string | null;
  language?: string;
  schemaRating?: { value: number; scale: number } | null;
}

function makeBlock(spec: BlockSpec, doc: Document): Block {
  const [kind, raw] = typeof spec === 'string' ? (['paragraph', spec] as const) : spec;
  const text = raw.replace(/\s+/g, ' ').trim();
  const tag = kind === 'heading' ? 'h2' : kind === 'list-item' ? 'li' : kind === 'quote' ? 'blockquote' : 'p';
  const element = doc.createElement(tag);
  const node = doc.createTextNode(text);
  element.append(node);
  const block: Block = { kind, text, element, pieces: [{ node, start: 0 }] };
  if (kind === 'heading') block.heading = { kind: 'h2', weight: 40, pseudo: false };
  return block;
}

export function makePost(
  specs: BlockSpec[],
  { title = null, language = 'en', schemaRating = null }: PostSpec = {},
): Post {
  const doc = document.implementation.createHTMLDocument('test');
  const blocks = specs.map((spec) => makeBlock(spec, doc));
  const text = blocks.map((block) => block.text).join('\n\n');
  const words = text.split(/\s+/).filter(Boolean).length;
  return {
    url: 'https://example.blogspot.com/2024/01/test.html',
    title,
    author: null,
    published: null,
    labels: [],
    language,
    dir: 'ltr',
    body: doc.body,
    blocks,
    text,
    words,
    readingMinutes: Math.max(1, Math.round(words / 230)),
    schemaRating,
  };
}
