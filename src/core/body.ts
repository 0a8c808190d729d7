/** Finding the post: its body element (the article text) and the container around it (title, byline, labels). */
import { isExcluded } from './blocks';

export interface PostLocation {
  body: Element;
  /**
   * The body's place in the page: the body itself, or for the Google blog theme the element holding the
   * `<script type="text/template">` the body was parsed from (then `body` is not in the page).
   */
  anchor: Element;
}

/** Body selectors, most specific first. The first that yields a non-empty, non-widget element wins. */
const BODY_SELECTORS = [
  '.viewitem-panel .entry-content',
  '.post-body',
  '[itemprop="articleBody"]',
  '.entry-content',
  '.post-entry',
  '.postbody, .post_body, .post-content, .article-content, .article-body, .entry-body',
  '.blogPost',
  'article',
];

const MIN_BODY_CHARS = 80;

/** Elements we never take as the post: sidebars, related-post and comment widgets. */
function insideWidget(el: Element): boolean {
  for (let a = el.parentElement; a && a.localName !== 'body'; a = a.parentElement) {
    if (
      isExcluded(a) ||
      /(?:^|\s)(sidebar|widget-content|footer)(?:\s|$)/i.test(a.getAttribute('class') ?? '')
    )
      return true;
  }
  return false;
}

/**
 * The post body: on Blogger, the first `.post-body` (or Dynamic Views' open item) with text; elsewhere the
 * usual article containers, then the element holding the most paragraph text.
 */
export function locatePostBody(doc: Document): PostLocation | null {
  for (const selector of BODY_SELECTORS) {
    for (const el of doc.querySelectorAll(selector)) {
      if (insideWidget(el)) continue;
      const template = templateBody(el, doc);
      if (template) return { body: template, anchor: el };
      if (hasText(el, doc, MIN_BODY_CHARS)) return { body: el, anchor: el };
    }
  }
  const dense = densestParagraphParent(doc);
  return dense ? { body: dense, anchor: dense } : null;
}

/**
 * Google's corporate blog theme ships the post as HTML source in `<script type="text/template">` and renders it
 * with JS. When the rendered copy is absent, parse the template text into a separate inert document (the page is untouched).
 */
function templateBody(el: Element, doc: Document): Element | null {
  const script = el.querySelector('script[type="text/template"]');
  if (!script) return null;
  // In a live page the theme's JS has rendered the post: read that copy instead.
  if (hasText(el, doc, 1)) return null;
  // An inert document: no browsing context, so nothing in it loads or runs.
  const inert = doc.implementation.createHTMLDocument('');
  const range = inert.createRange();
  range.selectNodeContents(inert.body);
  // lint-unsafe: parsed into an inert document with no browsing context, so nothing in it loads or runs.
  inert.body.append(range.createContextualFragment(script.textContent ?? ''));
  return inert.body;
}

const INVISIBLE = new Set(['script', 'style', 'noscript', 'template']);

/** At least `min` characters of visible text (outside scripts, styles, noscript)? Stops as soon as it knows. */
function hasText(el: Element, doc: Document, min: number): boolean {
  // Elements + text; script/style/noscript subtrees rejected whole (noscript parses as elements without JS).
  const walker = doc.createTreeWalker(el, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (node) =>
      INVISIBLE.has((node as Element).localName) ? 2 /* FILTER_REJECT */ : 1 /* FILTER_ACCEPT */,
  });
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 3) continue;
    seen += (node.nodeValue ?? '').trim().length;
    if (seen >= min) return true;
  }
  return false;
}

const INLINE_TAGS = new Set([
  'a',
  'b',
  'strong',
  'i',
  'em',
  'span',
  'font',
  'u',
  'small',
  'big',
  'sup',
  'sub',
  'mark',
  'abbr',
  'cite',
  'q',
  'code',
]);
const MIN_RUN_CHARS = 25;

/**
 * Readability's simplest idea, made to see `<br>`-separated text too: every run of text credits its nearest
 * block ancestor (and half to that one's parent). One TreeWalker pass over the text nodes.
 */
function densestParagraphParent(doc: Document): Element | null {
  const root = doc.body;
  if (!root) return null;
  const scores = new Map<Element, number>();
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node.nodeValue ?? '').trim().length;
    if (length < MIN_RUN_CHARS) continue;
    let block = node.parentElement;
    while (block && INLINE_TAGS.has(block.localName)) block = block.parentElement;
    if (
      !block ||
      block.localName === 'script' ||
      block.localName === 'style' ||
      block.localName === 'noscript'
    )
      continue;
    const holder = block.localName === 'p' || block.localName === 'li' ? block.parentElement : block;
    if (!holder || insideWidget(holder)) continue;
    scores.set(holder, (scores.get(holder) ?? 0) + length);
    const grand = holder.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + length / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}
