/**
 * The plain data that flows through Review Lens' pure core.
 * DOM references (Element, Text) are kept so the content script can scroll to and highlight
 * what the core found, but the core never mutates or measures them.
 */

export type PageKind = 'post' | 'list' | 'other';

/** What `detect(doc, url)` says about a page. Cheap: runs first on every matching page. */
export interface Detection {
  blogger: boolean;
  /** Markers that made us call it Blogger (e.g. "host *.blogspot.com", "meta generator=blogger"). */
  bloggerEvidence: string[];
  page: PageKind;
  review: boolean;
  /** Review score; `review` is `score >= REVIEW_THRESHOLD`. */
  score: number;
  /** Human-readable signals behind the review decision, strongest first (shown in the popup). */
  reasons: string[];
}

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'caption' | 'pre';

/**
 * Where a Text node's contribution starts in its block's collapsed text.
 * The block text is the node texts with whitespace runs collapsed to one space and trimmed;
 * `locate.ts` turns block offsets back into (Text, offset) pairs by replaying that collapse.
 */
export interface TextPiece {
  node: Text;
  /** Offset in `Block.text` at which this node's (collapsed) text begins. */
  start: number;
}

/** How a line looked when it was marked as a heading: real `<hN>` or a pseudo-heading style. */
export interface HeadingMark {
  /** 'h1'…'h6', or a pseudo kind such as 'b', 'strong', 'u', 'size:24', 'div-bold'. Same key = same level. */
  kind: string;
  /** Visual prominence used to rank kinds: bigger is more prominent (h1 = 60 … h6 = 10; pseudo by size/weight). */
  weight: number;
  pseudo: boolean;
}

export interface Block {
  kind: BlockKind;
  /** Text as a reader sees it: whitespace collapsed, trimmed. `<br>` reads as a space. */
  text: string;
  /** Nearest element that holds the whole block: the scroll / intersection target. */
  element: Element;
  pieces: TextPiece[];
  heading?: HeadingMark;
}

export interface Post {
  url: string;
  /** The post's title as shown above it (not the `<title>` with the blog name). */
  title: string | null;
  author: string | null;
  /** ISO 8601 date (YYYY-MM-DD or full), when the page states one. */
  published: string | null;
  labels: string[];
  /** Primary BCP-47 language subtag of the post text, e.g. 'en', 'de', 'pt'. */
  language: string;
  dir: 'ltr' | 'rtl';
  body: Element | null;
  blocks: Block[];
  /** Block texts joined with blank lines. */
  text: string;
  words: number;
  readingMinutes: number;
  /** schema.org rating found in the markup, if any. */
  schemaRating: { value: number; scale: number } | null;
}

export interface OutlineNode {
  text: string;
  /** 1 = most prominent heading kind used in this post. */
  level: number;
  /** Index into `Post.blocks`. */
  block: number;
  element: Element;
  children: OutlineNode[];
}

/** A sentence and where it came from: `Post.blocks[block].text.slice(start, end)`. */
export interface Sentence {
  text: string;
  block: number;
  start: number;
  end: number;
}

export interface Rating {
  value: number;
  scale: number;
  /** The rating as displayed in the post, e.g. "4.5 out of 5", "★★★★☆", "9 von 10". */
  text: string;
}

export interface ReviewCard {
  /** What is reviewed, e.g. "Her", with the year when stated. */
  subject: { name: string; year: number | null } | null;
  rating: Rating | null;
  verdict: Sentence | null;
  pros: string[];
  cons: string[];
}

export type SummaryLength = 'short' | 'medium' | 'long';
