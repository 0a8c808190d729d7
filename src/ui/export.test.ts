import { describe, expect, test } from 'vitest';
import { outlineNode as node, sentenceAt as sentence } from '../../tests/unit/helpers/panel-content';
import { escapeMarkdown, formatExport } from './export';
import type { PanelContent, PanelSections } from './model';

const t = (key: string, sub?: string | string[]) =>
  ({
    panelRating: 'Rating',
    panelVerdict: 'Verdict',
    panelSummary: 'Summary',
    panelPros: 'Pros',
    panelCons: 'Cons',
    panelContents: 'Contents',
    panelReadingTime: `${sub} min read`,
  })[key] ?? key;

const content: PanelContent = {
  title: 'Her (2013) review: a love story',
  url: 'https://films.blogspot.com/2024/03/her.html',
  review: true,
  subject: { name: 'Her', year: 2013 },
  rating: { value: 8, scale: 10, text: '8/10' },
  readingMinutes: 4,
  verdict: sentence('A *gentle* love story.', 9),
  summary: [sentence('Theodore writes letters.', 1), sentence('A *gentle* love story.', 9)],
  pros: ['Warm [future]'],
  cons: ['Slow middle'],
  outline: [node('The story', 0), node('Performances', 2, [node('Phoenix', 3)])],
};
const all: PanelSections = { reviewCard: true, summary: true, prosCons: true, toc: true, readingTime: true };
const none: PanelSections = {
  reviewCard: false,
  summary: false,
  prosCons: false,
  toc: false,
  readingTime: false,
};

describe('formatExport', () => {
  test.each([
    [
      'markdown, every section',
      'markdown',
      all,
      content,
      `# [Her (2013)](<https://films.blogspot.com/2024/03/her.html>)

Rating: 8/10 · 4 min read

**Verdict:** A \\*gentle\\* love story.

## Summary
- Theodore writes letters.

## Pros
- Warm \\[future\\]

## Cons
- Slow middle

## Contents
- The story
- Performances
  - Phoenix
`,
    ],
    [
      'plain text, every section',
      'text',
      all,
      content,
      `Her (2013)
https://films.blogspot.com/2024/03/her.html

Rating: 8/10 · 4 min read

Verdict: A *gentle* love story.

Summary:
• Theodore writes letters.

Pros:
• Warm [future]

Cons:
• Slow middle

Contents:
• The story
• Performances
  • Phoenix
`,
    ],
    [
      'sections off: title and link only',
      'markdown',
      none,
      content,
      '# [Her (2013) review: a love story](<https://films.blogspot.com/2024/03/her.html>)\n',
    ],
    [
      'not a review: no card, the verdict stays in the summary',
      'text',
      { ...all, toc: false },
      { ...content, review: false },
      `Her (2013) review: a love story
https://films.blogspot.com/2024/03/her.html

4 min read

Summary:
• Theodore writes letters.
• A *gentle* love story.
`,
    ],
  ] as const)('%s', (_, format, sections, input, expected) => {
    expect(formatExport(input, sections, format, t)).toBe(expected);
  });
});

describe('escapeMarkdown', () => {
  test.each([
    ['plain words', 'plain words'],
    ['*bold* _em_', '\\*bold\\* \\_em\\_'],
    ['[link](x) <b>', '\\[link\\](x) \\<b\\>'],
    ['# not a heading | pipe ~', '\\# not a heading \\| pipe \\~'],
    ['back\\slash `code`', 'back\\\\slash \\`code\\`'],
  ])('%s', (input, expected) => expect(escapeMarkdown(input)).toBe(expected));
});
