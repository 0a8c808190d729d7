// The real built extension (dist/chrome) in headless Chromium, measured from outside: a DevTools trace gives
// the moment Chromium starts evaluating content.js (EvaluateScript) and, on the same clock, marks that an
// init script sets in the page when the panel host appears, when its shadow root gets content and at the
// next frame; a PerformanceObserver counts long tasks. Nothing in src/ is changed for this.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './micro.mjs';

const HOST_TAG = 'review-lens-panel';

/** Runs in the page before any of its scripts. Marks use the page's clock; the trace maps them to its own. */
function pageProbe(hostTag) {
  const probe = { longtasks: [], lastShadowMutation: 0, panelFrame: 0 };
  window.__benchProbe = probe;
  performance.mark('bench:init');
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask' });
  const watchShadow = (host) => {
    const check = () => {
      probe.lastShadowMutation = performance.now();
      const root = host.shadowRoot;
      const text = [...(root?.children ?? [])]
        .filter((el) => el.localName !== 'style')
        .map((el) => el.textContent);
      if (probe.panelFrame || !text.join('').trim()) return;
      performance.mark('bench:panel-content');
      probe.panelFrame = -1;
      requestAnimationFrame(() => {
        performance.mark('bench:panel-frame');
        probe.panelFrame = performance.now();
      });
    };
    if (host.shadowRoot)
      new MutationObserver(check).observe(host.shadowRoot, {
        childList: true,
        subtree: true,
        characterData: true,
      });
    check();
  };
  new MutationObserver((records) => {
    for (const r of records)
      for (const node of r.addedNodes)
        if (node.nodeName.toLowerCase() === hostTag) {
          performance.mark('bench:host');
          watchShadow(node);
        }
  }).observe(document, { childList: true, subtree: true });
}

async function visit(context, url, { settleMs, timeoutMs, detailed = false }) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const worlds = [];
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => worlds.push(c));
  await cdp.send('Runtime.enable');
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'blink.user_timing',
        ...(detailed ? ['disabled-by-default-devtools.timeline', 'v8'] : []),
      ],
    },
    transferMode: 'ReportEvents',
  });
  await page.addInitScript(pageProbe, HOST_TAG);
  await page.goto(url, { waitUntil: 'load' });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await page.evaluate(() => ({ now: performance.now(), ...window.__benchProbe }));
    const quietFor = state.now - state.lastShadowMutation;
    if (state.panelFrame > 0 && quietFor > settleMs) break;
    if (Date.now() > deadline) break;
    await page.waitForTimeout(100);
  }
  const inPage = await page.evaluate((tag) => {
    const host = document.querySelector(tag);
    return {
      probe: window.__benchProbe,
      marks: performance.getEntriesByType('mark').map((m) => ({ name: m.name, startTime: m.startTime })),
      measures: performance.getEntriesByType('measure').map((m) => m.name),
      panelHost: host !== null,
      panelText: host?.shadowRoot?.textContent?.length ?? 0,
    };
  }, HOST_TAG);
  await cdp.send('Tracing.end');
  await traced;
  await page.close();
  return { events, worlds, ...inPage };
}

/** What filled one long task: total time per trace event name on the page's main thread (events nest). */
function breakdown(run, thread, from, to) {
  const totals = new Map();
  for (const e of run.events) {
    if (e.ph !== 'X' || e.pid !== thread.pid || e.tid !== thread.tid || e.ts >= to || e.ts + e.dur <= from)
      continue;
    if (e.name === 'RunTask' || e.name.startsWith('ThreadControllerImpl')) continue;
    const entry =
      e.name === 'FunctionCall' ? `FunctionCall ${e.args?.data?.functionName || '(anonymous)'}` : e.name;
    const overlap = Math.min(to, e.ts + e.dur) - Math.max(from, e.ts);
    totals.set(entry, (totals.get(entry) ?? 0) + overlap);
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([name, us]) => [name, Math.round(us / 1000)]);
}

function analyse(run) {
  const scriptStart = run.events.find(
    (e) =>
      e.name === 'EvaluateScript' && /^chrome-extension:\/\/[^/]+\/content\.js/.test(e.args?.data?.url ?? ''),
  );
  const traceMark = (name) => run.events.find((e) => e.cat.includes('user_timing') && e.name === name)?.ts;
  const init = run.marks.find((m) => m.name === 'bench:init');
  const initTs = traceMark('bench:init');
  /** Page clock (ms) → trace clock (µs). */
  const toTrace = (ms) => initTs + (ms - init.startTime) * 1000;
  const start = scriptStart?.ts ?? null;
  const since = (ts) => (start !== null && ts !== undefined ? (ts - start) / 1000 : null);
  const panelFrameTs = traceMark('bench:panel-frame');
  const windowEnd = run.probe.lastShadowMutation ? toTrace(run.probe.lastShadowMutation) + 500_000 : Infinity;
  const ours = run.probe.longtasks.filter((t) => {
    const tEnd = toTrace(t.start + t.duration);
    return start !== null && tEnd > start && toTrace(t.start) < windowEnd;
  });
  return {
    contentScriptInjected: start !== null,
    extensionWorlds: run.worlds.filter((w) => w.origin?.startsWith('chrome-extension://')).length,
    contentScriptEvaluateMs: scriptStart ? scriptStart.dur / 1000 : null,
    hostMs: since(traceMark('bench:host')),
    panelContentMs: since(traceMark('bench:panel-content')),
    panelVisibleMs: since(panelFrameTs),
    panelHost: run.panelHost,
    panelText: run.panelText,
    ourMarks: run.marks.filter((m) => !m.name.startsWith('bench:')).map((m) => m.name),
    /** Long tasks from the content script's start on: [ms after that start, duration ms]. */
    longTasks: ours.map((t) => [Math.round(since(toTrace(t.start))), Math.round(t.duration)]),
    longTaskBreakdown: ours.map((t) =>
      breakdown(run, scriptStart, toTrace(t.start), toTrace(t.start + t.duration)),
    ),
    pageLongTasksBefore: run.probe.longtasks.length - ours.length,
  };
}

/**
 * @param {{urlOf(u: string): string}} server
 * @param {{review1x: string, lean1x: string, review50x: string, list: string, nonMatching: string}} urls real page URLs
 */
export async function extensionRuns(server, urls, { dist, repeats = 3 }) {
  const profile = mkdtempSync(join(tmpdir(), 'rl-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--host-resolver-rules=MAP * 127.0.0.1',
    ],
  });
  const errors = [];
  context.on('weberror', (e) => errors.push(e.error().message));
  try {
    // The settings the content script reads come from the background worker: let it start first.
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
    const once = async (url, opts) => analyse(await visit(context, server.urlOf(url), opts));
    const quick = { settleMs: 500, timeoutMs: 2500 };
    const nonMatching = await once(urls.nonMatching, quick);
    const list = await once(urls.list, quick);
    const review1x = [];
    const lean1x = [];
    for (let i = 0; i < repeats; i++) {
      review1x.push(await once(urls.review1x, { settleMs: 500, timeoutMs: 8000 }));
      lean1x.push(await once(urls.lean1x, { settleMs: 500, timeoutMs: 8000 }));
    }
    const review50x = await once(urls.review50x, { settleMs: 1000, timeoutMs: 30_000, detailed: true });
    return { nonMatching, list, review1x, lean1x, review50x, errors };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
