/** Builders for the panel's content in UI unit tests: outline entries and summary sentences. */
import type { OutlineNode, Sentence } from '../../../src/core/types';

const heading = document.createElement('h2');

export const outlineNode = (text: string, block: number, children: OutlineNode[] = []): OutlineNode => ({
  text,
  level: 1,
  block,
  element: heading,
  children,
});

export const sentenceAt = (text: string, block: number): Sentence => ({
  text,
  block,
  start: 0,
  end: text.length,
});
