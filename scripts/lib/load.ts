/** Loading a saved page for the analyze and eval commands: bytes → text (right charset) → jsdom Document. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';

export const MAX_PAGE_BYTES = 20 * 1024 * 1024;

/** An ordinary bad input: reported as one line, never as a stack trace. */
export class PageError extends Error {}

/** UTF-8 when the bytes are valid UTF-8, else the charset the page declares, else windows-1252. */
export function decodeHtml(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8192));
    const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? 'windows-1252';
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      return new TextDecoder('windows-1252').decode(bytes);
    }
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  return sample.includes(0);
}

/** Read and check a page file; throws PageError for missing, empty, binary, oversized or non-HTML input. */
export function readHtml(file: string): string {
  if (!existsSync(file)) throw new PageError('no such file');
  const stat = statSync(file);
  if (!stat.isFile()) throw new PageError('not a file');
  if (stat.size === 0) throw new PageError('empty file');
  if (stat.size > MAX_PAGE_BYTES)
    throw new PageError(`too large (${Math.round(stat.size / 1048576)} MB; limit 20 MB)`);
  const bytes = readFileSync(file);
  if (looksBinary(bytes)) throw new PageError('binary file, not HTML');
  const html = decodeHtml(bytes);
  if (!/<(?:!doctype|html|head|body|div|p|article|meta|title)[\s>]/i.test(html))
    throw new PageError('not HTML');
  return html;
}

export function parseHtml(html: string, url: string): Document {
  // A silent console: saved pages carry CSS jsdom cannot parse, which is no news for a report.
  const parse = (source: string) =>
    new JSDOM(source, { url, virtualConsole: new VirtualConsole() }).window.document;
  try {
    return parse(html);
  } catch (error) {
    // jsdom 29 throws on some iframe border shorthands ("border:1px solid#e7e7e7"); iframes hold no post text.
    if (!(error instanceof TypeError)) throw error;
    return parse(html.replace(/(<iframe\b[^>]*?)\sstyle=("[^"]*"|'[^']*')/gi, '$1'));
  }
}

/** The page's own address: a label beside it, else its canonical link or og:url. */
export function guessUrl(file: string, doc: Document | null): string | null {
  for (const name of ['label.json', 'expected.json']) {
    const path = join(dirname(file), name);
    if (!existsSync(path)) continue;
    try {
      const url = (JSON.parse(readFileSync(path, 'utf8')) as { url?: unknown }).url;
      if (typeof url === 'string' && /^https?:/.test(url)) return url;
    } catch {
      // An unreadable label just gives no address.
    }
  }
  const fromPage =
    doc?.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc?.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return fromPage && /^https?:/.test(fromPage) ? fromPage : null;
}

/** Load a page file as a Document at its original address (`url`, or guessed, or a file: URL). */
export function loadPage(file: string, url?: string): { doc: Document; url: string } {
  const html = readHtml(file);
  if (url) return { doc: parseHtml(html, url), url };
  const fileUrl = `file://${file.startsWith('/') ? '' : '/'}${file}`;
  const probe = parseHtml(html, fileUrl);
  const guessed = guessUrl(file, probe);
  return guessed ? { doc: parseHtml(html, guessed), url: guessed } : { doc: probe, url: fileUrl };
}
