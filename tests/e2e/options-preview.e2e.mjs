// The options page's live preview: the real panel on the built-in sample, in its own shadow root,
// following setting changes made in the page without a reload. Both browsers.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BROWSERS, launch } from './harness/browsers.mjs';
import { axeViolations, chooseOption, storedHas } from './harness/extension-pages.mjs';

/** What the preview panel shows, read through its shadow root (null until it is there). */
function readPreview() {
  const shadow = document.querySelector('[data-testid="preview-host"]')?.shadowRoot;
  const panel = shadow?.querySelector('[data-testid="panel"]');
  if (!shadow || !panel) return null;
  const box = document.querySelector('[data-testid="preview"]').getBoundingClientRect();
  const rect = panel.getBoundingClientRect();
  return {
    title: shadow.querySelector('[data-testid="title"]')?.textContent ?? null,
    rating: shadow.querySelector('[data-testid="rating"]')?.textContent ?? null,
    toc: [...shadow.querySelectorAll('.toc-entry')].map((b) => b.textContent),
    summary: shadow.querySelector('[data-testid="summary"]') !== null,
    theme: shadow.querySelector('.root')?.className.match(/theme-(\w+)/)?.[1] ?? null,
    background: getComputedStyle(panel).backgroundColor,
    inBox:
      rect.top >= box.top && rect.left >= box.left && rect.right <= box.right && rect.bottom <= box.bottom,
    side: rect.left + rect.width / 2 < box.left + box.width / 2 ? 'left' : 'right',
  };
}

for (const name of BROWSERS) {
  describe(`options preview in ${name}`, () => {
    let browser;
    before(async () => {
      browser = await launch(name);
    });
    after(async () => {
      await browser?.close();
    });

    test('shows the sample in the real panel and follows settings live', async () => {
      const options = await browser.openExtension('src/options/index.html');
      await options.waitFor(
        () =>
          document
            .querySelector('[data-testid="preview-host"]')
            ?.shadowRoot?.querySelector('[data-testid="toc"]') != null,
        null,
        { message: 'preview panel' },
      );
      const first = await options.evaluate(readPreview);
      assert.match(first.title, /The Lantern Coast/);
      assert.match(first.rating, /8/);
      for (const heading of ['Story', 'Craft', 'Acting', 'Pros and cons', 'Verdict']) {
        assert.ok(first.toc.includes(heading), `TOC has ${heading}: ${first.toc}`);
      }
      assert.equal(first.summary, true);
      assert.equal(first.side, 'right');
      assert.equal(first.inBox, true, 'the panel stays inside the preview box');

      const url = await options.evaluate(() => location.href);
      await options.evaluate(() => {
        const shadow = document.querySelector('[data-testid="preview-host"]').shadowRoot;
        shadow.querySelector('.toc-entry').click();
        shadow.querySelector('[data-testid="summary"] button').click();
        shadow.querySelector('[data-testid="verdict"]').click();
      });
      assert.equal(await options.evaluate(() => location.href), url, 'clicks in the preview do not navigate');

      await options.waitFor(chooseOption, ['theme', 'light'], { message: 'theme = light' });
      await options.waitFor(
        () => {
          const shadow = document.querySelector('[data-testid="preview-host"]').shadowRoot;
          return shadow.querySelector('.root')?.classList.contains('theme-light');
        },
        null,
        { message: 'preview light' },
      );
      const lightBackground = (await options.evaluate(readPreview)).background;

      await options.waitFor(chooseOption, ['theme', 'dark'], { message: 'theme = dark' });
      await options.waitFor(storedHas, ['theme', 'dark'], { message: 'dark stored' });
      await options.waitFor(
        () => {
          const shadow = document.querySelector('[data-testid="preview-host"]').shadowRoot;
          return shadow.querySelector('.root')?.classList.contains('theme-dark');
        },
        null,
        { message: 'preview turned dark' },
      );
      assert.notEqual((await options.evaluate(readPreview)).background, lightBackground, 'panel.css applies');

      await options.evaluate(() => document.querySelector('[data-testid="section-summary"]').click());
      await options.waitFor(
        () =>
          document
            .querySelector('[data-testid="preview-host"]')
            .shadowRoot.querySelector('[data-testid="summary"]') === null,
        null,
        { message: 'summary gone from the preview' },
      );
      await options.evaluate(() => document.querySelector('input[name="side"][value="left"]').click());
      await options.waitFor(
        () => {
          const shadow = document.querySelector('[data-testid="preview-host"]').shadowRoot;
          const box = document.querySelector('[data-testid="preview"]').getBoundingClientRect();
          const rect = shadow.querySelector('[data-testid="panel"]').getBoundingClientRect();
          return rect.left + rect.width / 2 < box.left + box.width / 2;
        },
        null,
        { message: 'preview panel moved to the left' },
      );
      const last = await options.evaluate(readPreview);
      assert.equal(last.theme, 'dark');
      assert.equal(last.summary, false);
      assert.equal(await options.evaluate(() => location.href), url, 'no reload');
      assert.deepEqual(await axeViolations(options), [], 'options page with the preview is axe-clean');
      await options.screenshot('options-preview');
      await options.close();
      assert.deepEqual(browser.errors, []);
    });
  });
}
