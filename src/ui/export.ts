/** Summary + table of contents as Markdown or plain text, with the post's link: what "copy" puts on the clipboard. */
import type { OutlineNode } from '../core/types';
import type { CopyFormat, PanelContent, PanelSections, Translate } from './model';

/** Backslash-escapes what Markdown would read as markup, so page text stays literal. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, '\\$&');
}

/** Link destinations: angle brackets allow spaces; `<` and `>` inside are percent-encoded. */
function markdownUrl(url: string): string {
  return `<${url.replace(/</g, '%3C').replace(/>/g, '%3E')}>`;
}

function outlineLines(
  nodes: OutlineNode[],
  bullet: string,
  literal: (s: string) => string,
  depth = 0,
): string[] {
  return nodes.flatMap((node) => [
    `${'  '.repeat(depth)}${bullet} ${literal(node.text)}`,
    ...outlineLines(node.children, bullet, literal, depth + 1),
  ]);
}

export function formatExport(
  content: PanelContent,
  sections: PanelSections,
  format: CopyFormat,
  t: Translate,
): string {
  const md = format === 'markdown';
  const esc = md ? escapeMarkdown : (s: string) => s;
  const heading = (text: string) => (md ? `## ${esc(text)}` : `${text}:`);
  const bullet = md ? '-' : '•';
  const card = content.review && sections.reviewCard;
  // The same name the panel's header shows.
  const title = card && content.subject ? subjectText(content.subject) : content.title;
  const blocks: string[][] = [];

  blocks.push(md ? [`# [${esc(title)}](${markdownUrl(content.url)})`] : [title, content.url]);
  const facts: string[] = [];
  if (card && content.rating) facts.push(`${t('panelRating')}: ${esc(content.rating.text)}`);
  if (sections.readingTime && content.readingMinutes > 0)
    facts.push(t('panelReadingTime', String(content.readingMinutes)));
  if (facts.length) blocks.push([facts.join(' · ')]);
  if (card && content.verdict)
    blocks.push([
      md
        ? `**${t('panelVerdict')}:** ${esc(content.verdict.text)}`
        : `${t('panelVerdict')}: ${content.verdict.text}`,
    ]);
  const summary = visibleSummary(content, sections);
  if (sections.summary && summary.length)
    blocks.push([heading(t('panelSummary')), ...summary.map((s) => `${bullet} ${esc(s.text)}`)]);
  if (content.review && sections.prosCons) {
    if (content.pros.length)
      blocks.push([heading(t('panelPros')), ...content.pros.map((p) => `${bullet} ${esc(p)}`)]);
    if (content.cons.length)
      blocks.push([heading(t('panelCons')), ...content.cons.map((c) => `${bullet} ${esc(c)}`)]);
  }
  if (sections.toc && content.outline.length)
    blocks.push([heading(t('panelContents')), ...outlineLines(content.outline, bullet, esc)]);
  return `${blocks.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

export function subjectText(subject: NonNullable<PanelContent['subject']>): string {
  return subject.year ? `${subject.name} (${subject.year})` : subject.name;
}

/** The summary without the verdict sentence when the card already shows it. */
export function visibleSummary(content: PanelContent, sections: PanelSections) {
  const verdict = content.review && sections.reviewCard ? content.verdict : null;
  return content.summary.filter((s) => !verdict || s.block !== verdict.block || s.start !== verdict.start);
}
