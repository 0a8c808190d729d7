import { describe, expect, test } from 'vitest';
import { detect } from './detect';

const BLOGGER_HEAD = '<meta name="generator" content="blogger">';

function page(body: string, head = BLOGGER_HEAD) {
  return new DOMParser().parseFromString(
    `<html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

function post(title: string, body: string, extra = '') {
  return page(
    `<div class="post hentry"><h3 class="post-title entry-title">${title}</h3><div class="post-body entry-content" id="post-body-1">${body}</div>${extra}</div>`,
  );
}

const PERMALINK = 'https://films.blogspot.com/2024/03/some-post.html';

describe('page kind', () => {
  test.each([
    ['permalink', post('x', '<p>t</p>'), PERMALINK, 'post'],
    ['label search', post('x', '<p>t</p>'), 'https://films.blogspot.com/search/label/Reviews', 'list'],
    ['static page', post('x', '<p>t</p>'), 'https://films.blogspot.com/p/about.html', 'other'],
    [
      'several posts, unknown address',
      page('<div class="post"></div><div class="post"></div>'),
      'file:///x.html',
      'list',
    ],
    ['non-Blogger article', page('<article><h1>x</h1></article>', ''), 'https://example.org/a', 'post'],
  ])('%s', (_, doc, url, expected) => expect(detect(doc, url).page).toBe(expected));
});

describe('review', () => {
  test.each([
    ['English title', post('Her (2013) review', '<p>t</p>'), true],
    ['German title', post('Das Buch [Rezension]', '<p>t</p>'), true],
    ['Spanish title', post('Reseña: El verano', '<p>t</p>'), true],
    ['Portuguese title', post('Resenha: A Casa', '<p>t</p>'), true],
    ['French title', post('Critique : Les Heures', '<p>t</p>'), true],
    ['Indonesian title', post('Ulasan Nara X5', '<p>t</p>'), true],
    [
      'label',
      post('Paper Lanterns', '<p>t</p>', '<span class="post-labels"><a href="#">album review</a></span>'),
      true,
    ],
    [
      'stated rating + verdict section',
      post('Paper Lanterns', '<p><b>Verdict</b></p><p><b>Rating: 8/10</b></p>'),
      true,
    ],
    [
      'schema.org Review',
      post(
        'Paper Lanterns',
        '<div itemscope itemtype="http://schema.org/Review"><span itemprop="reviewRating">4</span></div>',
      ),
      true,
    ],
    ['recipe', post('Red lentil soup', '<p><b>Ingredients</b></p>'), false],
    [
      'news with "reviewed" in text',
      post('Python 3.6.0 is now available!', '<p>Thanks to all who reviewed code.</p>'),
      false,
    ],
    ['a date is not a rating', post('Trip notes', '<p><b>3/5/2020</b></p>'), false],
    ['a star line alone', post('Paper Lanterns', '<p><b>★★★★☆</b></p>'), true],
    ['a labelled score alone', post('Paper Lanterns', '<h3>Nota: 9/10</h3>'), true],
    ['"24/7" is not a rating', post('Open late', '<p><b>24/7</b></p>'), false],
    ['a score above its scale is not a rating', post('Paper Lanterns', '<p><b>12/10</b></p>'), false],
  ])('%s', (_, doc, expected) => {
    const detection = detect(doc, PERMALINK);
    expect(detection.review).toBe(expected);
    if (expected) expect(detection.reasons.length).toBeGreaterThan(0);
  });

  test('list pages are never reviews', () => {
    expect(detect(post('Her review', '<p>t</p>'), 'https://films.blogspot.com/').review).toBe(false);
  });
});

test('detect does not change the page', () => {
  const doc = post('Her review', '<p>t</p>');
  const before = doc.documentElement.outerHTML;
  detect(doc, PERMALINK);
  expect(doc.documentElement.outerHTML).toBe(before);
});
