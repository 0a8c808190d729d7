/**
 * Tokens found by walking text one character at a time over classes remembered per code unit, instead of
 * building an array of regex matches (~2x faster in V8): `words` (tokens.ts) and `countWords` (text.ts).
 * A caller gives the function that decides each character's class once (the classes are below).
 */

/** A surrogate pair's class carries this bit: the character is two code units long. */
const PAIR = 8;
/** Table entry of a high surrogate: its class depends on the code unit after it. */
const HIGH_SURROGATE = 16;

const kindOf = (cls: number): number => cls & ~PAIR;
const widthOf = (cls: number): number => (cls & PAIR ? 2 : 1);

/** Classes a classifier returns. Anything else (OTHER) separates tokens. */
export const WORD = 1;
/** A character that is a token alone: scripts written without spaces. */
export const SINGLE = 2;
/** Joins two word runs into one token when it stands between them ("don't", "4.5"). */
export const JOINER = 3;
export const OTHER = 4;

/**
 * A classifier and what it has decided so far. Plain data read by `classAt`, so that every scanner's call
 * site stays monomorphic: one closure per table made `words` and `countWords` share a polymorphic call.
 */
export interface CharClasses {
  classify: (char: string) => number;
  /** Per BMP code unit; 0 = not yet seen. */
  bmp: Uint8Array;
  astral: Map<number, number>;
}

export function charClasses(classify: (char: string) => number): CharClasses {
  return { classify, bmp: new Uint8Array(0x10000), astral: new Map() };
}

/** The class of the character at `i`, with PAIR set for a surrogate pair (one number: no allocation). */
function classAt(classes: CharClasses, text: string, i: number): number {
  const known = classes.bmp[text.charCodeAt(i)]!;
  return known !== 0 && known !== HIGH_SURROGATE ? known : decide(classes, text, i);
}

/** classAt's slow path, kept apart so that the hot one stays small enough to inline. */
function decide({ classify, bmp, astral }: CharClasses, text: string, i: number): number {
  const code = text.charCodeAt(i);
  const point = text.codePointAt(i)!;
  if (point > 0xffff) {
    let known = astral.get(point);
    if (known === undefined) {
      known = classify(String.fromCodePoint(point));
      astral.set(point, known);
    }
    return known | PAIR;
  }
  if (code >= 0xd800 && code <= 0xdbff) {
    bmp[code] = HIGH_SURROGATE;
    return classify(String.fromCharCode(code)); // unpaired
  }
  const known = classify(String.fromCharCode(code));
  bmp[code] = known;
  return known;
}

/**
 * Counts the tokens of `text` (and pushes each to `out` when given): a SINGLE character, or WORD runs
 * joined by single JOINERs. One loop for both callers, with no callback per token.
 */
export function scanTokens(text: string, classes: CharClasses, out?: string[]): number {
  let count = 0;
  let i = 0;
  while (i < text.length) {
    const cls = classAt(classes, text, i);
    const start = i;
    i += widthOf(cls);
    const kind = kindOf(cls);
    if (kind !== WORD && kind !== SINGLE) continue;
    while (kind === WORD && i < text.length) {
      const next = classAt(classes, text, i);
      if (kindOf(next) === WORD) {
        i += widthOf(next);
        continue;
      }
      if (kindOf(next) !== JOINER || i + 1 >= text.length) break;
      const after = classAt(classes, text, i + 1);
      if (kindOf(after) !== WORD) break;
      i += 1 + widthOf(after);
    }
    count++;
    out?.push(text.slice(start, i));
  }
  return count;
}
