/**
 * The one place where Review Lens' messages are typed. Two maps: what the background answers, and what a
 * tab's content script answers. Every receiver validates the envelope, the arguments and the sender before a
 * handler runs; anything else is ignored (answered with `undefined`), so a malformed or foreign message can
 * never change settings.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { Settings } from './core/settings';
import type { Detection, Rating } from './core/types';

/** What the popup shows about a tab, and what the badge is drawn from. Plain, serialisable data. */
export type TabReport = {
  url: string;
  blogger: boolean;
  page: Detection['page'];
  review: boolean;
  reasons: string[];
  title: string | null;
  subject: string | null;
  rating: Rating | null;
  sections: number;
  readingMinutes: number;
  panelShown: boolean;
};

type Validator<T> = (value: unknown) => value is T;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isEmpty: Validator<Record<string, never>> = (v): v is Record<string, never> =>
  isObject(v) && Object.keys(v).length === 0;
const hasBoolean =
  <K extends string>(key: K): Validator<Record<K, boolean>> =>
  (v): v is Record<K, boolean> =>
    isObject(v) && typeof v[key] === 'boolean';

export function isTabReport(v: unknown): v is TabReport {
  if (!isObject(v)) return false;
  const strings = ['url', 'page'] as const;
  const booleans = ['blogger', 'review', 'panelShown'] as const;
  const numbers = ['sections', 'readingMinutes'] as const;
  return (
    strings.every((k) => typeof v[k] === 'string') &&
    booleans.every((k) => typeof v[k] === 'boolean') &&
    numbers.every((k) => typeof v[k] === 'number' && Number.isFinite(v[k])) &&
    Array.isArray(v.reasons) &&
    v.reasons.every((r) => typeof r === 'string') &&
    (v.title === null || typeof v.title === 'string') &&
    (v.subject === null || typeof v.subject === 'string') &&
    (v.rating === null ||
      (isObject(v.rating) && typeof v.rating.value === 'number' && typeof v.rating.scale === 'number'))
  );
}

const isReportArgs: Validator<{ report: TabReport }> = (v): v is { report: TabReport } =>
  isObject(v) && isTabReport(v.report);

/** The patch itself is validated field by field by `applyPatch` in the background. */
const isPatchArgs: Validator<{ patch: Record<string, unknown> }> = (
  v,
): v is { patch: Record<string, unknown> } => isObject(v) && isObject(v.patch) && !Array.isArray(v.patch);

const isSettingsArgs: Validator<{ settings: unknown }> = (v): v is { settings: unknown } =>
  isObject(v) && Object.hasOwn(v, 'settings');

/** A hostname as typed or taken from a URL; the background normalizes and checks it. */
const isHostArgs: Validator<{ host: string }> = (v): v is { host: string } =>
  isObject(v) && typeof v.host === 'string' && v.host.length <= 2048;

/** A failure report from a content script, logged once in the extension's console (never the page's). */
const isLogArgs: Validator<{ message: string }> = (v): v is { message: string } =>
  isObject(v) && typeof v.message === 'string' && v.message.length <= 2000;

/** Requests the background answers: name -> argument validator. Results are typed below. */
export const backgroundRequests = {
  /** Content script → background: what this tab holds (drives the badge). */
  tabReport: isReportArgs,
  /**
   * Change settings; the background is their only writer. Extension pages may change anything; a content
   * script only its own site's entry (`sites[<its hostname>]`: panel position, collapsed, disabled here).
   */
  updateSettings: isPatchArgs,
  /** Extension pages → background: replace every setting (import, reset), validated strictly. */
  replaceSettings: isSettingsArgs,
  /** Extension pages → background, once the host permission is granted: run on this custom domain. */
  enableCustomDomain: isHostArgs,
  /** Extension pages → background: stop running on this custom domain and drop its permission. */
  disableCustomDomain: isHostArgs,
  /** Panel → background: open the options page (content scripts cannot). */
  openOptions: isEmpty,
  /** Panel → background: the panel failed; log it in the extension's console. */
  logError: isLogArgs,
} satisfies Record<string, Validator<unknown>>;

/** Which of our own contexts may send each background request (see `senderKind`). */
export const backgroundSenders: { [K in keyof typeof backgroundRequests]: readonly SenderKind[] } = {
  tabReport: ['content'],
  updateSettings: ['content', 'extension-page'],
  replaceSettings: ['extension-page'],
  enableCustomDomain: ['extension-page'],
  disableCustomDomain: ['extension-page'],
  openOptions: ['content'],
  logError: ['content'],
};

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

export interface BackgroundResults {
  tabReport: true;
  updateSettings: SettingsResult;
  replaceSettings: SettingsResult;
  enableCustomDomain: SettingsResult;
  disableCustomDomain: SettingsResult;
  openOptions: boolean;
  logError: true;
}

/** Requests a tab's content script answers. */
export const tabRequests = {
  getReport: isEmpty,
  setPanelShown: hasBoolean('shown'),
  togglePanel: isEmpty,
} satisfies Record<string, Validator<unknown>>;

export interface TabResults {
  getReport: TabReport | null;
  setPanelShown: TabReport | null;
  togglePanel: TabReport | null;
}

type ArgsOf<M> = { [K in keyof M]: M[K] extends Validator<infer A> ? A : never };
export type BackgroundArgs = ArgsOf<typeof backgroundRequests>;
export type TabArgs = ArgsOf<typeof tabRequests>;

interface Envelope {
  reviewLens: 1;
  type: string;
  args: unknown;
}

function envelope(type: string, args: unknown): Envelope {
  return { reviewLens: 1, type, args };
}

export function sendToBackground<K extends keyof BackgroundResults>(
  type: K,
  args: BackgroundArgs[K],
): Promise<BackgroundResults[K]> {
  return browser.runtime.sendMessage(envelope(type, args)) as Promise<BackgroundResults[K]>;
}

export function sendToTab<K extends keyof TabResults>(
  tabId: number,
  type: K,
  args: TabArgs[K],
): Promise<TabResults[K]> {
  return browser.tabs.sendMessage(tabId, envelope(type, args)) as Promise<TabResults[K]>;
}

type Handlers<Args, Results> = {
  [K in keyof Results & keyof Args]: (
    args: Args[K],
    sender: Runtime.MessageSender,
  ) => Promise<Results[K]> | Results[K];
};

/** Who may talk to a receiver: only this extension's own contexts, never a web page or another extension. */
export function isOwnSender(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/** 'content': our content script in a tab's top frame; 'extension-page': popup, options (our own URL). */
export type SenderKind = 'content' | 'extension-page';

export function senderKind(sender: Runtime.MessageSender): SenderKind | null {
  if (!isOwnSender(sender)) return null;
  if (typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('')))
    return 'extension-page';
  const topFrame = sender.frameId === undefined || sender.frameId === 0;
  if (sender.tab?.id !== undefined && topFrame && typeof sender.url === 'string') return 'content';
  return null;
}

/**
 * Builds a runtime.onMessage listener that answers only well-formed messages from this extension (and, when
 * `senders` is given, only from the kinds of context allowed for that request).
 * Returning `undefined` (not a promise) tells the browser this listener does not answer.
 */
export function receiver<M extends Record<string, Validator<unknown>>, Results>(
  validators: M,
  handlers: Handlers<ArgsOf<M>, Results>,
  senders?: { [K in keyof M]: readonly SenderKind[] },
) {
  return (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!isObject(message) || message.reviewLens !== 1 || typeof message.type !== 'string') return undefined;
    if (!isOwnSender(sender) || !Object.hasOwn(validators, message.type)) return undefined;
    const type = message.type as keyof M & keyof Results & keyof ArgsOf<M>;
    if (senders) {
      const kind = senderKind(sender);
      if (!kind || !senders[type].includes(kind)) return undefined;
    }
    if (!validators[type]?.(message.args)) return undefined;
    const handler = handlers[type] as (args: unknown, sender: Runtime.MessageSender) => unknown;
    return Promise.resolve(handler(message.args, sender));
  };
}
