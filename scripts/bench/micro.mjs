// In-page timings in headless Chromium without the extension: every stage, the whole pipeline, Readability and
// the bare text pass, interleaved in the same page; and first calls, each in a fresh browser context (a new
// renderer process, so no compiled code or feedback carries over from an earlier page).
import { chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** @param {string[]} origins served over plain http that must count as secure (cross-origin isolation needs it). */
export async function launchBare(origins) {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-extensions',
      '--host-resolver-rules=MAP * 127.0.0.1',
      `--unsafely-treat-insecure-origin-as-secure=${origins.join(',')}`,
    ],
  });
}

async function openWithBundle(browser, bundle, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ content: bundle });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const isolated = await page.evaluate(() => crossOriginIsolated);
  return { context, page, isolated };
}

/** Warm, interleaved samples for one page. */
export async function warmRun(browser, bundle, url, { n, warmup }) {
  const { context, page, isolated } = await openWithBundle(browser, bundle, url);
  try {
    const result = await page.evaluate(([n, warmup]) => window.reviewLensBench.warm(n, warmup), [n, warmup]);
    return { ...result, isolated };
  } finally {
    await context.close();
  }
}

/** First-call times, alternating which of the two goes first; one fresh context per call. */
export async function coldRuns(browser, bundle, url, repeats) {
  const out = { pipeline: [], readability: [] };
  for (let r = 0; r < repeats; r++) {
    const order = r % 2 ? ['readability', 'pipeline'] : ['pipeline', 'readability'];
    for (const which of order) {
      const { context, page } = await openWithBundle(browser, bundle, url);
      out[which].push(await page.evaluate((w) => window.reviewLensBench.cold(w), which));
      await context.close();
    }
  }
  return out;
}

/** Detection alone (and what the pipeline does after it) on a page the content script stops on. */
export async function detectionRun(browser, bundle, url, n) {
  const { context, page } = await openWithBundle(browser, bundle, url);
  try {
    return await page.evaluate((n) => window.reviewLensBench.detectionOnly(n), n);
  } finally {
    await context.close();
  }
}

/** The first call of each stage in turn, one fresh context per run. */
export async function coldStageRuns(browser, bundle, url, repeats) {
  const runs = [];
  for (let r = 0; r < repeats; r++) {
    const { context, page } = await openWithBundle(browser, bundle, url);
    runs.push(await page.evaluate(() => window.reviewLensBench.coldStages()));
    await context.close();
  }
  return runs;
}
