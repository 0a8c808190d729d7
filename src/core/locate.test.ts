import { expect, test } from 'vitest';
import { collectBlocks } from './blocks';
import { rangeFor } from './locate';

function firstBlock(html: string) {
  const doc = new DOMParser().parseFromString(`<div id="root">${html}</div>`, 'text/html');
  const block = collectBlocks(doc.getElementById('root')!)[0]!;
  return { doc, block };
}

test.each([
  ['plain', '<p>Hello world</p>', 'world'],
  ['across elements', '<p>  Hello   <b>big</b>\n world </p>', 'big world'],
  ['across a <br>', '<p>hard<br>\nwrapped line</p>', 'hard wrapped'],
  ['collapsed runs inside a node', '<p>one \n\t two   three</p>', 'two three'],
  ['NBSP runs', '<p>a\u00a0\u00a0b c</p>', 'b c'],
  ['whole block', '<p> <i>x</i> y </p>', 'x y'],
])('%s', (_, html, wanted) => {
  const { doc, block } = firstBlock(html);
  const start = block.text.indexOf(wanted);
  const range = rangeFor(block, start, start + wanted.length, doc);
  expect(range?.toString().replace(/\s+/g, ' ')).toBe(wanted);
});

test.each([
  ['start after end', 3, 1],
  ['empty', 2, 2],
  ['past the end', 0, 999],
  ['negative', -1, 2],
])('null for bad offsets: %s', (_, start, end) => {
  const { doc, block } = firstBlock('<p>Hello world</p>');
  expect(rangeFor(block, start, end, doc)).toBeNull();
});

test('creating a range leaves the page as it was', () => {
  const { doc, block } = firstBlock('<p>Hello <b>big</b> world</p>');
  const before = doc.body.innerHTML;
  rangeFor(block, 0, 9, doc);
  expect(doc.body.innerHTML).toBe(before);
});
