import { expect, test } from 'vitest';
import { flattenOutline, outline } from './outline';
import type { Block, OutlineNode, Post } from './types';

const el = {} as Element;

function heading(text: string, kind: string, weight: number): Block {
  return {
    kind: 'heading',
    text,
    element: el,
    pieces: [],
    heading: { kind, weight, pseudo: !kind.startsWith('h') },
  };
}

function postOf(blocks: Block[], title: string | null = 'The title'): Post {
  return {
    url: 'https://a.blogspot.com/2024/01/x.html',
    title,
    author: null,
    published: null,
    labels: [],
    language: 'en',
    dir: 'ltr',
    body: null,
    blocks,
    text: '',
    words: 0,
    readingMinutes: 0,
    schemaRating: null,
  };
}

const para: Block = { kind: 'paragraph', text: 'body text', element: el, pieces: [] };
const H = (n: number, text: string) => heading(text, `h${n}`, 70 - 10 * n);
const B = (text: string) => heading(text, 'bold', 5);

/** "a[b, c], d" */
function show(nodes: OutlineNode[]): string {
  return nodes.map((n) => (n.children.length ? `${n.text}[${show(n.children)}]` : n.text)).join(', ');
}

test.each([
  ['flat', [H(2, 'a'), para, H(2, 'b')], 'a, b'],
  ['nested', [H(2, 'a'), H(3, 'b'), para, H(3, 'c'), H(2, 'd')], 'a[b, c], d'],
  ['skipped level ranks, not h-numbers', [H(2, 'a'), H(4, 'b')], 'a[b]'],
  ['pseudo under real', [H(3, 'a'), B('b'), para], 'a[b]'],
  ['starts deep', [H(4, 'a'), H(2, 'b'), H(4, 'c')], 'a, b[c]'],
  ['title dropped', [H(1, 'The Title'), H(2, 'a')], 'a'],
  [
    'subtitle and byline after the title dropped',
    [H(1, 'The title'), H(2, 'Sub'), H(3, 'Von Anna Muster'), para, H(2, 'a')],
    'a',
  ],
  ['duplicates and widget titles dropped', [H(2, 'a'), H(2, 'A'), H(2, 'Share this:'), H(2, 'b')], 'a, b'],
  ['empty', [], ''],
])('%s', (_, blocks, expected) => expect(show(outline(postOf(blocks)))).toBe(expected));

test('levels are ranks and maxDepth clamps them', () => {
  const post = postOf([H(2, 'a'), H(3, 'b'), H(4, 'c'), B('d')]);
  expect(flattenOutline(outline(post)).map((n) => n.level)).toEqual([1, 2, 3, 3]);
  expect(flattenOutline(outline(post, { maxDepth: 2 })).map((n) => n.level)).toEqual([1, 2, 2, 2]);
});

test('entries point at their block', () => {
  const nodes = flattenOutline(outline(postOf([para, H(2, 'a'), para, H(2, 'b')])));
  expect(nodes.map((n) => n.block)).toEqual([1, 3]);
});
