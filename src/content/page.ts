/**
 * Page-facing effects that read layout: scrolling with room for sticky headers, the sentence highlight, the
 * scroll spy and reading progress. Only the window's scroll position and the document's highlight registry
 * change; no element of the page is added to or touched.
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

export function prefersReducedMotion(view: Window): boolean {
  return view.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Scrolls so `target` (an element or a range) sits just below any sticky header. */
export function scrollToTarget(target: Element | Range): void {
  const doc = target instanceof Range ? target.startContainer.ownerDocument : target.ownerDocument;
  const view = doc?.defaultView;
  if (!doc || !view) return;
  const top = target.getBoundingClientRect().top + view.scrollY - stickyTopInset(doc) - GAP;
  view.scrollTo({ top: Math.max(0, top), behavior: prefersReducedMotion(view) ? 'instant' : 'smooth' });
}

export const HIGHLIGHT_NAME = 'review-lens-sentence';
const HIGHLIGHT_MS = 4000;

/**
 * Styles `::highlight(review-lens-sentence)` in the page's own tree through an adopted, constructed sheet:
 * it does not appear in the DOM. Returns false where the API or adoption is unavailable.
 */
function installHighlightStyle(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view || !('highlights' in view.CSS) || typeof view.Highlight !== 'function') return false;
  try {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(
      `::highlight(${HIGHLIGHT_NAME}) { background-color: rgba(250, 204, 21, 0.5); color: inherit; }`,
    );
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return true;
  } catch {
    return false;
  }
}

/**
 * Highlights one range for a few seconds with the CSS Custom Highlight API, which every browser the manifest
 * accepts has (Chrome 105+, Firefox 140+). Where the style cannot be installed, jumping still scrolls; it
 * just does not highlight. Returns whether it highlighted.
 */
export function createHighlighter(doc: Document) {
  const view = doc.defaultView!;
  let installed: boolean | null = null;
  let clear = () => {};
  return {
    show(range: Range): boolean {
      clear();
      installed ??= installHighlightStyle(doc);
      if (!installed) return false;
      view.CSS.highlights.set(HIGHLIGHT_NAME, new view.Highlight(range));
      const timer = view.setTimeout(() => view.CSS.highlights.delete(HIGHLIGHT_NAME), HIGHLIGHT_MS);
      clear = () => {
        view.clearTimeout(timer);
        view.CSS.highlights.delete(HIGHLIGHT_NAME);
      };
      return true;
    },
    dispose: () => clear(),
  };
}

/** Runs `fn` in a task after the next frame has rendered (layout is clean then); returns the cancel. */
export function afterNextFrame(view: Window, fn: () => void): () => void {
  let timer = 0;
  const frame = view.requestAnimationFrame(() => {
    timer = view.setTimeout(fn, 0);
  });
  return () => {
    view.cancelAnimationFrame(frame);
    view.clearTimeout(timer);
  };
}

/** How far below a TOC jump's landing point a heading still counts as the one being read, px. */
const READING_LINE = 60;

/**
 * Reports the section being read: the last heading above the reading line, just below where a TOC jump
 * puts a heading (under any sticky header). The observer's root reaches far above the viewport, so
 * "intersecting" means "above the line" and a jump of any size flips it: no scroll handler needed. The line
 * is in px, so the observer is rebuilt when the viewport changes height.
 */
export function watchActiveHeading(
  headings: { block: number; element: Element }[],
  onChange: (block: number | null) => void,
): () => void {
  const view = headings[0]?.element.ownerDocument.defaultView;
  if (!view) return () => {};
  const doc = view.document;
  const order = new Map(headings.map((h, i) => [h.element, i]));
  const above = new Set<Element>();
  let current: number | null | undefined;
  let observer: IntersectionObserver | null = null;
  const observe = () => {
    observer?.disconnect();
    above.clear();
    const line = stickyTopInset(doc) + READING_LINE;
    observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) above.add(entry.target);
          else above.delete(entry.target);
        }
        let last = -1;
        for (const el of above) last = Math.max(last, order.get(el) ?? -1);
        const block = last >= 0 ? headings[last]!.block : null;
        if (block === current) return;
        current = block;
        onChange(block);
      },
      { rootMargin: `100000px 0px ${Math.min(0, line - view.innerHeight)}px 0px` },
    );
    for (const h of headings) observer.observe(h.element);
  };
  let height = view.innerHeight;
  const onResize = () => {
    if (view.innerHeight === height) return;
    height = view.innerHeight;
    observe();
  };
  // The sticky-header probe reads layout: once the next frame has rendered, when reading it costs nothing.
  const cancelFirst = afterNextFrame(view, observe);
  view.addEventListener('resize', onResize, { passive: true });
  return () => {
    cancelFirst();
    observer?.disconnect();
    view.removeEventListener('resize', onResize);
  };
}

/** Share of the post body scrolled past, 0…1, reported at most once a frame (from the next one) and only when it changes. */
export function watchProgress(body: Element, onChange: (progress: number) => void): () => void {
  // A body parsed from a template (Google's blog theme) lives in an inert document: no window, no progress.
  const view = body.ownerDocument.defaultView;
  if (!view) return () => {};
  let frame = 0;
  let last = -1;
  const measure = () => {
    const rect = body.getBoundingClientRect();
    const span = rect.height - view.innerHeight;
    const progress = span <= 0 ? (rect.bottom <= view.innerHeight ? 1 : 0) : -rect.top / span;
    const rounded = Math.round(Math.min(1, Math.max(0, progress)) * 100) / 100;
    if (rounded === last) return;
    last = rounded;
    onChange(rounded);
  };
  const schedule = () => {
    view.cancelAnimationFrame(frame);
    frame = view.requestAnimationFrame(measure);
  };
  // The first measure waits until the next frame has rendered: reading layout sooner would force a layout
  // of the whole page inside our task (tens of ms on a very long post).
  const cancelFirst = afterNextFrame(view, measure);
  view.addEventListener('scroll', schedule, { passive: true });
  view.addEventListener('resize', schedule, { passive: true });
  return () => {
    cancelFirst();
    view.cancelAnimationFrame(frame);
    view.removeEventListener('scroll', schedule);
    view.removeEventListener('resize', schedule);
  };
}

/** 'dark' when the page's visible background is dark; null when the page sets none (then the OS decides). */
export function pageBrightness(doc: Document): 'light' | 'dark' | null {
  const view = doc.defaultView!;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const rgba = view
      .getComputedStyle(el)
      .backgroundColor.match(/[\d.]+/g)
      ?.map(Number);
    if (!rgba || rgba.length < 3 || rgba[3] === 0) continue;
    const [r, g, b] = rgba as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
  }
  return null;
}

/** Free room beside the post's text column on the panel's side, px. */
export function gutter(body: Element | null, side: 'left' | 'right'): number {
  const view = body?.ownerDocument.defaultView;
  if (!body || !view) return Number.POSITIVE_INFINITY;
  const rect = body.getBoundingClientRect();
  return side === 'left' ? rect.left : view.innerWidth - rect.right;
}
