import { render } from 'preact';
import browser from 'webextension-polyfill';
import { hostOfPattern, originPattern } from '../core/hostname';
import type { Settings } from '../core/settings';
import { t } from '../i18n';
import { sendToBackground } from '../messages';
import {
  loadSettings,
  loadStorageArea,
  replaceSettings,
  type StorageArea,
  updateSettings,
  watchSettings,
  watchStorageArea,
} from '../settings-store';
import { Options, type OptionsActions } from './Options';
import './options.css';

function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function grantedHosts(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.map(hostOfPattern).filter((host): host is string => host !== null);
}

const errorsOf = (result: { ok: true } | { ok: false; errors: string[] }) => (result.ok ? [] : result.errors);

async function main() {
  const root = document.getElementById('app');
  if (!root) return;
  document.documentElement.lang = browser.i18n.getUILanguage();
  document.title = t('options_title');
  let settings: Settings = await loadSettings();
  let storage: StorageArea = await loadStorageArea();
  let granted = await grantedHosts();

  const actions: OptionsActions = {
    update: (patch) => void updateSettings(patch),
    replace: (next) => replaceSettings(next).then(errorsOf, (error: unknown) => [String(error)]),
    removeCustomDomain: (host) => void sendToBackground('disableCustomDomain', { host }),
    // The background's permissions.onAdded listener enables the site once the user says yes.
    allowCustomDomain: (host) => void browser.permissions.request({ origins: [originPattern(host)] }),
    download,
  };
  const draw = () =>
    render(<Options settings={settings} storage={storage} granted={granted} actions={actions} />, root);
  draw();
  watchSettings((next) => {
    settings = next;
    draw();
  });
  const regrant = () =>
    void grantedHosts().then((hosts) => {
      granted = hosts;
      draw();
    });
  browser.permissions.onAdded.addListener(regrant);
  browser.permissions.onRemoved.addListener(regrant);
  watchStorageArea((next) => {
    storage = next;
    draw();
  });
}

void main().catch((error: unknown) => console.error('Review Lens options:', error));
