/** The options page: every setting, grouped; site lists; backup and reset. Props in, actions out. */
import { PANEL_WIDTH, type Settings, type SettingsPatch, TOC_DEPTH } from '../core/settings';
import { t } from '../i18n';
import {
  autoOpenChoices,
  fontSizeChoices,
  SECTION_KEYS,
  scopeChoices,
  sectionLabel,
  sideChoices,
  summaryLengthChoices,
  themeChoices,
} from '../settings-labels';
import type { StorageArea } from '../settings-store';
import { Backup } from './Backup';
import { Choices, Group, Range, Select, Toggle } from './fields';
import { Preview } from './Preview';
import { SiteLists } from './SiteLists';

export type OptionsActions = {
  update: (patch: SettingsPatch) => void;
  /** Replaces every setting (import, reset); resolves to the errors, empty when it worked. */
  replace: (settings: Settings) => Promise<string[]>;
  removeCustomDomain: (host: string) => void;
  /** Asks this browser for a synced custom domain's permission (needs the click's user gesture). */
  allowCustomDomain: (host: string) => void;
  download: (fileName: string, text: string) => void;
};

export type OptionsProps = {
  settings: Settings;
  storage: StorageArea;
  /** Custom domains whose host permission this browser has. */
  granted: string[];
  actions: OptionsActions;
};

const numberFormat = (value: number) => new Intl.NumberFormat().format(value);

export function Options({ settings, storage, granted, actions }: OptionsProps) {
  const { update } = actions;
  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      {storage.area === 'local' && (
        <p class="notice" role="status" data-testid="storage-local">
          {t('options_storageLocal')}
          {storage.reason && <span class="detail"> ({storage.reason})</span>}
        </p>
      )}

      <Group id="general" title={t('options_groupGeneral')}>
        <Toggle
          testId="enabled"
          label={t('setting_enabled')}
          checked={settings.enabled}
          onChange={(enabled) => update({ enabled })}
        />
        <Choices
          name="scope"
          legend={t('setting_scope')}
          value={settings.scope}
          choices={scopeChoices()}
          onChange={(scope) => update({ scope })}
        />
        <Choices
          name="autoOpen"
          legend={t('setting_autoOpen')}
          value={settings.autoOpen}
          choices={autoOpenChoices()}
          onChange={(autoOpen) => update({ autoOpen })}
        />
      </Group>

      <Group id="content" title={t('options_groupContent')}>
        <fieldset class="field sections">
          <legend>{t('setting_sections')}</legend>
          {SECTION_KEYS.map((key) => (
            <Toggle
              key={key}
              testId={`section-${key}`}
              label={sectionLabel(key)}
              checked={settings.sections[key]}
              onChange={(on) => update({ sections: { [key]: on } })}
            />
          ))}
        </fieldset>
        <Select
          testId="summaryLength"
          label={t('setting_summaryLength')}
          value={settings.summaryLength}
          choices={summaryLengthChoices()}
          onChange={(summaryLength) => update({ summaryLength })}
        />
        <Range
          testId="tocDepth"
          label={t('setting_tocDepth')}
          value={settings.tocDepth}
          min={TOC_DEPTH.min}
          max={TOC_DEPTH.max}
          step={1}
          format={numberFormat}
          onChange={(tocDepth) => update({ tocDepth })}
        />
      </Group>

      <Group id="appearance" title={t('options_groupAppearance')}>
        <Choices
          name="side"
          legend={t('setting_side')}
          value={settings.panel.side}
          choices={sideChoices()}
          onChange={(side) => update({ panel: { side } })}
        />
        <Range
          testId="width"
          label={t('setting_width')}
          value={settings.panel.width}
          min={PANEL_WIDTH.min}
          max={PANEL_WIDTH.max}
          step={20}
          format={(px) => t('common_pixels', numberFormat(px))}
          onChange={(width) => update({ panel: { width } })}
        />
        <Select
          testId="theme"
          label={t('setting_theme')}
          value={settings.theme}
          choices={themeChoices()}
          onChange={(theme) => update({ theme })}
        />
        <Select
          testId="fontSize"
          label={t('setting_fontSize')}
          value={settings.fontSize}
          choices={fontSizeChoices()}
          onChange={(fontSize) => update({ fontSize })}
        />
      </Group>

      <Group id="preview" title={t('options_groupPreview')}>
        <p class="hint">{t('options_previewHint')}</p>
        <Preview settings={settings} />
      </Group>

      <Group id="sites" title={t('options_groupSites')}>
        <SiteLists settings={settings} granted={granted} actions={actions} />
      </Group>

      <Group id="backup" title={t('options_groupBackup')}>
        <Backup settings={settings} actions={actions} />
      </Group>
    </main>
  );
}
