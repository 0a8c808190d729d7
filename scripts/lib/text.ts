/** Text normalisation and overlap measures shared by the eval scorers. */

/** Collapse whitespace (incl. NBSP) and trim: how the corpus compares label strings. */
export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Loose key for matching headings: collapsed, lower-case, typographic quotes folded. */
export function matchKey(text: string): string {
  return normalize(text)
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"');
}

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Bag-of-words F1 between an extracted text and a reference text. */
export function wordF1(candidate: string, reference: string): number {
  const counts = new Map<string, number>();
  const ref = words(reference);
  for (const w of ref) counts.set(w, (counts.get(w) ?? 0) + 1);
  const cand = words(candidate);
  let overlap = 0;
  for (const w of cand) {
    const left = counts.get(w) ?? 0;
    if (left > 0) {
      overlap++;
      counts.set(w, left - 1);
    }
  }
  return prf(overlap, cand.length - overlap, ref.length - overlap).f1;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
