/**
 * Every generated hostile or broken page (tests/hostile, fixed seed) through the whole pure pipeline in
 * jsdom: detect → extract → outline → summary → review card. For each case: no exception, bounded time,
 * the document is left exactly as it was, every output is plain text that agrees with the post's own text,
 * markup-looking text comes out verbatim as text, and the page's script/style source is never read as text.
 * Page scripts do not run here (the extension's isolated world never sees page JS either); what they do to
 * a live page is covered in real browsers by tests/e2e/hardening.e2e.mjs.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { rangeFor } from '../../src/core/locate';
import { flattenOutline } from '../../src/core/outline';
import { analyzePage, type PageAnalysis } from '../../src/core/pipeline';
import { DEFAULT_SEED, generateCases, type HostileCase } from '../hostile/generate.mjs';

const SEED = Number(process.env.HOSTILE_SEED ?? DEFAULT_SEED);
const cases = generateCases(SEED);
/**
 * Generous bounds on the analysis alone (parsing excluded): a "never hangs" check, not a benchmark. jsdom on
 * 2 shared cores is several times slower than a browser, so a page over these would freeze a real tab.
 */
const LIGHT_MS = 5_000;
const HEAVY_MS = 60_000;

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Kinds whose every page is a well-formed Blogger post: the pipeline must read a post from each. */
const ALWAYS_A_POST = new Set([
  'only-images',
  'huge-paragraph',
  'deep-nesting',
  'many-headings',
  'many-paragraphs',
  'invisible-chars',
  'mixed-scripts',
  'emoji-only',
  'payloads',
  'overrides',
  'body-rewrite',
]);

function load(c: HostileCase): Document {
  // A silent console: jsdom reports the malformed pages' CSS and markup complaints, which are the point here.
  return new JSDOM(c.html, { url: c.url, virtualConsole: new VirtualConsole() }).window.document;
}

/** Every string the panel, popup or badge could show. */
function shownTexts(a: PageAnalysis): string[] {
  const { post, review } = a;
  const out = [...a.detection.reasons];
  if (post) out.push(...[post.title, post.author, post.published].filter((s) => s !== null), ...post.labels);
  out.push(...flattenOutline(a.outline).map((n) => n.text), ...a.summary.map((s) => s.text));
  if (review) {
    if (review.subject) out.push(review.subject.name);
    if (review.rating) out.push(review.rating.text);
    if (review.verdict) out.push(review.verdict.text);
    out.push(...review.pros, ...review.cons);
  }
  return out;
}

function check(c: HostileCase, doc: Document, a: PageAnalysis): void {
  const { post } = a;
  if (ALWAYS_A_POST.has(c.kind)) expect(post, 'a Blogger post is read').not.toBeNull();
  for (const text of shownTexts(a)) expect(typeof text).toBe('string');

  if (post) {
    // Summary and verdict sentences point at exactly their text in the post.
    const sentences = [...a.summary, ...(a.review?.verdict ? [a.review.verdict] : [])];
    for (const s of sentences) {
      expect(post.blocks[s.block]?.text.slice(s.start, s.end)).toBe(s.text);
      const range = rangeFor(post.blocks[s.block]!, s.start, s.end, doc);
      if (range) expect(collapse(range.toString())).toBe(collapse(s.text));
    }
    // TOC entries are blocks of this post, inside this document.
    for (const node of flattenOutline(a.outline)) {
      expect(post.blocks[node.block]?.kind).toBe('heading');
      expect(node.element.ownerDocument).toBe(doc);
    }
  }

  // Markup-looking text stays that exact text: not parsed, stripped or decoded a second time.
  const blockTexts = post?.blocks.map((b) => b.text) ?? [];
  const [title, ...headings] = c.inert;
  if (title !== undefined) expect(post?.title).toContain(collapse(title));
  for (const heading of headings) expect(blockTexts).toContain(collapse(heading));
  if (headings[0] !== undefined)
    expect(flattenOutline(a.outline).map((n) => n.text)).toContain(collapse(headings[0]));

  // The page's own <script>/<style> source is never read as text.
  const everything = [...shownTexts(a), post?.text ?? ''].join('\n');
  for (const secret of c.hidden) expect(everything).not.toContain(secret);
}

/** What the page looks like when its body is rewritten under us: stale offsets must still be safe. */
function shortenEveryText(doc: Document) {
  const walker = doc.createTreeWalker(doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null)
    t.data = t.data.slice(0, Math.floor(t.data.length / 3));
}

describe(`${cases.length} hostile pages (seed ${SEED})`, () => {
  test('the set is large, reproducible and covers every kind', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    expect(generateCases(SEED).map((c) => c.html)).toEqual(cases.map((c) => c.html));
  });

  test.each(cases.map((c) => [c.id, c] as const))(
    '%s',
    (_, c) => {
      const doc = load(c);
      const before = doc.documentElement.outerHTML;
      const started = performance.now();
      const analysis = analyzePage(doc, c.url, { summaryLength: 'long' });
      const elapsed = performance.now() - started;

      expect(elapsed).toBeLessThan(c.heavy ? HEAVY_MS : LIGHT_MS);
      expect(doc.documentElement.outerHTML === before, 'the document is unchanged').toBe(true);
      check(c, doc, analysis);

      if (analysis.post) {
        shortenEveryText(doc);
        for (const s of analysis.summary) {
          const block = analysis.post.blocks[s.block]!;
          expect(() => rangeFor(block, s.start, s.end, doc)).not.toThrow();
        }
      }
    },
    180_000,
  );
});
