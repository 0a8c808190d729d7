// Functions that run inside the page (passed to tab.evaluate / tab.waitFor): they read the panel through
// its open shadow root, exactly as a user's script or stylesheet would find it.

/** The panel's state: how many hosts, and the text of the marked parts. */
export function readPanel() {
  const hosts = document.querySelectorAll('review-lens-panel');
  const root = hosts[0]?.shadowRoot;
  const q = (sel) => root?.querySelector(sel) ?? null;
  return {
    hosts: hosts.length,
    title: q('[data-testid="title"]')?.textContent ?? null,
    toc: [...(root?.querySelectorAll('[data-testid="toc"] .toc-entry') ?? [])].map((b) => b.textContent),
    leaked: document.querySelector('[data-testid="panel"]') !== null,
  };
}

/** True once a panel with a title is rendered. */
export function panelReady() {
  const root = document.querySelector('review-lens-panel')?.shadowRoot;
  return Boolean(root?.querySelector('[data-testid="title"]')?.textContent);
}

/** Clicks the TOC entry with this text and reports where its heading ended up. */
export function clickTocEntry(text) {
  const root = document.querySelector('review-lens-panel')?.shadowRoot;
  const entry = [...(root?.querySelectorAll('.toc-entry') ?? [])].find((b) => b.textContent === text);
  if (!entry) return { error: `no entry ${text}` };
  entry.click();
  return { clicked: true };
}

/** Viewport top of the first page element (outside the panel) whose whole text is `text`. */
export function headingTop(text) {
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
  for (let el = walker.nextNode(); el; el = walker.nextNode()) {
    if (norm(el.textContent ?? '') === text) return el.getBoundingClientRect().top;
  }
  return null;
}

/** Everything the panel shows, by part, read through the shadow root. */
export function readContent() {
  const root = document.querySelector('review-lens-panel')?.shadowRoot;
  const texts = (sel) =>
    [...(root?.querySelectorAll(sel) ?? [])].map((e) => e.textContent.replace(/\s+/g, ' ').trim());
  const panel = root?.querySelector('[data-testid="panel"]');
  return {
    collapsed: panel?.getAttribute('data-collapsed') === 'true',
    title: texts('[data-testid="title"]')[0] ?? null,
    rating: texts('[data-testid="rating"] .rating-text')[0] ?? null,
    readingTime: texts('[data-testid="reading-time"]')[0] ?? null,
    verdict: texts('[data-testid="verdict"]')[0] ?? null,
    summary: texts('[data-testid="summary"] .sentence'),
    pros: texts('[data-testid="pros"] li'),
    cons: texts('[data-testid="cons"] li'),
    toc: texts('[data-testid="toc"] .toc-entry'),
    tocLevels: [...(root?.querySelectorAll('[data-testid="toc"] .toc-entry') ?? [])].map((e) =>
      Number(e.getAttribute('data-level')),
    ),
    active: texts('[data-testid="toc"] .toc-entry[aria-current]')[0] ?? null,
    theme: root?.querySelector('.root')?.className.match(/theme-(\w+)/)?.[1] ?? null,
    side: root?.querySelector('.root')?.className.match(/side-(\w+)/)?.[1] ?? null,
    dir: root?.querySelector('.root')?.getAttribute('dir') ?? null,
  };
}

/** Clicks the element matching `selector` inside the panel (index-th match). */
export function clickInPanel([selector, index = 0]) {
  const root = document.querySelector('review-lens-panel')?.shadowRoot;
  const el = root?.querySelectorAll(selector)[index];
  if (!el) return { error: `no ${selector}[${index}]` };
  el.click();
  return { clicked: el.textContent.replace(/\s+/g, ' ').trim() };
}

/** The page as serialised markup, with our host taken out of a clone (the live page is not touched). */
export function serializeWithoutHost() {
  const clone = document.documentElement.cloneNode(true);
  for (const host of clone.querySelectorAll('review-lens-panel')) host.remove();
  return clone.outerHTML;
}

/** What is highlighted now: the Custom Highlight API's ranges. */
export function readHighlight() {
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  const highlight = globalThis.CSS?.highlights?.get('review-lens-sentence');
  const ranges = highlight ? [...highlight] : [];
  return {
    texts: ranges.map((r) => norm(r.toString())),
    rangeTop: ranges[0]?.getBoundingClientRect().top ?? null,
  };
}

/** Viewport rectangle of the panel's visible box (the expanded panel or the collapsed tab). */
export function panelRect() {
  const root = document.querySelector('review-lens-panel')?.shadowRoot;
  const box = root?.querySelector('.panel, .tab');
  return box ? box.getBoundingClientRect().toJSON() : null;
}

/** Runs axe-core (injected beforehand) on the panel only; returns serious and critical violations. */
export async function axePanel() {
  const result = await globalThis.axe.run(document.querySelector('review-lens-panel'), {
    resultTypes: ['violations'],
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
}

/** Changes settings the way the options page does: a patch sent to the background from an extension page. */
export async function patchSettings(browser, patch) {
  const page = await browser.openExtension('src/popup/index.html');
  try {
    return await page.evaluate(
      (p) =>
        (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({
          reviewLens: 1,
          type: 'updateSettings',
          args: { patch: p },
        }),
      patch,
    );
  } finally {
    await page.close();
  }
}

/**
 * Sends a tab request (e.g. the keyboard command's `togglePanel`) to every other open tab, as the background
 * does for the active tab (tab URLs need the `tabs` permission, which we do not have). Tabs without our
 * content script refuse; the answers that came back are returned.
 */
export async function sendToTabs(browser, type, args = {}) {
  const page = await browser.openExtension('src/popup/index.html');
  try {
    return await page.evaluate(
      async ([t, a]) => {
        const api = globalThis.browser ?? globalThis.chrome;
        const me = await api.tabs.getCurrent();
        const tabs = (await api.tabs.query({})).filter((x) => x.id !== me?.id);
        const answers = await Promise.all(
          tabs.map((tab) =>
            api.tabs.sendMessage(tab.id, { reviewLens: 1, type: t, args: a }).catch(() => null),
          ),
        );
        return answers.filter(Boolean);
      },
      [type, args],
    );
  } finally {
    await page.close();
  }
}
