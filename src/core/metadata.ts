/** Post metadata around the body: title as shown, author, date, labels, schema.org rating. */
import { collapseWhitespace, jsonLdScripts } from './text';

const TITLE_CLASSES =
  '.post-title, .entry-title, h1[itemprop="name"], h2[itemprop="name"], h3[itemprop="name"], [itemprop="headline"]';
const TITLE_TAGS = 'h1, h2, h3';
const NOT_A_TITLE =
  /(?:^|\s)(date-header|sidebar|widget|title-widget|blog-title|header|footer|comments?)(?:\s|$)/i;
const MAX_ANCESTOR_STEPS = 8;
const MAX_TITLE_CHARS = 300;

function textOf(el: Element | null | undefined): string {
  return el ? collapseWhitespace(el.textContent ?? '') : '';
}

function usableTitle(el: Element, body: Element): boolean {
  if (body.contains(el) || el.contains(body)) return false;
  if (NOT_A_TITLE.test(el.getAttribute('class') ?? '')) return false;
  if (el.closest('[itemprop="author"], [itemprop="publisher"], .sidebar, aside, nav')) return false;
  const text = textOf(el);
  return text.length > 0 && text.length <= MAX_TITLE_CHARS;
}

/**
 * Elements around the body matching `selector`, nearest first: siblings of the body and of each ancestor,
 * up to `stop`, never the body's own subtree (which can be huge). `before`: only the preceding side.
 */
function* around(body: Element, selector: string, stop: Element | null, before: boolean): Generator<Element> {
  let node: Element = body;
  for (let step = 0; step < MAX_ANCESTOR_STEPS && node !== stop; step++) {
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      const inner = Array.from(sib.querySelectorAll(selector)).reverse();
      yield* inner;
      if (sib.matches(selector)) yield sib;
    }
    if (!before) {
      for (let sib = node.nextElementSibling; sib; sib = sib.nextElementSibling) {
        if (sib.matches(selector)) yield sib;
        yield* sib.querySelectorAll(selector);
      }
    }
    const parent = node.parentElement;
    if (!parent || parent.localName === 'body' || parent.localName === 'html') break;
    node = parent;
  }
}

/** The closest title-like element before the body. */
function titleNear(body: Element, selector: string): string | null {
  for (const el of around(body, selector, null, true)) {
    if (usableTitle(el, body)) return textOf(el);
  }
  return null;
}

/**
 * A `<meta>`'s content. Open Graph, Twitter and name= metas belong in `<head>`: looking only there keeps an
 * absent one from costing a scan of every element of a heavy page.
 */
function metaContent(doc: Document, selector: string, scope: ParentNode = doc.head ?? doc): string | null {
  const value = scope.querySelector(selector)?.getAttribute('content');
  return value ? collapseWhitespace(value) || null : null;
}

/** `<title>` without the blog name part ("Blog: Post", "Post | Blog", "Post - Blog"). */
function titleFromTitleTag(doc: Document, siteName: string | null): string | null {
  const full = collapseWhitespace(doc.title ?? '');
  if (!full) return null;
  if (siteName) {
    for (const sep of [': ', ' | ', ' - ', ' – ', ' — ', ' · ']) {
      if (full.startsWith(siteName + sep)) return full.slice(siteName.length + sep.length);
      if (full.endsWith(sep + siteName)) return full.slice(0, -(siteName.length + sep.length));
    }
  }
  return full;
}

const LEADING_TEXT_CHARS = 200;

/** A heading opening the body (some themes put the title inside the article element). */
function leadingHeading(body: Element): string | null {
  const heading = body.querySelector('h1, h2, h3');
  if (!heading) return null;
  // Only text before it counts, and only up to a few lines: never a pass over the whole body.
  const walker = body.ownerDocument.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let before = 0;
  for (let node = walker.nextNode(); node && before <= LEADING_TEXT_CHARS; node = walker.nextNode()) {
    if (heading.contains(node)) return textOf(heading) || null;
    before += (node.nodeValue ?? '').trim().length;
  }
  return null;
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Does a shown candidate agree with what the page says its title is (og:title / <title>)? */
function agrees(candidate: string, declared: string[]): boolean {
  const mine = words(candidate);
  if (mine.size === 0) return false;
  return declared.some((d) => {
    const theirs = words(d);
    let shared = 0;
    for (const w of mine) if (theirs.has(w)) shared++;
    return shared / mine.size >= 0.6 && shared / theirs.size >= 0.3;
  });
}

/**
 * Title as shown above the post. Candidates in order: title-classed elements before the body, plain h1–h3
 * before it, a heading opening the body, any h1; the first that agrees with og:title/<title> wins, else the first found;
 * with none, og:title, then the `<title>` minus the blog name.
 */
export function findTitle(doc: Document, body: Element | null): string | null {
  const og = metaContent(doc, 'meta[property="og:title"], meta[name="twitter:title"]');
  const fromTag = titleFromTitleTag(doc, metaContent(doc, 'meta[property="og:site_name"]'));
  const declared = [og, fromTag].filter((t): t is string => Boolean(t));
  const near = body
    ? [titleNear(body, TITLE_CLASSES), titleNear(body, TITLE_TAGS), leadingHeading(body)]
    : [];
  const found = near.filter((t): t is string => Boolean(t));
  const agreeing = found.find((t) => agrees(t, declared));
  if (agreeing) return agreeing;
  // Only when nothing near the body agrees: some themes put the post's h1 far from the article.
  if (declared.length > 0) {
    for (const h1 of doc.querySelectorAll('h1')) {
      const text = textOf(h1);
      if (agrees(text, declared)) return text;
    }
  }
  return found[0] ?? og ?? fromTag;
}

const AUTHOR =
  '.post-author .fn, .post-author [itemprop="name"], [itemprop="author"] [itemprop="name"], .author-name, a[rel="author"], .byline-author';

/** First match in the post's header/footer (around the body, inside its container). */
function firstAround(body: Element, container: Element, selector: string): Element | null {
  for (const el of around(body, selector, container, false)) return el;
  return null;
}

export function findAuthor(doc: Document, body: Element, container: Element): string | null {
  const text = textOf(firstAround(body, container, AUTHOR));
  if (text) return text.replace(/^(posted by|by)\s+/i, '') || null;
  return metaContent(doc, 'meta[name="author"]');
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?/;

const PUBLISHED = 'abbr.published, time.published, time[datetime], [itemprop="datePublished"]';

export function findPublished(doc: Document, body: Element, container: Element): string | null {
  const el = firstAround(body, container, PUBLISHED);
  const candidates = el
    ? [el.getAttribute('title'), el.getAttribute('datetime'), el.getAttribute('content')]
    : [];
  for (const value of candidates) {
    const match = value ? ISO_DATE.exec(value.trim()) : null;
    if (match) return match[0];
  }
  // Only now the metas: itemprop ones may sit anywhere in the page.
  const meta = metaContent(
    doc,
    'meta[property="article:published_time"], meta[itemprop="datePublished"]',
    doc,
  );
  return (meta && ISO_DATE.exec(meta)?.[0]) ?? null;
}

export function findLabels(body: Element, container: Element): string[] {
  const labels: string[] = [];
  for (const el of around(body, '.post-labels a, a[rel="tag"], .post-tags a, .labels a', container, false)) {
    const text = textOf(el).replace(/,$/, '');
    if (text && !labels.includes(text)) labels.push(text);
  }
  return labels;
}

/** The post's container: the nearest ancestor that looks like one post, else the document body. */
export function postContainer(body: Element, doc: Document): Element {
  return (
    body.closest(
      '.post, .hentry, article, .post-outer, .blogPost, [itemtype*="BlogPosting"], [itemtype*="Article"]',
    ) ??
    doc.body ??
    body
  );
}

function ratingFromJsonLd(doc: Document): { value: number; scale: number } | null {
  for (const script of jsonLdScripts(doc)) {
    const text = script.textContent ?? '';
    if (!text.includes('reviewRating')) continue;
    const value = /"ratingValue"\s*:\s*"?([\d.]+)/.exec(text)?.[1];
    const best = /"bestRating"\s*:\s*"?([\d.]+)/.exec(text)?.[1];
    if (value) return { value: Number(value), scale: best ? Number(best) : 5 };
  }
  return null;
}

/**
 * schema.org rating in microdata (within the post's container, or the page when there is none) or JSON-LD,
 * if the page states one.
 */
export function findSchemaRating(
  doc: Document,
  container: Element | null = null,
): { value: number; scale: number } | null {
  const rating = (container ?? doc).querySelector('[itemprop="reviewRating"]');
  if (rating) {
    const read = (prop: string) => {
      const el = rating.querySelector(`[itemprop="${prop}"]`);
      return el ? Number(el.getAttribute('content') ?? textOf(el)) : Number.NaN;
    };
    const value = read('ratingValue');
    const scale = read('bestRating');
    if (Number.isFinite(value)) return { value, scale: Number.isFinite(scale) ? scale : 5 };
  }
  return ratingFromJsonLd(doc);
}
