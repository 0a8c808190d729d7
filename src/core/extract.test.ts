import { describe, expect, test } from 'vitest';
import { extract } from './extract';

const URL_ = 'https://films.blogspot.com/2024/03/her-review.html';

function doc(html: string) {
  return new DOMParser().parseFromString(html, 'text/html');
}

const SIMPLE = `<html lang="en"><head><title>Film Notes: Her review</title><meta property="og:title" content="Her review"></head><body>
<div class="sidebar"><h3 class="post-title">Another post</h3></div>
<div class="post hentry">
  <h3 class="post-title entry-title">Her review</h3>
  <span class="post-author vcard"><span class="fn">Ana</span></span>
  <abbr class="published" title="2024-03-05T10:00:00Z">March 5</abbr>
  <div class="post-body entry-content" id="post-body-1">
    <p>The film follows a lonely writer and his operating system in a near future.</p>
    <h2>The story</h2><p>It is a quiet, warm film about love and what it means.</p>
  </div>
  <span class="post-labels"><a rel="tag" href="#">Films</a>, <a rel="tag" href="#">Reviews</a></span>
</div></body></html>`;

describe('extract', () => {
  const post = extract(doc(SIMPLE), URL_);
  test.each([
    ['title', post.title, 'Her review'],
    ['author', post.author, 'Ana'],
    ['published', post.published, '2024-03-05T10:00:00Z'],
    ['labels', post.labels, ['Films', 'Reviews']],
    ['language', post.language, 'en'],
    ['dir', post.dir, 'ltr'],
    ['blocks', post.blocks.map((b) => b.kind), ['paragraph', 'heading', 'paragraph']],
    ['words', post.words, 28],
    ['reading minutes', post.readingMinutes, 1],
  ])('%s', (_, actual, expected) => expect(actual).toEqual(expected));

  test('blocks join into the text with blank lines', () => {
    expect(post.text.split('\n\n')).toHaveLength(3);
  });
});

test.each([
  ['no body at all', '<html><body></body></html>', 0],
  ['not a post', '<html><body><p>short</p></body></html>', 0],
])('bad pages give an empty post, not an exception: %s', (_, html, blocks) => {
  const post = extract(doc(html), 'not a url');
  expect(post.blocks).toHaveLength(blocks);
  expect(post.readingMinutes).toBe(0);
});

test('Google blog theme: the post is read from its template script without touching the page', () => {
  const html =
    `<html><head><meta name="generator" content="blogger"></head><body><div class="post"><h2 class="title">Launch</h2>
    <div class="post-body"><div class="post-content"><script type="text/template">&lt;p&gt;Hello from the template text here.&lt;/p&gt;</script></div></div></div></body></html>`
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>');
  const d = doc(html);
  const before = d.documentElement.outerHTML;
  const post = extract(d, 'https://blog.example.com/2020/05/launch.html');
  expect(post.text).toBe('Hello from the template text here.');
  expect(post.title).toBe('Launch');
  expect(d.documentElement.outerHTML).toBe(before);
});

test('the post title is not taken from <title> with the blog name', () => {
  const post = extract(
    doc(
      '<html><head><title>My Blog: Snow Day</title><meta property="og:site_name" content="My Blog"></head><body><p>x</p></body></html>',
    ),
    URL_,
  );
  expect(post.title).toBe('Snow Day');
});
