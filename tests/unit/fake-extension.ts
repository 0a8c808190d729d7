// @webext-core/fake-browser covers storage, runtime, tabs and action. This adds in-memory fakes for the APIs it
// leaves unimplemented (permissions, scripting, commands, tabs.sendMessage, openOptionsPage), so the
// background can be imported and driven through its real listeners.
import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

function event() {
  const listeners: Listener[] = [];
  return {
    addListener: (l: Listener) => void listeners.push(l),
    removeListener: (l: Listener) => void listeners.splice(listeners.indexOf(l), 1),
    hasListener: (l: Listener) => listeners.includes(l),
    trigger: (...args: unknown[]) =>
      Promise.all(listeners.map((l) => (l as (...a: unknown[]) => unknown)(...args))),
  };
}

export type Registered = { id: string; matches: string[]; js: string[] };

export function installFakes() {
  fakeBrowser.reset();
  const granted = new Set<string>();
  const registered = new Map<string, Registered>();
  const claimed = new Set<number>();
  const onAdded = event();
  const onRemoved = event();
  const permissions = {
    getAll: async () => ({ origins: [...granted], permissions: [] }),
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => granted.has(o)),
    request: async ({ origins = [] }: { origins?: string[] }) => {
      const added = origins.filter((o) => !granted.has(o));
      for (const o of added) granted.add(o);
      if (added.length > 0) await onAdded.trigger({ origins: added });
      return true;
    },
    remove: async ({ origins = [] }: { origins?: string[] }) => {
      const removed = origins.filter((o) => granted.delete(o));
      if (removed.length > 0) await onRemoved.trigger({ origins: removed });
      return removed.length > 0;
    },
    onAdded,
    onRemoved,
  };
  const scripting = {
    getRegisteredContentScripts: async () => [...registered.values()],
    registerContentScripts: async (scripts: Registered[]) => {
      if (scripts.some((s) => registered.has(s.id))) throw new Error('Duplicate script ID');
      for (const s of scripts) registered.set(s.id, s);
    },
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
      for (const id of ids) registered.delete(id);
    },
    /** A function claims the document once per tab (like `claimInjection`); files run and answer nothing. */
    executeScript: vi.fn(async ({ target, func }: { target: { tabId: number }; func?: () => unknown }) => {
      if (!func) return [];
      const first = !claimed.has(target.tabId);
      claimed.add(target.tabId);
      return [{ result: first }];
    }),
  };
  const fake = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  fake.permissions = permissions;
  fake.scripting = scripting;
  fake.commands = { onCommand: event() };
  const tabs = fake.tabs as Record<string, unknown>;
  tabs.sendMessage = vi.fn(async () => null);
  (fake.runtime as Record<string, unknown>).openOptionsPage = vi.fn(async () => undefined);
  return {
    fakeBrowser,
    granted,
    registered,
    permissions,
    scripting,
    commands: fake.commands as { onCommand: ReturnType<typeof event> },
    tabs: tabs as { sendMessage: ReturnType<typeof vi.fn> },
  };
}

export const EXTENSION_ID = fakeBrowser.runtime.id;
export const popupSender = {
  id: EXTENSION_ID,
  url: `chrome-extension://${EXTENSION_ID}/src/popup/index.html`,
};
export const optionsSender = {
  id: EXTENSION_ID,
  url: `chrome-extension://${EXTENSION_ID}/src/options/index.html`,
};
export const contentSender = (host: string, tabId = 7) => ({
  id: EXTENSION_ID,
  url: `http://${host}/2024/05/post.html`,
  tab: { id: tabId },
  frameId: 0,
});
export const foreignSender = {
  id: 'another-extension',
  url: 'chrome-extension://another-extension/page.html',
};

export const envelope = (type: string, args: unknown) => ({ reviewLens: 1, type, args });

/** Delivers one message to the background's listeners as the browser would; resolves to its answer. */
export async function send(message: unknown, sender: object): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => undefined);
  return answers.find((a) => a !== undefined);
}
