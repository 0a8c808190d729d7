/** Post metadata around the body: title as shown, author, date, labels, schema.org rating. */
import { collapseWhitespace } from './text';

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

function precedes(a: Element, b: Element): boolean {
  // Node.DOCUMENT_POSITION_FOLLOWING = 4: b follows a.
  return (a.compareDocumentPosition(b) & 4) !== 0;
}

function usableTitle(el: Element, body: Element): boolean {
  if (body.contains(el) || el.contains(body)) return false;
  if (NOT_A_TITLE.test(el.getAttribute('class') ?? '')) return false;
  if (el.closest('[itemprop="author"], [itemprop="publisher"], .sidebar, aside, nav')) return false;
  const text = textOf(el);
  return text.length > 0 && text.length <= MAX_TITLE_CHARS;
}

/** The closest title-like element before the body, searching ever-wider ancestors of the body. */
function titleNear(body: Element, selector: string): string | null {
  let scope: Element | null = body.parentElement;
  for (let step = 0; scope && step < MAX_ANCESTOR_STEPS; step++, scope = scope.parentElement) {
    let best: Element | null = null;
    for (const el of scope.querySelectorAll(selector)) {
      if (!precedes(el, body)) break;
      if (usableTitle(el, body)) best = el;
    }
    if (best) return textOf(best);
    if (scope.localName === 'body') break;
  }
  return null;
}

function metaContent(doc: Document, selector: string): string | null {
  const value = doc.querySelector(selector)?.getAttribute('content');
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

/** A heading opening the body (some themes put the title inside the article element). */
function leadingHeading(body: Element): string | null {
  const heading = body.querySelector('h1, h2, h3');
  if (!heading) return null;
  const before = body.textContent?.indexOf(heading.textContent ?? '') ?? -1;
  return before >= 0 && before < 200 ? textOf(heading) || null : null;
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
export function findTitle(doc: Document, body: Element | null, detached: boolean): string | null {
  const og = metaContent(doc, 'meta[property="og:title"], meta[name="twitter:title"]');
  const fromTag = titleFromTitleTag(doc, metaContent(doc, 'meta[property="og:site_name"]'));
  const declared = [og, fromTag].filter((t): t is string => Boolean(t));
  const candidates: (string | null)[] = [];
  if (body && !detached) {
    candidates.push(titleNear(body, TITLE_CLASSES), titleNear(body, TITLE_TAGS), leadingHeading(body));
    candidates.push(...Array.from(doc.querySelectorAll('h1'), (h1) => textOf(h1) || null));
  } else {
    candidates.push(
      textOf(doc.querySelector('.post h2.title, .post [itemprop="name"], .post .post-title')) || null,
    );
  }
  const found = candidates.filter((t): t is string => Boolean(t));
  return found.find((t) => agrees(t, declared)) ?? found[0] ?? og ?? fromTag;
}

export function findAuthor(doc: Document, scope: Element): string | null {
  const el = scope.querySelector(
    '.post-author .fn, .post-author [itemprop="name"], [itemprop="author"] [itemprop="name"], .author-name, a[rel="author"], .byline-author',
  );
  const text = textOf(el);
  if (text) return text.replace(/^(posted by|by)\s+/i, '') || null;
  return metaContent(doc, 'meta[name="author"]');
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?/;

export function findPublished(doc: Document, scope: Element): string | null {
  const candidates: (string | null | undefined)[] = [];
  for (const el of scope.querySelectorAll(
    'abbr.published, time.published, time[datetime], [itemprop="datePublished"]',
  )) {
    candidates.push(el.getAttribute('title'), el.getAttribute('datetime'), el.getAttribute('content'));
  }
  candidates.push(
    metaContent(doc, 'meta[property="article:published_time"], meta[itemprop="datePublished"]'),
  );
  for (const value of candidates) {
    const match = value ? ISO_DATE.exec(value.trim()) : null;
    if (match) return match[0];
  }
  return null;
}

export function findLabels(scope: Element): string[] {
  const labels: string[] = [];
  for (const el of scope.querySelectorAll('.post-labels a, a[rel="tag"], .post-tags a, .labels a')) {
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
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (!text.includes('reviewRating')) continue;
    const value = /"ratingValue"\s*:\s*"?([\d.]+)/.exec(text)?.[1];
    const best = /"bestRating"\s*:\s*"?([\d.]+)/.exec(text)?.[1];
    if (value) return { value: Number(value), scale: best ? Number(best) : 5 };
  }
  return null;
}

/** schema.org rating in microdata or JSON-LD, if the page states one. */
export function findSchemaRating(doc: Document): { value: number; scale: number } | null {
  const rating = doc.querySelector('[itemprop="reviewRating"]');
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
