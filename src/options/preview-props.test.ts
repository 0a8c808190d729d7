import { describe, expect, test, vi } from 'vitest';
import { defaultSettings, type Settings } from '../core/settings';
import type { OutlineNode } from '../core/types';
import type { PanelCallbacks } from '../ui/model';
import { PREVIEW_TOP, previewProps, readSample } from './preview-props';

const t = (key: string) => key;
const callbacks: PanelCallbacks = {
  onJump: vi.fn(),
  onSentence: vi.fn(),
  onCopy: async () => false,
  onCollapse: vi.fn(),
  onClose: vi.fn(),
  onSettings: vi.fn(),
  onPlace: vi.fn(),
};
const view = { prefersDark: false, collapsed: false };
const titles = (nodes: OutlineNode[]): string[] =>
  nodes.map((n) => (n.children.length ? `${n.text}[${titles(n.children).join(', ')}]` : n.text));
const settingsWith = (patch: Partial<Settings>): Settings => ({ ...defaultSettings(), ...patch });

describe('the built-in sample', () => {
  const props = previewProps(readSample('medium', 3), defaultSettings(), view, t, callbacks);

  test('reads as a review with its card', () => {
    const { content } = props;
    expect(content.review).toBe(true);
    expect(content.subject).toEqual({ name: 'The Lantern Coast', year: 2022 });
    expect(content.rating).toMatchObject({ value: 8, scale: 10 });
    expect(content.verdict?.text).toMatch(/^The Lantern Coast is a patient/);
    expect(content.pros).toHaveLength(3);
    expect(content.cons).toHaveLength(2);
    expect(content.summary.length).toBeGreaterThan(0);
  });

  test('has a nested table of contents', () => {
    expect(titles(props.content.outline)).toEqual([
      'Story',
      'Craft[Acting, Camera and sound]',
      'Pros and cons[Pros, Cons]',
      'Verdict',
    ]);
  });
});

test.each([
  ['TOC depth 1 lists every heading flat', 'medium', 1, 8, 0],
  ['TOC depth 3 nests', 'medium', 3, 4, 4],
] as const)('%s', (_, length, depth, top, nested) => {
  const { content } = previewProps(readSample(length, depth), defaultSettings(), view, t, callbacks);
  expect(content.outline).toHaveLength(top);
  expect(content.outline.flatMap((n) => n.children)).toHaveLength(nested);
});

test('a longer summary length gives at least as many sentences', () => {
  const count = (length: 'short' | 'long') =>
    previewProps(readSample(length, 3), defaultSettings(), view, t, callbacks).content.summary.length;
  expect(count('long')).toBeGreaterThanOrEqual(count('short'));
});

test.each([
  ['auto follows a light browser', 'auto', false, 'light'],
  ['auto follows a dark browser', 'auto', true, 'dark'],
  ['dark stays dark in a light browser', 'dark', false, 'dark'],
  ['light stays light in a dark browser', 'light', true, 'light'],
] as const)('theme: %s', (_, theme, prefersDark, shown) => {
  const props = previewProps(
    readSample('medium', 3),
    settingsWith({ theme }),
    { ...view, prefersDark },
    t,
    callbacks,
  );
  expect(props.layout.theme).toBe(shown);
});

test('layout and sections follow the settings', () => {
  const settings = settingsWith({
    panel: { side: 'left', width: 480 },
    fontSize: 'large',
    sections: { reviewCard: true, summary: false, prosCons: true, toc: false, readingTime: true },
  });
  const props = previewProps(readSample('medium', 3), settings, { ...view, collapsed: true }, t, callbacks);
  expect(props.layout).toMatchObject({
    side: 'left',
    width: 480,
    fontSize: 'large',
    collapsed: true,
    offsetY: PREVIEW_TOP,
  });
  expect(props.sections).toEqual(settings.sections);
  expect(props.onJump).toBe(callbacks.onJump);
});
