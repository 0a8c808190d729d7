/** Blogger markers and URL shapes: what makes a page Blogger, and what kind of Blogger page it is. */
import type { PageKind } from './types';

const BLOGSPOT_HOST = /(^|\.)blogspot\.[a-z]{2,3}(\.[a-z]{2})?$/i;
const GOOGLEBLOG_HOST = /(^|\.)googleblog\.com$/i;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

/** Markup that only Blogger emits. Each hit is one piece of evidence; one is enough. */
const STRONG_MARKERS: [selector: string, evidence: string][] = [
  ['meta[name="generator" i][content*="blogger" i]', 'meta generator=blogger'],
  ['link[href*="blogger.com/feeds/"], a[href*="blogger.com/feeds/"]', 'blogger.com feed link'],
  ['link[rel="service.post"][href*="blogger.com"]', 'blogger.com service link'],
  [
    'script[src*="www.blogger.com/static"], link[href*="www.blogger.com/static"], link[href*="www.blogger.com/dyn-css"], script[src*="www.blogger.com/dyn-css"]',
    'www.blogger.com/static asset',
  ],
  ['[src*="blogblog.com/"], link[href*="blogblog.com/"]', 'blogblog.com asset'],
  ['div.widget#Blog1, div#Blog1', '#Blog1 widget'],
  ['[id^="post-body-"].post-body, .post-body[id^="post-body-"]', 'div.post-body#post-body-N'],
  ['iframe#navbar-iframe, #b-navbar, a[href*="www.blogger.com/post-edit.g"]', 'Blogger navbar'],
  ['a[href*="www.blogger.com/email-post.g"], a[href*="www.blogger.com/comment.g"]', 'blogger.com post links'],
];

/** Markup common on Blogger but not unique to it: two of these count as evidence. */
const WEAK_MARKERS: [selector: string, evidence: string][] = [
  ['.post-body', '.post-body'],
  ['a[href*="www.blogger.com"], a[href*="blogger.com/profile/"]', 'blogger.com link'],
  ['.blog-posts, .date-header, .post-footer-line', 'Blogger post markup'],
];

const ENOUGH_EVIDENCE = 3;

/** Why this page is (or is not) Blogger; empty = not Blogger. */
export function bloggerEvidence(doc: Document, url: string): string[] {
  const evidence: string[] = [];
  const host = hostOf(url);
  if (BLOGSPOT_HOST.test(host)) evidence.push(`host ${host}`);
  else if (GOOGLEBLOG_HOST.test(host)) evidence.push(`host ${host} (Google blogs run on Blogger)`);
  // A few pieces of evidence are plenty: stop querying once we have them (detect runs on every page).
  for (const [selector, label] of STRONG_MARKERS) {
    if (evidence.length >= ENOUGH_EVIDENCE) return evidence;
    if (doc.querySelector(selector)) evidence.push(label);
  }
  if (evidence.length < ENOUGH_EVIDENCE && hasWidgetManager(doc)) evidence.push('_WidgetManager script');
  if (evidence.length > 0) return evidence;
  const weak = WEAK_MARKERS.filter(([selector]) => doc.querySelector(selector)).map(([, label]) => label);
  return weak.length >= 2 ? weak : [];
}

/** Blogger's layout bootstrap `_WidgetManager._Init(…)`; also carries the page type. */
function widgetManagerScript(doc: Document): string | null {
  // `doc.scripts` (a list the browser keeps) rather than a selector matched against every element.
  for (const script of Array.from(doc.scripts)) {
    if (script.hasAttribute('src')) continue;
    const text = script.textContent ?? '';
    if (text.includes('_WidgetManager._Init')) return text;
  }
  return null;
}

function hasWidgetManager(doc: Document): boolean {
  return widgetManagerScript(doc) !== null;
}

/** Blogger's own word for the page: 'item', 'static_page', 'index', 'archive', 'error'… */
export function bloggerPageType(doc: Document): string | null {
  const script = widgetManagerScript(doc);
  const fromScript = script && /['"]pageType['"]\s*:\s*['"]([a-z_]+)['"]/.exec(script)?.[1];
  if (fromScript) return fromScript;
  const bodyClass = ` ${doc.body?.className ?? ''} `;
  if (bodyClass.includes(' item-view ')) return 'item';
  if (bodyClass.includes(' static_page ') || bodyClass.includes(' page-view ')) return 'static_page';
  if (bodyClass.includes(' error_view ')) return 'error';
  if (bodyClass.includes(' feed-view ') || bodyClass.includes(' home-view ')) return 'index';
  return null;
}

export function kindFromPageType(pageType: string): PageKind | null {
  switch (pageType) {
    case 'item':
      return 'post';
    case 'index':
    case 'archive':
    case 'search':
      return 'list';
    case 'static_page':
    case 'error':
      return 'other';
    default:
      return null;
  }
}

/** Page kind from the address alone, when its shape is Blogger's; null when the URL says nothing. */
export function kindFromUrl(url: string): PageKind | null {
  const path = pathOf(url);
  if (!path) return null;
  if (/^\/(?:.*\/)?\d{4}\/\d{2}\/[^/]+\.html?$/.test(path)) return 'post';
  if (/^\/p\/[^/]+\.html$/.test(path)) return 'other';
  if (/^\/search(\/label\/|\/?$)/.test(path)) return 'list';
  if (/^\/\d{4}(\/\d{2}(\/\d{2})?)?\/?$/.test(path)) return 'list';
  if (/\d{4}_\d{2}_\d{2}_[^/]*archive\.html$/.test(path)) return 'list';
  if (path === '/' || path === '/index.html') return 'list';
  return null;
}
