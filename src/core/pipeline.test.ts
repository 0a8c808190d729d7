import { expect, test } from 'vitest';
import { analyzePage } from './pipeline';

const BLOGGER = '<meta name="generator" content="blogger">';
const POST = `<div class="post"><h3 class="post-title">Her review</h3><div class="post-body" id="post-body-1"><h2>Story</h2><p>A film about love in a near future city.</p></div></div>`;

function doc(head: string, body: string) {
  return new DOMParser().parseFromString(
    `<html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

const ARTICLE =
  '<article><h1>Her review</h1><div class="entry-content"><h2>Story</h2><p>A film about love in a near future city, told slowly and warmly over two long hours.</p></div></article>';

test.each([
  ['Blogger post', BLOGGER, POST, 'https://a.example/2024/03/her.html', {}, true],
  ['Blogger list page', BLOGGER, POST, 'https://a.example/search/label/x', {}, false],
  ['non-Blogger post', '', ARTICLE, 'https://a.example/2024/03/her.html', {}, false],
  [
    'non-Blogger post with anySite',
    '',
    ARTICLE,
    'https://a.example/2024/03/her.html',
    { anySite: true },
    true,
  ],
])('%s', (_, head, body, url, opts, read) => {
  const analysis = analyzePage(doc(head, body), url, opts);
  expect(analysis.post !== null).toBe(read);
  expect(analysis.outline.map((n) => n.text)).toEqual(read ? ['Story'] : []);
});

test('results are plain data pointing at page nodes', () => {
  const d = doc(BLOGGER, POST);
  const { outline } = analyzePage(d, 'https://a.example/2024/03/her.html');
  expect(outline[0]?.element.ownerDocument).toBe(d);
});
