import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyzePage, readSteps, summaryOptions } from './pipeline';
import { runSteps, runStepsAsync } from './steps';
import { summarySteps } from './summarize';

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

describe('sliced and whole runs', () => {
  const page = readFileSync('tests/pages/simple-film-review-en/source.html', 'utf8');
  const url = 'http://filmnotes.blogspot.com/2024/03/her-2013-review.html';
  const parse = () => new DOMParser().parseFromString(page, 'text/html');

  test('readSteps in slices, then the summary, equal analyzePage', async () => {
    const whole = analyzePage(parse(), url);
    let turns = 0;
    const reading = await runStepsAsync(readSteps(parse(), url), async () => void turns++);
    const summary = runSteps(summarySteps(reading.post!, summaryOptions(reading, 'medium')));
    const texts = (s: { text: string }[]) => s.map((x) => x.text);
    expect(turns).toBeGreaterThan(0);
    expect([texts(reading.sentences), reading.review?.verdict?.text, texts(summary)]).toEqual([
      texts(whole.sentences),
      whole.review?.verdict?.text,
      texts(whole.summary),
    ]);
  });

  test.each(['short', 'medium', 'long'] as const)(
    'a review keeps its verdict in the %s summary',
    (length) => {
      const analysis = analyzePage(parse(), url, { summaryLength: length });
      expect(analysis.summary).toContainEqual(analysis.review?.verdict);
    },
  );
});
