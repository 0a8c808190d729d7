import { render } from 'preact';
import browser from 'webextension-polyfill';
import { originPattern } from '../core/hostname';
import type { Settings } from '../core/settings';
import { t } from '../i18n';
import { sendToBackground, sendToTab } from '../messages';
import { loadSettings, updateSettings, watchSettings } from '../settings-store';
import { Popup, type PopupActions } from './Popup';
import { inspectTab, type TabStatus, targetTab } from './tab-status';
import './popup.css';

type State = { settings: Settings; status: TabStatus | null; siteGranted: boolean; notice: string | null };

async function siteGranted(settings: Settings, status: TabStatus | null): Promise<boolean> {
  const host = status?.host;
  if (!host || !settings.customDomains.includes(host)) return false;
  return browser.permissions.contains({ origins: [originPattern(host)] });
}

async function main() {
  const root = document.getElementById('app');
  if (!root) return;
  document.documentElement.lang = browser.i18n.getUILanguage();
  const tabPromise = targetTab(location.search);
  let state: State = { settings: await loadSettings(), status: null, siteGranted: false, notice: null };

  const failed = (notice: string) => () => set({ notice });
  const actions: PopupActions = {
    update: (patch) => {
      void updateSettings(patch).then(
        (r) => r.ok || set({ notice: t('popup_saveFailed') }),
        failed(t('popup_saveFailed')),
      );
    },
    setPanelShown: (shown) => {
      const { status } = state;
      if (status?.kind !== 'report') return;
      void sendToTab(status.tabId, 'setPanelShown', { shown }).then(
        (report) => report && set({ status: { ...status, report } }),
        failed(t('popup_tabGone')),
      );
    },
    // permissions.request must be the first thing the click does: it needs the user's gesture.
    enableSite: () => {
      const host = state.status?.host;
      if (!host) return;
      void browser.permissions
        .request({ origins: [originPattern(host)] })
        .then(async (granted) => {
          if (!granted) return set({ notice: t('popup_permissionDenied') });
          const result = await sendToBackground('enableCustomDomain', { host });
          if (!result.ok) return set({ notice: t('popup_saveFailed') });
          set({ siteGranted: true, notice: null, status: await inspectTab(await tabPromise) });
        })
        .catch(failed(t('popup_saveFailed')));
    },
    disableSite: () => {
      const host = state.status?.host;
      if (!host) return;
      void sendToBackground('disableCustomDomain', { host }).then(
        (result) => set(result.ok ? { siteGranted: false, notice: null } : { notice: t('popup_saveFailed') }),
        failed(t('popup_saveFailed')),
      );
    },
    openOptions: () => {
      void browser.runtime.openOptionsPage().then(() => window.close());
    },
  };

  function set(changes: Partial<State>) {
    state = { ...state, ...changes };
    if (root) render(<Popup {...state} actions={actions} />, root);
  }

  set({});
  watchSettings((settings) => {
    void siteGranted(settings, state.status).then((granted) => set({ settings, siteGranted: granted }));
  });
  const status = await inspectTab(await tabPromise);
  set({ status, siteGranted: await siteGranted(state.settings, status) });
}

void main().catch((error: unknown) => console.error('Review Lens popup:', error));
