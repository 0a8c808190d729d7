/**
 * Readability-style harness: every tests/pages/<slug>/ (source.html + expected.json) runs through the same
 * pipeline as the content script, one assertion per field, plus cross-checks every page must pass.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { flattenOutline } from '../../src/core/outline';
import { analyzePage } from '../../src/core/pipeline';

const PAGES = join(__dirname, '..', 'pages');

interface Expected {
  url: string;
  blogger: boolean;
  page: 'post' | 'list' | 'other';
  review: boolean;
  title: string | null;
  language: string;
  headings: { text: string; level: number }[];
}

const collapse = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

const slugs = readdirSync(PAGES).filter(
  (slug) => existsSync(join(PAGES, slug, 'source.html')) && existsSync(join(PAGES, slug, 'expected.json')),
);

function load(slug: string) {
  const expected = JSON.parse(readFileSync(join(PAGES, slug, 'expected.json'), 'utf8')) as Expected;
  const html = readFileSync(join(PAGES, slug, 'source.html'), 'utf8');
  const doc = new JSDOM(html, { url: expected.url, virtualConsole: new VirtualConsole() }).window.document;
  const before = doc.documentElement.outerHTML;
  // The panel's view (Blogger posts only) and the reader's view of any post, for the field checks.
  const analysis = analyzePage(doc, expected.url);
  const anySite = analyzePage(doc, expected.url, { anySite: true });
  return { expected, analysis, anySite, doc, before };
}

test('there are sample pages to check', () => {
  expect(slugs.length).toBeGreaterThan(0);
});

describe.each(slugs)('%s', (slug) => {
  const { expected, analysis, anySite, doc, before } = load(slug);
  const { detection } = analysis;
  const { post } = anySite;
  const headings = flattenOutline(anySite.outline).map((n) => ({ text: collapse(n.text), level: n.level }));

  test('blogger', () => expect(detection.blogger).toBe(expected.blogger));
  test('page', () => expect(detection.page).toBe(expected.page));
  test('review', () => expect(detection.review).toBe(expected.review));
  test('title', () =>
    expect(collapse(post?.title) || null).toBe(expected.title === null ? null : collapse(expected.title)));
  if (expected.page === 'post') {
    test('language', () => expect(post?.language).toBe(expected.language));
  }
  test('headings', () =>
    expect(headings).toEqual(expected.headings.map((h) => ({ text: collapse(h.text), level: h.level }))));

  test('a list page is never a post', () => {
    if (expected.page === 'list') expect(detection.page).toBe('list');
  });
  test('a non-Blogger page or a non-post gets no panel data', () => {
    if (!detection.blogger || detection.page !== 'post') {
      expect(analysis.post).toBeNull();
      expect(analysis.outline).toEqual([]);
    }
  });
  test('the page is not modified', () => expect(doc.documentElement.outerHTML).toBe(before));
});
