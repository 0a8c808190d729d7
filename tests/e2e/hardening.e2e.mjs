// Hardening, in real Chromium and Firefox with the built extension:
// 1. 20 representative hostile pages (tests/hostile, fixed seed): no uncaught exception in the page or the
//    extension, no hang, the panel holds only inert text (or is absent), and no payload fires (page-side flag).
// 2. Every sample page in tests/pages: the extension makes no network request, and the page's DOM outside the
//    panel host is byte-identical to the same page where the extension does not run (served on a host outside
//    the content-script matches, so the page's own scripts act alike), after the panel rendered, after the
//    user scrolled, clicked TOC and summary entries (highlight), collapsed and expanded it, and after closing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { representativeCases } from '../hostile/generate.mjs';
import { BROWSERS, launch } from './harness/browsers.mjs';
import { listPages, PAGES_DIR, startServer } from './harness/server.mjs';

const pages = listPages();
const hostile = representativeCases();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const html = (body) => ({ type: 'text/html; charset=utf-8', body });
/** A page's identity for the request checks: host, path and query (scheme and port vary with the server). */
const pageKey = (url) => {
  const u = new URL(url);
  return `${u.hostname}${u.pathname}${u.search}`;
};
/** The same path on a host outside every content-script match. */
const controlUrl = (url) => {
  const u = new URL(url);
  u.hostname = `control-${u.hostname.replaceAll('.', '-')}.example`;
  return u.href;
};
const routeKey = (url) => {
  const u = new URL(url);
  return [u.hostname, u.pathname + u.search];
};

/** What the browser itself says about a page's own markup (the parser flattening 5,000 levels): not ours. */
const PAGE_OWN = [/^pageerror: The document tree is too deep/];
const ours = (errors) => errors.filter((e) => !PAGE_OWN.some((re) => re.test(e)));

/** Main-thread stall allowed while the extension reads a page (a "never hangs" bound, not a benchmark). */
const STALL_MS = { light: 3_000, heavy: 15_000 };

/**
 * Added to every served sample page (with and without the extension, so it is part of both DOMs): serialises
 * the whole document, leaving out only the panel host.
 */
const SNAPSHOT = `<script>
window.__rlSnapshot = () => {
  const copy = document.documentElement.cloneNode(true);
  for (const host of copy.querySelectorAll('review-lens-panel')) host.remove();
  return new XMLSerializer().serializeToString(copy);
};
</script>`;

function withSnapshot(source) {
  const at = source.search(/<head[^>]*>/i);
  if (at < 0) return SNAPSHOT + source;
  const end = source.indexOf('>', at) + 1;
  return source.slice(0, end) + SNAPSHOT + source.slice(end);
}

// ---- functions that run in the page -------------------------------------------------------------

/** The panel as a user or page script sees it: the real host (with a shadow root) and what it contains. */
function inspectPanel() {
  const hosts = [...document.querySelectorAll('review-lens-panel')].filter((h) => h.shadowRoot);
  const root = hosts[0]?.shadowRoot;
  const live = [];
  if (root) {
    for (const el of root.querySelectorAll('*')) {
      const tag = el.localName;
      if (['script', 'iframe', 'object', 'embed', 'frame', 'base', 'meta', 'link', 'form'].includes(tag))
        live.push(`<${tag}>`);
      if (
        tag === 'img' &&
        el.getAttribute('src') &&
        !/^(data:|chrome-extension:|moz-extension:)/.test(el.src)
      )
        live.push(`img ${el.getAttribute('src')}`);
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) live.push(`${tag}[${attr.name}]`);
        if (/^\s*javascript:/i.test(attr.value)) live.push(`${tag}[${attr.name}=javascript:]`);
        if (attr.name === 'srcdoc') live.push(`${tag}[srcdoc]`);
      }
    }
  }
  return {
    hosts: hosts.length,
    text: root ? root.textContent : null,
    title: root?.querySelector('[data-testid="title"]')?.textContent ?? null,
    live,
    pwned: window.__rlPwned ?? 0,
    panelInFrame: window.__rlPanelInFrame === true,
    headingScript: window.__rlHeadingScript === 1,
    restored: document.documentElement.dataset.restored === '1',
  };
}

/**
 * Uses every control of the panel (TOC entries, summary sentences with their highlight, verdict, copy, section
 * toggles), then collapses and reopens it. Leaves out only what leaves the panel (settings page, close, drags).
 */
async function usePanel() {
  const root = document.querySelector('review-lens-panel')?.shadowRoot;
  if (!root) return { clicked: 0 };
  const pause = () => new Promise((r) => setTimeout(r, 60));
  const skip = new Set(['close', 'settings', 'move', 'resize', 'collapse', 'tab']);
  let clicked = 0;
  const click = async (el) => {
    el.click();
    clicked++;
    await pause();
  };
  // A 10,000-heading TOC gets its first 40 controls clicked: enough to use every kind, and bounded.
  for (const el of root.querySelectorAll('button, a[href], summary, [role="button"]')) {
    if (clicked >= 40) break;
    if (!skip.has(el.dataset.testid ?? '') && el.isConnected) await click(el);
  }
  for (const id of ['collapse', 'tab']) {
    const el = root.querySelector(`[data-testid="${id}"]`);
    if (el) await click(el);
  }
  return { clicked };
}

function scrollThrough() {
  return new Promise((resolve) => {
    const h = document.documentElement.scrollHeight;
    const stops = [h / 3, h / 2, h, 0];
    const next = () => {
      const y = stops.shift();
      if (y === undefined) return resolve(true);
      window.scrollTo(0, y);
      setTimeout(next, 150);
    };
    next();
  });
}

function closePanel() {
  const close = document
    .querySelector('review-lens-panel')
    ?.shadowRoot?.querySelector('[data-testid="close"]');
  close?.click();
  return Boolean(close);
}

// ---- error and request recording ---------------------------------------------------------------------

/** Chromium: every exception and console error in every world of the page, content script included. */
async function watchAllWorlds(browser, tab, sink) {
  if (browser.name !== 'chromium') return;
  const cdp = await browser.impl.context.newCDPSession(tab.page);
  const worlds = new Map();
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.set(context.id, context));
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    const world = worlds.get(d.executionContextId);
    const where = world?.auxData?.type === 'isolated' ? `extension world ${world.name}` : 'page';
    sink.push(`${where}: ${d.exception?.description ?? d.text}`);
  });
  cdp.on('Runtime.consoleAPICalled', ({ type, args, executionContextId }) => {
    const world = worlds.get(executionContextId);
    if (type === 'error' && world?.auxData?.type === 'isolated')
      sink.push(`extension console: ${args.map((a) => a.value ?? a.description).join(' ')}`);
  });
  await cdp.send('Runtime.enable');
}

function recordRequests(tab, sink) {
  tab.page.on('request', (r) => sink.push(r.url()));
}

/** Measures the longest main-thread stall while waiting for the panel (or for nothing to happen). */
async function settle(tab, { heavy, expectPanel }) {
  const started = Date.now();
  const limit = heavy ? 60_000 : 8_000;
  let last = Date.now();
  let stall = 0;
  let state = null;
  while (Date.now() - started < limit) {
    state = await tab.evaluate(() => document.querySelectorAll('review-lens-panel').length);
    stall = Math.max(stall, Date.now() - last);
    last = Date.now();
    if (state > 0 && expectPanel !== false) break;
    if (state === 0 && expectPanel === false && Date.now() - started > 2_500) break;
    if (expectPanel === undefined && Date.now() - started > 4_000) break;
    await sleep(100);
  }
  await sleep(600); // let a render started at the last poll finish
  return { stall, waited: Date.now() - started };
}

for (const name of BROWSERS) {
  describe(`hardening in ${name}`, () => {
    let server;
    let browser;
    const extensionErrors = [];
    const chromiumRequests = [];
    const known = new Set();

    before(async () => {
      const extraRoutes = {};
      const add = (url, body) => {
        const [host, path] = routeKey(url);
        extraRoutes[`${host}${path}`] = html(body);
        known.add(pageKey(url));
      };
      for (const c of hostile) {
        add(c.url, c.html);
        for (const extra of c.extra) add(extra.url, extra.html);
      }
      for (const page of pages) {
        const source = withSnapshot(readFileSync(join(PAGES_DIR, page.slug, 'source.html'), 'utf8'));
        add(page.url.href, source);
        add(controlUrl(page.url.href), source);
      }
      server = await startServer({ extraRoutes });
      browser = await launch(name);
      if (name === 'chromium') browser.impl.context.on('request', (r) => chromiumRequests.push(r.url()));
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    /** Requests that are not one of the pages we serve (nor their favicon or inline data). */
    const foreign = (urls) =>
      urls.filter((u) => {
        if (/^(data|blob|about|chrome-extension|moz-extension|chrome):/.test(u)) return false;
        return !known.has(pageKey(u)) && new URL(u).pathname !== '/favicon.ico';
      });

    /** Errors reported from now on (page, extension world, extension console). */
    const errorsSince = () => {
      const [pageAt, extensionAt] = [browser.errors.length, extensionErrors.length];
      return () => ours([...browser.errors.slice(pageAt), ...extensionErrors.slice(extensionAt)]);
    };

    for (const c of hostile) {
      test(`hostile page ${c.id}`, async () => {
        const newErrors = errorsSince();
        const requests = [];
        const tab = await browser.open('about:blank');
        await watchAllWorlds(browser, tab, extensionErrors);
        recordRequests(tab, requests);
        await tab.page.goto(server.urlOf(c.url), { waitUntil: 'load', timeout: 60_000 });
        let stall = null;
        if (c.kind === 'overrides') {
          // The driver evaluates in the page's own world: leave it alone until the page restores its builtins.
          await sleep(4_500);
          await tab.waitFor(() => document.documentElement.dataset.restored === '1', null, {
            timeout: 15_000,
            message: 'page restored its builtins',
          });
        } else {
          ({ stall } = await settle(tab, { heavy: c.heavy }));
          assert.ok(stall < (c.heavy ? STALL_MS.heavy : STALL_MS.light), `main thread stalled ${stall} ms`);
        }
        const first = await tab.evaluate(inspectPanel);
        const used = await tab.evaluate(usePanel);
        await tab.evaluate(scrollThrough);
        await sleep(300);
        const panel = await tab.evaluate(inspectPanel);

        for (const state of [first, panel]) {
          assert.deepEqual(state.live, [], 'panel holds no live markup');
          assert.equal(state.pwned, 0, 'no payload fired');
          assert.equal(state.panelInFrame, false, 'no panel inside a frame');
          assert.ok(state.hosts <= 1, 'at most one panel');
        }
        if (first.text !== null) {
          // A heading made of markup shows in the TOC as that very text.
          const heading = c.inert[1]?.replace(/\s+/g, ' ').trim();
          if (heading)
            assert.ok(first.text.includes(heading), `panel shows the payload heading as text: ${heading}`);
          for (const secret of c.hidden)
            assert.ok(!first.text.includes(secret), `panel shows script source ${secret}`);
        }
        assert.deepEqual(foreign(requests), [], 'no request beyond the page');
        await tab.screenshot(`hostile-${c.id.replace('#', '-')}`);
        await tab.close();
        assert.deepEqual(newErrors(), [], 'no error in the page or the extension');
        if (process.env.HARDENING_VERBOSE)
          console.log(c.id, { hosts: first.hosts, clicked: used.clicked, stall, title: first.title });
      });
    }

    for (const page of pages) {
      test(`sample page ${page.slug}: no request, DOM untouched by the panel and its use`, async () => {
        const newErrors = errorsSince();
        // The same page on a host the extension never runs on: its DOM without us, at rest and after the same
        // scrolling (page scripts react to scroll), so any difference is ours.
        const control = await browser.open(server.urlOf(controlUrl(page.url.href)));
        await sleep(1_000);
        const atRest = await control.evaluate(() => window.__rlSnapshot());
        await control.evaluate(scrollThrough);
        await sleep(300);
        const scrolled = await control.evaluate(() => window.__rlSnapshot());
        assert.equal(await control.evaluate(() => document.querySelectorAll('review-lens-panel').length), 0);
        await control.close();

        const requests = [];
        const tab = await browser.open('about:blank');
        await watchAllWorlds(browser, tab, extensionErrors);
        recordRequests(tab, requests);
        await tab.page.goto(server.urlOf(page.url.href), { waitUntil: 'load' });
        const reviewPost = page.expected.blogger && page.expected.page === 'post' && page.expected.review;
        await settle(tab, { heavy: false, expectPanel: reviewPost ? undefined : false });
        const rendered = await tab.evaluate(() => window.__rlSnapshot());
        assert.ok(
          rendered === atRest,
          `page DOM differs once the panel rendered: ${firstDifference(atRest, rendered)}`,
        );
        await tab.evaluate(scrollThrough);
        const { clicked } = await tab.evaluate(usePanel);
        if (reviewPost && page.url.hostname.includes('.blogspot.'))
          assert.ok(clicked > 3, `the panel was used (${clicked} controls clicked)`);
        await tab.evaluate(scrollThrough);
        await sleep(300);
        const used = await tab.evaluate(() => window.__rlSnapshot());
        assert.ok(
          used === scrolled,
          `page DOM differs after using the panel: ${firstDifference(scrolled, used)}`,
        );
        await tab.evaluate(closePanel);
        await sleep(300);
        const closed = await tab.evaluate(() => window.__rlSnapshot());
        assert.ok(
          closed === scrolled,
          `page DOM differs after closing the panel: ${firstDifference(scrolled, closed)}`,
        );
        assert.deepEqual(foreign(requests), [], 'no request beyond the page');
        await tab.close();
        assert.deepEqual(newErrors(), [], 'no error in the page or the extension');
        if (process.env.HARDENING_VERBOSE) console.log(page.slug, { clicked });
      });
    }

    test('no uncaught exception or error in the pages or the extension', () => {
      assert.deepEqual(ours(browser.errors), []);
      assert.deepEqual(extensionErrors, []);
    });

    test('the server saw no request of the extension', () => {
      const urls = server.requests.map((r) => `http://${r.host}:${server.port}${r.path}`);
      assert.deepEqual(foreign(urls), []);
    });

    if (name === 'chromium') {
      test('no request from any extension context (Playwright sees pages and the service worker)', () => {
        assert.deepEqual(foreign(chromiumRequests), []);
      });

      test('control: a request from the service worker would be seen by both recorders', async () => {
        const worker = await browser.impl.worker();
        const probe = `http://probe.example:${server.port}/probe-${Date.now()}`;
        await worker.evaluate(
          (url) =>
            fetch(url).then(
              () => 1,
              () => 0,
            ),
          probe,
        );
        await sleep(300);
        assert.ok(
          server.requests.some((r) => r.host === 'probe.example'),
          'server log saw it',
        );
        assert.ok(foreign(chromiumRequests).includes(probe), 'the context saw it');
      });
    }
  });
}

/** Where two serialisations first differ, with a little context either side. */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: before …${a.slice(Math.max(0, i - 60), i + 60)}… after …${(b ?? '').slice(Math.max(0, i - 60), i + 60)}…`;
}
