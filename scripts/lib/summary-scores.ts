/**
 * Summary and review-card quality against labelled pages: ROUGE of our summary vs the label's
 * key_sentences beside Lead-3 and a seeded random-3 baseline (same run, same sentences), verdict hit
 * rate on reviews, rating exact match where one is stated and "none invented" where none is.
 */
import { extract } from '../../src/core/extract';
import { findRating } from '../../src/core/rating';
import { review } from '../../src/core/review';
import { splitSentences } from '../../src/core/sentences';
import { summarize } from '../../src/core/summarize';
import { words } from '../../src/core/tokens';
import type { Post, Sentence, SummaryLength } from '../../src/core/types';
import type { Case } from './cases';
import { loadPage } from './load';
import { type RougeScores, rouge, tokenOverlap } from './rouge';

export interface SummaryLabel {
  review: boolean;
  rating: { value: number; scale: number; text: string } | null;
  verdict: string | null;
  key_sentences: string[];
}

export interface SummaryCase {
  id: string;
  post: Post;
  label: SummaryLabel;
}

/**
 * Extract every labelled post page, Blogger or not: review logic is scored on the non-Blogger
 * reviews too, by running it directly rather than behind the detector.
 */
export function loadSummaryCases(cases: Case[]): SummaryCase[] {
  const out: SummaryCase[] = [];
  for (const c of cases) {
    if (c.label.page !== 'post') continue;
    try {
      const { doc, url } = loadPage(c.sourceFile, c.label.url ?? undefined);
      const { review, rating, verdict, keySentences } = c.label;
      const label = {
        review,
        rating: rating ? { text: '', ...rating } : null,
        verdict,
        key_sentences: keySentences,
      };
      out.push({ id: c.id, post: extract(doc, url), label });
    } catch (error) {
      console.error(`summary eval: ${c.id}: ${String(error).slice(0, 200)}`);
    }
  }
  return out;
}

const VERDICT_OVERLAP = 0.8;
const BASELINE_SIZE = 3;
const RANDOM_SEED = 20240501;

type System = 'ours' | 'lead3' | 'random3';
const SYSTEMS: System[] = ['ours', 'lead3', 'random3'];

export interface SummaryRow {
  id: string;
  rouge: Record<System, RougeScores>;
}

export interface SummaryReport {
  length: SummaryLength;
  rows: SummaryRow[];
  mean: Record<System, RougeScores>;
  verdicts: { id: string; hit: boolean; ours: string | null; label: string }[];
  ratings: { id: string; ok: boolean; ours: string | null; label: string | null }[];
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** mulberry32: a tiny seeded PRNG so the random baseline is the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashId(id: string): number {
  let hash = RANDOM_SEED;
  for (const ch of id) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619);
  return hash;
}

/** Baselines pick from the same sentences the summary may use: body sentences of 5+ words. */
function bodySentences(post: Post): Sentence[] {
  return splitSentences(post).filter(
    (s) => post.blocks[s.block]?.kind !== 'heading' && words(s.text).length >= 5,
  );
}

function randomPick(sentences: Sentence[], count: number, id: string): Sentence[] {
  const random = seededRandom(hashId(id));
  const pool = [...sentences];
  const picked: Sentence[] = [];
  while (picked.length < count && pool.length > 0)
    picked.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return picked.sort((a, b) => a.block - b.block || a.start - b.start);
}

const joined = (sentences: Sentence[]) => sentences.map((s) => s.text).join(' ');

function mean(rows: SummaryRow[], system: System): RougeScores {
  const avg = (key: keyof RougeScores) =>
    rows.reduce((sum, row) => sum + row.rouge[system][key], 0) / (rows.length || 1);
  return { rouge1: avg('rouge1'), rouge2: avg('rouge2'), rougeL: avg('rougeL') };
}

function ratingText(rating: { value: number; scale: number } | null): string | null {
  return rating ? `${rating.value}/${rating.scale}` : null;
}

export function scoreSummaries(cases: SummaryCase[], length: SummaryLength = 'short'): SummaryReport {
  const rows: SummaryRow[] = [];
  const verdicts: SummaryReport['verdicts'] = [];
  const ratings: SummaryReport['ratings'] = [];
  for (const { id, post, label } of cases) {
    if (label.key_sentences.length > 0) {
      const reference = label.key_sentences.join(' ');
      const pinned = label.review ? review(post).verdict : null;
      const body = bodySentences(post);
      const systems: Record<System, Sentence[]> = {
        ours: summarize(post, { length, pinned }),
        lead3: body.slice(0, BASELINE_SIZE),
        random3: randomPick(body, BASELINE_SIZE, id),
      };
      rows.push({
        id,
        rouge: {
          ours: rouge(joined(systems.ours), reference),
          lead3: rouge(joined(systems.lead3), reference),
          random3: rouge(joined(systems.random3), reference),
        },
      });
    }
    if (label.review && label.verdict) {
      const ours = review(post).verdict?.text ?? null;
      const hit =
        ours !== null &&
        (collapse(ours) === collapse(label.verdict) || tokenOverlap(ours, label.verdict) >= VERDICT_OVERLAP);
      verdicts.push({ id, hit, ours, label: label.verdict });
    }
    const found = findRating(post);
    const ok = label.rating
      ? found !== null && found.value === label.rating.value && found.scale === label.rating.scale
      : found === null;
    ratings.push({ id, ok, ours: ratingText(found), label: ratingText(label.rating) });
  }
  const meanBySystem = Object.fromEntries(SYSTEMS.map((system) => [system, mean(rows, system)])) as Record<
    System,
    RougeScores
  >;
  return { length, rows, mean: meanBySystem, verdicts, ratings };
}

const pct = (x: number) => (100 * x).toFixed(1);

export function formatSummaryReport(report: SummaryReport, verbose = false): string {
  const lines: string[] = [];
  lines.push(
    `Summary (ours = ${report.length}, reviews pin the verdict) vs key_sentences on ${report.rows.length} posts, ROUGE F1 %:`,
  );
  lines.push('  system    R-1    R-2    R-L');
  for (const system of SYSTEMS) {
    const m = report.mean[system];
    lines.push(
      `  ${system.padEnd(8)} ${pct(m.rouge1).padStart(5)}  ${pct(m.rouge2).padStart(5)}  ${pct(m.rougeL).padStart(5)}`,
    );
  }
  const lift = 100 * (report.mean.ours.rouge1 - report.mean.lead3.rouge1);
  lines.push(`  ours - lead3 (R-1): ${lift >= 0 ? '+' : ''}${lift.toFixed(1)} points`);
  if (verbose) {
    for (const row of report.rows) {
      lines.push(
        `    ${row.id.padEnd(40)} ours ${pct(row.rouge.ours.rouge1)}  lead3 ${pct(row.rouge.lead3.rouge1)}`,
      );
    }
  }
  const hits = report.verdicts.filter((v) => v.hit).length;
  lines.push(`Verdict hit on reviews: ${hits}/${report.verdicts.length}`);
  for (const v of report.verdicts.filter((x) => verbose || !x.hit)) {
    lines.push(`  ${v.hit ? 'hit ' : 'MISS'} ${v.id}: ours="${v.ours ?? '-'}"`);
    if (!v.hit) lines.push(`       label="${v.label}"`);
  }
  const stated = report.ratings.filter((r) => r.label !== null);
  const unstated = report.ratings.filter((r) => r.label === null);
  lines.push(
    `Rating exact where stated: ${stated.filter((r) => r.ok).length}/${stated.length}; ` +
      `none invented where none: ${unstated.filter((r) => r.ok).length}/${unstated.length}`,
  );
  for (const r of report.ratings.filter((x) => !x.ok))
    lines.push(`  WRONG ${r.id}: ours=${r.ours ?? 'none'} label=${r.label ?? 'none'}`);
  return lines.join('\n');
}
