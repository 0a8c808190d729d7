// Helpers for the popup and options pages, opened as tabs (a toolbar popup cannot be automated).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const english = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8'));

/** The English text of a message (without substitutions). */
export const en = (key) => {
  const message = english[key]?.message;
  if (!message) throw new Error(`no English message ${key}`);
  return message;
};

/**
 * Opens the popup for the tab `pageTab`: the popup page takes `?tab=<id>` because, opened as a tab, its own
 * tab would be the active one. The page tab is the one opened just before (index - 1).
 */
export async function openPopupFor(session, pageTab) {
  await pageTab.page.bringToFront();
  const finder = await session.openExtension('src/popup/index.html');
  const tabId = await finder.evaluate(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const me = await api.tabs.getCurrent();
    const tabs = await api.tabs.query({ windowId: me.windowId });
    return tabs.find((t) => t.index === me.index - 1)?.id ?? null;
  });
  await finder.close();
  if (tabId === null) throw new Error('no page tab before the popup');
  const popup = await session.openExtension(`src/popup/index.html?tab=${tabId}`);
  await popup.waitFor(
    () => {
      const kind = document.querySelector('[data-testid="tab-status"]')?.dataset.kind;
      return kind !== undefined && kind !== 'checking';
    },
    null,
    {
      message: 'popup status',
    },
  );
  return popup;
}

/** What the popup says about its tab. */
export function readPopup() {
  const status = document.querySelector('[data-testid="tab-status"]');
  const text = (sel) => document.querySelector(sel)?.textContent ?? null;
  return {
    kind: status?.dataset.kind ?? null,
    status: status?.textContent ?? null,
    facts: [...document.querySelectorAll('[data-testid="facts"] div')].map((d) => d.textContent),
    panelToggle: text('[data-testid="panel-toggle"]'),
    enableSite: text('[data-testid="enable-site"]'),
    disableSite: text('[data-testid="disable-site"]'),
    notice: text('[data-testid="popup-notice"]'),
  };
}

/** Sets a <select> in an extension page the way a user does (value + change event). */
export function chooseOption([testId, value]) {
  const select = document.querySelector(`[data-testid="${testId}"]`);
  if (!select) return { error: `no select ${testId}` };
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

/** The settings as stored (read from an extension page, through the same API the extension uses). */
export async function storedSettings() {
  const api = globalThis.browser ?? globalThis.chrome;
  const area = (await api.storage.local.get('storageArea')).storageArea?.area === 'local' ? 'local' : 'sync';
  return (await api.storage[area].get('settings')).settings ?? null;
}

/** True once the stored settings have `key` set to `value` (for waitFor). */
export async function storedHas([key, value]) {
  const api = globalThis.browser ?? globalThis.chrome;
  const area = (await api.storage.local.get('storageArea')).storageArea?.area === 'local' ? 'local' : 'sync';
  return (await api.storage[area].get('settings')).settings?.[key] === value;
}

/** Every visible text and label in the page that is still a raw message key (a missing translation). */
export function untranslated(keys) {
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent.trim());
  for (const el of document.querySelectorAll('[aria-label],[title]')) {
    texts.push(el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '');
  }
  const known = new Set(keys);
  return texts.filter((text) => known.has(text));
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Serious and critical axe-core violations in an extension page. The source is evaluated through the
 * automation protocol (a string evaluate), which the page's CSP does not govern.
 */
export async function axeViolations(tab) {
  await tab.page.evaluate(AXE_SOURCE);
  return tab.evaluate(async () => {
    const result = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
  });
}
