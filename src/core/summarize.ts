/**
 * Extractive summary: LexRank-style centrality over a sparse cosine-similarity graph of the post's
 * sentences, a small position prior, then MMR so the picks do not repeat each other. Sentences come
 * back in text order, each still pointing at its place in the page.
 *
 * Scaling: exact duplicates are dropped, and long posts are pre-filtered to the MAX_GRAPH sentences
 * closest to the post's centroid (one linear pass), so the quadratic part has a fixed size. All the
 * work runs as resumable steps (`summarySteps`): `summarize` runs them at once; `summarizeAsync`
 * hands the page back to the caller's `yieldFn` between slices, so a huge post never blocks a frame.
 */
import { sentenceSteps } from './sentences';
import { runSteps, runStepsAsync, type Steps } from './steps';
import { type Tokens, termIds, tokenize } from './tokens';
import type { BlockKind, Post, Sentence, SummaryLength } from './types';

export const SUMMARY_SIZE: Record<SummaryLength, number> = { short: 3, medium: 5, long: 7 };

export interface SummaryOptions {
  length: SummaryLength;
  /** A sentence that must be in the summary (a review's verdict); the rest are ranked around it. */
  pinned?: Sentence | null;
  /** The post's sentences when the caller already split them (the pipeline shares one split). */
  sentences?: Sentence[];
  /** Their tokens, index for index, when already computed (only read together with `sentences`). */
  tokens?: Tokens[];
}

/** Below this many candidate sentences, ranking means little: take the first ones. */
const FEW_SENTENCES = 8;
const MIN_WORDS = 5;
const MAX_WORDS = 80;
/** Nodes in the similarity graph; the pre-filter keeps the quadratic part this small. */
const MAX_GRAPH = 250;
/** Sentences at the start of a post always reach the graph: the position prior needs them. */
const KEEP_LEADING = 10;
const MIN_SIMILARITY = 0.05;
const DAMPING = 0.85;
const ITERATIONS = 40;
/** Total rank movement (L1) below which the power iteration stops early. */
const CONVERGED = 1e-6;
const POSITION_WEIGHT = 0.8;
const MMR_LAMBDA = 0.7;
/** A term in more than this share of the graph's sentences is left out of similarity. */
const COMMON_TERM_SHARE = 0.5;
/** Work between two yields: sentences tokenized or scored, graph rows built, rank iterations. */
const TOKENIZE_SLICE = 200;
const SCORE_SLICE = 1500;
const GRAPH_SLICE = 25;
const RANK_SLICE = 10;

interface Candidate {
  sentence: Sentence;
  /** Rank of the sentence among candidates in text order. */
  order: number;
  terms: string[];
}

/**
 * A sentence as a unit tf-idf vector over term ids: parallel arrays, so the graph and the rank walk
 * read numbers instead of hashing strings (string-keyed Maps were most of this file's cost).
 */
interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** Similarity edges of one node, both directions stored. */
interface Row {
  targets: number[];
  weights: number[];
}

/** Block kinds that never speak for the post: headings, and image captions. */
const NEVER_SUMMARY: ReadonlySet<BlockKind> = new Set(['heading', 'caption']);

/**
 * Body sentences worth ranking (no headings or captions, not too short or long, no exact repeats),
 * tokenized, in slices. List items (pros/cons bullets, spec lines) are fragments the card already shows:
 * they are ranked only in a post with too little prose to summarise without them.
 */
function* candidateSteps(post: Post, sentences: Sentence[], tokens?: Tokens[]): Steps<Candidate[]> {
  const all = yield* rankableSteps(post, sentences, tokens);
  const prose = all.filter((c) => post.blocks[c.sentence.block]?.kind !== 'list-item');
  return prose.length >= FEW_SENTENCES ? prose.map((c, order) => ({ ...c, order })) : all;
}

function* rankableSteps(post: Post, sentences: Sentence[], tokens?: Tokens[]): Steps<Candidate[]> {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const [i, sentence] of sentences.entries()) {
    if (i % TOKENIZE_SLICE === TOKENIZE_SLICE - 1) yield;
    const kind = post.blocks[sentence.block]?.kind;
    if (!kind || NEVER_SUMMARY.has(kind)) continue;
    const own = tokens?.[i] ?? tokenize(sentence.text, post.language);
    const count = own.words.length;
    if (count < MIN_WORDS || count > MAX_WORDS) continue;
    const norm = own.words.join(' ');
    if (seen.has(norm)) continue;
    seen.add(norm);
    out.push({ sentence, order: out.length, terms: own.terms });
  }
  return out;
}

/** In how many of the lists each term id occurs. */
function documentFrequency(lists: number[][], termCount: number): Int32Array {
  const df = new Int32Array(termCount);
  const lastSeen = new Int32Array(termCount).fill(-1);
  for (let i = 0; i < lists.length; i++) {
    for (const id of lists[i]!) {
      if (lastSeen[id] === i) continue;
      lastSeen[id] = i;
      df[id]!++;
    }
  }
  return df;
}

/** Linear pre-filter: keep the sentences whose terms weigh most in the whole post, plus the lead. */
function* preFilter(candidates: Candidate[]): Steps<Candidate[]> {
  if (candidates.length <= MAX_GRAPH) return candidates;
  const n = candidates.length;
  const { ids, idOf } = termIds(candidates.map((c) => c.terms));
  const df = documentFrequency(ids, idOf.size);
  const centroid = new Float64Array(idOf.size);
  for (const list of ids) for (const id of list) centroid[id]! += Math.log(n / df[id]!);
  yield;
  const scored: { candidate: Candidate; score: number }[] = [];
  const lastSeen = new Int32Array(idOf.size).fill(-1);
  for (const [i, candidate] of candidates.entries()) {
    let sum = 0;
    let unique = 0;
    for (const id of ids[i]!) {
      if (lastSeen[id] === i) continue;
      lastSeen[id] = i;
      unique++;
      sum += centroid[id]!;
    }
    scored.push({
      candidate,
      score: candidate.order < KEEP_LEADING ? Infinity : sum / Math.sqrt(unique + 1),
    });
    if (i % SCORE_SLICE === SCORE_SLICE - 1) yield;
  }
  scored.sort((a, b) => b.score - a.score || a.candidate.order - b.candidate.order);
  return scored
    .slice(0, MAX_GRAPH)
    .map((entry) => entry.candidate)
    .sort((a, b) => a.order - b.order);
}

/** Each node's vector, and how many distinct terms the ids run over. */
function tfidfVectors(nodes: Candidate[]): { vectors: SparseVector[]; termCount: number } {
  const { ids: nodeTerms, idOf } = termIds(nodes.map((node) => node.terms));
  const termCount = idOf.size;
  const df = documentFrequency(nodeTerms, termCount);
  // Terms in most sentences say nothing about which sentences belong together; dropping them keeps the graph sparse.
  const common = nodes.length * COMMON_TERM_SHARE;
  const idf = new Float64Array(termCount);
  for (let id = 0; id < termCount; id++) idf[id] = Math.log(1 + nodes.length / df[id]!);
  const tf = new Float64Array(termCount); // scratch, cleared after each node
  const vectors = nodeTerms.map((ids) => {
    const own: number[] = [];
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (df[id]! > common) continue;
      if (tf[id] === 0) own.push(id);
      tf[id]!++;
    }
    const weights = new Float64Array(own.length);
    let norm = 0;
    for (let k = 0; k < own.length; k++) {
      const id = own[k]!;
      const weight = tf[id]! * idf[id]!;
      weights[k] = weight;
      norm += weight * weight;
      tf[id] = 0;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
    return { ids: new Int32Array(own), weights };
  });
  return { vectors, termCount };
}

/** Sparse cosine graph through an inverted index: only pairs that share a term are ever compared. */
function* similarityGraph(vectors: SparseVector[], termCount: number): Steps<Row[]> {
  const n = vectors.length;
  // The inverted index in one flat pair of arrays (term t's postings at [start[t], start[t + 1])), not an array per term.
  const start = new Int32Array(termCount + 1);
  for (const { ids } of vectors) for (const id of ids) start[id + 1]!++;
  for (let t = 0; t < termCount; t++) start[t + 1]! += start[t]!;
  const postingNode = new Int32Array(start[termCount]!);
  const postingWeight = new Float64Array(start[termCount]!);
  const fill = start.slice(0, termCount);
  for (let node = 0; node < n; node++) {
    const { ids, weights } = vectors[node]!;
    for (let k = 0; k < ids.length; k++) {
      const at = fill[ids[k]!]!++;
      postingNode[at] = node;
      postingWeight[at] = weights[k]!;
    }
  }
  const rows: Row[] = vectors.map(() => ({ targets: [], weights: [] }));
  // Dot products of node i with every later node, accumulated densely; every weight is > 0, so 0 = untouched.
  const dots = new Float64Array(n);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    const { ids, weights } = vectors[i]!;
    for (let k = 0; k < ids.length; k++) {
      for (let p = start[ids[k]!]!, end = start[ids[k]! + 1]!; p < end; p++) {
        const j = postingNode[p]!;
        if (j <= i) continue;
        if (dots[j] === 0) touched.push(j);
        dots[j]! += weights[k]! * postingWeight[p]!;
      }
    }
    for (const j of touched) {
      const similarity = dots[j]!;
      dots[j] = 0;
      if (similarity < MIN_SIMILARITY) continue;
      rows[i]!.targets.push(j);
      rows[i]!.weights.push(similarity);
      rows[j]!.targets.push(i);
      rows[j]!.weights.push(similarity);
    }
    touched.length = 0;
    if (i % GRAPH_SLICE === GRAPH_SLICE - 1) yield;
  }
  return rows;
}

/** Weighted PageRank (continuous LexRank). */
function* centrality(rows: Row[]): Steps<number[]> {
  const n = rows.length;
  const outWeight = rows.map((row) => row.weights.reduce((a, b) => a + b, 0));
  let rank: number[] = new Array(n).fill(1 / n);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const next: number[] = new Array(n).fill((1 - DAMPING) / n);
    let dangling = 0;
    for (let j = 0; j < n; j++) {
      if (outWeight[j] === 0) {
        dangling += rank[j]!;
        continue;
      }
      const share = (DAMPING * rank[j]!) / outWeight[j]!;
      const { targets, weights } = rows[j]!;
      for (let k = 0; k < targets.length; k++) next[targets[k]!]! += share * weights[k]!;
    }
    let change = 0;
    for (let i = 0; i < n; i++) {
      next[i]! += (DAMPING * dangling) / n;
      change += Math.abs(next[i]! - rank[i]!);
    }
    rank = next;
    // Converged: further iterations would not change the order of any two sentences that matter.
    if (change < CONVERGED) break;
    if (iteration % RANK_SLICE === RANK_SLICE - 1) yield;
  }
  return rank;
}

/** Maximal marginal relevance: best score, minus closeness to what is already picked. */
function pickDiverse(scores: number[], rows: Row[], count: number, first: number[]): number[] {
  const picked: number[] = [];
  // Each picked node's similarities as a dense column: one read per (candidate, pick) pair.
  const columns: Float64Array[] = [];
  const pick = (node: number) => {
    const column = new Float64Array(scores.length);
    const { targets, weights } = rows[node]!;
    for (let k = 0; k < targets.length; k++) column[targets[k]!] = weights[k]!;
    picked.push(node);
    columns.push(column);
  };
  for (const node of first) pick(node);
  while (picked.length < Math.min(count, scores.length)) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < scores.length; i++) {
      if (picked.includes(i)) continue;
      let overlap = 0;
      for (const column of columns) overlap = Math.max(overlap, column[i]!);
      const value = MMR_LAMBDA * scores[i]! - (1 - MMR_LAMBDA) * overlap;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    pick(best);
  }
  return picked;
}

const sameSentence = (a: Sentence, b: Sentence) => a.block === b.block && a.start === b.start;
const inTextOrder = (a: Sentence, b: Sentence) => a.block - b.block || a.start - b.start;

export function* summarySteps(post: Post, opts: SummaryOptions): Steps<Sentence[]> {
  const size = SUMMARY_SIZE[opts.length];
  const pinned = opts.pinned ?? null;
  const sentences = opts.sentences ?? (yield* sentenceSteps(post));
  const candidates = yield* candidateSteps(post, sentences, opts.sentences ? opts.tokens : undefined);
  if (candidates.length < FEW_SENTENCES) {
    const pool = candidates.length > 0 ? candidates.map((c) => c.sentence) : sentences;
    const lead = pool
      .filter((s) => post.blocks[s.block]?.kind !== 'heading' && !(pinned && sameSentence(s, pinned)))
      .slice(0, pinned ? size - 1 : size);
    return (pinned ? [pinned, ...lead] : lead).sort(inTextOrder);
  }
  const nodes = yield* preFilter(candidates);
  const { vectors, termCount } = tfidfVectors(nodes);
  yield;
  const rows = yield* similarityGraph(vectors, termCount);
  const rank = yield* centrality(rows);
  const top = Math.max(...rank) || 1;
  const scores = nodes.map((node, i) => rank[i]! / top + POSITION_WEIGHT / (1 + node.order / 2));
  const pinnedIndex = pinned ? nodes.findIndex((node) => sameSentence(node.sentence, pinned)) : -1;
  const picked = pickDiverse(
    scores,
    rows,
    pinned && pinnedIndex < 0 ? size - 1 : size,
    pinnedIndex < 0 ? [] : [pinnedIndex],
  );
  const chosen = picked.map((i) => nodes[i]!.sentence);
  if (pinned && pinnedIndex < 0) chosen.push(pinned);
  return chosen.sort(inTextOrder);
}

export function summarize(post: Post, opts: SummaryOptions): Sentence[] {
  return runSteps(summarySteps(post, opts));
}

/** The same summary, computed in slices; `yieldFn` gives the page its turn between them. */
export function summarizeAsync(
  post: Post,
  opts: SummaryOptions,
  yieldFn: () => Promise<void>,
): Promise<Sentence[]> {
  return runStepsAsync(summarySteps(post, opts), yieldFn);
}
