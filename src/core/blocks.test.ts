import { describe, expect, test } from 'vitest';
import { collectBlocks, confirmHeadings, isExcluded } from './blocks';

function blocksOf(html: string) {
  const root = new DOMParser()
    .parseFromString(`<div id="root">${html}</div>`, 'text/html')
    .getElementById('root')!;
  return confirmHeadings(collectBlocks(root));
}

/** "kind:text" per block; headings as "h[kind]:text". */
function show(html: string): string[] {
  return blocksOf(html).map((b) => (b.heading ? `h[${b.heading.kind}]:${b.text}` : `${b.kind}:${b.text}`));
}

const BODY = '<p>Some body text that follows the heading here.</p>';

describe('blocks', () => {
  test.each([
    ['paragraphs', '<p>One  two</p><p>Three</p>', ['paragraph:One two', 'paragraph:Three']],
    ['br reads as a space', '<p>hard<br>wrapped<br>line</p>', ['paragraph:hard wrapped line']],
    [
      '<br><br> splits blocks',
      'first part<br><br>second part',
      ['paragraph:first part', 'paragraph:second part'],
    ],
    [
      'list items and quotes',
      '<ul><li>a b</li></ul><blockquote>c d</blockquote>',
      ['list-item:a b', 'quote:c d'],
    ],
    [
      'inline soup joins',
      '<div><span style="x">Bl</span>ogger <i>soup</i></div>',
      ['paragraph:Blogger soup'],
    ],
    [
      'scripts, styles, hidden, ads skipped',
      '<p>a</p><script>x()</script><style>p{}</style><p hidden>h</p><div style="display: none">n</div><ins class="adsbygoogle">ad</ins><p>b</p>',
      ['paragraph:a', 'paragraph:b'],
    ],
    [
      'author TOC widgets skipped',
      '<div id="post-toc">Contents 1 2</div><ol id="mbtTOC"><li>x</li></ol><div class="toc">t</div><p>text</p>',
      ['paragraph:text'],
    ],
    [
      'share, related, comments skipped',
      '<div class="post-share-buttons">Share</div><div class="related-posts">r</div><div id="comments">c</div><p>text</p>',
      ['paragraph:text'],
    ],
    ['caption cells', '<table><tr><td class="tr-caption">A photo</td></tr></table>', ['caption:A photo']],
  ])('%s', (_, html, expected) => expect(show(html)).toEqual(expected));
});

describe('headings', () => {
  test.each([
    ['real h2', `<h2>The story</h2>${BODY}`, 'h[h2]:The story'],
    ['bold paragraph', `<p><b>The story</b></p>${BODY}`, 'h[bold]:The story'],
    [
      'strong + underline',
      `<p><strong><span style="text-decoration: underline">Results</span></strong></p>${BODY}`,
      'h[bold+underline]:Results',
    ],
    [
      'larger font',
      `<div><span style="font-size: x-large">Big line</span></div>${BODY}`,
      'h[size:24]:Big line',
    ],
    ['font size attribute', `<div><font size="5">Big line</font></div>${BODY}`, 'h[size:24]:Big line'],
    [
      'bold line between brs',
      '<p>intro text here.<br><b>Meinung:</b><br>Das Buch ist sehr gut und spannend.</p>',
      'h[bold]:Meinung:',
    ],
    [
      'underlined label',
      '<div><u>Klapptext:</u><br>Der Text des Buches hier.</div>',
      'h[underline]:Klapptext:',
    ],
  ])('%s', (_, html, expected) => expect(show(html)).toContain(expected));

  test.each([
    ['bold words inside a sentence', `<p>This is <b>very</b> good.</p>${BODY}`],
    ['bold line ending like a sentence', `<p><b>It was good.</b></p>${BODY}`],
    ['long bold line', `<p><b>${'word '.repeat(14)}</b></p>${BODY}`],
    ['nothing follows', '<p>Text first here.</p><p><b>ISBN 978</b></p>'],
    ['a rating line', `<p><b>Rating: 4.5/5</b></p>${BODY}`],
    ['bold list item', `<ul><li><b>Item</b></li></ul>${BODY}`],
    ['bold table header', `<table><tr><th><b>Pros</b></th></tr></table>${BODY}`],
    [
      'repeated speaker labels',
      '<p><b>Anne:</b></p><p>one two three</p><p><b>Anne:</b></p><p>one two three</p><p><b>Anne:</b></p><p>one two three</p>',
    ],
    ['credits list', `<p><b>Scarf (video), bag, coat (review)</b></p>${BODY}`],
    ['small font is not larger', `<p><span style="font-size: 12px">Small line</span></p>${BODY}`],
    ['heading closing the post', '<p>Body text is here.</p><h3>Tell us what you think</h3><p>comments</p>'],
  ])('no heading: %s', (_, html) => expect(blocksOf(html).some((b) => b.heading)).toBe(false));

  test('heading over heading is kept (short chain)', () => {
    expect(
      show(`<p><b>Plus und Minus</b></p><p><b>Pluspunkte</b></p>${BODY}`).filter((s) => s.startsWith('h[')),
    ).toHaveLength(2);
  });
});

describe('pieces', () => {
  test.each([
    ['<p>  Hello   <b>big</b> world </p>', 'Hello big world', [0, 6, 10]],
    ['<p>a<br>b</p>', 'a b', [0, 2]],
  ])('%s', (html, text, starts) => {
    const [block] = blocksOf(html);
    expect(block!.text).toBe(text);
    expect(block!.pieces.map((p) => p.start)).toEqual(starts);
  });

  test('a split heading line points at its own element', () => {
    const blocks = blocksOf('<p>Intro text here.<br><b>Label</b><br>The following text of the block.</p>');
    expect(blocks.find((b) => b.heading)?.element.localName).toBe('b');
  });
});

test.each([
  ['<nav>x</nav>', true],
  ['<div class="sharedaddy">x</div>', true],
  ['<div id="related-posts">x</div>', true],
  ['<div class="post-body">x</div>', false],
  ['<div class="shadow">x</div>', false],
])('isExcluded(%s) = %s', (html, expected) => {
  const el = new DOMParser().parseFromString(html, 'text/html').body.firstElementChild!;
  expect(isExcluded(el)).toBe(expected);
});
