/** Finding the post: its body element (the article text) and the container around it (title, byline, labels). */
import { isExcluded } from './blocks';

export interface PostLocation {
  body: Element;
  /** True when the body was parsed from the Google blog theme's `<script type="text/template">`: not in the page. */
  detached: boolean;
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
    if (isExcluded(a) || /(?:^|\s)(sidebar|widget-content|footer)(?:\s|$)/i.test(a.getAttribute('class') ?? '')) return true;
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
      if (template) return { body: template, detached: true };
      if ((el.textContent ?? '').trim().length >= MIN_BODY_CHARS) return { body: el, detached: false };
    }
  }
  const dense = densestParagraphParent(doc);
  return dense ? { body: dense, detached: false } : null;
}

/**
 * Google's corporate blog theme ships the post as HTML source in `<script type="text/template">` and renders it
 * with JS. When the rendered copy is absent, parse the template text in a separate document (the page is untouched).
 */
function templateBody(el: Element, doc: Document): Element | null {
  const script = el.querySelector('script[type="text/template"]');
  if (!script) return null;
  const rendered = Array.from(el.children).some(
    (child) => child.localName !== 'script' && child.localName !== 'noscript' && (child.textContent ?? '').trim(),
  );
  const Parser = doc.defaultView?.DOMParser;
  if (rendered || !Parser) return null;
  const parsed = new Parser().parseFromString(script.textContent ?? '', 'text/html');
  return parsed.body;
}

/** Readability's simplest idea: the parent of the most paragraph text. One pass over `<p>`s. */
function densestParagraphParent(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (!parent || insideWidget(p)) continue;
    const length = (p.textContent ?? '').trim().length;
    if (length < 25) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grand = parent.parentElement;
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
