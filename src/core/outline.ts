/** outline(post): a nested table of contents from real and pseudo headings, levels ranked per post. */
import { isWidgetHeading } from './blocks';
import { normalizeForMatch } from './text';
import type { OutlineNode, Post } from './types';

const BYLINE = /^([Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Oo]leh|[Dd]oor|[Dd]i|[Pp]osted by)\s+\p{Lu}\S*(\s+\S+){0,3}$/u;

interface Entry {
  text: string;
  kind: string;
  weight: number;
  block: number;
  element: Element;
}

/** Headings a reader wants listed: not the post title again, not widget titles, no empties or repeats. */
function headingEntries(post: Post): Entry[] {
  const title = post.title ? normalizeForMatch(post.title) : null;
  const seen = new Set<string>();
  const entries: Entry[] = [];
  // Right after the title repeated in the body, a stack of headings is its subtitle and byline.
  let inTitleBlock = false;
  post.blocks.forEach((block, index) => {
    if (!block.heading) {
      inTitleBlock = false;
      return;
    }
    const key = normalizeForMatch(block.text);
    if (key === title) inTitleBlock = true;
    const subtitle = inTitleBlock && post.blocks[index + 1]?.heading !== undefined;
    if (
      !key ||
      key === title ||
      subtitle ||
      seen.has(key) ||
      isWidgetHeading(block.text) ||
      BYLINE.test(block.text)
    )
      return;
    seen.add(key);
    entries.push({
      text: block.text,
      kind: block.heading.kind,
      weight: block.heading.weight,
      block: index,
      element: block.element,
    });
  });
  return entries;
}

/** Level = rank of the heading's kind among the kinds used in this post (1 = most prominent). */
function rankKinds(entries: Entry[]): Map<string, number> {
  const kinds = new Map<string, number>();
  for (const e of entries) if (!kinds.has(e.kind)) kinds.set(e.kind, e.weight);
  const ordered = [...kinds].sort((a, b) => b[1] - a[1]);
  return new Map(ordered.map(([kind], i) => [kind, i + 1]));
}

/**
 * Nest entries with a stack: an entry becomes the child of the nearest earlier entry with a smaller level.
 * Levels deeper than `maxDepth` are clamped so no heading is lost.
 */
export function outline(post: Post, opts: { maxDepth?: number } = {}): OutlineNode[] {
  const maxDepth = Math.max(1, opts.maxDepth ?? 3);
  const entries = headingEntries(post);
  const ranks = rankKinds(entries);
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  for (const e of entries) {
    const node: OutlineNode = {
      text: e.text,
      level: Math.min(ranks.get(e.kind) ?? 1, maxDepth),
      block: e.block,
      element: e.element,
      children: [],
    };
    while (stack.length > 0 && stack[stack.length - 1]!.level >= node.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack.push(node);
  }
  return roots;
}

/** Depth-first list of every node (document order). */
export function flattenOutline(nodes: OutlineNode[]): OutlineNode[] {
  const flat: OutlineNode[] = [];
  const visit = (list: OutlineNode[]) => {
    for (const node of list) {
      flat.push(node);
      visit(node.children);
    }
  };
  visit(nodes);
  return flat;
}
