// The foundation slice, in both real browsers: panel on Blogger posts (blogspot and a country domain),
// nothing on list pages or other sites, TOC clicks scroll, the popup switch turns the panel off and on live,
// no errors and no network requests of our own.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BROWSERS, launch } from './harness/browsers.mjs';
import { clickTocEntry, headingTop, panelReady, readPanel } from './harness/panel.mjs';
import { listPages, startServer } from './harness/server.mjs';

const pages = listPages();
const bySlug = (slug) => {
  const page = pages.find((p) => p.slug === slug);
  assert.ok(page, `sample page ${slug} exists`);
  return page;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

for (const name of BROWSERS) {
  describe(`foundation in ${name}`, () => {
    let server;
    let browser;
    before(async () => {
      server = await startServer();
      browser = await launch(name);
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    for (const slug of ['simple-film-review-en', 'resenha-pt']) {
      test(`panel on the review post ${slug}`, async () => {
        const page = bySlug(slug);
        const tab = await browser.open(server.urlOf(page.url));
        await tab.waitFor(panelReady, null, { message: 'panel' });
        const panel = await tab.evaluate(readPanel);
        assert.equal(panel.hosts, 1);
        assert.equal(panel.leaked, false, 'panel content is only inside the shadow root');
        // The header names what is reviewed ("Her (2013)") and falls back to the post title.
        const { subject } = page.expected;
        assert.equal(
          panel.title,
          subject ? `${subject.name}${subject.year ? ` (${subject.year})` : ''}` : page.expected.title,
        );
        assert.deepEqual(
          panel.toc,
          page.expected.headings.map((h) => h.text),
        );
        await tab.screenshot(`${slug}`);
        await tab.close();
      });
    }

    for (const slug of ['list-home-en', 'nonblogger-review-en']) {
      test(`no panel on ${slug}`, async () => {
        const tab = await browser.open(server.urlOf(bySlug(slug).url));
        await sleep(1500);
        assert.equal((await tab.evaluate(readPanel)).hosts, 0);
        await tab.close();
      });
    }

    test('clicking a TOC entry scrolls its heading into view', async () => {
      const page = bySlug('simple-film-review-en');
      const tab = await browser.open(server.urlOf(page.url));
      await tab.waitFor(panelReady, null, { message: 'panel' });
      const last = page.expected.headings.at(-1).text;
      assert.ok((await tab.evaluate(headingTop, last)) > 800, 'heading starts below the fold');
      await tab.evaluate(clickTocEntry, last);
      const top = await tab.waitFor(
        (text) => {
          const norm = (s) => s.replace(/\s+/g, ' ').trim();
          const el = [...document.querySelectorAll('h1,h2,h3,h4,b,strong,span')].find(
            (e) => norm(e.textContent ?? '') === text,
          );
          const y = el?.getBoundingClientRect().top;
          return y !== undefined && y >= 0 && y < 200 ? y : false;
        },
        last,
        { message: 'heading near the top' },
      );
      assert.ok(top >= 0 && top < 200);
      await tab.close();
    });

    test('the popup switch turns the open panel off and on without reload', async () => {
      const page = bySlug('simple-film-review-en');
      const tab = await browser.open(server.urlOf(page.url));
      await tab.waitFor(panelReady, null, { message: 'panel' });
      const popup = await browser.openExtension('src/popup/index.html');
      await popup.waitFor(() => document.querySelector('[data-testid="enabled"]')?.checked === true, null, {
        message: 'switch on',
      });
      await popup.evaluate(() => document.querySelector('[data-testid="enabled"]').click());
      await tab.waitFor(() => document.querySelectorAll('review-lens-panel').length === 0, null, {
        message: 'panel gone',
      });
      await popup.evaluate(() => document.querySelector('[data-testid="enabled"]').click());
      await tab.waitFor(panelReady, null, { message: 'panel back' });
      await popup.screenshot('popup');
      await popup.close();
      await tab.close();
    });

    test('no errors from the extension and no requests of its own', () => {
      assert.deepEqual(browser.errors, []);
      const known = new Set(pages.map((p) => `${p.url.hostname}${p.url.pathname}${p.url.search}`));
      const foreign = server.requests.filter(
        (r) => !known.has(`${r.host}${r.path}`) && r.path !== '/favicon.ico',
      );
      assert.deepEqual(foreign, []);
    });
  });
}
