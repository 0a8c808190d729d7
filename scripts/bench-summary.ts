/**
 * npx tsx scripts/bench-summary.ts
 * Times sentence splitting + summary on synthetic posts of 2k / 20k / 100k words (varied, seeded text),
 * and the longest single slice when the same work runs through `summarizeAsync` (best of 3, after a warm-up).
 */
import { performance } from 'node:perf_hooks';
import { JSDOM } from 'jsdom';
import { splitSentences } from '../src/core/sentences';
import { summarize, summarizeAsync } from '../src/core/summarize';
import type { Block, Post } from '../src/core/types';

const VOCABULARY = (
  'the camera battery screen lens story plot actor director film book chapter author price design keyboard ' +
  'sound speaker review verdict performance quality value comfort weight display colour light night photo ' +
  'great good bad best worst solid disappointing excellent slow fast cheap expensive bright dark quiet loud ' +
  'is was feels looks seems makes gives offers lacks improves beats misses delivers handles runs costs ' +
  'and but with for in on of to a an this that it its my our their very really quite too'
).split(' ');

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function makePost(words: number): Post {
  const doc = new JSDOM('<!doctype html><body></body>').window.document;
  const random = seeded(words);
  const blocks: Block[] = [];
  let count = 0;
  while (count < words) {
    const sentences: string[] = [];
    for (let s = 0; s < 4; s++) {
      const length = 8 + Math.floor(random() * 18);
      const picked = Array.from({ length }, () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]!);
      const sentence = picked.join(' ');
      sentences.push(
        `${sentence[0]!.toUpperCase()}${sentence.slice(1)}${random() < 0.1 ? ', e.g. Dr. Lee said' : ''}.`,
      );
      count += length;
    }
    const text = sentences.join(' ');
    const element = doc.createElement('p');
    const node = doc.createTextNode(text);
    element.append(node);
    blocks.push({ kind: 'paragraph', text, element, pieces: [{ node, start: 0 }] });
  }
  const text = blocks.map((b) => b.text).join('\n\n');
  return {
    url: 'https://bench.blogspot.com/2024/01/bench.html',
    title: 'Bench',
    author: null,
    published: null,
    labels: [],
    language: 'en',
    dir: 'ltr',
    body: doc.body,
    blocks,
    text,
    words: count,
    readingMinutes: Math.round(count / 230),
    schemaRating: null,
  };
}

function best(runs: number, fn: () => void): number {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

async function longestSlice(post: Post): Promise<number> {
  let longest = 0;
  let last = performance.now();
  await summarizeAsync(post, { length: 'medium' }, async () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    await new Promise((resolve) => setImmediate(resolve));
    last = performance.now();
  });
  return Math.max(longest, performance.now() - last);
}

async function main(): Promise<void> {
  // Warm the JIT first so the smallest post is not charged for compiling everything.
  for (let i = 0; i < 3; i++) summarize(makePost(5_000), { length: 'medium' });
  console.log('words    sentences  split ms  split+summary ms  longest async slice ms');
  for (const words of [2_000, 20_000, 100_000]) {
    const post = makePost(words);
    const sentences = splitSentences(post).length;
    const split = best(3, () => splitSentences(post));
    const total = best(3, () => summarize(post, { length: 'medium' }));
    const slice = Math.min(await longestSlice(post), await longestSlice(post), await longestSlice(post));
    console.log(
      `${String(post.words).padEnd(8)} ${String(sentences).padEnd(10)} ${split.toFixed(1).padStart(8)}  ${total.toFixed(1).padStart(16)}  ${slice.toFixed(1).padStart(22)}`,
    );
  }
}

void main();
