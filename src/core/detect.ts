/**
 * detect(doc, url): is this Blogger, which kind of page, and is the post a review — with reasons.
 * Cheap by design: selector queries and a few short strings, never a pass over the whole text.
 */
import { bloggerEvidence, bloggerPageType, kindFromPageType, kindFromUrl } from './blogger';
import { postContainer } from './metadata';
import { findRatings } from './rating';
import { collapseWhitespace, jsonLdScripts } from './text';
import type { Detection, PageKind } from './types';

export const REVIEW_THRESHOLD = 3;

/** "Review" in the languages Blogger authors write in (title, labels, slug, host). */
const REVIEW_WORD =
  /(?:^|[^\p{L}])(reviews?|reseñas?|resenhas?|rezension(?:en)?|rezi|critiques?|recensione|recensioni|recensión|ulasan|recensie|recenzja|recenze|inceleme|análise|análisis|testbericht|обзор|отзыв|レビュー|評測|评测|리뷰)(?:$|[^\p{L}])|(?:^|\s)im test(?:$|[^\p{L}])/iu;
const REVIEW_SLUG =
  /(?:^|[/_.,-])(reviews?|resena|resenha|rezension|rezi|critique|recensione|ulasan|recensie|test|testbericht|analise)(?:$|[/_.,-])/i;
const REVIEW_HOST = /review|rezension|kritik|critique|recensi/i;
const REVIEW_CLASS =
  '[class*="review" i]:not(body):not(html), [class*="rezension" i], [class^="rez_"], [class^="rez "], [class="rez"], [itemtype*="schema.org/Review"]';

/** Section labels typical of reviews: verdict, pros/cons, conclusion, rating. */
const REVIEW_SECTION =
  /^(verdict|the verdict|final verdict|pros|cons|pros and cons|pros & cons|the good|the bad|bottom line|final thoughts|rating|score|fazit|meinung|bewertung|testzeugnis|was uns gefällt|was uns nicht gefällt|vorteile|nachteile|conclusión|conclusion|conclusão|veredicto|veredito|lo mejor|lo peor|prós|contras|kesimpulan|kelebihan|kekurangan|penilaian|mon avis|notre avis|points forts|points faibles|note|conclusione|giudizio|voto|pro|contro|oordeel|conclusie)\s*[:.!]?$/i;

const NOT_REVIEW_TITLE =
  /\b(press release|pressemitteilung|announc\w*|officially opens|now available|giveaway|gewinnspiel|interview|recipe|receta|rezept|how to|tutorial|privacy policy)\b/i;

const SHORT_TEXT = 60;
const MAX_SHORT_ELEMENTS = 400;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function slugOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return '';
  }
}

function text(el: Element | null | undefined): string {
  return el ? collapseWhitespace(el.textContent ?? '') : '';
}

/** The shown post title, found cheaply (detect cannot afford the full extractor). */
function quickTitle(doc: Document): string {
  const shown = text(
    doc.querySelector(
      '.post .post-title, .post-title.entry-title, .entry-title, h1.post-title, h3.post-title',
    ),
  );
  return (
    shown ||
    collapseWhitespace(doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '') ||
    doc.title ||
    ''
  );
}

function pageKind(doc: Document, url: string, blogger: boolean): PageKind {
  if (!blogger) {
    const fromUrl = kindFromUrl(url);
    if (fromUrl === 'list') return 'list';
    return doc.querySelector(
      'article, h1, [itemprop="articleBody"], meta[property="og:type"][content="article"]',
    )
      ? 'post'
      : 'other';
  }
  const pageType = bloggerPageType(doc);
  const fromType = pageType ? kindFromPageType(pageType) : null;
  if (fromType) return fromType;
  const fromUrl = kindFromUrl(url);
  if (fromUrl) return fromUrl;
  if (doc.querySelector('.viewitem-panel .entry-content')) return 'post';
  const posts = doc.querySelectorAll(
    '.post-outer, .blogPost, div.post, article.post, .date-outer .post',
  ).length;
  if (posts > 1) return 'list';
  return posts === 1 || doc.querySelector('.post-body, .entry-content') ? 'post' : 'other';
}

interface Signal {
  points: number;
  reason: string;
}

function reviewSignals(doc: Document, url: string): Signal[] {
  const signals: Signal[] = [];
  const title = quickTitle(doc);
  const titleWord = REVIEW_WORD.exec(title)?.[0]?.trim();
  if (titleWord) signals.push({ points: 3, reason: `title says "${titleWord}"` });
  if (NOT_REVIEW_TITLE.test(title))
    signals.push({ points: -2, reason: 'title reads like news, an interview or a how-to' });

  const slugWord = REVIEW_SLUG.exec(slugOf(url))?.[1];
  if (slugWord) signals.push({ points: 2, reason: `address mentions "${slugWord}"` });
  const host = hostOf(url);
  if (REVIEW_HOST.test(host.replace(/\.blogspot\..*$/, '')))
    signals.push({ points: 2, reason: `site ${host} is about reviews` });

  const body = doc.querySelector('.post-body, [itemprop="articleBody"], .entry-content, article') ?? doc.body;
  // Labels and review markup are asked of the post's own container, not the whole page: attribute-substring
  // selectors over every element of a heavy template (comments, archive, widgets) cost ~0.5 ms each, and a
  // sidebar's "reviews" widget says nothing about this post.
  const post = body ? postContainer(body, doc) : null;
  const within = (selector: string) =>
    Boolean(post && (post.closest(selector) || post.querySelector(selector)));
  const label = Array.from(post?.querySelectorAll('.post-labels a, a[rel="tag"]') ?? [])
    .map((a) => text(a))
    .find((t) => REVIEW_WORD.test(t));
  if (label) signals.push({ points: 3, reason: `labelled "${label}"` });

  if (within('[itemtype*="schema.org/Review"], [itemprop="reviewRating"]') || jsonLdReview(doc)) {
    signals.push({ points: 3, reason: 'schema.org Review markup' });
  } else if (post && (post.matches(REVIEW_CLASS) || post.querySelector(REVIEW_CLASS))) {
    signals.push({ points: 1, reason: 'review markup in the page' });
  }

  if (body) signals.push(...shortTextSignals(body));
  return signals.sort((a, b) => b.points - a.points);
}

function jsonLdReview(doc: Document): boolean {
  for (const script of jsonLdScripts(doc)) {
    if (/"@type"\s*:\s*"(Review|Rating|AggregateRating)"/.test(script.textContent ?? '')) return true;
  }
  return false;
}

/** Ratings and review section labels live in short emphasised lines, captions and headings: look only there. */
function shortTextSignals(body: Element): Signal[] {
  const signals: Signal[] = [];
  const sections = new Set<string>();
  let rating: string | null = null;
  let seen = 0;
  for (const el of body.querySelectorAll('h2, h3, h4, h5, h6, b, strong, u, td.tr-caption, figcaption, dt')) {
    if (++seen > MAX_SHORT_ELEMENTS) break;
    const t = text(el);
    if (!t || t.length > SHORT_TEXT) continue;
    if (!rating && findRatings(t).length > 0) rating = t;
    const section = REVIEW_SECTION.exec(t)?.[1];
    if (section) sections.add(section.toLowerCase());
  }
  if (rating) signals.push({ points: 3, reason: `states a rating "${rating}"` });
  if (sections.size > 0) {
    signals.push({
      points: Math.min(3, sections.size),
      reason: `has review sections: ${[...sections].join(', ')}`,
    });
  }
  return signals;
}

export function detect(doc: Document, url: string): Detection {
  const evidence = bloggerEvidence(doc, url);
  const blogger = evidence.length > 0;
  const page = pageKind(doc, url, blogger);
  const signals = page === 'post' ? reviewSignals(doc, url) : [];
  const score = signals.reduce((sum, s) => sum + s.points, 0);
  return {
    blogger,
    bloggerEvidence: evidence,
    page,
    review: score >= REVIEW_THRESHOLD,
    score,
    reasons: signals.map((s) => s.reason),
  };
}
