// Launches Debian's real browsers with the built extension loaded, behind one small interface so the same
// spec runs in both: Chromium through playwright-core (--load-extension), Firefox through puppeteer-core over
// WebDriver BiDi (installExtension as a temporary add-on). See ../../../docs/TESTING.md for the flags and why.
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const BROWSERS = /** @type {const} */ (['chromium', 'firefox']);
export const EXECUTABLES = { chromium: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' };
export const ARTIFACTS = resolve('artifacts');
const FIREFOX_UUID = '5d1c0a4e-7b1f-4c55-9d39-3f3c6a1e2b77';
const GECKO_ID = JSON.parse(readFileSync('manifest.json', 'utf8')).browser_specific_settings.gecko.id;

export function missingBrowsers() {
  return BROWSERS.filter((b) => !existsSync(EXECUTABLES[b]));
}

/**
 * @param {'chromium'|'firefox'} name
 * @param {{userDataDir?: string, viewport?: {width: number, height: number}, colorScheme?: 'light'|'dark',
 *   firefoxPrefs?: Record<string, string|number|boolean>, chromiumArgs?: string[]}} [options]
 *   firefoxPrefs / chromiumArgs: extra prefs or command-line switches for one test file
 */
export async function launch(name, options = {}) {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

async function launchChromium({
  userDataDir,
  viewport = { width: 1280, height: 800 },
  colorScheme = 'light',
  chromiumArgs = [],
}) {
  const { chromium } = await import('playwright-core');
  const dist = resolve('dist/chrome');
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'rl-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: EXECUTABLES.chromium,
    headless: true,
    viewport,
    colorScheme,
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Every host resolves to our test server, so a request we did not expect shows in its log.
      '--host-resolver-rules=MAP * 127.0.0.1',
      ...chromiumArgs,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const origin = `chrome-extension://${new URL(worker.url()).host}`;
  const errors = [];
  context.on('weberror', (e) => errors.push(`weberror: ${e.error().message}`));
  return session('chromium', origin, errors, {
    newPage: async () => {
      const page = await context.newPage();
      return page;
    },
    gotoExtension: (page, url) => page.goto(url),
    setViewport: (page, size) => page.setViewportSize(size),
    worker: () => context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker'),
    context,
    close: () => context.close(),
  });
}

async function launchFirefox({
  userDataDir,
  viewport = { width: 1280, height: 800 },
  colorScheme = 'light',
  firefoxPrefs = {},
}) {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: EXECUTABLES.firefox,
    headless: true,
    userDataDir,
    defaultViewport: viewport,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      'dom.security.https_first': false,
      'dom.security.https_first_pbm': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'ui.systemUsesDarkTheme': colorScheme === 'dark' ? 1 : 0,
      'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.shell.checkDefaultBrowser': false,
      ...firefoxPrefs,
    },
  });
  await browser.installExtension(resolve('dist/firefox'));
  const errors = [];
  return session('firefox', `moz-extension://${FIREFOX_UUID}`, errors, {
    newPage: () => browser.newPage(),
    // The BiDi remote agent never reports a moz-extension:// navigation as finished; wait for the document instead.
    gotoExtension: async (page, url) => {
      page.goto(url).catch(() => {});
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline) {
        const state = await page.evaluate(() => [location.href, document.readyState]).catch(() => null);
        if (state && state[0] === url && state[1] === 'complete') return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`timed out opening ${url}`);
    },
    setViewport: (page, size) => page.setViewport(size),
    worker: null,
    browser,
    close: () => browser.close(),
  });
}

function session(name, extensionOrigin, errors, impl) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const watch = (page) => {
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message ?? e}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && /review ?lens/i.test(m.text())) errors.push(`console: ${m.text()}`);
    });
    return page;
  };
  return {
    name,
    extensionOrigin,
    /** Errors from pages and the extension that the tests assert are absent. */
    errors,
    impl,
    /** Opens a web page in a new tab. */
    async open(url) {
      const page = watch(await impl.newPage());
      await page.goto(url, { waitUntil: 'load' });
      return tab(this, page);
    },
    /** Opens one of the extension's own pages (popup, options) in a new tab. */
    async openExtension(path) {
      const page = watch(await impl.newPage());
      await impl.gotoExtension(page, `${extensionOrigin}/${path}`);
      return tab(this, page);
    },
    close: impl.close,
  };
}

function tab(s, page) {
  return {
    page,
    /** Runs `fn(arg)` in the page; one serialisable argument in both drivers. */
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    /** Polls `fn(arg)` in the page until it returns a truthy value, which is returned. */
    async waitFor(fn, arg, { timeout = 10_000, message = 'condition' } = {}) {
      const deadline = Date.now() + timeout;
      let last;
      while (Date.now() < deadline) {
        last = await page.evaluate(fn, arg).catch((e) => ({ error: String(e) }));
        if (last && !last.error) return last;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`${s.name}: timed out waiting for ${message} (last: ${JSON.stringify(last)})`);
    },
    setViewport: (size) => s.impl.setViewport(page, size),
    key: (k) => page.keyboard.press(k),
    screenshot: (file) => page.screenshot({ path: join(ARTIFACTS, `${s.name}-${file}.png`) }),
    reload: () => page.reload({ waitUntil: 'load' }),
    close: () => page.close(),
  };
}
