/**
 * What a content script may change: only its own site's entry (panel position and width, collapsed, open,
 * "disabled here"). Global settings change only from the extension's own pages, so even a page that found a
 * way to drive our content script could not switch Review Lens off everywhere or add sites.
 */
import { normalizeHostname } from '../core/hostname';

export function contentMayPatch(patch: Record<string, unknown>, senderUrl: string | undefined): boolean {
  const host = senderUrl ? normalizeHostname(senderUrl) : null;
  if (!host) return false;
  const keys = Object.keys(patch);
  if (keys.length !== 1 || keys[0] !== 'sites') return false;
  const sites = patch.sites;
  if (typeof sites !== 'object' || sites === null || Array.isArray(sites)) return false;
  return Object.keys(sites).every((key) => normalizeHostname(key) === host);
}
