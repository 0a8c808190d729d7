import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { outlineNode as node, sentenceAt as sentence } from '../../tests/unit/helpers/panel-content';
import type { PanelContent, PanelLayout, PanelSections } from './model';
import { Panel, type PanelProps } from './Panel';

const t = (key: string, sub?: string | string[]) => (sub ? `${key}(${sub})` : key);

const content: PanelContent = {
  title: 'Her (2013) review',
  url: 'https://films.blogspot.com/her.html',
  review: true,
  subject: { name: 'Her', year: 2013 },
  rating: { value: 8, scale: 10, text: '8/10' },
  readingMinutes: 4,
  verdict: sentence('A gentle love story.', 9),
  summary: [sentence('Theodore writes letters.', 1), sentence('A gentle love story.', 9)],
  pros: ['Warm'],
  cons: ['Slow'],
  outline: [
    node('The story', 0),
    node('Performances', 2, [node('Phoenix', 3), node('Johansson', 4)]),
    node('Verdict', 8),
  ],
};
const sections: PanelSections = {
  reviewCard: true,
  summary: true,
  prosCons: true,
  toc: true,
  readingTime: true,
};
const layout: PanelLayout = {
  side: 'right',
  width: 360,
  offsetY: 72,
  collapsed: false,
  theme: 'light',
  fontSize: 'medium',
  dir: 'ltr',
  tabWidth: 36,
};

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

function show(overrides: Partial<PanelProps> = {}) {
  const props: PanelProps = {
    content,
    sections,
    layout,
    active: null,
    progress: 0.25,
    t,
    onJump: vi.fn(),
    onSentence: vi.fn(),
    onCopy: vi.fn(async () => true),
    onCollapse: vi.fn(),
    onClose: vi.fn(),
    onSettings: vi.fn(),
    onPlace: vi.fn(),
    ...overrides,
  };
  act(() => render(<Panel {...props} />, container));
  return props;
}
const q = (sel: string) => container.querySelector<HTMLElement>(sel);
const texts = (sel: string) => [...container.querySelectorAll(sel)].map((e) => e.textContent);

describe('Panel', () => {
  test('shows subject, rating, reading time, verdict, summary without the verdict, pros/cons and contents', () => {
    show();
    expect(q('[data-testid="title"]')?.textContent).toBe('Her (2013)');
    expect(q('.rating-text')?.textContent).toBe('8/10');
    expect(q('[data-testid="reading-time"]')?.textContent).toBe('panelReadingTime(4)');
    expect(q('[data-testid="verdict"]')?.textContent).toBe('A gentle love story.');
    expect(texts('[data-testid="summary"] .sentence')).toEqual(['Theodore writes letters.']);
    expect(texts('[data-testid="pros"] li')).toEqual(['Warm']);
    expect(texts('.toc-entry')).toEqual(['The story', 'Performances', 'Phoenix', 'Johansson', 'Verdict']);
    expect(q('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('25');
  });

  test.each([
    [
      'a post that is not a review: no card, no pros/cons',
      { content: { ...content, review: false } },
      'Her (2013) review',
      0,
      1,
    ],
    ['review card turned off', { sections: { ...sections, reviewCard: false } }, 'Her (2013) review', 0, 1],
  ])('%s', (_, overrides, title, ratings, verdictsInSummary) => {
    show(overrides as Partial<PanelProps>);
    expect(q('[data-testid="title"]')?.textContent).toBe(title);
    expect(container.querySelectorAll('[data-testid="rating"]').length).toBe(ratings);
    expect(q('[data-testid="verdict"]')).toBeNull();
    expect(
      texts('[data-testid="summary"] .sentence').filter((s) => s === 'A gentle love story.').length,
    ).toBe(verdictsInSummary);
    if ('content' in overrides) expect(q('[data-testid="pros"]')).toBeNull();
  });

  test('sections can be turned off one by one', () => {
    show({ sections: { reviewCard: true, summary: false, prosCons: false, toc: false, readingTime: false } });
    expect(q('[data-testid="summary"]')).toBeNull();
    expect(q('[data-testid="pros"]')).toBeNull();
    expect(q('[data-testid="toc"]')).toBeNull();
    expect(q('[data-testid="reading-time"]')).toBeNull();
    expect(q('[data-testid="rating"]')).not.toBeNull();
  });

  test('clicks call back with the sentence and the outline node', () => {
    const props = show();
    act(() => q('[data-testid="summary"] .sentence')?.click());
    expect(props.onSentence).toHaveBeenCalledWith(content.summary[0]);
    act(() => q('[data-testid="verdict"]')?.click());
    expect(props.onSentence).toHaveBeenCalledWith(content.verdict);
    act(() => container.querySelectorAll<HTMLElement>('.toc-entry')[2]?.click());
    expect(props.onJump).toHaveBeenCalledWith(content.outline[1]!.children[0]);
  });

  test('the active entry has aria-current; a closed level shows it on its parent', () => {
    show({ active: 3 });
    expect(q('[aria-current="location"]')?.textContent).toBe('Phoenix');
    const toggle = q('.toc-toggle');
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    act(() => toggle?.click());
    expect(texts('.toc-entry')).toEqual(['The story', 'Performances', 'Verdict']);
    expect(q('.toc-entry.within')?.textContent).toBe('Performances');
    expect(q('.toc-toggle')?.getAttribute('aria-expanded')).toBe('false');
  });

  test('arrow keys walk the visible entries; Left/Right close and open a level', () => {
    show();
    const entries = () => [...container.querySelectorAll<HTMLElement>('.toc-entry')];
    const key = (k: string) =>
      act(() => {
        document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      });
    entries()[0]?.focus();
    key('ArrowDown');
    expect(document.activeElement?.textContent).toBe('Performances');
    key('ArrowLeft');
    expect(texts('.toc-entry')).toEqual(['The story', 'Performances', 'Verdict']);
    key('ArrowDown');
    expect(document.activeElement?.textContent).toBe('Verdict');
    key('Home');
    expect(document.activeElement?.textContent).toBe('The story');
  });

  test('Esc collapses; the collapsed panel is a labelled tab that expands it', () => {
    const props = show();
    act(() => {
      q('.toc-entry')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(props.onCollapse).toHaveBeenCalledWith(true);
    const collapsed = show({ layout: { ...layout, collapsed: true, tabWidth: 12 } });
    const tab = q('[data-testid="tab"]');
    expect(tab?.getAttribute('aria-label')).toBe('panelExpand');
    expect(tab?.style.width).toBe('12px');
    expect(q('[data-testid="summary"]')).toBeNull();
    act(() => tab?.click());
    expect(collapsed.onCollapse).toHaveBeenCalledWith(false);
  });

  test('landmark and labels: complementary with a name, navigation for the contents, labelled buttons', () => {
    show();
    const aside = q('aside');
    expect(aside?.getAttribute('aria-labelledby')).toBe('rl-brand rl-title');
    expect(q('nav')?.getAttribute('aria-labelledby')).toBe('rl-contents');
    for (const button of container.querySelectorAll('button')) {
      expect(button.getAttribute('aria-label') ?? button.textContent?.trim()).toBeTruthy();
    }
  });

  test('copy formats the export and keeps what was copied; the result is announced', async () => {
    const props = show();
    await act(async () => q('[data-testid="copy-markdown"]')?.click());
    expect(props.onCopy).toHaveBeenCalledWith(expect.stringMatching(/^# \[Her \(2013\)\]/));
    await vi.waitFor(() => expect(q('[role="status"]')?.textContent).toBe('panelCopied'));
    expect((q('[data-testid="copy-output"]') as HTMLTextAreaElement).value).toMatch(/^# \[Her/);
    const failing = show({ onCopy: vi.fn(async () => false) });
    await act(async () => q('[data-testid="copy-text"]')?.click());
    expect(failing.onCopy).toHaveBeenCalled();
    await vi.waitFor(() => expect(q('[role="status"]')?.textContent).toBe('panelCopyFailed'));
  });

  test('arrow keys on the grip and the edge move and resize within limits, remembered through onPlace', () => {
    const props = show();
    act(() => {
      q('[data-testid="move"]')?.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }),
      );
    });
    expect(props.onPlace).toHaveBeenCalledWith({ offsetY: 88 });
    act(() => {
      q('[data-testid="resize"]')?.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }),
      );
    });
    // The inner edge of a right-hand panel: leftwards widens it.
    expect(props.onPlace).toHaveBeenCalledWith({ width: 376 });
    const narrow = show({ layout: { ...layout, width: 280 } });
    act(() => {
      q('[data-testid="resize"]')?.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }),
      );
    });
    expect(narrow.onPlace).toHaveBeenCalledWith({ width: 280 });
  });

  test.each([
    ['right', 'ltr', 'side-right'],
    ['left', 'rtl', 'side-left'],
  ] as const)('side %s, %s', (side, dir, cls) => {
    show({ layout: { ...layout, side, dir, theme: 'dark' } });
    const root = q('.root');
    expect(root?.classList.contains(cls)).toBe(true);
    expect(root?.classList.contains('theme-dark')).toBe(true);
    expect(root?.getAttribute('dir')).toBe(dir);
  });
});
