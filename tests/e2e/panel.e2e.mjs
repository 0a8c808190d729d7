// The in-page panel (issue 5), in both real browsers: what it shows on every sample review, that a summary
// sentence and a TOC entry lead to the right place in the post, the scroll spy, copy, keyboard, themes and
// sides, narrow and right-to-left pages, a hostile page stylesheet, accessibility, and that the page's DOM is
// left exactly as it was apart from the one host element.
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { after, afterEach, before, describe, test } from 'node:test';
import { ARTIFACTS, BROWSERS, launch } from './harness/browsers.mjs';
import {
  axePanel,
  clickInPanel,
  panelRect,
  patchSettings,
  readContent,
  readHighlight,
  sendToTabs,
  serializeWithoutHost,
} from './harness/panel.mjs';
import { listPages, PAGES_DIR, startServer } from './harness/server.mjs';

const pages = listPages();
const bySlug = (slug) => {
  const page = pages.find((p) => p.slug === slug);
  assert.ok(page, `sample page ${slug} exists`);
  return page;
};
const norm = (s) => s.replace(/\s+/g, ' ').trim();
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
// Custom-domain blogs get the content script only once the user enables them, so they are not here.
const reviews = pages.filter(
  (p) => p.expected.review && p.expected.page === 'post' && p.url.hostname.includes('.blogspot.'),
);

const expanded = () => {
  const root = document.querySelector('review-lens-panel')?.shadowRoot;
  return root?.querySelector('[data-testid="panel"]')?.getAttribute('data-collapsed') === 'false';
};
const collapsedNow = () => {
  const root = document.querySelector('review-lens-panel')?.shadowRoot;
  return root?.querySelector('[data-testid="panel"]')?.getAttribute('data-collapsed') === 'true';
};

/** Bottom of the page's fixed/sticky top bar. */
function stickyBottom() {
  let bottom = 0;
  for (const el of document.body.querySelectorAll('*')) {
    const pos = getComputedStyle(el).position;
    const r = el.getBoundingClientRect();
    if ((pos === 'sticky' || pos === 'fixed') && r.top <= 1 && r.height > 0 && r.height < innerHeight / 3)
      bottom = Math.max(bottom, r.bottom);
  }
  return bottom;
}

for (const name of BROWSERS) {
  describe(`panel in ${name}`, () => {
    let server;
    let browser;
    const open = async (slug, ready = expanded) => {
      const tab = await browser.open(server.urlOf(bySlug(slug).url));
      await tab.waitFor(ready, null, { message: `panel on ${slug}` });
      return tab;
    };

    before(async () => {
      server = await startServer();
      browser = await launch(name);
    });
    // Every test starts from the default look, whatever the previous one changed or left behind on failure.
    afterEach(() =>
      patchSettings(browser, {
        theme: 'auto',
        scope: 'reviews',
        panel: { side: 'right' },
        sites: Object.fromEntries(pages.map((p) => [p.url.hostname, null])),
      }),
    );
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    test('shows the review card, summary, pros/cons and contents on every sample review', async () => {
      const problems = [];
      for (const page of reviews) {
        const tab = await open(page.slug);
        const shown = await tab.evaluate(readContent);
        const e = page.expected;
        // What the page states, shown in full. (The engine's wording of subject and rating is its own matter:
        // the panel must show the subject's name and a rating taken from the post's text.)
        const want = {
          toc: e.headings.map((h) => norm(h.text)),
          pros: e.pros.map(norm),
          cons: e.cons.map(norm),
        };
        for (const key of Object.keys(want)) {
          if (JSON.stringify(shown[key]) !== JSON.stringify(want[key]))
            problems.push(
              `${page.slug} ${key}: shown ${JSON.stringify(shown[key])}, expected ${JSON.stringify(want[key])}`,
            );
        }
        const name = e.subject?.name ?? e.title;
        if (!shown.title?.includes(name))
          problems.push(`${page.slug} title: "${shown.title}" lacks "${name}"`);
        if (e.rating && !(shown.rating && norm(e.rating.text).includes(shown.rating)))
          problems.push(`${page.slug} rating: shown "${shown.rating}", stated "${e.rating.text}"`);
        if (shown.summary.length === 0) problems.push(`${page.slug}: empty summary`);
        if (!shown.readingTime) problems.push(`${page.slug}: no reading time`);
        await tab.close();
      }
      assert.deepEqual(problems, []);
    });

    test('a non-review post gets a panel only when "all Blogger posts" is on, live', async () => {
      const page = bySlug('nonreview-post-en');
      const tab = await browser.open(server.urlOf(page.url));
      await new Promise((r) => setTimeout(r, 1500));
      assert.equal(await tab.evaluate(() => document.querySelectorAll('review-lens-panel').length), 0);
      await patchSettings(browser, { scope: 'all-posts' });
      await tab.waitFor(expanded, null, { message: 'panel after the scope change' });
      const shown = await tab.evaluate(readContent);
      assert.equal(shown.title, page.expected.title);
      assert.equal(shown.rating, null, 'no review card on a non-review');
      assert.deepEqual(
        shown.toc,
        page.expected.headings.map((h) => norm(h.text)),
      );
      await patchSettings(browser, { scope: 'reviews' });
      await tab.waitFor(() => document.querySelectorAll('review-lens-panel').length === 0, null, {
        message: 'panel gone again',
      });
      await tab.close();
    });

    test('a summary sentence scrolls to and highlights exactly that text', async () => {
      const tab = await open('simple-film-review-en');
      const { summary } = await tab.evaluate(readContent);
      const index = summary.length - 1;
      const { clicked } = await tab.evaluate(clickInPanel, ['[data-testid="summary"] .sentence', index]);
      assert.equal(clicked, summary[index]);
      const seen = await tab.waitFor(
        (text) => {
          const ranges = [...(CSS.highlights?.get('review-lens-sentence') ?? [])];
          const top = ranges[0]?.getBoundingClientRect().top;
          const ok = ranges.length === 1 && ranges[0].toString().replace(/\s+/g, ' ').trim() === text;
          return ok && top !== undefined && top >= 0 && top < innerHeight / 3 ? { top } : false;
        },
        summary[index],
        { message: 'highlighted sentence near the top' },
      );
      assert.ok(seen.top >= 0);
      const state = await tab.evaluate(readHighlight);
      assert.deepEqual(state.texts, [summary[index]]);
      await tab.screenshot('panel-highlight');
      await tab.waitFor(() => !CSS.highlights.has('review-lens-sentence'), null, {
        message: 'highlight fades after a few seconds',
        timeout: 8000,
      });
      await tab.close();
    });

    test('a TOC entry puts its heading just below the sticky header', async () => {
      const page = bySlug('sticky-header-review-en');
      const tab = await open(page.slug);
      const header = await tab.evaluate(stickyBottom);
      assert.ok(header > 20, `the page has a sticky header (${header}px)`);
      const last = norm(page.expected.headings.at(-1).text);
      await tab.evaluate(clickInPanel, ['[data-testid="toc"] .toc-entry', page.expected.headings.length - 1]);
      const top = await tab.waitFor(
        ([text, bar]) => {
          const norm = (s) => s.replace(/\s+/g, ' ').trim();
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
          let found = null;
          for (let el = walker.nextNode(); el; el = walker.nextNode())
            if (norm(el.textContent) === text) found = el;
          const y = found?.getBoundingClientRect().top;
          return y !== undefined && y >= bar - 1 && y <= bar + 40 ? y : false;
        },
        [last, header],
        { message: 'heading just below the sticky header' },
      );
      assert.ok(top >= header - 1, `heading at ${top}px is not hidden under the ${header}px header`);
      await tab.close();
    });

    test('the active TOC entry follows the reader while scrolling', async () => {
      const page = bySlug('simple-film-review-en');
      const tab = await open(page.slug);
      for (const heading of ['Performances', 'The score', 'Verdict', 'The story']) {
        await tab.evaluate((text) => {
          const norm = (s) => s.replace(/\s+/g, ' ').trim();
          const el = [...document.querySelectorAll('h2, h3, b, strong')].find(
            (e) => norm(e.textContent) === text,
          );
          window.scrollTo({ top: el.getBoundingClientRect().top + scrollY - 10, behavior: 'instant' });
        }, heading);
        await tab.waitFor(
          (text) => {
            const root = document.querySelector('review-lens-panel').shadowRoot;
            return root.querySelector('.toc-entry[aria-current="location"]')?.textContent === text;
          },
          heading,
          { message: `active entry ${heading}` },
        );
      }
      await tab.close();
    });

    test('copy gives Markdown and plain text of the summary and contents, with the link', async () => {
      const tab = await open('simple-film-review-en');
      const shown = await tab.evaluate(readContent);
      const url = await tab.evaluate(() => location.href);
      await tab.evaluate(clickInPanel, ['[data-testid="copy-markdown"]']);
      const markdown = await tab.waitFor(
        () =>
          document.querySelector('review-lens-panel').shadowRoot.querySelector('[data-testid="copy-output"]')
            .value,
        null,
        { message: 'copy output' },
      );
      const status = await tab.evaluate(
        () =>
          document.querySelector('review-lens-panel').shadowRoot.querySelector('[data-testid="copy-status"]')
            .textContent,
      );
      assert.equal(status, 'Copied');
      const esc = (s) => s.replace(/[\\`*_[\]<>#|~]/g, '\\$&');
      const section = (title) => markdown.split('\n\n').find((b) => b.startsWith(`## ${title}\n`));
      assert.ok(markdown.startsWith(`# [${esc(shown.title)}](<${url}>)\n\n`), markdown.slice(0, 200));
      assert.ok(markdown.includes(`Rating: ${shown.rating}`));
      assert.ok(markdown.includes(`**Verdict:** ${esc(shown.verdict)}\n`));
      assert.deepEqual(
        section('Summary').split('\n').slice(1),
        shown.summary.map((s) => `- ${esc(s)}`),
      );
      assert.deepEqual(
        section('Pros').split('\n').slice(1),
        shown.pros.map((s) => `- ${esc(s)}`),
      );
      const contents = section('Contents').trimEnd().split('\n').slice(1);
      assert.deepEqual(
        contents.map((l) => l.replace(/^\s*- /, '')),
        shown.toc.map(esc),
      );
      // Nesting: "Joaquin Phoenix as Theodore" sits under "Performances".
      assert.ok(contents.includes('  - Joaquin Phoenix as Theodore'));

      await tab.evaluate(clickInPanel, ['[data-testid="copy-text"]']);
      const text = await tab.waitFor(
        () => {
          const v = document
            .querySelector('review-lens-panel')
            .shadowRoot.querySelector('[data-testid="copy-output"]').value;
          return v.startsWith('#') ? false : v;
        },
        null,
        { message: 'plain text output' },
      );
      assert.ok(text.startsWith(`${shown.title}\n${url}\n`));
      assert.ok(!text.includes('**') && !text.includes('## '));
      assert.ok(text.includes(`• ${shown.summary[0]}`));
      await tab.close();
    });

    test('the page DOM is unchanged apart from the host, after scrolling, highlighting and collapsing', async () => {
      const tab = await open('simple-film-review-en');
      const before = await tab.evaluate(serializeWithoutHost);
      await tab.evaluate(clickInPanel, ['[data-testid="summary"] .sentence', 1]);
      await tab.evaluate(clickInPanel, ['[data-testid="toc"] .toc-entry', 3]);
      await tab.evaluate(clickInPanel, ['[data-testid="verdict"]']);
      await tab.evaluate(clickInPanel, ['.toc-toggle']);
      await tab.evaluate(clickInPanel, ['[data-testid="copy-markdown"]']);
      await tab.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
      await tab.evaluate(clickInPanel, ['[data-testid="collapse"]']);
      await tab.waitFor(collapsedNow, null, { message: 'collapsed' });
      await tab.evaluate(clickInPanel, ['[data-testid="tab"]']);
      await tab.waitFor(expanded, null, { message: 'expanded again' });
      const after = await tab.evaluate(serializeWithoutHost);
      assert.equal(after, before);
      const hosts = await tab.evaluate(() =>
        [...document.documentElement.children].map((e) => e.tagName.toLowerCase()),
      );
      assert.deepEqual(hosts, ['head', 'body', 'review-lens-panel']);
      await tab.close();
    });

    test('keyboard: arrows walk the contents, Enter jumps, Esc collapses, the command toggles', async () => {
      const page = bySlug('simple-film-review-en');
      const tab = await open(page.slug);
      const focused = () =>
        document.querySelector('review-lens-panel').shadowRoot.activeElement?.textContent ?? null;
      await tab.evaluate(() =>
        document.querySelector('review-lens-panel').shadowRoot.querySelector('.toc-entry').focus(),
      );
      assert.equal(await tab.evaluate(focused), 'The story');
      await tab.key('ArrowDown');
      assert.equal(await tab.evaluate(focused), 'Performances');
      await tab.key('ArrowDown');
      assert.equal(await tab.evaluate(focused), 'Joaquin Phoenix as Theodore');
      await tab.key('End');
      assert.equal(await tab.evaluate(focused), 'Verdict');
      await tab.key('Enter');
      await tab.waitFor(
        (t) => {
          const el = [...document.querySelectorAll('h2')].find((e) => e.textContent.trim() === t);
          const y = el?.getBoundingClientRect().top;
          return y !== undefined && y >= 0 && y < 120;
        },
        'Verdict',
        { message: 'Enter jumped to the heading' },
      );
      const outline = await tab.evaluate(() => {
        const el = document.querySelector('review-lens-panel').shadowRoot.activeElement;
        return el ? getComputedStyle(el).outlineStyle : null;
      });
      assert.notEqual(outline, 'none', 'focus is visible');
      await tab.key('Escape');
      await tab.waitFor(collapsedNow, null, { message: 'Esc collapsed the panel' });
      // The keyboard command reaches the tab as `togglePanel` from the background: it opens a collapsed panel…
      await sendToTabs(browser, 'togglePanel');
      await tab.waitFor(expanded, null, { message: 'command expanded the panel' });
      // …hides an open one, and shows it again.
      await sendToTabs(browser, 'togglePanel');
      await tab.waitFor(() => !document.querySelector('review-lens-panel'), null, {
        message: 'command hid it',
      });
      await sendToTabs(browser, 'togglePanel');
      await tab.waitFor(expanded, null, { message: 'command showed it' });
      await tab.close();
    });

    test('a hostile page stylesheet does not reach the panel', async () => {
      const page = bySlug('simple-film-review-en');
      const html = readFileSync(`${PAGES_DIR}/${page.slug}/source.html`, 'utf8').replace(
        '</head>',
        `<style>
          * { all: unset !important; }
          div { display: none !important; }
          html, body, * { font-size: 72px !important; line-height: 3 !important; color: red !important; }
          review-lens-panel, review-lens-panel * { position: static !important; transform: scale(0.2) !important;
            opacity: 0.1 !important; width: 10px !important; }
          :root { --bg: red; --fg: red; }
        </style></head>`,
      );
      server.addRoute(page.url.hostname, '/2024/03/hostile.html', {
        type: 'text/html; charset=utf-8',
        body: html,
      });
      const tab = await browser.open(server.urlOf(`http://${page.url.hostname}/2024/03/hostile.html`));
      await tab.waitFor(expanded, null, { message: 'panel on the hostile page' });
      const look = await tab.evaluate(() => {
        const root = document.querySelector('review-lens-panel').shadowRoot;
        const panel = root.querySelector('.panel');
        const title = root.querySelector('[data-testid="title"]');
        const r = panel.getBoundingClientRect();
        const host = getComputedStyle(document.querySelector('review-lens-panel'));
        return {
          width: r.width,
          height: r.height,
          right: innerWidth - r.right,
          titleSize: getComputedStyle(title).fontSize,
          titleColor: getComputedStyle(title).color,
          background: getComputedStyle(panel).backgroundColor,
          hostPosition: host.position,
          hostOpacity: host.opacity,
        };
      });
      assert.ok(look.width >= 280 && look.width <= 560, `width ${look.width}`);
      assert.ok(look.height > 200, `height ${look.height}`);
      assert.ok(look.right >= 0 && look.right < 40, `at the right edge (${look.right})`);
      assert.equal(look.titleSize, '17px');
      assert.equal(look.titleColor, 'rgb(31, 41, 51)');
      assert.equal(look.background, 'rgb(255, 255, 255)');
      assert.equal(look.hostPosition, 'fixed');
      assert.equal(look.hostOpacity, '1');
      await tab.screenshot('panel-hostile');
      await tab.close();
    });

    test('the panel stays hideable by the user’s own CSS hook', async () => {
      const page = bySlug('simple-film-review-en');
      const html = readFileSync(`${PAGES_DIR}/${page.slug}/source.html`, 'utf8').replace(
        '</head>',
        '<style>review-lens-panel { display: none !important; }</style></head>',
      );
      server.addRoute(page.url.hostname, '/2024/03/hidden.html', {
        type: 'text/html; charset=utf-8',
        body: html,
      });
      const tab = await browser.open(server.urlOf(`http://${page.url.hostname}/2024/03/hidden.html`));
      await tab.waitFor(expanded, null, { message: 'panel mounted' });
      const rect = await tab.evaluate(panelRect);
      assert.equal(rect.width, 0, 'display:none on the host hides the panel');
      await tab.close();
    });

    test('themes and sides: axe finds no serious issue in light, dark and collapsed; screenshots', async () => {
      const slug = 'simple-film-review-en';
      const tab = await open(slug);
      // Injected as a page script (then removed), the way axe's own browser integrations load it.
      await tab.evaluate((src) => {
        const script = document.createElement('script');
        script.textContent = src;
        document.head.append(script);
        script.remove();
      }, AXE);
      const check = async (label) => assert.deepEqual(await tab.evaluate(axePanel), [], `axe ${label}`);
      assert.equal((await tab.evaluate(readContent)).theme, 'light', 'auto theme follows the white page');
      await check('light');
      await tab.screenshot('panel-light');
      await patchSettings(browser, { theme: 'dark' });
      await tab.waitFor(themeIs, 'dark', { message: 'dark theme, live' });
      await check('dark');
      await tab.screenshot('panel-dark');
      await patchSettings(browser, { panel: { side: 'left' } });
      await tab.waitFor(
        () => {
          const r = document
            .querySelector('review-lens-panel')
            .shadowRoot.querySelector('.panel')
            .getBoundingClientRect();
          return r.left < 40;
        },
        null,
        { message: 'panel on the left' },
      );
      await tab.screenshot('panel-left-dark');
      await patchSettings(browser, { theme: 'light' });
      await tab.waitFor(themeIs, 'light', { message: 'light again' });
      await tab.screenshot('panel-left');
      await patchSettings(browser, { panel: { side: 'right' }, theme: 'auto' });
      await tab.evaluate(clickInPanel, ['[data-testid="collapse"]']);
      await tab.waitFor(collapsedNow, null, { message: 'collapsed' });
      await check('collapsed');
      await tab.screenshot('panel-collapsed');
      await tab.close();
    });

    test('a narrow viewport starts collapsed and keeps out of the text column', async () => {
      const page = bySlug('mobile-game-review-en');
      const tab = await browser.open(server.urlOf(page.url));
      await tab.setViewport({ width: 420, height: 800 });
      await tab.reload();
      await tab.waitFor(collapsedNow, null, { message: 'collapsed tab on a narrow viewport' });
      const overlap = await tab.evaluate(() => {
        const tabRect = document
          .querySelector('review-lens-panel')
          .shadowRoot.querySelector('.tab')
          .getBoundingClientRect();
        const body = document.querySelector('.post-body');
        const range = document.createRange();
        range.selectNodeContents(body);
        const hits = [...range.getClientRects()].filter(
          (r) =>
            r.width > 0 &&
            r.left < tabRect.right &&
            r.right > tabRect.left &&
            r.top < tabRect.bottom &&
            r.bottom > tabRect.top,
        );
        return { tab: tabRect.toJSON(), hits: hits.length };
      });
      assert.equal(overlap.hits, 0, `the tab covers no text (${JSON.stringify(overlap.tab)})`);
      await tab.screenshot('panel-narrow');
      await tab.evaluate(clickInPanel, ['[data-testid="tab"]']);
      await tab.waitFor(expanded, null, { message: 'the tab opens the panel' });
      await tab.screenshot('panel-narrow-open');
      await tab.close();
    });

    test('a right-to-left page gets a mirrored panel', async () => {
      const tab = await open('rtl-review-he');
      const shown = await tab.evaluate(readContent);
      assert.equal(shown.dir, 'rtl');
      assert.equal(shown.side, 'left');
      const rect = await tab.evaluate(panelRect);
      assert.ok(rect.left < 40, `panel on the left (${rect.left})`);
      await tab.screenshot('panel-rtl');
      await tab.close();
    });

    test('no errors from the extension and no requests of its own', () => {
      assert.deepEqual(browser.errors, []);
      const foreign = server.requests.filter(
        (r) => !/\.html(\?m=1)?$|\/$|\/search\/label\/|\?m=1$/.test(r.path) && r.path !== '/favicon.ico',
      );
      assert.deepEqual(foreign, []);
    });
  });
}

/** Runs in the page: whether the panel has this theme. */
function themeIs(theme) {
  return (
    document.querySelector('review-lens-panel')?.shadowRoot?.querySelector(`.root.theme-${theme}`) != null
  );
}

// The README's screenshot: the light panel on the demo review in Chromium.
after(() => {
  try {
    copyFileSync(`${ARTIFACTS}/chromium-panel-light.png`, 'docs/screenshot.png');
  } catch {
    // Only when the Chromium run got that far.
  }
});
