/**
 * The verdict slot: the one sentence that states the reviewer's overall judgement. Graph ranking
 * misses it (a verdict is rarely "central"), so it is scored on its own: cue words per language,
 * a stated rating, a Verdict/Conclusion/Fazit section, and its place in the closing part of the post.
 */
import { findRatings } from './rating';
import { splitSentences } from './sentences';
import { runSteps, type Steps } from './steps';
import { type Tokens, terms, tokenize } from './tokens';
import type { Post, Sentence } from './types';

/**
 * Phrases that announce a judgement, per language. Strong ones mark a conclusion ("overall", "Fazit",
 * "en resumen", "I recommend"); weak ones only lean that way ("perfect for", "auf jeden Fall").
 * English ones are checked for every language: they travel.
 */
const STRONG_CUES: Record<string, RegExp> = {
  en: /\b(overall|all in all|in the end|ultimately|in conclusion|to conclude|to sum (it )?up|in summary|bottom line|verdict|at the end of the day|i recommend|(would|'d|highly|strongly|definitely|can) recommend|recommended|worth (it|the money|every|your|buying|reading|watching|seeing|playing)|must[- ](read|see|have|buy|watch|try|play)|if you('re| are)? (want|looking for|like|love|enjoy|need)\b[^.;]*, (this|it)( one)?('s| is)|look no further|easy to recommend|can't go wrong|(right|perfect|great|safe) (choice|pick|tool)|skip (it|this one)|stay away)\b/i,
  de: /(fazit|insgesamt|alles in allem|unterm strich|im großen und ganzen|zusammenfassend|gesamtheit|gesamteindruck|empfehl|kaufempfehlung|lohnt sich)/i,
  es: /(en resumen|en definitiva|en conclusión|en pocas palabras|recomiendo|recomendable|vale la pena|merece la pena|imprescindible|veredicto)/i,
  pt: /(no geral|em resumo|concluindo|em suma|recomendo|recomendável|vale a pena|imperdível|veredito)/i,
  fr: /(en conclusion|en somme|au final|globalement|dans l'ensemble|en bref|je (le |la |vous )?recommande|vaut (le coup|la peine)|à ne pas manquer|incontournable|verdict)/i,
  it: /(in conclusione|nel complesso|in definitiva|tutto sommato|(lo |la |ve lo )?consiglio|vale la pena|da non perdere|verdetto)/i,
  nl: /(al met al|kortom|conclusie|samengevat|aanrader|aan te raden|de moeite waard|eindoordeel)/i,
  id: /(secara keseluruhan|kesimpulannya|kesimpulan|intinya|(saya )?rekomendasikan|direkomendasikan|layak (dibeli|ditonton|dibaca|dicoba)|wajib (dibeli|ditonton|dibaca|dicoba))/i,
};
const WEAK_CUES: Record<string, RegExp> = {
  en: /\b(in short|perfect for|ideal for|worth a (look|try|listen)|if you('re| are)? (want|like|love|enjoy|need|into)|hard to beat|highlight)\b/i,
  de: /(auf jeden fall|perfekt für|ideal für|überzeug|highlight|letztendlich|wer .{3,60} sucht)/i,
  es: /(en general|al final|sin duda|perfect[oa] para|ideal para)/i,
  pt: /(em geral|no fim|no final|sem dúvida|perfeit[oa] para|ideal para)/i,
  fr: /(finalement|parfait pour|idéal pour|sans doute)/i,
  it: /(alla fine|insomma|perfett[oa] per|ideale per)/i,
  nl: /(uiteindelijk|perfect voor|ideaal voor)/i,
  id: /(pada akhirnya|cocok untuk|sangat (bagus|direkomendasikan))/i,
};
const SUBJECT_WEIGHT = 1.5;
const STRONG_CUE = 2.5;
const WEAK_CUE = 1;

/**
 * Words that carry an evaluation; a small nudge only. Matched against the sentence's word tokens (a Set
 * lookup per word): the same test as a regex bounded by `(?<!\p{L})`, which costs ~2 µs per sentence in V8.
 */
const EVALUATIVE = new Set(
  `good great excellent best worst bad love loved loves superb brilliant amazing solid highlight gut toll
  super hervorragend großartig bueno buena excelente mejor peor bom boa ótimo ótima melhor pior bon bonne
  meilleur buono ottimo migliore goed geweldig beste bagus terbaik keren mantap`.split(/\s+/),
);
const EVALUATIVE_STEMS = ['disappoint', 'enttäusch'];

function isEvaluative(words: string[]): boolean {
  for (const word of words) {
    if (EVALUATIVE.has(word)) return true;
    for (const stem of EVALUATIVE_STEMS) if (word.startsWith(stem)) return true;
  }
  return false;
}
const VERDICT_HEADING =
  /(verdict|conclusion|bottom line|final (thoughts|verdict|words)|wrap[- ]?up|summary|overall|should you buy|my (thoughts|opinion|take)|fazit|meinung|mein eindruck|urteil|gesamteindruck|conclusi[oó]n|conclus(ão|ões)|veredicto|veredito|opini(ão|ón)|en resumen|kesimpulan|penilaian|en bref|mon avis|conclusione|giudizio|verdetto|conclusie|oordeel|שורה התחתונה|סיכום|الخلاصة|خلاصة|الحكم)/i;
/** Sections after the verdict that hold no judgement: spec sheets, prices, links. */
const NON_VERDICT_HEADING =
  /(\bpros\b|\bcons\b|the good|the bad|gefällt|vorteile|nachteile|plus-?punkte|minus-?punkte|lo (mejor|peor)|prós|contras|kelebihan|kekurangan|les (plus|moins)|points (forts|faibles)|spec|technical data|save|deals?|discount|angebot|oferta|promo|subscribe|newsletter|more (reviews|articles)|weitere|read more|technische daten|datos técnicos|ficha técnica|caractéristiques|scheda tecnica|specificaties|spesifikasi|price|preis|precio|preço|prix|prezzo|harga|deals?|where to buy|related|about the author|bibliograph|gallery)/i;

/** Lines that are page furniture, not judgement: prices, links, ISBNs, shortcodes, tag lists. */
const BOILERPLATE =
  /(subscri(be|ber|ption)|sign up|newsletter|abonn|follow us|share this|https?:|www\.|\[\/?\w+|\/\/|isbn|©|[$£€¥]\s?\d|\d\s?[$£€¥]|\b\d+[.,]\d\d\b\s?(eur|usd|euro)|@\w)/i;

/** Spec sheets and score tables: many "Label: value" pairs or mostly numbers. `tokens` = words(text). */
function isFurniture(text: string, tokens: string[]): boolean {
  if (BOILERPLATE.test(text) || (text.match(/[:：]/g)?.length ?? 0) >= 3) return true;
  let numbers = 0;
  for (const token of tokens) if (token.charCodeAt(0) >= 48 && token.charCodeAt(0) <= 57) numbers++;
  return numbers > tokens.length * 0.2;
}

const MIN_WORDS = 6;
const LONG_WORDS = 50;
/** A paragraph with this many words outside furniture lines is prose, not a label or a data line. */
const PROSE_WORDS = 20;

function cuesFor(table: Record<string, RegExp>, language: string): RegExp[] {
  const own = table[language];
  return own && language !== 'en' ? [own, table.en!] : [table.en!];
}

/** What the section a block sits in says about verdicts: under a Verdict heading, under a specs/prices one. */
interface SectionKind {
  verdict: boolean;
  nonVerdict: boolean;
}

const NO_SECTION: SectionKind = { verdict: false, nonVerdict: false };

/** For each block, the kind of its nearest heading above (each heading tested once, not once per sentence). */
function sectionKinds(post: Post): SectionKind[] {
  let current = NO_SECTION;
  return post.blocks.map((block) => {
    if (block.kind === 'heading')
      current = {
        verdict: VERDICT_HEADING.test(block.text),
        nonVerdict: NON_VERDICT_HEADING.test(block.text),
      };
    return current;
  });
}

/** Cosine of each sentence with the whole post's term profile, scaled so the most on-topic is 1. */
function topicality(sentenceTerms: Set<string>[]): number[] {
  const profile = new Map<string, number>();
  for (const set of sentenceTerms) for (const term of set) profile.set(term, (profile.get(term) ?? 0) + 1);
  const raw = sentenceTerms.map((set) => {
    let dot = 0;
    for (const term of set) dot += profile.get(term)! - 1; // the sentence's own count does not vote
    return set.size ? dot / Math.sqrt(set.size) : 0;
  });
  const top = Math.max(0, ...raw) || 1;
  return raw.map((value) => Math.max(0, value) / top);
}

interface Features {
  /** 0 at the start of the post's body sentences, 1 at the end. */
  position: number;
  section: SectionKind;
  /** First or last sentence of its block. */
  edge: boolean;
  /** In the post's last prose paragraph, where conclusions live, and whether it opens it. */
  closingParagraph: boolean;
  opensClosingParagraph: boolean;
  /** Verdicts name what they judge: 1 when the sentence names the subject, else the share of its terms repeated. */
  subjectMention: number;
  topical: number;
  listItem: boolean;
  /** Word count, and whether the line is furniture (see isFurniture). */
  words: number;
  /** Has a word of judgement ("great", "disappointing"). */
  evaluative: boolean;
  furniture: boolean;
  cues: { strong: RegExp[]; weak: RegExp[] };
}

export function verdictScore(sentence: Sentence, f: Features): number {
  const text = sentence.text;
  let score = 0;
  if (f.cues.strong.some((cue) => cue.test(text))) score += STRONG_CUE;
  else if (f.cues.weak.some((cue) => cue.test(text))) score += WEAK_CUE;
  if (findRatings(text).length > 0) score += 1.5;
  if (f.section.verdict) score += 2.5;
  if (f.section.nonVerdict) score -= 3;
  score += 1.5 * f.position ** 2;
  if (f.edge) score += 0.5;
  if (f.closingParagraph) score += 1.5;
  if (f.opensClosingParagraph) score += 0.5; // a conclusion's topic sentence
  score += SUBJECT_WEIGHT * f.subjectMention + f.topical;
  if (f.evaluative) score += 0.75;
  if (f.furniture) score -= 2;
  if (f.listItem) score -= 1; // verdicts are prose, list items are points
  if (text.trimEnd().endsWith('?')) score -= 2;
  if (f.words > LONG_WORDS) score -= 1;
  return score;
}

/** A body sentence with what scoring needs to know of its words. */
interface BodySentence {
  sentence: Sentence;
  words: number;
  furniture: boolean;
  evaluative: boolean;
  terms: Set<string>;
}

/** The block of the post's last prose paragraph that is not under a spec/price/links heading. */
function closingBlock(body: BodySentence[], sections: SectionKind[]): number {
  const proseWords = new Map<number, number>();
  for (const { sentence, words, furniture } of body) {
    const sum = proseWords.get(sentence.block) ?? 0;
    proseWords.set(sentence.block, furniture ? sum : sum + words);
  }
  let last = -1;
  for (const [block, count] of proseWords) {
    if (sections[block]?.nonVerdict) continue;
    if (count >= PROSE_WORDS) last = block;
  }
  return last;
}

/** Names are matched case-sensitively ("Her" the film, not "her"), other subjects loosely. */
function namesSubject(text: string, subject: string): boolean {
  return /^\p{Lu}/u.test(subject)
    ? text.includes(subject)
    : text.toLowerCase().includes(subject.toLowerCase());
}

/** Sentences read or scored between two yields of `verdictSteps`. */
const SENTENCE_SLICE = 150;

/**
 * Every body sentence long enough to be a verdict, with its verdict score, in text order, as resumable
 * steps (see steps.ts). `subject` is what the review is about (from the title), when known; else the
 * title's terms stand in.
 */
export function* verdictCandidateSteps(
  post: Post,
  sentences: Sentence[],
  subject: string | null = null,
  tokens?: Tokens[],
): Steps<{ sentence: Sentence; score: number }[]> {
  const sections = sectionKinds(post);
  const cues = { strong: cuesFor(STRONG_CUES, post.language), weak: cuesFor(WEAK_CUES, post.language) };
  const body: BodySentence[] = [];
  for (const [i, sentence] of sentences.entries()) {
    if (i % SENTENCE_SLICE === SENTENCE_SLICE - 1) yield;
    if (post.blocks[sentence.block]?.kind === 'heading') continue;
    const own = tokens?.[i] ?? tokenize(sentence.text, post.language);
    if (own.words.length < MIN_WORDS) continue;
    body.push({
      sentence,
      words: own.words.length,
      furniture: isFurniture(sentence.text, own.words),
      evaluative: isEvaluative(own.words),
      terms: new Set(own.terms),
    });
  }
  yield;
  const topical = topicality(body.map((b) => b.terms));
  const subjectTerms = new Set(terms(subject ?? post.title ?? '', post.language));
  const closing = closingBlock(body, sections);
  const scored: { sentence: Sentence; score: number }[] = [];
  for (let index = 0; index < body.length; index++) {
    if (index % SENTENCE_SLICE === SENTENCE_SLICE - 1) yield;
    const { sentence, words: count, furniture, evaluative, terms: own } = body[index]!;
    const previous = body[index - 1]?.sentence;
    const next = body[index + 1]?.sentence;
    let shared = 0;
    for (const term of subjectTerms) if (own.has(term)) shared++;
    const score = verdictScore(sentence, {
      position: body.length > 1 ? index / (body.length - 1) : 1,
      section: sections[sentence.block] ?? NO_SECTION,
      edge: previous?.block !== sentence.block || next?.block !== sentence.block,
      closingParagraph: sentence.block === closing,
      opensClosingParagraph: sentence.block === closing && previous?.block !== sentence.block,
      subjectMention:
        subject && namesSubject(sentence.text, subject)
          ? 1
          : subjectTerms.size
            ? shared / subjectTerms.size
            : 0,
      topical: topical[index]!,
      listItem: post.blocks[sentence.block]?.kind === 'list-item',
      words: count,
      furniture,
      evaluative,
      cues,
    });
    scored.push({ sentence, score });
  }
  return scored;
}

/** The best candidate (ties go to the later sentence), or null when no sentence can be one. */
export function* verdictSteps(
  post: Post,
  sentences: Sentence[],
  subject: string | null = null,
  tokens?: Tokens[],
): Steps<Sentence | null> {
  let best: Sentence | null = null;
  let bestScore = -Infinity;
  for (const { sentence, score } of yield* verdictCandidateSteps(post, sentences, subject, tokens)) {
    if (score >= bestScore) {
      bestScore = score;
      best = sentence;
    }
  }
  return best;
}

/** The reviewer's overall judgement (ties go to the later sentence), or null when no sentence can be one. */
export function findVerdict(
  post: Post,
  sentences: Sentence[] = splitSentences(post),
  subject: string | null = null,
): Sentence | null {
  return runSteps(verdictSteps(post, sentences, subject));
}
