/**
 * One pass over a post body: ordered blocks of reader-visible text, each pointing back at its DOM nodes.
 * Block elements and `<br><br>` end a block; a short fully-emphasised line standing alone becomes a
 * candidate pseudo-heading (confirmed later by `confirmPseudoHeadings`).
 */
import { type Emphasis, emphasisKey, emphasisOf, emphasisWeight, isEmphasized, PLAIN } from './emphasis';
import { runSteps, type Steps } from './steps';
import { countWords } from './text';
import type { Block, BlockKind, HeadingMark, TextPiece } from './types';

const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'video',
  'audio',
  'button',
  'input',
  'select',
  'textarea',
  'form',
  'nav',
  'aside',
  'head',
  'link',
  'meta',
]);

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'blockquote',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'figure',
  'figcaption',
  'hr',
  'center',
  'address',
  'details',
  'summary',
  'fieldset',
  'img',
]);

const HEADING_WEIGHT: Record<string, number> = { h1: 60, h2: 50, h3: 40, h4: 30, h5: 20, h6: 10 };

/** Widgets authors or templates put inside the post body that are not the post: ids/classes, whole tokens. */
const EXCLUDED_NAME =
  /(?:^|[\s_-])(?:share|sharing|sharedaddy|share-?buttons?|social|addthis|related|related-?posts?|jp-relatedposts|teaser|teaser-?list|comments?|comment-?form|author-?box|author-?info|author-?bio|author-?description|about-?author|post-?author-?box|toc|post-toc|mbttoc|ez-toc-container|table-?of-?contents|adsbygoogle|ads|advert|advertisement|sponsored-?links|post-footer|blog-pager|post-share-buttons|widget-?title|yarpp|sharethis|wp-block-buttons)(?:$|[\s_-])/i;

/** Classed headings inside an article are widget titles (scores, galleries, specs); section headings are bare. */
const WIDGET_HEADING_CLASS = /(?:^|[\s_-])(?:title|header|widget|label)(?:$|[\s_-])/i;

const HEADING_WIDGET_TEXT =
  /^(share|share this|share this post|like this|related|related posts|you might also like|comments?|leave a (comment|reply))\s*[:.!]?$/i;

/** Should this element and everything in it be left out of the post text? */
export function isExcluded(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.localName)) return true;
  if (el.localName === 'ins' && el.classList.contains('adsbygoogle')) return true;
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  const id = el.id;
  const cls = el.getAttribute('class');
  if ((id && EXCLUDED_NAME.test(id)) || (cls && EXCLUDED_NAME.test(cls))) return true;
  return false;
}

/** What kind of block text inside `el` makes; 'cell' = table cell (never a pseudo-heading). */
type Context = BlockKind | 'cell';

function contextKind(el: Element, parent: Context): Context {
  switch (el.localName) {
    case 'li':
    case 'dd':
    case 'dt':
      return 'list-item';
    case 'blockquote':
      return 'quote';
    case 'pre':
      return 'pre';
    case 'figcaption':
    case 'caption':
      return 'caption';
    case 'td':
    case 'th':
      return el.classList.contains('tr-caption') ? 'caption' : parent === 'paragraph' ? 'cell' : parent;
    default:
      return parent;
  }
}

interface Line {
  /** Index into the block's pieces where the line starts. */
  firstPiece: number;
  /** Offset in the block text where the line starts. */
  start: number;
  /** Letters seen while the line is a candidate (only whether there are any, once a plain one is seen). */
  letters: number;
  emphasizedLetters: number;
  emphasis: Emphasis | null;
  /** False once the line is too long or has plain letters: stop counting. */
  candidate: boolean;
}

const MAX_HEADING_CHARS = 120;
const MAX_HEADING_WORDS = 12;
const NOT_LETTER = /[^\p{L}\p{N}]+/gu;
const HAS_LETTER = /[\p{L}\p{N}]/u;

export interface RawBlock extends Block {
  /** A pseudo-heading candidate still waiting for `confirmPseudoHeadings`. */
  candidate?: boolean;
}

/** Nodes visited between two yields of `collectBlockSteps`. */
const NODE_SLICE = 3000;

/** Walk `root` once and cut its visible text into blocks. */
export function collectBlocks(root: Element): RawBlock[] {
  return runSteps(collectBlockSteps(root));
}

/** `collectBlocks` as resumable steps (see steps.ts): a huge post body is walked in slices. */
export function* collectBlockSteps(root: Element): Steps<RawBlock[]> {
  const blocks: RawBlock[] = [];
  let parts: string[] = [];
  let pieces: TextPiece[] = [];
  let length = 0;
  let pendingSpace = false;
  let lines: Line[] = [];
  let line: Line | null = null;
  let lastWasBreak = false;
  let blockHeading: Element | null = null;
  let blockContext: Context = 'paragraph';

  const contexts: Context[] = ['paragraph'];
  const emphases: Emphasis[] = [PLAIN];
  const headings: (Element | null)[] = [null];

  function newLine(): Line {
    return {
      firstPiece: pieces.length,
      start: length,
      letters: 0,
      emphasizedLetters: 0,
      emphasis: null,
      candidate: true,
    };
  }

  function endLine(): void {
    if (line && line.firstPiece < pieces.length) lines.push(line);
    line = null;
  }

  function flush(): void {
    endLine();
    if (length > 0) emitBlock(parts.join(''), pieces, lines, blockHeading, blockContext);
    parts = [];
    pieces = [];
    lines = [];
    length = 0;
    pendingSpace = false;
    lastWasBreak = false;
  }

  function emitBlock(
    text: string,
    all: TextPiece[],
    blockLines: Line[],
    heading: Element | null,
    context: Context,
  ) {
    const kind: BlockKind = context === 'cell' ? 'paragraph' : context;
    if (heading) {
      const tag = heading.localName;
      const mark: HeadingMark = { kind: tag, weight: HEADING_WEIGHT[tag] ?? 10, pseudo: false };
      blocks.push({ kind: 'heading', text, element: heading, pieces: all, heading: mark, candidate: true });
      return;
    }
    const mayHoldHeadings = context === 'paragraph';
    let runStart = 0; // index into blockLines of the first line not yet emitted
    const emitRange = (from: number, to: number, mark?: HeadingMark) => {
      const first = blockLines[from]!;
      const next = blockLines[to];
      const startOffset = first.start;
      const endOffset = next ? next.start : text.length;
      const slice = all.slice(first.firstPiece, next ? next.firstPiece : all.length);
      const blockText = text.slice(startOffset, endOffset).trim();
      if (!blockText || slice.length === 0) return;
      const shifted =
        startOffset === 0 ? slice : slice.map((p) => ({ node: p.node, start: p.start - startOffset }));
      const element = commonElement(shifted);
      if (mark)
        blocks.push({
          kind: 'heading',
          text: blockText,
          element,
          pieces: shifted,
          heading: mark,
          candidate: true,
        });
      else blocks.push({ kind, text: blockText, element, pieces: shifted });
    };
    for (let i = 0; i < blockLines.length; i++) {
      const l = blockLines[i]!;
      const mark = mayHoldHeadings ? pseudoMark(l, text, blockLines[i + 1]?.start ?? text.length) : null;
      if (!mark) continue;
      if (runStart < i) emitRange(runStart, i);
      emitRange(i, i + 1, mark);
      runStart = i + 1;
    }
    if (runStart < blockLines.length) emitRange(runStart, blockLines.length);
  }

  function onText(node: Text): void {
    const raw = node.data;
    if (!raw) return;
    let text = raw.replace(/\s+/g, ' ');
    if (text.charCodeAt(0) === 32) {
      pendingSpace = true;
      text = text.slice(1);
    }
    if (!text) return;
    let trailing = false;
    if (text.charCodeAt(text.length - 1) === 32) {
      trailing = true;
      text = text.slice(0, -1);
    }
    if (length > 0 && pendingSpace) {
      parts.push(' ');
      length += 1;
    }
    if (!line) line = newLine();
    pieces.push({ node, start: length });
    parts.push(text);
    length += text.length;
    pendingSpace = trailing;
    lastWasBreak = false;
    if (line.candidate) countLetters(line, text, emphases[emphases.length - 1]!);
  }

  function onBreak(): void {
    if (line && line.letters > 0) {
      endLine();
      lastWasBreak = true;
    } else if (lastWasBreak && length > 0) {
      flush();
    } else {
      lastWasBreak = true;
    }
    pendingSpace = true;
  }

  function enter(el: Element): void {
    const tag = el.localName;
    if (BLOCK_TAGS.has(tag)) flush();
    contexts.push(contextKind(el, contexts[contexts.length - 1]!));
    emphases.push(emphasisOf(el, emphases[emphases.length - 1]!));
    const isSection = tag in HEADING_WEIGHT && !WIDGET_HEADING_CLASS.test(el.getAttribute('class') ?? '');
    headings.push(isSection ? el : headings[headings.length - 1]!);
  }

  function exit(el: Element): void {
    if (BLOCK_TAGS.has(el.localName)) flush();
    contexts.pop();
    emphases.pop();
    headings.pop();
  }

  // Iterative depth-first walk with enter/exit events: linear, no recursion limit on deep Blogger soup.
  let node: Node | null = root.firstChild;
  let visited = 0;
  while (node) {
    if (++visited % NODE_SLICE === 0) yield;
    let descend = false;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (el.localName === 'br') onBreak();
      else if (!isExcluded(el)) {
        enter(el);
        if (el.firstChild) descend = true;
        else exit(el);
      }
    } else if (node.nodeType === 3) {
      if (length === 0) {
        blockHeading = headings[headings.length - 1]!;
        blockContext = contexts[contexts.length - 1]!;
      }
      onText(node as Text);
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) exit(node as Element);
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  flush();
  return blocks;
}

function countLetters(line: Line, text: string, emphasis: Emphasis): void {
  if (!isEmphasized(emphasis)) {
    // Plain letters end the candidacy: whether there is one matters, not how many (most text is plain).
    if (!HAS_LETTER.test(text)) return;
    line.letters += 1;
    line.candidate = false;
    return;
  }
  // The letters' length, not an array of one string per letter.
  const letters = text.replace(NOT_LETTER, '').length;
  if (letters === 0) return;
  line.letters += letters;
  if (isEmphasized(emphasis)) {
    line.emphasizedLetters += letters;
    if (!line.emphasis || emphasisWeight(emphasis) < emphasisWeight(line.emphasis)) line.emphasis = emphasis;
  }
  if (line.emphasizedLetters < line.letters || line.letters > MAX_HEADING_CHARS) line.candidate = false;
}

/** A line that could be a pseudo-heading: short, wholly emphasised, not ending like a sentence. */
function pseudoMark(line: Line, text: string, end: number): HeadingMark | null {
  if (!line.candidate || !line.emphasis || line.letters === 0) return null;
  const lineText = text.slice(line.start, end).trim();
  if (lineText.length > MAX_HEADING_CHARS) return null;
  if (/[.,;。、，；]$/.test(lineText) && !/\.\.\.$|…$/.test(lineText)) return null;
  if (lineText.split(' ').length > MAX_HEADING_WORDS) return null;
  // "Rating: 4.5/5", "Nota: 9/10": a label with a figure is data, not a section title.
  if (/\S:\s.*\d/.test(lineText)) return null;
  // "scarf, bag, coat": a run of items (credits, data), not a section title ("Trees, Moguls, & Terrain" is).
  if ((lineText.match(/,/g)?.length ?? 0) >= 2 && !/[&+]|\b(and|und|y|e|et|dan|en)\b/i.test(lineText))
    return null;
  if (HEADING_WIDGET_TEXT.test(lineText)) return null;
  return { kind: emphasisKey(line.emphasis), weight: emphasisWeight(line.emphasis), pseudo: true };
}

/** The deepest element holding every piece: where to scroll for this block. */
function commonElement(pieces: TextPiece[]): Element {
  const first = pieces[0]!.node;
  const last = pieces[pieces.length - 1]!.node;
  let el = first.parentElement!;
  while (el.parentElement && !el.contains(last)) el = el.parentElement;
  return el;
}

const MIN_FOLLOWING_WORDS = 3;
const MAX_HEADING_CHAIN = 3;
const SPEAKER_LABEL_REPEATS = 3;
const FRAGMENT_WORDS = 4;
const FOLLOWING_BLOCKS = 5;

/**
 * Keep a heading only if body text follows it (allowing a short chain of headings and captions in between).
 * Pseudo-headings must also not be labels repeated all through the post (interview speaker names) nor sit
 * right under a short fragment line (a bibliographic or address box of short lines). `wordCounts` are the
 * blocks' word counts, index for index (extract counts them once for the post's total too).
 */
export function confirmHeadings(
  blocks: RawBlock[],
  wordCounts: number[] = blocks.map((b) => countWords(b.text)),
): Block[] {
  const repeats = new Map<string, number>();
  for (const b of blocks)
    if (b.candidate && b.heading?.pseudo) repeats.set(b.text, (repeats.get(b.text) ?? 0) + 1);
  return blocks.map((b, i) => {
    if (!b.candidate) return b;
    const { candidate: _, ...block } = b;
    const keep =
      followedByBody(blocks, i, wordCounts) &&
      (!b.heading?.pseudo || standsAlone(blocks, i, repeats, wordCounts));
    if (keep) return block;
    const { heading: __, ...plain } = block;
    return { ...plain, kind: 'paragraph' as const };
  });
}

function standsAlone(
  blocks: RawBlock[],
  index: number,
  repeats: Map<string, number>,
  wordCounts: number[],
): boolean {
  const block = blocks[index]!;
  if ((repeats.get(block.text) ?? 0) >= SPEAKER_LABEL_REPEATS) return false;
  const previous = blocks[index - 1];
  const fragment =
    previous?.kind === 'paragraph' &&
    wordCounts[index - 1]! <= FRAGMENT_WORDS &&
    !/[.!?:…]$/.test(previous.text);
  return !fragment;
}

function followedByBody(blocks: RawBlock[], index: number, wordCounts: number[]): boolean {
  let chain = 0;
  let words = 0;
  let read = 0;
  for (let j = index + 1; j < blocks.length && read < FOLLOWING_BLOCKS; j++) {
    const next = blocks[j]!;
    if (next.kind === 'caption') continue;
    if (next.candidate || next.kind === 'heading') {
      // A heading directly over another (a short chain) is fine; one closing a section's text ends the look.
      if (read > 0 || ++chain >= MAX_HEADING_CHAIN) break;
      continue;
    }
    words += wordCounts[j]!;
    read++;
  }
  return words >= MIN_FOLLOWING_WORDS;
}

export function isWidgetHeading(text: string): boolean {
  return HEADING_WIDGET_TEXT.test(text);
}
