import { useEffect, useRef, useState } from 'preact/hooks';
import type { OutlineNode } from '../core/types';
import type { Translate } from './model';

export interface TocProps {
  outline: OutlineNode[];
  /** Block index of the section being read, from the scroll spy. */
  active: number | null;
  onJump: (node: OutlineNode) => void;
  t: Translate;
}

function contains(node: OutlineNode, block: number | null): boolean {
  return node.children.some((child) => child.block === block || contains(child, block));
}

interface EntriesProps extends TocProps {
  nodes: OutlineNode[];
  closed: Set<number>;
  onToggle: (block: number) => void;
}

function Entries({ nodes, closed, onToggle, active, onJump, t }: EntriesProps) {
  return (
    <ol>
      {nodes.map((node) => {
        const open = !closed.has(node.block);
        const hasChildren = node.children.length > 0;
        const current = node.block === active;
        // A closed branch hiding the active entry shows it on its parent instead.
        const within = !open && contains(node, active);
        return (
          <li key={node.block}>
            <div class="toc-row">
              {hasChildren ? (
                <button
                  type="button"
                  class="toc-toggle"
                  aria-expanded={open}
                  aria-label={t('panelToggleSection', node.text)}
                  onClick={() => onToggle(node.block)}
                >
                  <span aria-hidden="true">{open ? '▾' : '▸'}</span>
                </button>
              ) : (
                <span class="toc-spacer" />
              )}
              <button
                type="button"
                class={`toc-entry${within ? ' within' : ''}`}
                data-level={node.level}
                aria-current={current ? 'location' : undefined}
                onClick={() => onJump(node)}
              >
                {node.text}
              </button>
            </div>
            {hasChildren && open && (
              <Entries
                nodes={node.children}
                closed={closed}
                onToggle={onToggle}
                active={active}
                onJump={onJump}
                t={t}
                outline={[]}
              />
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** Moves focus through the visible entries: arrows, Home/End; Left/Right close and open a level. */
function onKeyDown(
  event: KeyboardEvent,
  toggle: (block: number, open: boolean) => void,
  outline: OutlineNode[],
) {
  const target = event.target as HTMLElement;
  const nav = event.currentTarget as HTMLElement;
  const entries = [...nav.querySelectorAll<HTMLButtonElement>('.toc-entry')];
  const index = entries.indexOf(target as HTMLButtonElement);
  if (index < 0) return;
  const go = (i: number) => entries[Math.max(0, Math.min(entries.length - 1, i))]?.focus();
  const rtl = getComputedStyle(nav).direction === 'rtl';
  const key = rtl && event.key.startsWith('Arrow') ? mirrorKey(event.key) : event.key;
  if (key === 'ArrowDown') go(index + 1);
  else if (key === 'ArrowUp') go(index - 1);
  else if (key === 'Home') go(0);
  else if (key === 'End') go(entries.length - 1);
  else if (key === 'ArrowRight' || key === 'ArrowLeft') {
    const node = nodeAt(outline, index, entries);
    if (!node || node.children.length === 0) return;
    toggle(node.block, key === 'ArrowRight');
  } else return;
  event.preventDefault();
}

function mirrorKey(key: string): string {
  return key === 'ArrowLeft' ? 'ArrowRight' : key === 'ArrowRight' ? 'ArrowLeft' : key;
}

/** The outline node behind the index-th visible entry (visible order = depth-first over open branches). */
function nodeAt(outline: OutlineNode[], index: number, entries: HTMLElement[]): OutlineNode | null {
  const row = entries[index]?.closest('li');
  const path: number[] = [];
  for (let li = row; li; li = li.parentElement?.closest('li') ?? null) {
    path.unshift([...(li.parentElement?.children ?? [])].indexOf(li));
  }
  let nodes = outline;
  let node: OutlineNode | null = null;
  for (const i of path) {
    node = nodes[i] ?? null;
    if (!node) return null;
    nodes = node.children;
  }
  return node;
}

/** Keeps the active entry visible inside the TOC's own scroll box, without scrolling the page or the panel. */
function keepInView(entry: HTMLElement) {
  const box = entry.closest<HTMLElement>('.toc-scroll');
  if (!box) return;
  const outer = box.getBoundingClientRect();
  const inner = entry.getBoundingClientRect();
  if (inner.top < outer.top) box.scrollTop -= outer.top - inner.top + 8;
  else if (inner.bottom > outer.bottom) box.scrollTop += inner.bottom - outer.bottom + 8;
}

export function Toc({ outline, active, onJump, t }: TocProps) {
  const [closed, setClosed] = useState<Set<number>>(() => new Set());
  const nav = useRef<HTMLElement>(null);
  const toggle = (block: number, open?: boolean) =>
    setClosed((prev) => {
      const next = new Set(prev);
      if (open ?? next.has(block)) next.delete(block);
      else next.add(block);
      return next;
    });
  useEffect(() => {
    const entry = nav.current?.querySelector<HTMLElement>('[aria-current], .within');
    if (entry) keepInView(entry);
  }, [active, closed]);
  return (
    <nav
      ref={nav}
      class="toc"
      aria-labelledby="rl-contents"
      data-testid="toc"
      onKeyDown={(e) => onKeyDown(e, toggle, outline)}
    >
      <h3 id="rl-contents" class="section-title">
        {t('panelContents')}
      </h3>
      <div class="toc-scroll">
        <Entries
          nodes={outline}
          outline={outline}
          closed={closed}
          onToggle={(block) => toggle(block)}
          active={active}
          onJump={onJump}
          t={t}
        />
      </div>
    </nav>
  );
}
