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
