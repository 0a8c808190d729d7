import { describe, expect, test } from 'vitest';
import { type BlockSpec, makePost } from '../../tests/unit/helpers/make-post';
import { splitSentences } from './sentences';
import { SUMMARY_SIZE, summarize, summarizeAsync } from './summarize';
import type { SummaryLength } from './types';

const TOPICS = ['battery', 'screen', 'camera', 'speaker', 'keyboard', 'hinge', 'charger', 'trackpad'];

/** A review-like post: an opening, one paragraph per topic, and a closing. */
function reviewPost(): BlockSpec[] {
  return [
    ['heading', 'Introduction'],
    'The Zephyr 14 laptop is a light machine with a great screen and a battery that lasts all day.',
    ...TOPICS.map(
      (topic, i) =>
        `The ${topic} of the Zephyr 14 laptop is solid for its price. ` +
        `I tested the ${topic} for ${i + 2} weeks of daily work. ` +
        `Small details about the ${topic} packaging are not worth a mention here.`,
    ),
    ['heading', 'Verdict'],
    'Overall, the Zephyr 14 laptop is a great, light machine with a great screen and an all-day battery.',
  ];
}

const texts = (post: ReturnType<typeof makePost>, length: SummaryLength = 'short') =>
  summarize(post, { length }).map((s) => s.text);

describe('summarize', () => {
  test.each<[SummaryLength, number]>([
    ['short', 3],
    ['medium', 5],
    ['long', 7],
  ])('%s gives %i sentences', (length, count) => {
    expect(summarize(makePost(reviewPost()), { length })).toHaveLength(count);
    expect(SUMMARY_SIZE[length]).toBe(count);
  });

  test('never summarises with captions, nor with list items when there is prose enough', () => {
    const post = makePost([
      ['caption', 'The Zephyr 14 laptop with its great screen, battery and keyboard on my desk.'],
      ...reviewPost(),
      ['list-item', 'The Zephyr 14 laptop screen and battery and keyboard are great for the price.'],
    ]);
    const kinds = summarize(post, { length: 'long' }).map((s) => post.blocks[s.block]?.kind);
    expect(kinds).not.toContain('caption');
    expect(kinds).not.toContain('list-item');
  });

  test('a post that is mostly a list is summarised from its items', () => {
    const items = TOPICS.map((topic) => `The ${topic} of the Zephyr 14 laptop is solid and well made.`);
    const post = makePost([
      'A short list of what I liked about the Zephyr 14 laptop.',
      ...items.map((t) => ['list-item', t] as BlockSpec),
    ]);
    expect(summarize(post, { length: 'short' }).some((s) => post.blocks[s.block]?.kind === 'list-item')).toBe(
      true,
    );
  });

  test('picks the sentence the others share words with', () => {
    const post = makePost([
      'Hello friends, sorry for the long silence since my last post.',
      'My cat spent the whole winter asleep on the radiator.',
      'The Burr Mini grinder makes even coffee grounds, grinds quietly and cleans easily.',
      'Even grounds matter most for filter coffee.',
      'The grinder is quiet enough for early mornings.',
      'Cleaning the grinder takes two minutes with the brush.',
      'Coffee grounds from the Burr Mini stay even at every setting.',
      'The grinder burrs are steel and feel solid.',
      'Anyway, the weather here has been grey all week.',
      'Thanks for reading and see you next time.',
    ]);
    expect(texts(post)).toContain(
      'The Burr Mini grinder makes even coffee grounds, grinds quietly and cleans easily.',
    );
  });

  test('text order, never headings', () => {
    const post = makePost(reviewPost());
    const summary = summarize(post, { length: 'short' });
    const order = summary.map((s) => s.block * 10_000 + s.start);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(summary.every((s) => post.blocks[s.block]?.kind !== 'heading')).toBe(true);
  });

  test('offsets point at the sentence text', () => {
    const post = makePost(reviewPost());
    for (const s of summarize(post, { length: 'long' })) {
      expect(post.blocks[s.block]?.text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  test('is deterministic, also across separately built posts', () => {
    expect(texts(makePost(reviewPost()), 'medium')).toEqual(texts(makePost(reviewPost()), 'medium'));
  });

  test('exact duplicates are picked once', () => {
    const repeated = 'The Zephyr 14 laptop battery lasts all day long.';
    const summary = texts(makePost([...reviewPost(), repeated, repeated, repeated]), 'long');
    expect(summary.filter((text) => text === repeated).length).toBeLessThanOrEqual(1);
  });

  test('short posts fall back to their first sentences', () => {
    const post = makePost([
      ['heading', 'Hello'],
      'One short post begins here today.',
      'It has a second sentence as well.',
      'And a third one closes it down.',
      'A fourth one is never needed here.',
    ]);
    expect(texts(post)).toEqual([
      'One short post begins here today.',
      'It has a second sentence as well.',
      'And a third one closes it down.',
    ]);
  });

  test('a pinned sentence is always included', () => {
    const post = makePost(reviewPost());
    const pinned = splitSentences(post).find((s) => s.text.startsWith('Small details about the hinge'))!;
    const summary = summarize(post, { length: 'short', pinned });
    expect(summary).toHaveLength(3);
    expect(summary).toContainEqual(pinned);
  });

  test('empty and heading-only posts give an empty summary', () => {
    expect(summarize(makePost([]), { length: 'short' })).toEqual([]);
    expect(summarize(makePost([['heading', 'Only a title']]), { length: 'short' })).toEqual([]);
  });
});

describe('summarizeAsync', () => {
  test('gives the same summary and yields between slices on a long post', async () => {
    const blocks: BlockSpec[] = [];
    for (let i = 0; i < 600; i++) {
      const topic = TOPICS[i % TOPICS.length]!;
      blocks.push(
        `Paragraph ${i} talks about the ${topic} in test number ${i}. The ${topic} was fine on day ${i}.`,
      );
    }
    const post = makePost(blocks);
    let yields = 0;
    const asyncSummary = await summarizeAsync(post, { length: 'medium' }, async () => {
      yields++;
    });
    expect(asyncSummary).toEqual(summarize(post, { length: 'medium' }));
    expect(yields).toBeGreaterThan(3);
  });
});
