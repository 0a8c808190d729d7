// `npm run demo`: builds Review Lens, serves the bundled sample review under its blogspot address and opens it in
// Debian's Chromium with the extension loaded. With a display the window stays open until you close it (Ctrl+C);
// without one it runs headless, saves demo.png and prints what the panel shows.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { EXECUTABLES } from '../tests/e2e/harness/browsers.mjs';
import { listPages, startServer } from '../tests/e2e/harness/server.mjs';

const SAMPLE = 'simple-film-review-en';

if (!existsSync(EXECUTABLES.chromium)) {
  console.error(`The demo needs Chromium at ${EXECUTABLES.chromium}. Install it with:`);
  console.error('  sudo apt-get update && sudo apt-get install -y chromium');
  process.exit(1);
}
const build = spawnSync('npm', ['run', '-s', 'build', '--', 'chrome'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const page = listPages().find((p) => p.slug === SAMPLE);
const server = await startServer();
const url = server.urlOf(page.url);
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const { chromium } = await import('playwright-core');
const dist = new URL('../dist/chrome', import.meta.url).pathname;
const context = await chromium.launchPersistentContext('', {
  executablePath: EXECUTABLES.chromium,
  headless: !headed,
  viewport: { width: 1280, height: 860 },
  args: [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--no-sandbox',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--host-resolver-rules=MAP ${page.url.hostname} 127.0.0.1`,
  ],
});
const tab = context.pages()[0] ?? (await context.newPage());
await tab.goto(url);
// The summary fills in just after the card: wait for both.
await tab.waitForFunction(
  () => document.querySelector('review-lens-panel')?.shadowRoot?.querySelector('[data-testid="summary"] li'),
  null,
  { timeout: 15_000 },
);
const panel = await tab.evaluate(() => {
  const root = document.querySelector('review-lens-panel')?.shadowRoot;
  const one = (id) =>
    root?.querySelector(`[data-testid="${id}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const many = (sel) =>
    [...(root?.querySelectorAll(sel) ?? [])].map((e) => e.textContent.replace(/\s+/g, ' ').trim());
  return {
    title: one('title'),
    rating: one('rating').replace(/[★☆⯨]/g, ''),
    readingTime: one('reading-time'),
    verdict: one('verdict'),
    summary: many('[data-testid="summary"] li'),
    pros: many('[data-testid="pros"] li'),
    cons: many('[data-testid="cons"] li'),
    contents: many('[data-testid="toc"] .toc-entry'),
  };
});
const list = (items) => items.map((item) => `  - ${item}`).join('\n');
console.log(`\nReview Lens on ${url}\n`);
console.log(`${panel.title}   ${panel.rating}   ${panel.readingTime}`);
console.log(`\nVerdict: ${panel.verdict}\n\nSummary:\n${list(panel.summary)}`);
console.log(`\nPros:\n${list(panel.pros)}\nCons:\n${list(panel.cons)}\n\nContents:\n${list(panel.contents)}`);
if (headed) {
  console.log('\nThe browser window is yours: close it (or press Ctrl+C) to end the demo.');
  await new Promise((resolve) => context.on('close', resolve));
} else {
  await tab.screenshot({ path: 'demo.png' });
  console.log('\nNo display found: ran headless and saved the screenshot to demo.png');
  await context.close();
}
await server.close();
