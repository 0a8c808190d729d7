// `npm run bench` itself, run as a smoke test (`--quick --json --no-build` on the dist/chrome that `npm test`
// just built): every figure issue 8 asks for is present and well-formed, and the budgets are judged as the
// report says. No timing is asserted: --quick figures are too noisy to judge by, and timings never belong in
// a test (docs/BENCHMARKS.md holds the measured ones).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { test } from 'node:test';
import { listPages } from './harness/server.mjs';

const DOC = 'docs/BENCHMARKS.md';

function runQuickBench() {
  const docBefore = statSync(DOC).mtimeMs;
  const run = spawnSync(process.execPath, ['scripts/bench.mjs', '--quick', '--json', '--no-build'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(run.status, 0, `bench failed:\n${run.stderr}`);
  return { report: JSON.parse(run.stdout), docUntouched: statSync(DOC).mtimeMs === docBefore };
}

const isNumber = (v) => typeof v === 'number' && Number.isFinite(v);

test('npm run bench --quick --json reports every figure and budget of issue 8', () => {
  const { report, docUntouched } = runQuickBench();
  assert.ok(docUntouched, 'a --quick run must not rewrite docs/BENCHMARKS.md');
  assert.match(report.meta.browser, /^Chromium \d+/);

  // Seven budgets, {name, value, limit, pass}, each pass exactly "value within limit".
  assert.deepEqual(
    report.budgets.map((b) => b.name.split('.')[0]),
    ['1', '2', '3', '4', '5', '6', '7'],
  );
  for (const b of report.budgets) {
    assert.ok(isNumber(b.value) && isNumber(b.limit), b.name);
    assert.equal(b.pass, b.value <= b.limit, b.name);
  }

  // Every sample page, each stage, the pipeline, Readability and the bare pass, with medians and p95.
  assert.deepEqual(
    report.samples.map((s) => s.name).sort(),
    listPages()
      .map((p) => p.slug)
      .sort(),
  );
  const review = report.samples.find((s) => s.name === report.meta.largestReview);
  for (const stage of [
    'detect',
    'extract',
    'outline',
    'review',
    'summarize',
    'render',
    'pipeline',
    'readability',
    'bare',
  ]) {
    assert.ok(isNumber(review.stats[stage].median) && isNumber(review.stats[stage].p95), stage);
  }
  assert.ok(isNumber(review.ratios.pipelineVsReadability) && isNumber(review.ratios.readingVsBare));

  // Scaling 1×–50× with time per 1,000 words; first calls; long tasks; sizes; zero-cost pages.
  assert.deepEqual(
    report.scaled.map((s) => s.factor),
    [1, 5, 20, 50],
  );
  for (const s of report.scaled) assert.ok(isNumber(s.per1000Words.pipeline), `×${s.factor}`);
  assert.ok(isNumber(report.cold['1x'].pipeline.median) && isNumber(report.cold['1x'].readability.median));
  assert.ok(Array.isArray(report.extension.review50x.longTasks));
  assert.equal(report.extension.review50x.panelHost, true);
  assert.deepEqual(report.sizes.content.files, ['content.js']);
  assert.ok(report.sizes.content.gzip > 0 && report.sizes.readabilityMinified.gzip > 0);
  assert.equal(report.extension.nonMatching.contentScriptInjected, false);
  assert.equal(report.extension.nonMatching.extensionWorlds, 0);
  assert.equal(report.listPage.page, 'list');
  assert.equal(report.extension.list.panelHost, false);
  assert.deepEqual(report.extension.errors, []);
});
