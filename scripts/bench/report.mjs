// Budgets, the terminal table and docs/BENCHMARKS.md from one results object. The notes block of
// docs/BENCHMARKS.md (between the markers) is written by people and kept across regenerations.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ms, ratio } from './stats.mjs';

const DOC = 'docs/BENCHMARKS.md';
const NOTES_START = '<!-- notes:start (kept when the bench rewrites this file) -->';
const NOTES_END = '<!-- notes:end -->';
const STAGES = [
  'detect',
  'extract',
  'outline',
  'sentences',
  'review',
  'read',
  'summarize',
  'render',
  'pipeline',
  'readability',
  'bare',
  'floor',
];
const KB = 1000;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? null;

export function budgetsOf(r) {
  const oneX = r.scaled.find((s) => s.factor === 1);
  const fiftyX = r.scaled.find((s) => s.factor === 50);
  const visible = r.extension.review1x.map((v) => v.panelVisibleMs).filter((v) => v !== null);
  const budget = (name, value, limit, unit) => ({
    name,
    value,
    limit,
    unit,
    pass: value !== null && Number.isFinite(value) && value <= limit,
  });
  return [
    budget(
      '1. pipeline / Readability.parse, median warm, 1× review',
      oneX.ratios.pipelineVsReadability,
      1 / 3,
      'ratio',
    ),
    budget(
      '2. pipeline / Readability.parse, first call in a fresh page, 1× review',
      r.cold['1x'].pipeline.median / r.cold['1x'].readability.median,
      1 / 3,
      'ratio',
    ),
    budget(
      '3. (detect+extract+outline) / bare text pass, median warm, 1× review',
      oneX.ratios.readingVsBare,
      10,
      'ratio',
    ),
    budget(
      '4. pipeline ms per 1,000 words, 50× / 1×',
      fiftyX.per1000Words.pipeline / oneX.per1000Words.pipeline,
      1.5,
      'ratio',
    ),
    budget(
      '5. long tasks (> 50 ms) while the extension processes the 50× review',
      r.extension.review50x.contentScriptInjected ? r.extension.review50x.longTasks.length : null,
      0,
      'count',
    ),
    budget('6. content script + what it loads, gzip', r.sizes.content.gzip / KB, 40, 'KB'),
    budget(
      '7. panel visible after the content script starts, 1× review (median of runs)',
      visible.length === r.extension.review1x.length ? median(visible) : null,
      100,
      'ms',
    ),
  ];
}

/** Budgets 1, 2 and 7 measured on the lean page too: not the budgets' page, shown so neither result hides. */
export function leanReferenceOf(r) {
  const lean = r.samples.find((s) => s.name === r.coldLean.name);
  const visible = r.extension.lean1x.map((v) => v.panelVisibleMs).filter((v) => v !== null);
  return [
    { name: '1 on the lean page', value: lean.ratios.pipelineVsReadability, limit: 1 / 3, unit: 'ratio' },
    {
      name: '2 on the lean page',
      value: r.coldLean.pipeline.median / r.coldLean.readability.median,
      limit: 1 / 3,
      unit: 'ratio',
    },
    {
      name: '7 on the lean page',
      value: visible.length === r.extension.lean1x.length ? median(visible) : null,
      limit: 100,
      unit: 'ms',
    },
  ].map((b) => ({ ...b, pass: b.value !== null && Number.isFinite(b.value) && b.value <= b.limit }));
}

function fmtBudgetValue(b) {
  if (b.value === null || b.value === undefined) return 'not measured';
  if (b.unit === 'ratio') return ratio(b.value);
  if (b.unit === 'count') return String(b.value);
  if (b.unit === 'KB') return `${b.value.toFixed(1)} KB`;
  return `${ms(b.value)} ms`;
}

function fmtLimit(b) {
  if (b.unit === 'ratio') return `≤ ${ratio(b.limit)}`;
  if (b.unit === 'count') return `≤ ${b.limit}`;
  return `≤ ${b.limit} ${b.unit}`;
}

const cell = (stat) => (stat ? `${ms(stat.median)} (${ms(stat.p95)})` : '–');

function tables(r) {
  const oneX = r.scaled.find((s) => s.factor === 1);
  const fiftyX = r.scaled.find((s) => s.factor === 50);
  const pages = [...r.samples, ...r.scaled.filter((s) => s.factor > 1)];
  const ext = r.extension;
  const visible = ext.review1x.map((v) => v.panelVisibleMs);
  const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
  return {
    budgets: {
      title: 'Budgets',
      head: ['budget', 'value', 'limit', 'result'],
      rows: r.budgets.map((b) => [b.name, fmtBudgetValue(b), fmtLimit(b), b.pass ? 'PASS' : 'FAIL']),
    },
    lean: {
      title: `The same budgets on the lean page ${r.coldLean.name} (~350 elements; reference, not the budgets' page)`,
      head: ['budget', 'value', 'limit', 'result'],
      rows: r.leanReference.map((b) => [b.name, fmtBudgetValue(b), fmtLimit(b), b.pass ? 'pass' : 'miss']),
    },
    warm: {
      title: 'Warm, interleaved: median (p95) ms per call',
      head: [
        'page',
        'words',
        'elements',
        ...STAGES,
        'pipeline / Readability',
        'd+e+o / bare',
        'floor / bare',
      ],
      rows: pages.map((p) => [
        p.name,
        String(p.words),
        String(p.elements),
        ...STAGES.map((s) => cell(p.stats[s])),
        ratio(p.ratios.pipelineVsReadability),
        ratio(p.ratios.readingVsBare),
        ratio(p.ratios.floorVsBare),
      ]),
    },
    scaling: {
      title: `Scaling (${oneX.name.replace(/ ×1$/, '')} with its body repeated, varied per copy): ms per 1,000 words`,
      head: ['size', 'words', 'elements', 'pipeline', 'per 1k words', 'Readability', 'per 1k words', 'ratio'],
      rows: [
        ...r.scaled.map((s) => [
          `×${s.factor}`,
          String(s.words),
          String(s.elements),
          ms(s.stats.pipeline.median),
          ms(s.per1000Words.pipeline),
          ms(s.stats.readability.median),
          ms(s.per1000Words.readability),
          ratio(s.ratios.pipelineVsReadability),
        ]),
        [
          '50× / 1× per 1k words',
          '',
          '',
          '',
          ratio(fiftyX.per1000Words.pipeline / oneX.per1000Words.pipeline),
          '',
          ratio(fiftyX.per1000Words.readability / oneX.per1000Words.readability),
          '',
        ],
      ],
    },
    cold: {
      title: 'First call in a fresh page (new browser context each): median (p95) ms',
      head: ['page', 'runs', 'pipeline', 'Readability', 'pipeline / Readability'],
      rows: [
        ...Object.entries(r.cold).map(([size, c]) => [
          `${r.meta.largestReview} ${size.replace('x', '×')}`,
          String(c.pipeline.n),
          cell(c.pipeline),
          cell(c.readability),
          ratio(c.pipeline.median / c.readability.median),
        ]),
        [
          `${r.coldLean.name} (lean)`,
          String(r.coldLean.pipeline.n),
          cell(r.coldLean.pipeline),
          cell(r.coldLean.readability),
          ratio(r.coldLean.pipeline.median / r.coldLean.readability.median),
        ],
      ],
    },
    coldStages: {
      title: `First call of each stage in turn, in a fresh page, ${r.meta.largestReview} 1×: median (p95) ms`,
      head: ['stage', 'first call', 'warm median (same page)'],
      rows: Object.entries(r.coldStages).map(([stage, stat]) => [
        stage,
        cell(stat),
        ms(oneX.stats[stage]?.median ?? Number.NaN),
      ]),
    },
    extension: {
      title: 'The real extension (dist/chrome), times from the start of content.js evaluation',
      head: [
        'page',
        'content script injected',
        'panel',
        'host added ms',
        'panel visible ms',
        'long tasks > 50 ms',
      ],
      rows: [
        [
          `non-matching: ${ext.pages.nonMatching}`,
          `${ext.nonMatching.contentScriptInjected ? 'yes' : 'no'} (extension worlds: ${ext.nonMatching.extensionWorlds}, our marks: ${ext.nonMatching.ourMarks.length})`,
          ext.nonMatching.panelHost ? 'yes' : 'no',
          '–',
          '–',
          '–',
        ],
        [
          `list: ${ext.pages.list}`,
          ext.list.contentScriptInjected ? 'yes' : 'no',
          ext.list.panelHost ? 'yes' : 'no',
          '–',
          '–',
          longTaskText(ext.list.longTasks),
        ],
        [
          `review ×1 (${ext.review1x.length} loads)`,
          ext.review1x.every((v) => v.contentScriptInjected) ? 'yes' : 'no',
          ext.review1x.every((v) => v.panelHost) ? 'yes' : 'no',
          ext.review1x.map((v) => ms(v.hostMs)).join(', '),
          visible.map(ms).join(', '),
          ext.review1x.map((v) => longTaskText(v.longTasks)).join('; '),
        ],
        [
          `lean review ${ext.pages.lean} (${ext.lean1x.length} loads)`,
          ext.lean1x.every((v) => v.contentScriptInjected) ? 'yes' : 'no',
          ext.lean1x.every((v) => v.panelHost) ? 'yes' : 'no',
          ext.lean1x.map((v) => ms(v.hostMs)).join(', '),
          ext.lean1x.map((v) => ms(v.panelVisibleMs)).join(', '),
          ext.lean1x.map((v) => longTaskText(v.longTasks)).join('; '),
        ],
        [
          'review ×50',
          ext.review50x.contentScriptInjected ? 'yes' : 'no',
          ext.review50x.panelHost ? 'yes' : 'no',
          ms(ext.review50x.hostMs),
          ms(ext.review50x.panelVisibleMs),
          longTaskText(ext.review50x.longTasks),
        ],
      ],
    },
    breakdown: {
      title:
        'Long tasks on the ×50 review with the extension: time per trace event inside each (events nest)',
      head: ['task', 'trace events (ms)'],
      rows: ext.review50x.longTasks.length
        ? ext.review50x.longTasks.map(([at, dur], i) => [
            `${dur} ms at +${at} ms`,
            (ext.review50x.longTaskBreakdown?.[i] ?? []).map(([name, t]) => `${name} ${t}`).join('; '),
          ])
        : [['none', '–']],
    },
    detection: {
      title: 'Detection only (warm, in-page loop)',
      head: ['page', 'detected as', 'detect median (p95) ms'],
      rows: [[r.listPage.name, r.listPage.page, cell(r.listPage.detect)]],
    },
    sizes: {
      title: 'Bytes (gzip -9)',
      head: ['what', 'files', 'raw', 'gzip'],
      rows: [
        [
          'content script + what it loads',
          r.sizes.content.files.join(', '),
          kb(r.sizes.content.raw),
          kb(r.sizes.content.gzip),
        ],
        [
          'Readability 0.6 minified (vite/rolldown)',
          '–',
          kb(r.sizes.readabilityMinified.raw),
          kb(r.sizes.readabilityMinified.gzip),
        ],
        ['popup', String(r.sizes.popup.files.length), kb(r.sizes.popup.raw), kb(r.sizes.popup.gzip)],
        [
          'background',
          String(r.sizes.background.files.length),
          kb(r.sizes.background.raw),
          kb(r.sizes.background.gzip),
        ],
      ],
    },
    composition: {
      title: 'What content.js is made of (bytes before minifying; top 12)',
      head: ['module or package', 'bytes', 'share'],
      rows: r.sizes.contentComposition
        .slice(0, 12)
        .map((c) => [c.group, String(c.bytes), `${(c.share * 100).toFixed(1)}%`]),
    },
    profiles: Object.entries(r.profiles).map(([label, p]) => ({
      title: `CPU profile: ${label} (${p.calls} call${p.calls > 1 ? 's' : ''}, ${ms(p.msPerCall)} ms/call sampled), top self time`,
      head: ['function (module)', 'ms per call', 'share'],
      rows: p.functions.map((f) => [f.name, ms(f.ms), `${(f.share * 100).toFixed(1)}%`]),
    })),
  };
}

function longTaskText(tasks) {
  if (!tasks.length) return '0';
  return `${tasks.length}: ${tasks.map(([at, dur]) => `${dur} ms at +${at}`).join(', ')}`;
}

function textTable({ title, head, rows }) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  return [title, line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function mdTable({ title, head, rows }) {
  const esc = (c) => String(c).replaceAll('|', '\\|');
  return [
    `### ${title}`,
    '',
    `| ${head.map(esc).join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

export function terminalReport(r) {
  const t = tables(r);
  return [
    `Review Lens bench — ${r.meta.browser}, Readability ${r.meta.readability}, ${r.meta.date}`,
    '',
    ...[
      t.warm,
      t.scaling,
      t.cold,
      t.coldStages,
      t.detection,
      t.extension,
      t.breakdown,
      t.sizes,
      t.composition,
      ...t.profiles,
      t.budgets,
      t.lean,
    ].map(textTable),
  ].join('\n\n');
}

export function markdownReport(r) {
  const t = tables(r);
  const m = r.meta;
  const failing = r.budgets.filter((b) => !b.pass).map((b) => b.name.split('.')[0]);
  return [
    '# Benchmarks',
    '',
    'Regenerated by `npm run bench` (`npm run bench -- --json` prints the same figures as one JSON object).',
    'Absolute times vary between machines; the ratios are the figures that matter.',
    '',
    '## Run',
    '',
    `- Date: ${m.date}; commit ${m.commit}; bench wall time ${m.seconds} s`,
    `- Machine: ${m.machine.cpu}, ${m.machine.cores} cores (shared with other work), ${m.machine.memoryGiB} GiB, ${m.machine.os}`,
    `- ${m.browser}; Node ${m.node}; @mozilla/readability ${m.readability}`,
    `- Pages are served with COOP same-origin + COEP require-corp (cross-origin isolated: ${r.samples.every((s) => s.isolated) ? 'yes' : 'NO'}), so performance.now() ticks in 5 µs.`,
    `- Warm: ${m.settings.warm.warmup} warm-up rounds, then N = ${m.settings.warm.n} (N = ${m.settings.warm1x.n} on the 1× review) interleaved rounds in one page; each round runs every measurement once, starting at a different one. Sub-millisecond operations (detect, bare pass) are timed as loops of many iterations.`,
    '- "pipeline" = `analyzePage()`: detect → extract → outline → sentences → review → summarize, run to the end at once (the content script runs the same steps in time slices and shows the panel after review); the stage columns call each stage alone on the same page (sentences = split + tokens; review and summarize from the shared sentences and tokens); "read" = everything before the summary (`readSteps`: what the panel waits for). render = the real `openPanel()` (controller + preact UI + page effects) opened and disposed, JS time only. Readability = `new Readability(document.cloneNode(true)).parse()`. bare = one TreeWalker pass over the post body\'s text nodes. floor = the least any block reader must do: one query for the body, one walk over its elements and text, each block\'s collapsed text with its text nodes (no detection, headings, metadata or language); floor / bare shows how far budget 3\'s limit of 10 is from what producing blocks at all costs.',
    `- The 1× review of the budgets and the base of the scaled pages: ${m.largestReview}, the largest sample review of at most 2,500 words (longer stress pages stay in the sample table). It is a "Simple" template as heavy as real ones (~3,200 elements: 60 threaded comments, archive, labels and other sidebar widgets), since issue 8's Readability figures come from such a page; the lean page the bench used before (~350 elements) stays in the sample table, and budgets 1, 2 and 7 are also reported on it. Scaled pages repeat the post body, each copy varied by a seeded rotation of sentences and synonym swaps.`,
    '- The real extension: dist/chrome (built by the bench unless `--no-build`, then copied so other builds cannot change it mid-run) loaded in headless Chromium. A DevTools trace gives the start of content.js evaluation (EvaluateScript) and, on the same clock, marks an init script sets when `<review-lens-panel>` is added, when its shadow root has text, and at the next animation frame ("visible"). Long tasks come from PerformanceObserver(\'longtask\') from content.js start until 0.5 s after the panel last changed. "Not injected" = no EvaluateScript of content.js and no extension execution context in the page.',
    `- Budgets missed in this run: ${failing.length ? failing.join(', ') : 'none'}.`,
    '',
    '## Figures',
    '',
    ...[
      t.budgets,
      t.lean,
      t.warm,
      t.scaling,
      t.cold,
      t.coldStages,
      t.detection,
      t.extension,
      t.breakdown,
      t.sizes,
      t.composition,
      ...t.profiles,
    ].flatMap((x) => [mdTable(x), '']),
    '## Findings',
    '',
    keptNotes(),
    '',
  ].join('\n');
}

function keptNotes() {
  const old = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '';
  const start = old.indexOf(NOTES_START);
  const end = old.indexOf(NOTES_END);
  const body = start >= 0 && end > start ? old.slice(start + NOTES_START.length, end).trim() : '(none yet)';
  return `${NOTES_START}\n${body}\n${NOTES_END}`;
}

export function writeBenchmarksDoc(markdown) {
  writeFileSync(DOC, markdown);
}
