/** Block-text offsets back to DOM positions, by replaying the whitespace collapse over `block.pieces`. */
import type { Block, TextPiece } from './types';

const SPACE = /\s/;

interface Point {
  node: Text;
  offset: number;
}

/** Index of the last piece starting at or before `offset`. */
function pieceAt(pieces: TextPiece[], offset: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Where block offset `offset` falls inside the piece's Text node. */
function pointIn(piece: TextPiece, offset: number): Point {
  const data = piece.node.data;
  let i = 0;
  while (i < data.length && SPACE.test(data[i]!)) i++;
  let pos = piece.start;
  while (i < data.length && pos < offset) {
    if (SPACE.test(data[i]!)) {
      while (i < data.length && SPACE.test(data[i]!)) i++;
    } else i++;
    pos++;
  }
  return { node: piece.node, offset: i };
}

/**
 * A Range over `block.text.slice(start, end)`, or null when the offsets are out of bounds or the nodes
 * are gone. Creating a Range does not change the page.
 */
export function rangeFor(block: Block, start: number, end: number, doc: Document): Range | null {
  const { pieces } = block;
  if (pieces.length === 0 || start < 0 || end > block.text.length || start >= end) return null;
  const from = pointIn(pieces[pieceAt(pieces, start)]!, start);
  // The end belongs to the piece holding its last character, not to the next piece.
  const to = pointIn(pieces[pieceAt(pieces, end - 1)]!, end);
  try {
    const range = doc.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  } catch {
    return null;
  }
}
