/**
 * Ratings as reviewers write them: "8/10", "4.5 out of 5", "★★★★☆", "4 stars", "9 von 10", "Nota: 8",
 * "Note : 4/5", "Score: 85%", "Grade: B+". The rule is to never invent one: a number only counts
 * when its form or its words say it is a rating, so dates (10/12/2023), "24/7", "1/2 cup", match
 * scores (3-1), times, "Top 10", years, page numbers and prices are left alone.
 *
 * Letter grades use a 12-point scale, one step per grade: F = 0, D- = 1, D = 2 … A = 11, A+ = 12.
 * Bare labelled numbers ("Nota: 8", "Score: 87") take scale 10 up to 10, else 100.
 */
import { runSteps, type Steps } from './steps';
import type { Post, Rating } from './types';

const NUMBER = String.raw`(\d{1,3}(?:[.,]\d{1,2})?)`;
const SCALES = new Set([4, 5, 10, 20, 100]);
const FILLED = '★⭐✪✭✮✯';
const EMPTY = '☆✩✰';
const HALF = '½⯨⯪';
const GLYPHS = `[${FILLED}${EMPTY}${HALF}]\\uFE0F?`;
const STAR_RUN = new RegExp(`${GLYPHS}(?:\\s?${GLYPHS}){2,11}`, 'g');

/** Words naming the unit of a rating: "5 von 5 Punkten", "4 out of 5 stars". */
const UNIT = String.raw`(?:stars?|points?|pts|punkte?n?|sterne?n?|estrellas?|puntos?|estrelas?|pontos?|étoiles?|stelle|stella|punti|sterren|punten|bintang|poin)\b`;
/** "X out of Y" connectors. Ambiguous ones ("of", "de", "van", "em", "su") also need a unit or a rating word. */
const OUT_OF = new RegExp(`${NUMBER}\\s*(out of|von|sur|uit|dari|of|de|van|em|su)\\s+${NUMBER}`, 'gi');
const AMBIGUOUS_CONNECTORS = new Set(['of', 'de', 'van', 'em', 'su']);
const SLASH = new RegExp(`${NUMBER}\\s*/\\s*${NUMBER}`, 'gu');
const STARS_WORD = new RegExp(
  `${NUMBER}(\\s*-\\s*|\\s+)(stars?|sterne?n?|estrellas?|estrelas?|étoiles?|stelle|sterren|bintang)\\b`,
  'gi',
);
const LABEL = String.raw`(?:(?:my|our|final|overall|total)\s+)?(?:rating|score|verdict|grade|note|nota(?:\s+final)?|bewertung|wertung|gesamtwertung|gesamtnote|endnote|punktzahl|puntuación|puntuacion|calificación|valoración|pontuação|avaliação|classificação|nilai|skor|penilaian|voto|giudizio|valutazione|punteggio|cijfer|beoordeling|waardering|overall|ציון|דירוג|تقييم|التقييم)`;
const LABELLED = new RegExp(
  `(?<![\\p{L}])${LABEL}\\s*[:：=–-]?\\s*${NUMBER}\\s*(%|(?:/|out of|von|de|sur|su|uit|dari)\\s*(\\d{1,3}))?`,
  'gi',
);
const LETTER_GRADE = /(?<![\p{L}])(?:grade|rating|note|nota|score)\s*[:：]\s*([A-DF])([+\-−]?)/giu;
const GRADE_STEPS: Record<string, number> = { A: 11, B: 8, C: 5, D: 2, F: 0 };

/** Words that make a bare "8/10" a rating when they share its text. */
const RATING_CONTEXT =
  /(?<![\p{L}])(rat(e|ed|ing)|scor(e|ed|es)|stars?|verdict|grade|overall|giv(e|es|ing)|gave|gets?|earns?|deserves?|punkte?n?|bewert\w*|wertung|gebe|verdient|nota|puntuaci[oó]n|calificaci[oó]n|doy|merece|pontua[cç][aã]o|dou|nilai|skor|beri|voto|punteggio|cijfer|geef|points?)(?![\p{L}])/iu;
/** Words before a number that make it a position, not a rating: "page 3/10", "chapter 1 of 5". */
const POSITION_BEFORE =
  /(?<![\p{L}])(pages?|p|pp|seite|página|pagina|chapters?|kapitel|capítulo|capitulo|chapitre|capitolo|hoofdstuk|bab|halaman|steps?|schritt|paso|passo|étape|stap|langkah|episodes?|folge|episodio|épisode|aflevering|part|teil|parte|partie|deel|season|staffel|temporada|saison|stagione|seizoen|musim|vol|volume|band|issue|nr|no|slide|photo|foto|image|bild|day|tag|día|dia|jour|giorno|hari|#)\.?\s*$/iu;
/** Units of measure after a fraction: "1/2 cup", "3/4 inch". */
const MEASURE_AFTER =
  /^\s*(cups?|tsp|tbsp|teaspoons?|tablespoons?|inch(es)?|in|oz|ounces?|lbs?|pounds?|kg|g|ml|l|miles?|km|c|taza|tazas|cucharadas?|colher(es)?|xícaras?|tasses?|cuillères?|tazza|cucchiai|kopjes?|eetlepels?|sendok|gelas)\b/iu;
/** A word before a bare "3/5" that makes it a date: "posted 3/5", "on 3/5", "am 3/5". */
const DATE_BEFORE =
  /(?<![\p{L}])(posted|published|released|updated|dated?|datum|fecha|tanggal|on|am|le|el|il|op|pada|since|until|from|to|seit|bis|desde|hasta|du|au|dal|al|van|tot|sampai)\s*$/iu;
const CURRENCY_OR_DIGIT_BEFORE = /[\d$€£¥₹/.,]\s*$/u;
/** What may follow a rating: nothing, punctuation, a closing bracket, a dash, or a unit word. */
const RATING_END = new RegExp(`^(?:\\s*$|\\s*[.,;:!?)\\]}»"”’']|\\s+[–—-]\\s|\\s*${UNIT})`, 'i');
const OVERALL_CUE =
  /(overall|final|total|gesamt\w*|endnote|fazit|verdict|veredicto|veredito|global|keseluruhan|complessiv\w*|totaal|eindcijfer|my rating|our rating|geral|in sum|bottom line)/i;

export interface RatingHit extends Rating {
  /** Where the rating text starts in the scanned text. */
  index: number;
  /** Introduced by a label such as "Rating:" or "Nota:". */
  labelled: boolean;
}

function toNumber(raw: string): number {
  return Number(raw.replace(',', '.'));
}

/** A number run continues ("10/12/2023", "3-1", "4/52"): not a rating. */
function continuesNumber(rest: string): boolean {
  return /^\s*[/-]\s*\d/.test(rest) || /^\d/.test(rest);
}

/** Strict ending for forms that need it; `lenient` (rating words nearby, explicit scale) allows any word after. */
function endsLikeRating(rest: string, lenient = false): boolean {
  return !continuesNumber(rest) && (lenient || RATING_END.test(rest));
}

function isValid(value: number, scale: number): boolean {
  return Number.isFinite(value) && SCALES.has(scale) && value >= 0 && value <= scale;
}

function starHits(text: string): RatingHit[] {
  const hits: RatingHit[] = [];
  for (const match of text.matchAll(STAR_RUN)) {
    const run = match[0];
    const count = (set: string) => [...run].filter((ch) => set.includes(ch)).length;
    const [filled, empty, half] = [count(FILLED), count(EMPTY), count(HALF)];
    const total = filled + empty + half;
    const scale = empty + half > 0 ? total : filled <= 5 ? 5 : 10;
    const value = filled + half / 2;
    if (isValid(value, scale)) hits.push({ value, scale, text: run, index: match.index, labelled: false });
  }
  return hits;
}

function outOfHits(text: string): RatingHit[] {
  const hits: RatingHit[] = [];
  for (const match of text.matchAll(OUT_OF)) {
    const [whole, rawValue, connector, rawScale] = match as unknown as [string, string, string, string];
    const before = text.slice(0, match.index);
    const rest = text.slice(match.index + whole.length);
    const value = toNumber(rawValue);
    const scale = toNumber(rawScale);
    if (!isValid(value, scale) || POSITION_BEFORE.test(before) || CURRENCY_OR_DIGIT_BEFORE.test(before))
      continue;
    if (!endsLikeRating(rest, RATING_CONTEXT.test(text))) continue;
    const unit = new RegExp(`^\\s*${UNIT}`, 'i').exec(rest)?.[0] ?? '';
    if (AMBIGUOUS_CONNECTORS.has(connector.toLowerCase()) && !unit && !RATING_CONTEXT.test(text)) continue;
    hits.push({ value, scale, text: whole + unit, index: match.index, labelled: false });
  }
  return hits;
}

function slashHits(text: string): RatingHit[] {
  const hits: RatingHit[] = [];
  for (const match of text.matchAll(SLASH)) {
    const [whole, rawValue, rawScale] = match as unknown as [string, string, string];
    const before = text.slice(0, match.index);
    const rest = text.slice(match.index + whole.length);
    const value = toNumber(rawValue);
    const scale = toNumber(rawScale);
    if (!isValid(value, scale) || /[\p{L}]$/u.test(before) || CURRENCY_OR_DIGIT_BEFORE.test(before)) continue;
    if (POSITION_BEFORE.test(before) || DATE_BEFORE.test(before) || MEASURE_AFTER.test(rest)) continue;
    const context = RATING_CONTEXT.test(text);
    if (!endsLikeRating(rest, context)) continue;
    const otherWords = (before + rest).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    const decimal = /[.,]/.test(rawValue) && (scale === 5 || scale === 10);
    if (!(decimal || otherWords <= 4 || context)) continue;
    hits.push({ value, scale, text: whole, index: match.index, labelled: false });
  }
  return hits;
}

function starWordHits(text: string): RatingHit[] {
  const hits: RatingHit[] = [];
  for (const match of text.matchAll(STARS_WORD)) {
    const [whole, rawValue, gap] = match as unknown as [string, string, string];
    const value = toNumber(rawValue);
    const rest = text.slice(match.index + whole.length);
    const before = text.slice(0, match.index);
    if (gap.includes('-') || /^\s*(hotels?|resorts?|hostels?|restaurants?)\b/i.test(rest)) continue; // "5-star hotel"
    if (!isValid(value, 5) || CURRENCY_OR_DIGIT_BEFORE.test(before)) continue;
    hits.push({ value, scale: 5, text: whole, index: match.index, labelled: false });
  }
  return hits;
}

function labelledHits(text: string): RatingHit[] {
  const hits: RatingHit[] = [];
  for (const match of text.matchAll(LABELLED)) {
    const [whole, rawValue, suffix, rawScale] = match as unknown as [string, string, string?, string?];
    if (!endsLikeRating(text.slice(match.index + whole.length), rawScale !== undefined)) continue;
    const value = toNumber(rawValue);
    const integer = Number.isInteger(value);
    const scale = rawScale
      ? toNumber(rawScale)
      : suffix === '%'
        ? 100
        : value <= 10
          ? 10
          : integer
            ? 100
            : Number.NaN;
    if (!isValid(value, scale)) continue;
    const numberAt = match.index + whole.search(/\d/);
    hits.push({
      value,
      scale,
      text: whole.slice(numberAt - match.index).trim(),
      index: numberAt,
      labelled: true,
    });
  }
  for (const match of text.matchAll(LETTER_GRADE)) {
    const [whole, letter, sign] = match as unknown as [string, string, string];
    if (!endsLikeRating(text.slice(match.index + whole.length))) continue;
    const step =
      (GRADE_STEPS[letter.toUpperCase()] ?? 0) +
      (letter.toUpperCase() === 'F' ? 0 : sign === '+' ? 1 : sign ? -1 : 0);
    const gradeAt = match.index + whole.length - letter.length - sign.length;
    hits.push({ value: step, scale: 12, text: letter + sign, index: gradeAt, labelled: true });
  }
  return hits;
}

/** Every form of rating needs a digit, a star glyph or a grade label: text without any has none. */
const MAY_RATE = new RegExp(`[\\d${FILLED}${EMPTY}${HALF}]|(?:grade|rating|note|nota|score)\\s*[:：]`, 'i');

/** Every rating stated in `text`, in text order; overlapping readings keep the labelled/longer one. */
export function findRatings(text: string): RatingHit[] {
  if (!MAY_RATE.test(text)) return [];
  const all = [
    ...labelledHits(text),
    ...outOfHits(text),
    ...slashHits(text),
    ...starHits(text),
    ...starWordHits(text),
  ];
  const kept: RatingHit[] = [];
  for (const hit of all) {
    const end = hit.index + hit.text.length;
    if (kept.some((other) => hit.index < other.index + other.text.length && other.index < end)) continue;
    kept.push(hit);
  }
  return kept.sort((a, b) => a.index - b.index);
}

export function parseRating(text: string): Rating | null {
  const hit = findRatings(text)[0];
  return hit ? { value: hit.value, scale: hit.scale, text: hit.text } : null;
}

interface PlacedHit {
  hit: RatingHit;
  overall: boolean;
  standalone: boolean;
}

const key = (rating: { value: number; scale: number }) => `${rating.value}/${rating.scale}`;
const strip = ({ value, scale, text }: Rating): Rating => ({ value, scale, text });

/**
 * The post's overall rating: schema.org first, then text. Several different ratings with none marked
 * overall read as per-category scores, which give no overall rating.
 */
export function findRating(post: Post): Rating | null {
  return runSteps(ratingSteps(post));
}

/** Blocks scanned for ratings between two yields of `ratingSteps`. */
const BLOCK_SLICE = 150;

/** `findRating` as resumable steps (see steps.ts). */
export function* ratingSteps(post: Post): Steps<Rating | null> {
  const placed: PlacedHit[] = [];
  for (const [index, block] of post.blocks.entries()) {
    if (index % BLOCK_SLICE === BLOCK_SLICE - 1) yield;
    const hits = findRatings(block.text);
    if (hits.length === 0) continue;
    const words = block.text.split(/\s+/).length;
    for (const hit of hits) {
      const lead = block.text.slice(Math.max(0, hit.index - 40), hit.index);
      placed.push({
        hit,
        overall: OVERALL_CUE.test(lead),
        standalone: block.kind === 'heading' || words <= 8,
      });
    }
  }
  if (post.schemaRating) {
    const { value, scale } = post.schemaRating;
    const shown = placed.find(({ hit }) => key(hit) === key(post.schemaRating!));
    return shown ? strip(shown.hit) : { value, scale, text: `${value}/${scale}` };
  }
  const overall = placed.filter((p) => p.overall);
  if (overall.length > 0) return strip(overall[overall.length - 1]!.hit);
  const distinct = new Set(placed.map((p) => key(p.hit)));
  if (distinct.size === 1) return strip(placed[0]!.hit);
  const standalone = placed.filter((p) => p.standalone);
  if (new Set(standalone.map((p) => key(p.hit))).size === 1) return strip(standalone[0]!.hit);
  return null;
}
