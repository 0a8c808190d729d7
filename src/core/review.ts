/**
 * The review card: what is reviewed (from the title, else the opening lines), the stated rating,
 * the verdict sentence and the pros/cons lists when the post has them. Nothing is guessed: a subject
 * the title does not name is null (the panel then shows the post title).
 */
import { ratingSteps } from './rating';
import { splitSentences } from './sentences';
import { runSteps, type Steps } from './steps';
import { type Tokens, words } from './tokens';
import type { Block, Post, ReviewCard, Sentence } from './types';
import { verdictSteps } from './verdict';

const REVIEW_WORD =
  '(?:review|reseña|resenha|rezension|critique|ulasan|recensione|recensie|análisis|análise|test|testbericht|avis|crítica|kritik|resensi|ביקורת|مراجعة|レビュー|感想|書評|评测|测评|书评|影评|리뷰|후기)';
/** "Review: X", "Reseña de X", "Rezension zu X", "Critique : X", "[Review] X", "Review of 'X'". */
const PREFIX = new RegExp(
  String.raw`^\s*[\[(【［]?(?:(?:film|movie|book|game|album|product|buch|libro|livro|jeu|gioco)\s+)?${REVIEW_WORD}[\])】］]?\s*(?:[:：|–—-]\s*|(?<=[\])】］])\s*|\s+(?:of|zu|zum|zur|von|de|del|da|do|des|du|di|della|van|over|dari|film|buku)\s+|\s+(?=["'“‘«„]))(.+)$`,
  'iu',
);
/** "Ulasan Nara X5: subtitle": the review word, then a name (it must be capitalised, checked apart). */
const PREFIX_NAME = new RegExp(String.raw`^\s*${REVIEW_WORD}\s+([^:：|–—]+?)\s*(?:[:：|–—]\s+.*)?$`, 'iu');
/** "X review", "X (2013) review: subtitle", "X — a review", "X [Rezension]", "X im Test". */
const SUFFIX = new RegExp(
  String.raw`^(.+?)\s*(?:[–—|:-]\s*)?(?:[\[(]\s*${REVIEW_WORD}\s*[\])]|(?:a\s+|my\s+|our\s+)?${REVIEW_WORD}|im\s+test|en\s+test|getestet|tested|hands[- ]on)(?:\s*$|\s*[:：|–—-]\s+.*$|\s*\(.*\)\s*$)`,
  'iu',
);
const QUOTED = /^["'“‘«„]\s*(.+?)\s*["'”’»“]/u;
/** CJK title marks name the work wherever they stand: 水野あかり『灯台守の夏』感想. */
const CJK_TITLE = /[『「《]([^』」》]+)[』」》]/u;
const YEAR = /[([]\s*((?:18|19|20)\d\d)\s*[)\]]/u;
const BODY_SUBJECT = new RegExp(
  String.raw`\b${REVIEW_WORD}\s+(?:of|zu|de|do|da|du|di|van|dari)\s+["'“‘«„]([^"'”’»“]{2,80})["'”’»“]`,
  'iu',
);
/** A year the post states for the work: "Published: 2022", "erschien 2023", "publicado em 2021", "released in 2024". */
const YEAR_LINE =
  /(?<![\p{L}])(?:(?:published|released|release date|year|erscheinungsjahr|erschienen|publicado|publicação|lançamento|año|ano|estreno|sortie|année|anno|uscita|jaar|tahun terbit|terbit|rilis)\s*[:：]|(?:first )?published in|released in|publicado (?:em|en)|lançado em|estrenada en|se estrenó en|erschien(?:en)?(?: im jahr)?|sorti en|paru en|uscito nel|pubblicato nel|verschenen in|(?:terbit|dirilis) (?:pada )?(?:tahun )?)\s*((?:18|19|20)\d\d)(?!\d)/iu;
/** An author or director after the name: "X by Jane Doe", "X de Claire Vasseur", "X von K. Albers". */
const BY_AUTHOR = /\s+(?:by|von|de|di|door|oleh|par|da|do)\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}$/u;
/** "Title - Author Name" as book bloggers write it. */
const DASH_AUTHOR = /\s+[-–—]\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,3}$/u;
const TRAILING_PLACE = /,\s+[^,]{1,30}$/u;
const MAX_NAME_WORDS = 15;

type Subject = NonNullable<ReviewCard['subject']>;

/** English titles are title-cased, so trailing lower-case words describe the thing: "Auralis Q3 wireless earbuds". */
function dropDescriptors(name: string): string {
  const tokens = name.split(' ');
  const isLower = (token: string) => /^\p{Ll}+$/u.test(token);
  while (tokens.length > 1 && tokens.slice(0, -1).some((t) => /^\p{Lu}/u.test(t))) {
    const last = tokens[tokens.length - 1]!;
    const beforeLast = tokens[tokens.length - 2]!;
    if (isLower(last)) tokens.pop();
    else if (/^\d+$/.test(last) && isLower(beforeLast))
      tokens.splice(-2, 2); // "season 1"
    else break;
  }
  return tokens.join(' ');
}

function cleanName(raw: string, language: string): Subject | null {
  let name = raw.trim();
  const year = YEAR.exec(name);
  if (year) name = name.replace(year[0], ' ');
  const quoted = QUOTED.exec(name.trim()) ?? CJK_TITLE.exec(name);
  if (quoted) name = quoted[1]!;
  name = name.replace(/\s+/g, ' ').replace(/^[\s:–—|-]+|[\s:–—|,.-]+$/gu, '');
  const words = () => name.split(' ').length;
  for (const tail of [BY_AUTHOR, DASH_AUTHOR, TRAILING_PLACE]) {
    const stripped = name.replace(tail, '');
    if (stripped !== name && stripped.split(' ').length >= 2 - (tail === BY_AUTHOR ? 1 : 0)) name = stripped;
  }
  if (language === 'en') name = dropDescriptors(name);
  if (!name || words() > MAX_NAME_WORDS) return null;
  return { name, year: year ? Number(year[1]) : null };
}

/** The reviewed thing's name (and year when stated) from a title such as "Her (2013) review". */
export function subjectFromTitle(title: string, language = 'en'): ReviewCard['subject'] {
  const named = PREFIX_NAME.exec(title);
  const match =
    PREFIX.exec(title) ?? (named && /^\p{Lu}/u.test(named[1]!) ? named : null) ?? SUFFIX.exec(title);
  return match ? cleanName(match[1]!, language) : null;
}

/** The first stated year, preferring a block that names the subject. */
function statedYear(post: Post, name: string): number | null {
  let fallback: number | null = null;
  for (const block of post.blocks) {
    const match = YEAR_LINE.exec(block.text);
    if (!match) continue;
    if (block.text.includes(name)) return Number(match[1]);
    fallback ??= Number(match[1]);
  }
  return fallback;
}

function findSubject(post: Post): ReviewCard['subject'] {
  let subject = post.title ? subjectFromTitle(post.title, post.language) : null;
  if (!subject) {
    for (const block of post.blocks.slice(0, 5)) {
      const match = BODY_SUBJECT.exec(block.text);
      if (match) {
        subject = cleanName(`"${match[1]}"`, post.language);
        break;
      }
    }
  }
  return subject && subject.year === null ? { ...subject, year: statedYear(post, subject.name) } : subject;
}

const PROS =
  /^(pros|the good|good|what (we|i) (liked|loved)|likes|highlights|plus(es|punkte)?|positives?|upsides?|strengths|vorteile|was (uns|mir) gefällt|positiv|lo (mejor|bueno)|ventajas|puntos (fuertes|positivos)|prós|pontos (positivos|fortes)|vantagens|kelebihan|les plus|points forts|on a aimé|on aime|punti di forza|pregi|pluspunten|voordelen|良かった点|良い点|よかった点|長所|メリット|优点|優點|장점)(?![\p{L}\p{N}])/iu;
const CONS =
  /^(cons|the bad|bad|the not so good|what (we|i) (didn't|did not|disliked)( like)?|(what )?could be better|room for improvement|dislikes|lowlights|minus(es|punkte)?|negatives?|downsides?|weaknesses|nachteile|was (uns|mir) nicht (gefällt|gefallen hat)|verbesserungswürdig|lo que no me gustó|o que não gostei|da migliorare|negativ|lo (peor|malo)|desventajas|puntos (débiles|negativos)|contras|pontos (negativos|fracos)|desvantagens|kekurangan|les moins|points faibles|on n'a pas aimé|on n'aime pas|punti deboli|difetti|minpunten|nadelen|気になった点|悪い点|残念な点|短所|デメリット|缺点|缺點|단점)(?![\p{L}\p{N}])/iu;
const BOTH =
  /^(pros (and|&|y|e|et) (cons|contras)|prós e contras|plus (und|and) minus|kelebihan (dan|&) kekurangan)(?![\p{L}\p{N}])/iu;
const MAX_LABEL_WORDS = 6;
/** Longer than any label of MAX_LABEL_WORDS words ("Was uns nicht gefallen hat:" is 27 characters). */
const MAX_LABEL_CHARS = 80;
/** A paragraph longer than this is prose, which ends a pros/cons list. */
const MAX_ITEM_WORDS = 25;

type Side = 'pros' | 'cons' | 'both';

/** A block that opens a pros or cons section: a heading, or a short line such as "The Good:". */
function sectionSide(block: Block): Side | null {
  // A label is a few words: longer blocks (most of a post) are prose, and splitting them into words is waste.
  if (block.kind !== 'heading' && block.text.length > MAX_LABEL_CHARS) return null;
  const text = block.text.replace(/[:：]\s*$/, '').trim();
  const isLabel =
    block.kind === 'heading' || (text.split(/\s+/).length <= MAX_LABEL_WORDS && !/[.!?]$/.test(text));
  if (!isLabel || /[:：]\s*\S/u.test(text)) return null; // "Pros: fast, quiet" is an inline list
  if (BOTH.test(text)) return 'both';
  if (CONS.test(text)) return 'cons';
  if (PROS.test(text)) return 'pros';
  return null;
}

/** "Pros: fast, quiet" on one line. */
function inlineItems(block: Block): { side: 'pros' | 'cons'; items: string[] } | null {
  const match = /^([^:：]{2,40})[:：]\s*(.+)$/u.exec(block.text);
  if (!match) return null;
  const side = sectionSide({ ...block, kind: 'paragraph', text: match[1]! });
  if (!side || side === 'both') return null;
  return { side, items: match[2]!.split(/\s*[;,•]\s*/u).filter(Boolean) };
}

/**
 * Items under pros/cons labels. Labels may come one after the other ("Pros", "Cons", then two lists, as a
 * two-column layout reads): each new list (a new parent element) then takes the next label in turn.
 */
export function findProsCons(post: Post): { pros: string[]; cons: string[] } {
  const lists = { pros: [] as string[], cons: [] as string[] };
  let sides: Side[] = [];
  let labelRun = false;
  let listParent: Element | null = null;
  let inList = false;
  for (const block of post.blocks) {
    const opens = sectionSide(block);
    if (opens) {
      // "Pros" then "Cons" with no items between: queue them. An umbrella "Pros and cons" gives way to its sub-labels.
      sides = labelRun && opens !== 'both' && !sides.includes('both') ? [...sides, opens] : [opens];
      labelRun = true;
      listParent = null;
      inList = false;
      continue;
    }
    labelRun = false;
    const inline = inlineItems(block);
    if (inline) {
      lists[inline.side].push(...inline.items);
      sides = [];
      continue;
    }
    // After list items, anything else ends the section; before them, an intro paragraph is skipped.
    const endsList = inList && block.kind !== 'list-item';
    if (sides.length === 0 || endsList || (block.kind !== 'list-item' && block.kind !== 'paragraph')) {
      sides = [];
      continue;
    }
    if (block.kind === 'paragraph' && words(block.text).length > MAX_ITEM_WORDS) continue;
    if (block.kind === 'list-item') {
      const parent = block.element.parentElement;
      if (inList && parent !== listParent && sides.length > 1) sides = sides.slice(1);
      listParent = parent;
      inList = true;
    }
    const side = sides[0]!;
    const signed = /^([+−–-])\s*(.+)$/u.exec(block.text);
    if (side === 'both') {
      if (signed) lists[signed[1] === '+' ? 'pros' : 'cons'].push(signed[2]!);
      continue;
    }
    lists[side].push(signed ? signed[2]! : block.text);
  }
  return lists;
}

/** The card as resumable steps (see steps.ts), from the post's sentences (and their tokens, when known). */
export function* reviewSteps(post: Post, sentences: Sentence[], tokens?: Tokens[]): Steps<ReviewCard> {
  const subject = findSubject(post);
  const rating = yield* ratingSteps(post);
  const verdict = yield* verdictSteps(post, sentences, subject?.name ?? null, tokens);
  yield;
  return { subject, rating, verdict, ...findProsCons(post) };
}

export function review(post: Post, sentences: Sentence[] = splitSentences(post)): ReviewCard {
  return runSteps(reviewSteps(post, sentences));
}
