/**
 * What the bench injects into a page: the extension's real core stages and panel (imported, never copied),
 * Readability, and a bare TreeWalker pass, plus the timing loops. The loops run inside the page so that
 * no DevTools round trip lands between `performance.now()` calls.
 */
import './browser-shim';
import { Readability } from '@mozilla/readability';
import { openPanel } from '../../src/content/controller';
import { detect } from '../../src/core/detect';
import { extract } from '../../src/core/extract';
import { outline } from '../../src/core/outline';
import { analyzePage, type PageAnalysis, readSteps, summaryOptions } from '../../src/core/pipeline';
import { review, reviewSteps } from '../../src/core/review';
import { splitSentences, tokenSteps } from '../../src/core/sentences';
import { defaultSettings } from '../../src/core/settings';
import { runSteps } from '../../src/core/steps';
import { summarize } from '../../src/core/summarize';
import type { Post } from '../../src/core/types';
import { t } from '../../src/i18n';

const SETTINGS = defaultSettings();
const OPTIONS = { summaryLength: SETTINGS.summaryLength, maxDepth: SETTINGS.tocDepth };

/** The whole pure pipeline, called as the content script calls it. */
function pipeline(doc: Document, url: string): PageAnalysis {
  return analyzePage(doc, url, OPTIONS);
}

/** Opens the real panel (controller + preact UI + page effects) with the analysis, then closes it. */
function renderPanel(doc: Document, analysis: PageAnalysis & { post: Post }): void {
  const panel = openPanel(doc, analysis, SETTINGS, {
    t,
    summarize: async () => analysis.summary,
    onClose: () => {},
    onError: (error) => {
      throw error;
    },
  });
  panel.dispose();
}

function readability(doc: Document): number {
  const article = new Readability(doc.cloneNode(true) as Document).parse();
  return article?.length ?? 0;
}

/** One walk over the post body's text: the floor for anything that reads the whole text. */
function barePass(body: Element): number {
  const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  while (walker.nextNode()) chars += walker.currentNode.nodeValue?.length ?? 0;
  return chars;
}

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'table',
  'tr',
  'td',
  'pre',
  'figure',
  'figcaption',
  'br',
]);

/**
 * The least any reader of this kind must do (the floor for budget 3 beside the bare pass): one selector
 * query for the body, one walk over its elements and text, and each block's collapsed text with the text
 * nodes it came from (what linking a sentence back to the page needs). No detection, headings, metadata
 * or language.
 */
function floorRead(doc: Document): number {
  const body = doc.querySelector('.post-body, .entry-content, article');
  if (!body) return 0;
  const blocks: { text: string; nodes: Text[] }[] = [];
  let parts: string[] = [];
  let nodes: Text[] = [];
  const flush = () => {
    if (nodes.length) blocks.push({ text: parts.join('').replace(/\s+/g, ' ').trim(), nodes });
    parts = [];
    nodes = [];
  };
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (node.nodeType === 3) {
      parts.push((node as Text).data);
      nodes.push(node as Text);
    } else if (BLOCK_TAGS.has((node as Element).localName)) flush();
  }
  flush();
  return blocks.length;
}

/** Times a sub-millisecond operation as a loop of many iterations; returns ms per iteration. */
function loopTime(fn: () => unknown, minMs = 2): number {
  let iterations = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < iterations; i++) fn();
    const elapsed = performance.now() - start;
    if (elapsed >= minMs) return elapsed / iterations;
    iterations *= 4;
  }
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export interface WarmResult {
  words: number;
  elements: number;
  blocks: number;
  headings: number;
  summarySentences: number;
  readabilityChars: number;
  samples: Record<string, number[]>;
}

/**
 * `warmup` unmeasured rounds, then `n` rounds; each round runs every measurement once, starting at a
 * different one each round so that no measurement always follows the same neighbour (interleaving).
 */
function warm(n: number, warmup: number): WarmResult {
  const doc = document;
  const url = location.href;
  const first = pipeline(doc, url);
  const post = first.post;
  const body = post?.body ?? doc.body;
  const measurements: [string, () => unknown][] = [
    ['detect', () => detect(doc, url)],
    ['reading', () => outline(extract(doc, url), { maxDepth: OPTIONS.maxDepth })],
    ['pipeline', () => pipeline(doc, url)],
    ['readability', () => readability(doc)],
    ['bare', () => barePass(body)],
    ['floor', () => floorRead(doc)],
  ];
  if (post) {
    measurements.push(
      ['extract', () => extract(doc, url)],
      ['outline', () => outline(post, { maxDepth: OPTIONS.maxDepth })],
      ['sentences', () => runSteps(tokenSteps(splitSentences(post), post.language))],
      ['review', () => runSteps(reviewSteps(post, first.sentences, first.tokens))],
      ['read', () => runSteps(readSteps(doc, url, OPTIONS))],
      ['summarize', () => summarize(post, summaryOptions(first, OPTIONS.summaryLength))],
      ['render', () => renderPanel(doc, { ...first, post })],
    );
  }
  const samples: Record<string, number[]> = {};
  for (const [name] of measurements) samples[name] = [];
  for (let round = 0; round < warmup + n; round++) {
    for (let k = 0; k < measurements.length; k++) {
      const [name, fn] = measurements[(round + k) % measurements.length]!;
      const ms = name === 'bare' || name === 'detect' || name === 'floor' ? loopTime(fn) : time(fn);
      if (round >= warmup) samples[name]!.push(ms);
    }
  }
  // detect + extract + outline, as one figure for the budget against the bare pass.
  samples['detect+extract+outline'] = samples.reading!.map((ms, i) => ms + samples.detect![i]!);
  delete samples.reading;
  return {
    words: post?.words ?? 0,
    elements: doc.getElementsByTagName('*').length,
    blocks: post?.blocks.length ?? 0,
    headings: post?.blocks.filter((b) => b.kind === 'heading').length ?? 0,
    summarySentences: first.summary.length,
    readabilityChars: readability(doc),
    samples,
  };
}

/** The first call in this page: what an extension pays once per page. */
function cold(which: 'pipeline' | 'readability'): number {
  return which === 'pipeline'
    ? time(() => pipeline(document, location.href))
    : time(() => readability(document));
}

/**
 * The first call of each stage in turn, in a fresh page: where the first call's time goes (each stage's
 * first run pays its own compilation and warm-up; later stages reuse what earlier ones compiled).
 */
function coldStages(): Record<string, number> {
  const doc = document;
  const url = location.href;
  const out: Record<string, number> = {};
  const timed = <T>(name: string, fn: () => T): T => {
    const start = performance.now();
    const value = fn();
    out[name] = performance.now() - start;
    return value;
  };
  timed('detect', () => detect(doc, url));
  const post = timed('extract', () => extract(doc, url));
  timed('outline', () => outline(post, { maxDepth: OPTIONS.maxDepth }));
  const sentences = timed('sentences', () => splitSentences(post));
  const card = timed('review', () => review(post, sentences));
  const pinned = card.verdict;
  timed('summarize', () => summarize(post, { length: OPTIONS.summaryLength, pinned, sentences }));
  return out;
}

/** Detection alone, as the content script runs it first on every matching page. */
function detectionOnly(n: number): { page: string; blogger: boolean; ms: number[] } {
  const result = detect(document, location.href);
  const ms: number[] = [];
  for (let i = 0; i < n + 3; i++) {
    const t = loopTime(() => detect(document, location.href));
    if (i >= 3) ms.push(t);
  }
  return { page: result.page, blogger: result.blogger, ms };
}

declare global {
  interface Window {
    reviewLensBench: typeof api;
  }
}
/** `n` calls of the whole pipeline or of detect + extract + outline, for CPU profiles. */
function repeat(what: 'pipeline' | 'reading', n: number): void {
  for (let i = 0; i < n; i++) {
    if (what === 'pipeline') pipeline(document, location.href);
    else if (detect(document, location.href).page === 'post')
      outline(extract(document, location.href), OPTIONS);
  }
}

const api = { warm, cold, coldStages, detectionOnly, repeat };
window.reviewLensBench = api;
