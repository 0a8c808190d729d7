// Settings durability in real browsers. Chromium: the service worker is stopped (CDP ServiceWorker.stopAllWorkers)
// while a burst of writes is in flight; afterwards storage holds a complete, valid settings object with every
// acknowledged write in it. Both browsers: corrupted stored values are repaired keeping every valid field, and
// a broken import (or any malformed replacement) changes nothing. Stored values are judged by the extension's own
// parser (tests/hostile/settings-verdict.ts), exactly as every reader judges them.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { BROWSERS, launch } from './harness/browsers.mjs';
import { startServer } from './harness/server.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The extension's verdict on a stored value: `{settings, repaired}`. */
function verdict(raw) {
  const out = execFileSync('npx', ['tsx', 'tests/hostile/settings-verdict.ts'], {
    input: JSON.stringify(raw),
  });
  return JSON.parse(out.toString());
}

// Run in an extension page: a request to the background, and raw storage access.
function send(message) {
  const ext = globalThis.browser ?? globalThis.chrome;
  return ext.runtime.sendMessage(message).then(
    (answer) => answer ?? null,
    (error) => ({ error: String(error) }),
  );
}
function readStored() {
  const ext = globalThis.browser ?? globalThis.chrome;
  return Promise.all([ext.storage.sync.get(null), ext.storage.local.get(null)]).then(([sync, local]) => ({
    sync,
    local,
  }));
}
/** Where the settings live now (sync, or local after a sync failure), as the extension reads them. */
const current = (stored) =>
  (stored.local.storageArea?.area === 'local' ? stored.local : stored.sync).settings;

const patch = (value) => ({ reviewLens: 1, type: 'updateSettings', args: { patch: value } });
const replace = (value) => ({ reviewLens: 1, type: 'replaceSettings', args: { settings: value } });

/** A stored value with a mistake in nearly every field, next to valid values that must survive. */
const CORRUPTED = {
  version: 3,
  enabled: 'yes',
  scope: 'all-posts',
  autoOpen: 17,
  theme: 'dark',
  fontSize: { size: 'large' },
  summaryLength: 'long',
  tocDepth: 99,
  panel: { side: 'up', width: 400 },
  sections: { summary: false, toc: 'no' },
  sites: { 'good.example': { disabled: true, width: 'wide' }, '<img src=x>': { open: true } },
  customDomains: ['ok.example', 7, 'not a host'],
  junk: '<script>alert(1)</script>',
};

for (const name of BROWSERS) {
  describe(`settings durability in ${name}`, () => {
    let server;
    let browser;
    let page;
    before(async () => {
      server = await startServer();
      browser = await launch(name);
      page = await browser.openExtension('src/options/index.html');
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    test('corrupted stored values are repaired, keeping every valid field', async () => {
      await page.evaluate((value) => {
        const ext = globalThis.browser ?? globalThis.chrome;
        return ext.storage.sync.set({ settings: value });
      }, CORRUPTED);
      // Any write makes the background read (and repair) what is stored, then store the repaired whole.
      const answer = await page.evaluate(send, patch({ fontSize: 'large' }));
      assert.equal(answer?.ok, true, JSON.stringify(answer));
      const stored = current(await page.evaluate(readStored));
      assert.deepEqual(verdict(stored).repaired, [], 'what is stored now needs no repair');
      assert.equal(stored.theme, 'dark');
      assert.equal(stored.scope, 'all-posts');
      assert.equal(stored.summaryLength, 'long');
      assert.equal(stored.panel.width, 400);
      assert.equal(stored.panel.side, 'right');
      assert.equal(stored.sections.summary, false);
      assert.equal(stored.sections.toc, true);
      assert.equal(stored.sites['good.example']?.disabled, true);
      assert.equal(Object.keys(stored.sites).length, 1);
      assert.ok(stored.customDomains.includes('ok.example'));
      assert.equal(stored.fontSize, 'large');
      assert.equal(stored.enabled, true);
      assert.equal('junk' in stored, false);
    });

    test('a broken import or replacement changes nothing', async () => {
      const before = await page.evaluate(readStored);
      const broken = [
        { ...verdict(current(before)).settings, theme: 'neon' },
        { ...verdict(current(before)).settings, sites: { 'a.example': { width: 'wide' } } },
        { version: 99, enabled: false },
        JSON.parse('{"__proto__": {"enabled": false}, "version": 3}'),
        '{"version": 3, "enabled": false',
        null,
        [],
        42,
      ];
      for (const value of broken) {
        const answer = await page.evaluate(send, replace(value));
        assert.notEqual(answer?.ok, true, `accepted ${JSON.stringify(value)}`);
        assert.deepEqual(
          await page.evaluate(readStored),
          before,
          `storage changed by ${JSON.stringify(value)}`,
        );
      }
    });

    if (name === 'chromium') {
      test('stopping the service worker mid-write loses no acknowledged write and leaves no half-write', async () => {
        const cdp = await browser.impl.context.newCDPSession(page.page);
        const statuses = [];
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) =>
          statuses.push(...versions.map((v) => v.runningStatus)),
        );
        await cdp.send('ServiceWorker.enable');
        const results = [];
        for (let round = 0; round < 3; round++) {
          const writes = 30;
          await page.evaluate(
            ({ round, writes }) => {
              window.__acks = [];
              const ext = globalThis.browser ?? globalThis.chrome;
              for (let i = 0; i < writes; i++) {
                const host = `r${round}-site${i}.example`;
                ext.runtime
                  .sendMessage({
                    reviewLens: 1,
                    type: 'updateSettings',
                    args: { patch: { sites: { [host]: { width: 300 + i } } } },
                  })
                  .then(
                    (answer) => window.__acks.push({ host, ok: answer?.ok === true }),
                    (error) => window.__acks.push({ host, error: String(error) }),
                  );
              }
            },
            { round, writes },
          );
          await sleep(20 + round * 40); // stop at different points of the chain
          await cdp.send('ServiceWorker.stopAllWorkers');
          await page.waitFor((n) => window.__acks.length === n, writes, {
            timeout: 20_000,
            message: 'all answered',
          });
          const acks = await page.evaluate(() => window.__acks);
          // Wake the worker again and let it finish whatever survived.
          assert.equal((await page.evaluate(send, patch({})))?.ok, true, 'the restarted worker answers');
          const stored = current(await page.evaluate(readStored));
          assert.deepEqual(verdict(stored).repaired, [], 'stored settings are whole and valid');
          for (const ack of acks.filter((a) => a.ok))
            assert.ok(stored.sites[ack.host], `acknowledged write to ${ack.host} is kept`);
          results.push({ acked: acks.filter((a) => a.ok).length, failed: acks.filter((a) => !a.ok).length });
          // Room for the next round (the sites list is capped).
          const reset = { ...stored, sites: {} };
          assert.equal((await page.evaluate(send, replace(reset)))?.ok, true);
        }
        assert.ok(statuses.includes('stopped'), `the worker was stopped (${[...new Set(statuses)]})`);
        assert.ok(
          results.some((r) => r.failed > 0),
          `at least one round was cut mid-burst: ${JSON.stringify(results)}`,
        );
        if (process.env.HARDENING_VERBOSE) console.log('rounds', results);
      });
    }

    test('no errors in the extension pages', () => {
      assert.deepEqual(
        browser.errors.filter(
          (e) => !/Extension context invalidated|message port closed|Receiving end/i.test(e),
        ),
        [],
      );
    });
  });
}
