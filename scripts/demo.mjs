// `npm run demo`: builds Review Lens, serves the bundled sample review under its blogspot address and opens it in
// Debian's Chromium with the extension loaded. With a display the window stays open until you close it (Ctrl+C);
// without one it runs headless, saves demo.png and prints what the panel shows.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { EXECUTABLES } from '../tests/e2e/harness/browsers.mjs';
import { readPanel } from '../tests/e2e/harness/panel.mjs';
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
await tab.waitForFunction(() => document.querySelector('review-lens-panel')?.shadowRoot?.textContent, null, {
  timeout: 15_000,
});
const panel = await tab.evaluate(readPanel);
console.log(`\nReview Lens on ${url}\n`);
console.log(JSON.stringify(panel, null, 2));
if (headed) {
  console.log('\nThe browser window is yours: close it (or press Ctrl+C) to end the demo.');
  await new Promise((resolve) => context.on('close', resolve));
} else {
  await tab.screenshot({ path: 'demo.png' });
  console.log('\nNo display found: ran headless and saved the screenshot to demo.png');
  await context.close();
}
await server.close();
