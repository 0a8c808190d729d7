/** A labelled page folder: `<id>/source.html` + `label.json` (corpus) or `expected.json` (tests/pages). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { PageKind } from '../../src/core/types';
import { normalize } from './text';

export interface Label {
  url: string | null;
  blogger: boolean;
  page: PageKind;
  review: boolean;
  title: string | null;
  language: string;
  headings: { text: string; level: number }[];
  rating: { value: number; scale: number; text?: string } | null;
  verdict: string | null;
  keySentences: string[];
  /** Every field as written, for scorers that need more (pros, cons, subject…). */
  raw: Record<string, unknown>;
}

/** What the body text is compared with: a full reference text, or snippets that must (not) appear. */
export type Reference =
  | { kind: 'full'; text: string; source: string }
  | { kind: 'snippets'; positives: string[]; negatives: string[] };

export interface Case {
  id: string;
  dir: string;
  sourceFile: string;
  label: Label;
  reference: Reference | null;
}

function readJson(path: string): Record<string, unknown> | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function toLabel(raw: Record<string, unknown>): Label {
  return {
    url: typeof raw.url === 'string' ? raw.url : null,
    blogger: raw.blogger === true,
    page: (raw.page as PageKind) ?? 'other',
    review: raw.review === true,
    title: typeof raw.title === 'string' ? raw.title : null,
    language: typeof raw.language === 'string' ? raw.language : 'en',
    headings: Array.isArray(raw.headings) ? (raw.headings as Label['headings']) : [],
    rating: (raw.rating as Label['rating']) ?? null,
    verdict: typeof raw.verdict === 'string' ? raw.verdict : null,
    keySentences: strings(raw.key_sentences),
    raw,
  };
}

/** CleanEval gold text: drop the URL line and its <h>/<p>/<l> markers. */
function cleanEvalText(text: string): string {
  return normalize(text.replace(/^URL:.*$/m, '').replace(/<\/?[hpl]>/gi, ' '));
}

/** The source project's full expected text where it has one, else label snippets. */
function referenceFor(dir: string, label: Label): Reference | null {
  const expectedJson = join(dir, 'expected.json');
  const json = existsSync(join(dir, 'label.json')) ? readJson(expectedJson) : null;
  if (json && typeof json.articleBody === 'string')
    return { kind: 'full', text: json.articleBody, source: 'expected.json articleBody' };
  const truth = json?.ground_truth as { main_content?: unknown } | undefined;
  if (truth && typeof truth.main_content === 'string') {
    return { kind: 'full', text: truth.main_content, source: 'expected.json main_content' };
  }
  const txt = join(dir, 'expected.txt');
  if (existsSync(txt))
    return { kind: 'full', text: cleanEvalText(readFileSync(txt, 'utf8')), source: 'expected.txt' };
  const html = join(dir, 'expected.html');
  if (existsSync(html)) {
    const text = new JSDOM(readFileSync(html, 'utf8')).window.document.body.textContent ?? '';
    return { kind: 'full', text: normalize(text), source: 'expected.html' };
  }
  const positives = [
    ...label.keySentences,
    ...strings(json?.with),
    ...strings(json?.should_see),
    ...(label.verdict ? [label.verdict] : []),
    ...(label.raw.key_sentences === undefined
      ? [...strings(label.raw.pros), ...strings(label.raw.cons)]
      : []),
  ];
  const negatives = [...strings(json?.without), ...strings(json?.should_not_see)];
  return positives.length > 0 ? { kind: 'snippets', positives, negatives } : null;
}

/** Every `<id>/` under `root` holding source.html and a label (label.json, else expected.json). */
export function loadCases(root: string): Case[] {
  const cases: Case[] = [];
  for (const id of readdirSync(root).sort()) {
    const dir = join(root, id);
    const sourceFile = join(dir, 'source.html');
    if (!existsSync(sourceFile)) continue;
    const raw = readJson(join(dir, 'label.json')) ?? readJson(join(dir, 'expected.json'));
    if (!raw) continue;
    const label = toLabel(raw);
    cases.push({ id, dir, sourceFile, label, reference: referenceFor(dir, label) });
  }
  return cases;
}
