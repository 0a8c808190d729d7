// Each UI language renders the popup, the options page and the panel with its own strings and no raw keys.
// Chromium picks extension messages from --lang; Firefox needs its language packs
// (Debian: firefox-esr-l10n-es-es, -pt-br, -id, -fr, -de) and the pref intl.locale.requested.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { BROWSERS, launch } from './harness/browsers.mjs';
import { openPopupFor, untranslated } from './harness/extension-pages.mjs';
import { panelReady } from './harness/panel.mjs';
import { listPages, startServer } from './harness/server.mjs';

const LANGUAGES = {
  en: { chromium: 'en-US', firefox: 'en-US' },
  es: { chromium: 'es', firefox: 'es-ES' },
  pt_BR: { chromium: 'pt-BR', firefox: 'pt-BR' },
  id: { chromium: 'id', firefox: 'id' },
  fr: { chromium: 'fr', firefox: 'fr' },
  de: { chromium: 'de', firefox: 'de' },
};
const LANGPACKS = '/usr/lib/firefox-esr/browser/extensions';
const messagesOf = (lang) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
const english = messagesOf('en');
const KEYS = Object.keys(english);
/** Raw keys, plus English text where this language has its own (an English fallback means a gap). */
const suspects = (messages) => [
  ...KEYS,
  ...KEYS.filter((k) => messages[k].message !== english[k].message && !english[k].message.includes('$')).map(
    (k) => english[k].message,
  ),
];
const review = listPages().find((p) => p.slug === 'simple-film-review-en');

/** Raw message keys visible anywhere in the panel's shadow root (text, aria-label, title). */
function panelUntranslated(keys) {
  const root = document.querySelector('review-lens-panel')?.shadowRoot;
  if (!root) return ['<no panel>'];
  const texts = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent.trim());
  for (const el of root.querySelectorAll('[aria-label],[title]')) {
    texts.push(el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '');
  }
  return texts.filter((text) => keys.includes(text));
}

for (const name of BROWSERS) {
  for (const [lang, codes] of Object.entries(LANGUAGES)) {
    describe(`${name} in ${lang}`, () => {
      const messages = messagesOf(lang);
      const text = (key) => messages[key].message;
      let server;
      let browser;
      before(async () => {
        if (name === 'firefox' && lang !== 'en') {
          const pack = `${LANGPACKS}/langpack-${codes.firefox}@firefox-esr.mozilla.org.xpi`;
          assert.ok(
            existsSync(pack),
            `missing ${pack}: sudo apt-get install -y firefox-esr-l10n-${codes.firefox.toLowerCase()}`,
          );
        }
        server = await startServer();
        browser = await launch(name, {
          chromiumArgs: [`--lang=${codes.chromium}`],
          firefoxPrefs: { 'intl.locale.requested': codes.firefox },
        });
      });
      after(async () => {
        await browser?.close();
        await server?.close();
      });

      test('popup, options page and panel use this language, with no missing string', async () => {
        const tab = await browser.open(server.urlOf(review.url));
        await tab.waitFor(panelReady, null, { message: 'panel' });
        assert.deepEqual(await tab.evaluate(panelUntranslated, KEYS), [], 'panel');

        const popup = await openPopupFor(browser, tab);
        assert.equal(
          await popup.evaluate(() => document.querySelector('[data-testid="tab-status"]').textContent),
          text('popup_tabReview'),
        );
        assert.equal(
          await popup.evaluate(() => document.querySelector('#quick-title').textContent),
          text('popup_quickSettings'),
        );
        assert.deepEqual(await popup.evaluate(untranslated, suspects(messages)), [], 'popup');
        await popup.screenshot(`popup-${lang}`);
        await popup.close();

        const options = await browser.openExtension('src/options/index.html');
        await options.waitFor(() => document.querySelector('h1')?.textContent, null, {
          message: 'options page',
        });
        assert.equal(
          await options.evaluate(() => document.querySelector('h1').textContent),
          text('options_title'),
        );
        assert.deepEqual(await options.evaluate(untranslated, suspects(messages)), [], 'options page');
        await options.close();
        await tab.close();
      });
    });
  }
}
