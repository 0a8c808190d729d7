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

/** Requests the background answers: name -> argument validator. Results are typed below. */
export const backgroundRequests = {
  /** Content script → background: what this tab holds (drives the badge). */
  tabReport: isReportArgs,
  /** Any extension page or the panel → background: change settings. The background is their only writer. */
  updateSettings: isPatchArgs,
} satisfies Record<string, Validator<unknown>>;

export interface BackgroundResults {
  tabReport: true;
  updateSettings: { ok: true; settings: Settings } | { ok: false; errors: string[] };
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

/**
 * Builds a runtime.onMessage listener that answers only well-formed messages from this extension.
 * Returning `undefined` (not a promise) tells the browser this listener does not answer.
 */
export function receiver<M extends Record<string, Validator<unknown>>, Results>(
  validators: M,
  handlers: Handlers<ArgsOf<M>, Results>,
) {
  return (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!isObject(message) || message.reviewLens !== 1 || typeof message.type !== 'string') return undefined;
    if (!isOwnSender(sender) || !Object.hasOwn(validators, message.type)) return undefined;
    const type = message.type as keyof M & keyof Results & keyof ArgsOf<M>;
    if (!validators[type]?.(message.args)) return undefined;
    const handler = handlers[type] as (args: unknown, sender: Runtime.MessageSender) => unknown;
    return Promise.resolve(handler(message.args, sender));
  };
}
