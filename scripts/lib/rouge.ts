/**
 * ROUGE-1/2/L F1 over the core's Unicode-aware tokens (CJK and Thai by character), so text in any
 * script scores. Inputs are whole texts: join several sentences with spaces before calling.
 */
import { words } from '../../src/core/tokens';

export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
}

function ngrams(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join('\u0000');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function f1(overlap: number, candidateSize: number, referenceSize: number): number {
  if (overlap === 0 || candidateSize === 0 || referenceSize === 0) return 0;
  const precision = overlap / candidateSize;
  const recall = overlap / referenceSize;
  return (2 * precision * recall) / (precision + recall);
}

export function rougeN(candidate: string[], reference: string[], n: number): number {
  const ours = ngrams(candidate, n);
  const theirs = ngrams(reference, n);
  let overlap = 0;
  for (const [gram, count] of ours) overlap += Math.min(count, theirs.get(gram) ?? 0);
  return f1(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** Longest common subsequence length, two rows of memory. */
export function lcsLength(a: string[], b: string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const token of a) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      current[j] = token === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    previous = current;
  }
  return previous[b.length]!;
}

export function rouge(candidate: string, reference: string): RougeScores {
  const ours = words(candidate);
  const theirs = words(reference);
  return {
    rouge1: rougeN(ours, theirs, 1),
    rouge2: rougeN(ours, theirs, 2),
    rougeL: f1(lcsLength(ours, theirs), ours.length, theirs.length),
  };
}

/** Unigram F1 of two texts: how much two sentences are "the same sentence". */
export function tokenOverlap(a: string, b: string): number {
  return rougeN(words(a), words(b), 1);
}
