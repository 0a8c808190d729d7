/**
 * The review card: what is reviewed (from the title, else the opening lines), the stated rating,
 * the verdict sentence and the pros/cons lists when the post has them. Nothing is guessed: a subject
 * the title does not name is null (the panel then shows the post title).
 */
import { findRating } from './rating';
import { splitSentences } from './sentences';
import type { Block, Post, ReviewCard } from './types';
import { findVerdict } from './verdict';

const REVIEW_WORD =
  '(?:review|reseña|resenha|rezension|critique|ulasan|recensione|recensie|análisis|análise|test|testbericht|avis|crítica|kritik|resensi)';
/** "Review: X", "Reseña de X", "Rezension zu X", "Critique : X", "Ulasan X", "[Review] X". */
const PREFIX = new RegExp(
  String.raw`^\s*[\[(]?(?:(?:film|movie|book|game|album|product|buch|libro|livro|film|jeu|gioco)\s+)?${REVIEW_WORD}[\])]?\s*(?:[:：|–—-]\s*|\s+(?:of|zu|zum|zur|von|de|del|da|do|des|du|di|della|van|over|dari|film|buku)\s+|\s+(?=["'“‘«„]))(.+)$`,
  'iu',
);
/** "X review", "X (2013) review: subtitle", "X — a review", "X [Rezension]", "X im Test". */
const SUFFIX = new RegExp(
  String.raw`^(.+?)\s*(?:[–—|:-]\s*)?(?:[\[(]\s*${REVIEW_WORD}\s*[\])]|(?:a\s+|my\s+|our\s+)?${REVIEW_WORD}|im\s+test|en\s+test|getestet|tested|hands[- ]on)(?:\s*$|\s*[:：|–—-]\s+.*$|\s*\(.*\)\s*$)`,
  'iu',
);
const QUOTED = /^["'“‘«„]\s*(.+?)\s*["'”’»“]/u;
const YEAR = /[([]\s*((?:18|19|20)\d\d)\s*[)\]]/u;
const BODY_SUBJECT = new RegExp(
  String.raw`\b${REVIEW_WORD}\s+(?:of|zu|de|do|da|du|di|van|dari)\s+["'“‘«„]([^"'”’»“]{2,80})["'”’»“]`,
  'iu',
);

function cleanName(raw: string): { name: string; year: number | null } | null {
  let name = raw.trim();
  const year = YEAR.exec(name);
  if (year) name = name.replace(year[0], ' ');
  const quoted = QUOTED.exec(name.trim());
  if (quoted) name = quoted[1]!;
  name = name.replace(/\s+/g, ' ').replace(/^[\s:–—|-]+|[\s:–—|,.-]+$/gu, '');
  if (!name || name.split(' ').length > 15) return null;
  return { name, year: year ? Number(year[1]) : null };
}

/** The reviewed thing's name (and year when stated) from a title such as "Her (2013) review". */
export function subjectFromTitle(title: string): ReviewCard['subject'] {
  const match = PREFIX.exec(title) ?? SUFFIX.exec(title);
  return match ? cleanName(match[1]!) : null;
}

function findSubject(post: Post): ReviewCard['subject'] {
  const fromTitle = post.title ? subjectFromTitle(post.title) : null;
  if (fromTitle) return fromTitle;
  for (const block of post.blocks.slice(0, 5)) {
    const match = BODY_SUBJECT.exec(block.text);
    if (match)
      return cleanName(
        `"${match[1]}"${block.text.slice(match.index + match[0].length).match(/^\s*\(\d{4}\)/)?.[0] ?? ''}`,
      );
  }
  return null;
}

const PROS =
  /^(pros|the good|good|what (we|i) liked|likes|plus(es|punkte)?|positives?|upsides?|strengths|vorteile|was (uns|mir) gefällt|positiv|lo (mejor|bueno)|ventajas|puntos (fuertes|positivos)|prós|pontos (positivos|fortes)|vantagens|kelebihan|les plus|points forts|on a aimé|on aime|punti di forza|pregi|pluspunten|voordelen)\b/iu;
const CONS =
  /^(cons|the bad|bad|what (we|i) (didn't|did not|disliked)( like)?|dislikes|minus(es|punkte)?|negatives?|downsides?|weaknesses|nachteile|was (uns|mir) nicht gefällt|negativ|lo (peor|malo)|desventajas|puntos (débiles|negativos)|contras|pontos (negativos|fracos)|desvantagens|kekurangan|les moins|points faibles|on n'a pas aimé|on n'aime pas|punti deboli|difetti|minpunten|nadelen)\b/iu;
const BOTH =
  /^(pros (and|&|y|e|et) (cons|contras)|prós e contras|plus (und|and) minus|kelebihan (dan|&) kekurangan)\b/iu;
const MAX_LABEL_WORDS = 6;

type Side = 'pros' | 'cons' | 'both';

/** A block that opens a pros or cons section: a heading, or a short line such as "The Good:". */
function sectionSide(block: Block): Side | null {
  const text = block.text.replace(/[:：]\s*$/, '').trim();
  const isLabel =
    block.kind === 'heading' || (text.split(/\s+/).length <= MAX_LABEL_WORDS && !/[.!?]$/.test(text));
  if (!isLabel) return null;
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

export function findProsCons(post: Post): { pros: string[]; cons: string[] } {
  const lists = { pros: [] as string[], cons: [] as string[] };
  let side: Side | null = null;
  for (const block of post.blocks) {
    const opens = sectionSide(block);
    if (opens) {
      side = opens;
      continue;
    }
    const inline = inlineItems(block);
    if (inline) {
      lists[inline.side].push(...inline.items);
      side = null;
      continue;
    }
    if (!side || (block.kind !== 'list-item' && block.kind !== 'paragraph')) {
      side = null;
      continue;
    }
    if (block.kind === 'paragraph' && block.text.split(/\s+/).length > 25) {
      side = null; // prose ends a list section
      continue;
    }
    const signed = /^([+−–-])\s*(.+)$/u.exec(block.text);
    if (side === 'both') {
      if (signed) lists[signed[1] === '+' ? 'pros' : 'cons'].push(signed[2]!);
      continue;
    }
    lists[side].push(signed ? signed[2]! : block.text);
  }
  return lists;
}

export function review(post: Post): ReviewCard {
  const sentences = splitSentences(post);
  return {
    subject: findSubject(post),
    rating: findRating(post),
    verdict: findVerdict(post, sentences),
    ...findProsCons(post),
  };
}
