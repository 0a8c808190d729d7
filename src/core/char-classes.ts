/**
 * Character classes remembered per code unit, for scanners that walk text one character at a time instead
 * of building an array of regex matches (tokens.ts, text.ts). Each scanner names its classes as small
 * numbers (1–7) and gives the function that decides them once per character.
 */

/** A surrogate pair's class carries this bit: the character is two code units long. */
export const PAIR = 8;
/** Table entry of a high surrogate: its class depends on the code unit after it. */
const HIGH_SURROGATE = 16;

export const kindOf = (cls: number): number => cls & ~PAIR;
export const widthOf = (cls: number): number => (cls & PAIR ? 2 : 1);

export interface CharClasses {
  /** The class of the character at `i`, with PAIR set for a surrogate pair (one number: no allocation). */
  at(text: string, i: number): number;
}

export function charClasses(classify: (char: string) => number): CharClasses {
  const bmp = new Uint8Array(0x10000); // 0 = not yet seen
  const astral = new Map<number, number>();
  /** The slow path, kept apart so that the hot one stays small enough to inline. */
  const decide = (text: string, i: number): number => {
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
  };
  return {
    at(text, i) {
      const known = bmp[text.charCodeAt(i)]!;
      return known !== 0 && known !== HIGH_SURROGATE ? known : decide(text, i);
    },
  };
}
