/**
 * npm run eval -- <dir> [--json]
 * Scores the engine (and @mozilla/readability, side by side) on a folder of labelled pages:
 * `<id>/source.html` + `label.json` (shared corpus) or `expected.json` (tests/pages).
 */
import { Readability } from '@mozilla/readability';
import { type Case, loadCases } from './lib/cases';
import { loadPage } from './lib/load';
import { reportPage } from './lib/report';
import {
  type Aggregate,
  aggregate,
  bodyScorer,
  cell,
  detectionScorer,
  headingScorer,
  type Metric,
  type PageRun,
  type Scorer,
  titleScorer,
} from './lib/scorers';
import { formatSummaryReport, loadSummaryCases, scoreSummaries } from './lib/summary-scores';
import { normalize } from './lib/text';

/** Add new scorers (summary, review card…) here; each brings its own metric names. */
const SCORERS: Scorer[] = [detectionScorer, titleScorer, headingScorer, bodyScorer];

function run(c: Case): PageRun {
  try {
    const { doc, url } = loadPage(c.sourceFile, c.label.url ?? undefined);
    // Readability mutates the document it parses: give it a clone, before our run, so both see the same page.
    const article = new Readability(doc.cloneNode(true) as Document).parse();
    const readability = article
      ? { title: article.title ?? null, text: normalize(article.textContent ?? '') }
      : null;
    return { case: c, engine: reportPage(c.id, doc, url, true), readability, error: null };
  } catch (error) {
    return {
      case: c,
      engine: null,
      readability: null,
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

function pct(a: Aggregate): string {
  if (a.precision !== undefined) {
    return `F1 ${a.value.toFixed(3)} (P ${a.precision.toFixed(3)} R ${a.recall!.toFixed(3)})`;
  }
  if (a.mean !== undefined) return `median ${a.value.toFixed(3)} (mean ${a.mean.toFixed(3)})`;
  return `${(a.value * 100).toFixed(1)}%`;
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const dir = argv.find((a) => !a.startsWith('--'));
  if (!dir) {
    console.error('usage: npm run eval -- <corpus-dir> [--json]');
    return 2;
  }
  const cases = loadCases(dir);
  if (cases.length === 0) {
    console.error(`eval: no <id>/source.html + label.json/expected.json under ${dir}`);
    return 2;
  }
  const runs = cases.map(run);
  const rows = runs.map(
    (r) => Object.assign({}, ...SCORERS.map((s) => s.score(r))) as Record<string, Metric | null>,
  );
  const overall = aggregate(rows);
  if (json) {
    const pages = runs.map((r, i) => ({ id: r.case.id, error: r.error, metrics: rows[i] }));
    console.log(JSON.stringify({ dir, pages, overall }));
    return 0;
  }
  const names = overall.map((a) => a.metric);
  console.log(['page'.padEnd(36), ...names.map((n) => n.padStart(Math.max(6, n.length)))].join(' '));
  runs.forEach((r, i) => {
    const cells = names.map((n) => cell(rows[i]![n]).padStart(Math.max(6, n.length)));
    console.log(
      [r.case.id.slice(0, 36).padEnd(36), ...cells].join(' ') + (r.error ? `  error: ${r.error}` : ''),
    );
  });
  console.log(`\nOverall on ${runs.length} pages (${dir}):`);
  for (const a of overall) console.log(`  ${a.metric.padEnd(20)} ${pct(a)}  [${a.pages} pages]`);
  // Summary, verdict and rating scores (scripts/lib/summary-scores.ts), with Lead-3 and random-3 beside ours.
  console.log(`\n${formatSummaryReport(scoreSummaries(loadSummaryCases(cases)))}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
