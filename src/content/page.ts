/**
 * Page-facing effects that read layout: scrolling with room for sticky headers. Only the window's scroll
 * position changes; no element of the page is touched.
 */

const GAP = 12;

/** Bottom edge of fixed or sticky bars pinned to the top of the viewport (0 when there are none). */
export function stickyTopInset(doc: Document): number {
  const view = doc.defaultView;
  if (!view) return 0;
  let inset = 0;
  for (const x of [view.innerWidth * 0.25, view.innerWidth * 0.5, view.innerWidth * 0.75]) {
    for (const el of doc.elementsFromPoint(x, 2)) {
      if (el.tagName.toLowerCase().startsWith('review-lens')) continue;
      const position = view.getComputedStyle(el).position;
      if (position !== 'fixed' && position !== 'sticky') continue;
      const rect = el.getBoundingClientRect();
      // A bar, not a full-screen overlay.
      if (rect.top <= 2 && rect.height < view.innerHeight / 3) inset = Math.max(inset, rect.bottom);
    }
  }
  return inset;
}

function prefersReducedMotion(view: Window): boolean {
  return view.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Scrolls so `target` (an element or a range) sits just below any sticky header. */
export function scrollToElement(target: Element | Range): void {
  const doc = target instanceof Range ? target.startContainer.ownerDocument : target.ownerDocument;
  const view = doc?.defaultView;
  if (!doc || !view) return;
  const top = target.getBoundingClientRect().top + view.scrollY - stickyTopInset(doc) - GAP;
  view.scrollTo({ top: Math.max(0, top), behavior: prefersReducedMotion(view) ? 'auto' : 'instant' });
}
