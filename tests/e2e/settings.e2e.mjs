// Settings, popup, options page and custom domains, in both real browsers.
// Host permissions the prompt would ask for are granted as tests/e2e/harness/grants.mjs explains.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { BROWSERS, launch } from './harness/browsers.mjs';
import {
  axeViolations,
  chooseOption,
  en,
  openPopupFor,
  readPopup,
  storedHas,
  storedSettings,
} from './harness/extension-pages.mjs';
import { chromiumProfileWithHosts, FIREFOX_GRANT_PREFS, firefoxGrantByClick } from './harness/grants.mjs';
import { panelReady } from './harness/panel.mjs';
import { listPages, startServer } from './harness/server.mjs';

const pages = listPages();
/** The sample page's address over plain http (the test server speaks only http). */
const pageUrl = (server, slug) => {
  const page = pages.find((p) => p.slug === slug);
  assert.ok(page, `sample page ${slug} exists`);
  const url = new URL(server.urlOf(page.url));
  url.protocol = 'http:';
  return url.toString();
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const CUSTOM = 'www.gadgetjournal.example';
const NON_BLOGGER = 'reviews.example.org';
const panelCount = () => document.querySelectorAll('review-lens-panel').length;
/** Which half of the viewport the panel is in. */
const panelSide = () => {
  const panel = document
    .querySelector('review-lens-panel')
    ?.shadowRoot?.querySelector('[data-testid="panel"]');
  if (!panel) return null;
  const rect = panel.getBoundingClientRect();
  return rect.left + rect.width / 2 < window.innerWidth / 2 ? 'left' : 'right';
};

for (const name of BROWSERS) {
  describe(`settings in ${name}`, () => {
    let server;
    let browser;
    let profile;
    const relaunch = async () => {
      await browser?.close();
      browser = await launch(name, { userDataDir: profile, firefoxPrefs: FIREFOX_GRANT_PREFS });
    };

    before(async () => {
      server = await startServer();
      // Chromium: the popup reads non-blogspot pages through activeTab, which only a real toolbar click grants;
      // the profile grant gives it the same access to these two hosts.
      profile =
        name === 'chromium'
          ? await chromiumProfileWithHosts([`*://${CUSTOM}/*`, `*://${NON_BLOGGER}/*`])
          : mkdtempSync(join(tmpdir(), 'rl-firefox-'));
      await relaunch();
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    test('popup on a review: status, facts, and the panel button hides and shows the panel', async () => {
      const tab = await browser.open(pageUrl(server, 'simple-film-review-en'));
      await tab.waitFor(panelReady, null, { message: 'panel' });
      const popup = await openPopupFor(browser, tab);
      const shown = await popup.evaluate(readPopup);
      assert.equal(shown.kind, 'report');
      assert.equal(shown.status, en('popup_tabReview'));
      assert.ok(
        shown.facts.some((f) => f.startsWith(en('popup_readingTime'))),
        `reading time in ${shown.facts}`,
      );
      assert.equal(shown.panelToggle, en('popup_hidePanel'));
      assert.deepEqual(await axeViolations(popup), [], 'popup is axe-clean');
      await popup.screenshot('popup-review');
      await popup.evaluate(() => document.querySelector('[data-testid="panel-toggle"]').click());
      await tab.waitFor(() => document.querySelectorAll('review-lens-panel').length === 0, null, {
        message: 'panel hidden',
      });
      const toggleSays = (text) =>
        document.querySelector('[data-testid="panel-toggle"]')?.textContent === text;
      await popup.waitFor(toggleSays, en('popup_showPanel'), { message: 'button says show' });
      await popup.evaluate(() => document.querySelector('[data-testid="panel-toggle"]').click());
      await tab.waitFor(panelReady, null, { message: 'panel shown again' });
      await popup.close();
      await tab.close();
    });

    for (const [slug, key] of [
      ['nonreview-post-en', 'popup_tabPost'],
      ['list-home-en', 'popup_tabList'],
      ['nonblogger-review-en', 'popup_tabNotBlogger'],
    ]) {
      test(`popup on ${slug} says "${en(key)}"`, async () => {
        if (name === 'firefox' && slug === 'nonblogger-review-en') {
          // No activeTab for a popup opened as a tab; a granted host gives the popup the same access.
          await firefoxGrantByClick(browser, [`*://${NON_BLOGGER}/*`]);
        }
        const tab = await browser.open(pageUrl(server, slug));
        await sleep(800);
        const popup = await openPopupFor(browser, tab);
        const shown = await popup.evaluate(readPopup);
        assert.equal(shown.status, en(key));
        assert.equal(shown.enableSite, null, 'no "enable" on a page that is not Blogger or already covered');
        await popup.close();
        await tab.close();
      });
    }

    test('a popup setting change updates the open panel without reload', async () => {
      const tab = await browser.open(pageUrl(server, 'simple-film-review-en'));
      await tab.waitFor(panelReady, null, { message: 'panel' });
      assert.equal(await tab.evaluate(panelSide), 'right');
      const popup = await openPopupFor(browser, tab);
      await popup.waitFor(chooseOption, ['side', 'left'], { message: 'select side = left' });
      await tab.waitFor(
        () => {
          const panel = document
            .querySelector('review-lens-panel')
            ?.shadowRoot?.querySelector('[data-testid="panel"]');
          const rect = panel?.getBoundingClientRect();
          return rect ? rect.left + rect.width / 2 < window.innerWidth / 2 : false;
        },
        null,
        { message: 'panel moved to the left' },
      );
      await popup.waitFor(chooseOption, ['side', 'right'], { message: 'select side = right' });
      await tab.waitFor(
        () => {
          const panel = document
            .querySelector('review-lens-panel')
            ?.shadowRoot?.querySelector('[data-testid="panel"]');
          const rect = panel?.getBoundingClientRect();
          return rect ? rect.left + rect.width / 2 > window.innerWidth / 2 : false;
        },
        null,
        { message: 'panel back on the right' },
      );
      await popup.close();
      await tab.close();
    });

    test('custom-domain blog: enable from the browser, panel without reload, disable from the popup', async () => {
      const url = pageUrl(server, 'customdomain-product-review-en');
      const tab = await browser.open(url);
      await sleep(1000);
      assert.equal(await tab.evaluate(panelCount), 0, 'no panel before the site is enabled');
      if (name === 'chromium') {
        const popup = await openPopupFor(browser, tab);
        const shown = await popup.evaluate(readPopup);
        assert.equal(shown.status, en('popup_tabLooksBlogger'));
        assert.equal(shown.enableSite, en('popup_enableSite'));
        await popup.page.click('[data-testid="enable-site"]');
        await popup.waitFor(() => document.querySelector('[data-testid="disable-site"]') !== null, null, {
          message: 'disable button',
        });
        await popup.close();
      } else {
        await firefoxGrantByClick(browser, [`*://${CUSTOM}/*`]);
      }
      await tab.waitFor(panelReady, null, { message: 'panel on the custom domain without reload' });
      const options = await browser.openExtension('src/options/index.html');
      await options.waitFor(
        (host) => document.querySelector('[data-testid="custom-domains"]')?.textContent.includes(host),
        CUSTOM,
        {
          message: 'listed in the options page',
        },
      );
      await options.close();

      const popup = await openPopupFor(browser, tab);
      assert.equal((await popup.evaluate(readPopup)).disableSite, en('popup_disableSite'));
      await popup.evaluate(() => document.querySelector('[data-testid="disable-site"]').click());
      await popup.waitFor(
        async () => {
          const api = globalThis.browser ?? globalThis.chrome;
          const scripts = await api.scripting.getRegisteredContentScripts();
          const { origins } = await api.permissions.getAll();
          return (
            !scripts.some((s) => s.id.includes('gadgetjournal')) &&
            !origins.some((o) => o.includes('gadgetjournal'))
          );
        },
        null,
        { message: 'script unregistered and permission removed' },
      );
      await popup.close();
      await tab.reload();
      await sleep(1000);
      assert.equal(await tab.evaluate(panelCount), 0, 'no panel after disabling');
      await tab.close();
    });

    test('options page: export, change, import the export back; a bad file changes nothing', async () => {
      const options = await browser.openExtension('src/options/index.html');
      await options.waitFor(chooseOption, ['theme', 'dark'], { message: 'select theme = dark' });
      await options.waitFor(storedHas, ['theme', 'dark'], { message: 'dark theme stored' });
      // Capture the exported file: the page hands a Blob to URL.createObjectURL before "downloading" it.
      const exported = await options.evaluate(async () => {
        const original = URL.createObjectURL;
        let blob = null;
        URL.createObjectURL = (b) => {
          blob = b;
          return original.call(URL, b);
        };
        HTMLAnchorElement.prototype.click = () => undefined;
        document.querySelector('[data-testid="export"]').click();
        return blob ? await blob.text() : null;
      });
      assert.ok(exported, 'export produced a file');
      assert.equal(JSON.parse(exported).theme, 'dark');

      await options.waitFor(chooseOption, ['theme', 'light'], { message: 'select theme = light' });
      await options.waitFor(storedHas, ['theme', 'light'], { message: 'light theme stored' });

      const importText = (text) =>
        options.evaluate((content) => {
          const input = document.querySelector('[data-testid="import"]');
          const files = new DataTransfer();
          files.items.add(new File([content], 'settings.json', { type: 'application/json' }));
          input.files = files.files;
          input.dispatchEvent(new Event('change', { bubbles: true }));
        }, text);
      await importText('{"version": 3, "theme": "sepia"');
      await options.waitFor(
        (message) => document.querySelector('[data-testid="backup-status"]')?.textContent.startsWith(message),
        en('options_importInvalid'),
        { message: 'bad file refused' },
      );
      assert.equal((await options.evaluate(storedSettings)).theme, 'light', 'a bad file changed nothing');

      await importText(exported);
      await options.waitFor(
        (message) => document.querySelector('[data-testid="backup-status"]')?.textContent === message,
        en('options_importDone'),
        { message: 'import done' },
      );
      assert.deepEqual(await options.evaluate(storedSettings), JSON.parse(exported));
      assert.equal(
        await options.evaluate(() => document.querySelector('[data-testid="theme"]').value),
        'dark',
      );
      assert.deepEqual(await axeViolations(options), [], 'options page is axe-clean');
      await options.screenshot('options');
      await options.close();
    });

    test('settings survive a browser restart (persistent profile)', async () => {
      const popup = await browser.openExtension('src/popup/index.html');
      await popup.waitFor(chooseOption, ['summaryLength', 'long'], {
        message: 'select summaryLength = long',
      });
      await popup.waitFor(storedHas, ['summaryLength', 'long'], { message: 'long summaries stored' });
      const before = await popup.evaluate(storedSettings);
      await popup.close();
      await relaunch();
      const options = await browser.openExtension('src/options/index.html');
      await options.waitFor(
        () => document.querySelector('[data-testid="summaryLength"]')?.value === 'long',
        null,
        {
          message: 'options page shows the saved value after restart',
        },
      );
      assert.deepEqual(await options.evaluate(storedSettings), before);
      await options.close();
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
