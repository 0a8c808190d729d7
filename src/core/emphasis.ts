/** How prominent an inline run looks, read from tags and inline styles only (no layout, no computed style). */

export interface Emphasis {
  bold: boolean;
  underline: boolean;
  /** Font size in px when set larger than body text (≥ 17px), else 0. */
  sizePx: number;
}

export const PLAIN: Emphasis = { bold: false, underline: false, sizePx: 0 };

const LARGER_THAN_BODY_PX = 17;
const FONT_SIZE_ATTR_PX: Record<string, number> = {
  '4': 18,
  '5': 24,
  '6': 32,
  '7': 48,
  '+1': 18,
  '+2': 24,
  '+3': 32,
  '+4': 48,
};
const SIZE_KEYWORD_PX: Record<string, number> = {
  large: 18,
  larger: 19,
  'x-large': 24,
  'xx-large': 32,
  'xxx-large': 48,
};

function cssSizeToPx(value: string): number {
  const match = /^([\d.]+)\s*(px|pt|em|rem|%)?$/.exec(value.trim());
  if (!match) return SIZE_KEYWORD_PX[value.trim()] ?? 0;
  const n = Number(match[1]);
  switch (match[2]) {
    case 'pt':
      return n * (4 / 3);
    case 'em':
    case 'rem':
      return n * 16;
    case '%':
      return n * 0.16;
    default:
      return n;
  }
}

/** The emphasis `el` adds on top of `parent`; returns `parent` itself when it adds nothing (no allocation). */
export function emphasisOf(el: Element, parent: Emphasis): Emphasis {
  const tag = el.localName;
  let bold = parent.bold;
  let underline = parent.underline;
  let sizePx = parent.sizePx;
  if (tag === 'b' || tag === 'strong') bold = true;
  else if (tag === 'u' || tag === 'ins') underline = true;
  else if (tag === 'big') sizePx = Math.max(sizePx, 19);
  else if (tag === 'font') {
    const px = FONT_SIZE_ATTR_PX[el.getAttribute('size')?.trim() ?? ''];
    if (px) sizePx = px;
  }
  const style = el.getAttribute('style');
  if (style) {
    const lower = style.toLowerCase();
    const weight = /font-weight\s*:\s*([a-z0-9]+)/.exec(lower)?.[1];
    if (weight) bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
    if (/text-decoration[a-z-]*\s*:[^;]*underline/.test(lower)) underline = true;
    const size = /font-size\s*:\s*([^;!]+)/.exec(lower)?.[1];
    if (size) {
      const px = cssSizeToPx(size);
      sizePx = px >= LARGER_THAN_BODY_PX ? px : 0;
    }
  }
  if (bold === parent.bold && underline === parent.underline && sizePx === parent.sizePx) return parent;
  return { bold, underline, sizePx };
}

export function isEmphasized(e: Emphasis): boolean {
  return e.bold || e.underline || e.sizePx > 0;
}

/** Same key = same heading kind in one post. */
export function emphasisKey(e: Emphasis): string {
  const parts: string[] = [];
  if (e.sizePx > 0) parts.push(`size:${Math.round(e.sizePx)}`);
  if (e.bold) parts.push('bold');
  if (e.underline) parts.push('underline');
  return parts.join('+');
}

/** Pseudo-headings rank below every real <hN> (h6 = 10) unless their font is larger. */
export function emphasisWeight(e: Emphasis): number {
  return (e.sizePx > 0 ? e.sizePx * 2 : 0) + (e.bold ? 5 : 0) + (e.underline ? 3 : 0);
}
