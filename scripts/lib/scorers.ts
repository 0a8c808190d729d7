/**
 * Eval scorers. Each scorer reads one page run and returns named metrics; `aggregate` folds them over pages.
 * New scorers (e.g. summary ROUGE) live in their own module and are added to the list in scripts/eval.ts.
 */
import type { Case } from './cases';
import type { PageReport } from './report';
import { matchKey, median, normalize, prf, wordF1 } from './text';

export type Metric =
  | { kind: 'accuracy'; ok: boolean }
  | { kind: 'prf'; tp: number; fp: number; fn: number }
  | { kind: 'value'; value: number };

export interface PageRun {
  case: Case;
  /** The engine's record for the page (same as `analyze --json`), or null when it failed. */
  engine: PageReport | null;
  /** @mozilla/readability on a clone of the same document. */
  readability: { title: string | null; text: string } | null;
  error: string | null;
}

export type Metrics = Record<string, Metric | null>;

export interface Scorer {
  name: string;
  score(run: PageRun): Metrics;
}

const accuracy = (ok: boolean): Metric => ({ kind: 'accuracy', ok });

/** Blogger / page kind / review decision. */
export const detectionScorer: Scorer = {
  name: 'detection',
  score({ case: { label }, engine }) {
    return {
      blogger: accuracy(engine?.blogger === label.blogger),
      page: accuracy(engine?.page === label.page),
      review: {
        kind: 'prf',
        tp: label.review && engine?.review ? 1 : 0,
        fp: !label.review && engine?.review ? 1 : 0,
        fn: label.review && !engine?.review ? 1 : 0,
      },
    };
  },
};

/** Title exact match (whitespace collapsed) and language, on post pages. */
export const titleScorer: Scorer = {
  name: 'title',
  score({ case: { label }, engine, readability }): Metrics {
    if (label.page !== 'post' || label.title === null) return {};
    const want = normalize(label.title);
    return {
      title: accuracy(normalize(engine?.title ?? '') === want),
      'readability.title': accuracy(normalize(readability?.title ?? '') === want),
      language: accuracy(engine?.language === label.language),
    };
  },
};

/** Headings matched by normalised text in document order (LCS); levels compared on matched pairs. */
export const headingScorer: Scorer = {
  name: 'headings',
  score({ case: { label }, engine }): Metrics {
    if (label.page !== 'post') return {};
    const got = engine?.headings ?? [];
    const pairs = lcsPairs(
      label.headings.map((h) => matchKey(h.text)),
      got.map((h) => matchKey(h.text)),
    );
    const levelsAgree = pairs.filter(([i, j]) => label.headings[i]!.level === got[j]!.level).length;
    return {
      headings: {
        kind: 'prf',
        tp: pairs.length,
        fp: got.length - pairs.length,
        fn: label.headings.length - pairs.length,
      },
      'headings.level': pairs.length > 0 ? { kind: 'value', value: levelsAgree / pairs.length } : null,
    };
  },
};

function lcsPairs(a: string[], b: string[]): [number, number][] {
  const table = a.map(() => new Array<number>(b.length + 1).fill(0));
  table.push(new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i]![j] =
        a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** Snippet score: share of wanted snippets present, balanced against unwanted snippets present. */
function snippetScore(text: string, positives: string[], negatives: string[]): number {
  const hay = matchKey(text);
  const found = positives.filter((s) => hay.includes(matchKey(s))).length;
  const recall = found / positives.length;
  if (negatives.length === 0) return recall;
  const clean = negatives.filter((s) => !hay.includes(matchKey(s))).length / negatives.length;
  return prf(Math.round(recall * 1000), Math.round((1 - clean) * 1000), Math.round((1 - recall) * 1000)).f1;
}

function bodyScore(text: string, run: PageRun): number | null {
  const ref = run.case.reference;
  if (!ref) return null;
  return ref.kind === 'full' ? wordF1(text, ref.text) : snippetScore(text, ref.positives, ref.negatives);
}

/** Body text vs the reference: the engine and Readability side by side, on post pages. */
export const bodyScorer: Scorer = {
  name: 'body',
  score(run): Metrics {
    if (run.case.label.page !== 'post') return {};
    const engine = bodyScore(run.engine?.text ?? '', run);
    const readability = bodyScore(run.readability?.text ?? '', run);
    return {
      body: engine === null ? null : { kind: 'value', value: engine },
      'readability.body': readability === null ? null : { kind: 'value', value: readability },
    };
  },
};

export interface Aggregate {
  metric: string;
  pages: number;
  /** accuracy: share correct; prf: F1; value: median. */
  value: number;
  precision?: number;
  recall?: number;
  mean?: number;
}

/** Fold per-page metrics into overall figures, metric by metric, in first-seen order. */
export function aggregate(rows: Record<string, Metric | null>[]): Aggregate[] {
  const byName = new Map<string, Metric[]>();
  for (const row of rows) {
    for (const [name, metric] of Object.entries(row)) {
      if (!metric) continue;
      const list = byName.get(name) ?? [];
      list.push(metric);
      byName.set(name, list);
    }
  }
  return [...byName].map(([metric, list]) => {
    const first = list[0]!;
    if (first.kind === 'accuracy') {
      const ok = list.filter((m) => m.kind === 'accuracy' && m.ok).length;
      return { metric, pages: list.length, value: ok / list.length };
    }
    if (first.kind === 'prf') {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const m of list) {
        if (m.kind !== 'prf') continue;
        tp += m.tp;
        fp += m.fp;
        fn += m.fn;
      }
      const { precision, recall, f1 } = prf(tp, fp, fn);
      return { metric, pages: list.length, value: f1, precision, recall };
    }
    const values = list.map((m) => (m.kind === 'value' ? m.value : 0));
    return {
      metric,
      pages: list.length,
      value: median(values)!,
      mean: values.reduce((s, v) => s + v, 0) / values.length,
    };
  });
}

/** Compact per-page cell: ✓/✗ for accuracy, F1 or value with 2 decimals. */
export function cell(metric: Metric | null | undefined): string {
  if (!metric) return '-';
  if (metric.kind === 'accuracy') return metric.ok ? 'ok' : 'XX';
  if (metric.kind === 'value') return metric.value.toFixed(2);
  const { tp, fp, fn } = metric;
  return tp + fp + fn === 0 ? 'ok' : fp + fn === 0 ? 'ok' : `${tp}/${fp}/${fn}`;
}
