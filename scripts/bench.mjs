// `npm run bench [-- --json] [-- --no-build]`: Review Lens against @mozilla/readability in real headless
// Chromium, with the budgets of issue 8. Prints a table (or, with --json, one JSON object), and rewrites
// docs/BENCHMARKS.md. See docs/BENCHMARKS.md for what each figure means.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { listPages } from '../tests/e2e/harness/server.mjs';
import { buildPageBundle, contentComposition, readabilitySize } from './bench/bundle.mjs';
import { extensionRuns } from './bench/extension.mjs';
import { coldRuns, coldStageRuns, detectionRun, launchBare, warmRun } from './bench/micro.mjs';
import { profileCalls } from './bench/profile.mjs';
import {
  budgetsOf,
  leanReferenceOf,
  markdownReport,
  terminalReport,
  writeBenchmarksDoc,
} from './bench/report.mjs';
import { largestReview, scaledPage } from './bench/scale.mjs';
import { startBenchServer } from './bench/server.mjs';
import { extensionSizes } from './bench/sizes.mjs';
import { summary } from './bench/stats.mjs';

const args = new Set(process.argv.slice(2));
const asJson = args.has('--json');
const log = (line) => (asJson ? process.stderr : process.stdout).write(`${line}\n`);
const FACTORS = [1, 5, 20, 50];
// --quick: a smoke run of the bench itself (figures too noisy to judge by).
const quick = args.has('--quick');
const WARM = quick ? { n: 3, warmup: 1 } : { n: 15, warmup: 3 };
const WARM_1X = quick ? WARM : { n: 30, warmup: 5 };
const COLD_REPEATS = quick ? { 1: 1, 50: 1 } : { 1: 6, 50: 3 };
/**
 * The lean page the bench used as its base before the heavy one existed (~350 elements): budgets 1, 2 and 7
 * are also measured there and reported beside the budgets, because the ratios against Readability depend on
 * the template's weight and a reader must see both.
 */
const LEAN_REVIEW = 'simple-film-review-en';
const LEAN_COLD_REPEATS = quick ? 1 : 6;
/** [label, size, what, calls]; 0 calls = the first call in a fresh page. */
const PROFILES = [
  ['pipeline, 1×, warm', 1, 'pipeline', 40],
  ['pipeline, 1×, first call', 1, 'pipeline', 0],
  ['detect+extract+outline, 1×, warm', 1, 'reading', 200],
  ['pipeline, 50×, warm', 50, 'pipeline', 2],
];
const EXTENSION_REPEATS = quick ? 1 : 5;

function buildExtension() {
  if (args.has('--no-build')) return;
  log('building dist/chrome (npm run build -- chrome)…');
  const built = spawnSync(process.execPath, ['scripts/build.mjs', 'chrome'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (built.status !== 0) throw new Error('the build failed');
}

/** A private copy of dist/chrome: other people's builds may rewrite dist/ while the bench runs. */
function snapshotDist() {
  for (let attempt = 0; attempt < 10; attempt++) {
    const dir = mkdtempSync(join(tmpdir(), 'rl-bench-dist-'));
    cpSync('dist/chrome', dir, { recursive: true });
    const manifestPath = join(dir, 'manifest.json');
    const complete =
      existsSync(manifestPath) &&
      JSON.parse(readFileSync(manifestPath, 'utf8')).content_scripts?.every((c) =>
        c.js.every((f) => existsSync(join(dir, f))),
      );
    if (complete) return dir;
    rmSync(dir, { recursive: true, force: true });
    spawnSync('sleep', ['2']);
  }
  throw new Error(
    'dist/chrome stayed incomplete (a build running elsewhere?): run `npm run build` and retry',
  );
}

function git(...argv) {
  return spawnSync('git', argv, { encoding: 'utf8' }).stdout.trim();
}

function pageRow(name, url, warm, extra = {}) {
  const stats = Object.fromEntries(Object.entries(warm.samples).map(([k, v]) => [k, summary(v)]));
  const med = (k) => stats[k]?.median ?? null;
  return {
    name,
    url,
    ...extra,
    words: warm.words,
    elements: warm.elements,
    blocks: warm.blocks,
    headings: warm.headings,
    summarySentences: warm.summarySentences,
    isolated: warm.isolated,
    stats,
    ratios: {
      pipelineVsReadability: med('readability') ? med('pipeline') / med('readability') : null,
      readingVsBare: med('bare') ? med('detect+extract+outline') / med('bare') : null,
      floorVsBare: med('bare') && med('floor') ? med('floor') / med('bare') : null,
    },
  };
}

async function main() {
  const started = Date.now();
  buildExtension();
  const dist = snapshotDist();
  const review = largestReview();
  const scaledUrl = (f) => review.url.href.replace(/(\.html)?$/, `-x${f}$1`);
  const scaled = FACTORS.filter((f) => f > 1).map((f) => ({
    url: scaledUrl(f),
    html: scaledPage(review.html, f),
  }));
  const server = await startBenchServer(scaled);
  const samples = listPages();
  const origins = [...new Set([...samples.map((p) => p.url.href), ...scaled.map((p) => p.url)])].map(
    (u) => new URL(server.urlOf(u)).origin,
  );
  const bundle = await buildPageBundle();
  const browser = await launchBare(origins);
  const results = {
    meta: {
      date: new Date().toISOString(),
      commit: `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', 'src') ? ' + uncommitted changes in src/' : ''}`,
      machine: {
        cpu: cpus()[0]?.model ?? '?',
        cores: cpus().length,
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        os: `Linux ${release()}`,
      },
      node: process.version,
      browser: `Chromium ${browser.version()} (headless)`,
      readability: JSON.parse(readFileSync('node_modules/@mozilla/readability/package.json', 'utf8')).version,
      largestReview: review.slug,
      settings: { warm: WARM, warm1x: WARM_1X, coldRepeats: COLD_REPEATS },
    },
  };
  try {
    log(`sample pages (${samples.length})…`);
    results.samples = [];
    for (const page of samples) {
      const opts = page.slug === review.slug || page.slug === LEAN_REVIEW ? WARM_1X : WARM;
      const warm = await warmRun(browser, bundle, server.urlOf(page.url.href), opts);
      results.samples.push(
        pageRow(page.slug, page.url.href, warm, { page: page.expected.page, blogger: page.expected.blogger }),
      );
    }
    log('scaled pages…');
    results.scaled = [];
    for (const factor of FACTORS) {
      const url = factor === 1 ? review.url.href : scaledUrl(factor);
      const warm =
        factor === 1
          ? null
          : await warmRun(browser, bundle, server.urlOf(url), {
              n: WARM.n,
              warmup: Math.min(WARM.warmup, factor >= 20 ? 2 : 3),
            });
      const row = warm
        ? pageRow(`${review.slug} ×${factor}`, url, warm, { factor })
        : { ...results.samples.find((s) => s.name === review.slug), name: `${review.slug} ×1`, factor };
      const per1000 = (k) => (row.stats[k].median / row.words) * 1000;
      row.per1000Words = { pipeline: per1000('pipeline'), readability: per1000('readability') };
      results.scaled.push(row);
    }
    log('first calls in fresh pages…');
    results.cold = {};
    for (const [factor, repeats] of Object.entries(COLD_REPEATS)) {
      const url = Number(factor) === 1 ? review.url.href : scaledUrl(factor);
      const runs = await coldRuns(browser, bundle, server.urlOf(url), repeats);
      results.cold[`${factor}x`] = {
        pipeline: summary(runs.pipeline),
        readability: summary(runs.readability),
        samples: runs,
      };
    }
    const stageRuns = await coldStageRuns(browser, bundle, server.urlOf(review.url.href), COLD_REPEATS[1]);
    results.coldStages = Object.fromEntries(
      Object.keys(stageRuns[0]).map((stage) => [stage, summary(stageRuns.map((run) => run[stage]))]),
    );
    const lean = samples.find((p) => p.slug === LEAN_REVIEW);
    const leanRuns = await coldRuns(browser, bundle, server.urlOf(lean.url.href), LEAN_COLD_REPEATS);
    results.coldLean = {
      name: lean.slug,
      pipeline: summary(leanRuns.pipeline),
      readability: summary(leanRuns.readability),
      samples: leanRuns,
    };
    const list = samples.find((p) => p.expected.blogger && p.expected.page === 'list');
    const nonMatching = samples.find((p) => !/\.blogspot\./.test(p.url.hostname));
    const detection = await detectionRun(browser, bundle, server.urlOf(list.url.href), 15);
    results.listPage = {
      name: list.slug,
      url: list.url.href,
      page: detection.page,
      detect: summary(detection.ms),
    };

    log('CPU profiles…');
    results.profiles = {};
    for (const [label, factor, what, calls] of PROFILES) {
      const context = await browser.newContext();
      await context.addInitScript({ content: bundle });
      const page = await context.newPage();
      await page.goto(server.urlOf(factor === 1 ? review.url.href : scaledUrl(factor)), {
        waitUntil: 'load',
      });
      results.profiles[label] = { factor, ...(await profileCalls(page, bundle, what, calls)) };
      await context.close();
    }
    await browser.close();

    log('the real extension: non-matching page, list page, 1× and 50× reviews…');
    results.extension = await extensionRuns(
      server,
      {
        review1x: review.url.href,
        lean1x: lean.url.href,
        review50x: scaledUrl(50),
        list: list.url.href,
        nonMatching: nonMatching.url.href,
      },
      { dist, repeats: EXTENSION_REPEATS },
    );
    results.extension.pages = { list: list.slug, nonMatching: nonMatching.slug, lean: lean.slug };
    results.sizes = {
      ...extensionSizes(dist),
      readabilityMinified: await readabilitySize(),
      contentComposition: await contentComposition(),
    };
  } finally {
    await browser.close().catch(() => {});
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  }
  results.meta.seconds = Math.round((Date.now() - started) / 1000);
  results.budgets = budgetsOf(results);
  results.leanReference = leanReferenceOf(results);
  if (!quick) writeBenchmarksDoc(markdownReport(results));
  if (asJson) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else log(terminalReport(results));
}

await main();
