/**
 * Hostnames as settings keys: per-site choices and custom-domain Blogger blogs.
 * Pure string work, no URL parsing of page data beyond the host part.
 */

const MAX_INPUT = 2048;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** A public-looking hostname: at least two labels, LDH labels, a non-numeric TLD; or a dotted IPv4 address. */
export function isValidHostname(host: string): boolean {
  if (host.length === 0 || host.length > 253) return false;
  if (IPV4.test(host)) return true;
  const labels = host.split('.');
  if (labels.length < 2) return false;
  if (!labels.every((label) => LABEL.test(label))) return false;
  return !/^\d+$/.test(labels[labels.length - 1] ?? '');
}

/**
 * The hostname a user or a URL means: "https://Example.COM:8080/x" → "example.com".
 * Non-ASCII names become punycode. Returns null when it is not a usable hostname.
 */
export function normalizeHostname(input: string): string | null {
  if (typeof input !== 'string' || input.length > MAX_INPUT) return null;
  let host = input.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  host = host.split(/[/?#]/, 1)[0] ?? '';
  if (/[\s@\\[\]]/.test(host)) return null;
  host = host
    .replace(/:\d{1,5}$/, '')
    .replace(/\.$/, '')
    .toLowerCase();
  if (/[^\x20-\x7e]/.test(host)) host = toPunycode(host);
  return isValidHostname(host) ? host : null;
}

function toPunycode(host: string): string {
  try {
    return new URL(`http://${host}/`).hostname;
  } catch {
    return '';
  }
}

/** Blogger's own hosts (blogspot.com and its country variants); these never need a custom-domain grant. */
export function isBlogspotHostname(host: string): boolean {
  return /(^|\.)blogspot\.[a-z]{2,3}(\.[a-z]{2})?$/.test(host);
}

/** The match pattern that covers one custom domain, for permissions and registered content scripts. */
export function originPattern(host: string): string {
  return `*://${host}/*`;
}

/** "*://example.com/*" or "https://example.com/*" → "example.com"; wildcard hosts are not one site. */
export function hostOfPattern(pattern: string): string | null {
  const match = /^(?:\*|https?):\/\/([^/*]+)\/\*?$/.exec(pattern);
  return match?.[1] ? normalizeHostname(match[1]) : null;
}
