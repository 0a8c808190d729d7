/** The toolbar popup: this tab at a glance, then quick settings. Props in, actions out. */
import { isEnabledOn, type Settings, type SettingsPatch } from '../core/settings';
import { t } from '../i18n';
import type { TabReport } from '../messages';
import { sideChoices, summaryLengthChoices, themeChoices } from '../settings-labels';
import { isCustomDomainCandidate, type TabStatus } from './tab-status';

export type PopupActions = {
  update: (patch: SettingsPatch) => void;
  setPanelShown: (shown: boolean) => void;
  enableSite: () => void;
  disableSite: () => void;
  openOptions: () => void;
};

export type PopupProps = {
  settings: Settings;
  /** null while the tab is being checked. */
  status: TabStatus | null;
  /** This site is an enabled custom domain with its permission granted on this device. */
  siteGranted: boolean;
  /** A message after an action that did not work (already translated). */
  notice: string | null;
  actions: PopupActions;
};

function headline(status: TabStatus | null): string {
  if (!status) return t('popup_checking');
  if (status.kind === 'unavailable') return t('popup_tabUnavailable');
  if (status.kind === 'probe')
    return status.detection.blogger ? t('popup_tabLooksBlogger') : t('popup_tabNotBlogger');
  const { report } = status;
  if (!report.blogger) return t('popup_tabNotBlogger');
  if (report.page !== 'post') return t('popup_tabList');
  return report.review ? t('popup_tabReview') : t('popup_tabPost');
}

const number = (value: number) => new Intl.NumberFormat().format(value);

function Facts({ report }: { report: TabReport }) {
  const rows: [string, string][] = [];
  if (report.subject) rows.push([t('popup_subject'), report.subject]);
  if (report.rating) rows.push([t('popup_rating'), report.rating.text]);
  if (report.page === 'post') {
    rows.push([t('popup_sections'), number(report.sections)]);
    rows.push([t('popup_readingTime'), t('common_minutes', number(report.readingMinutes))]);
  }
  if (rows.length === 0) return null;
  return (
    <dl class="facts" data-testid="facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Reasons({ reasons }: { reasons: string[] }) {
  if (reasons.length === 0) return null;
  return (
    <details class="reasons">
      <summary>{t('popup_reasons')}</summary>
      <ul data-testid="reasons">
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </details>
  );
}

function TabSection({ status, siteGranted, actions }: Omit<PopupProps, 'settings' | 'notice'>) {
  const report = status?.kind === 'report' ? status.report : null;
  const candidate = status ? isCustomDomainCandidate(status) : false;
  return (
    <section class="tab" aria-labelledby="tab-status">
      <p id="tab-status" class="status" data-testid="tab-status" data-kind={status?.kind ?? 'checking'}>
        {headline(status)}
      </p>
      {report && <Facts report={report} />}
      {report && report.page === 'post' && <Reasons reasons={report.reasons} />}
      <div class="buttons">
        {report && report.page === 'post' && (
          <button
            type="button"
            data-testid="panel-toggle"
            onClick={() => actions.setPanelShown(!report.panelShown)}
          >
            {report.panelShown ? t('popup_hidePanel') : t('popup_showPanel')}
          </button>
        )}
        {candidate && !siteGranted && (
          <button type="button" data-testid="enable-site" onClick={actions.enableSite}>
            {t('popup_enableSite')}
          </button>
        )}
        {candidate && siteGranted && (
          <button type="button" data-testid="disable-site" onClick={actions.disableSite}>
            {t('popup_disableSite')}
          </button>
        )}
      </div>
    </section>
  );
}

export function Popup(props: PopupProps) {
  const { settings, status, actions } = props;
  const host = status?.host ?? null;
  const siteKnown = host !== null && (status?.kind === 'report' || props.siteGranted);
  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      <TabSection status={status} siteGranted={props.siteGranted} actions={actions} />
      {props.notice && (
        <p class="notice" role="alert" data-testid="popup-notice">
          {props.notice}
        </p>
      )}
      <section class="quick" aria-labelledby="quick-title">
        <h2 id="quick-title">{t('popup_quickSettings')}</h2>
        <label class="row">
          <input
            type="checkbox"
            data-testid="enabled"
            checked={settings.enabled}
            onChange={(e) => actions.update({ enabled: e.currentTarget.checked })}
          />
          <span>{t('setting_enabled')}</span>
        </label>
        {siteKnown && host && (
          <label class="row">
            <input
              type="checkbox"
              data-testid="site-enabled"
              checked={isEnabledOn({ ...settings, enabled: true }, host)}
              disabled={!settings.enabled}
              onChange={(e) =>
                actions.update({ sites: { [host]: { disabled: e.currentTarget.checked ? null : true } } })
              }
            />
            <span>{t('popup_onThisSite', host)}</span>
          </label>
        )}
        <QuickSelect
          id="summaryLength"
          label={t('setting_summaryLength')}
          value={settings.summaryLength}
          choices={summaryLengthChoices()}
          onChange={(summaryLength) => actions.update({ summaryLength })}
        />
        <QuickSelect
          id="theme"
          label={t('setting_theme')}
          value={settings.theme}
          choices={themeChoices()}
          onChange={(theme) => actions.update({ theme })}
        />
        <QuickSelect
          id="side"
          label={t('setting_side')}
          value={settings.panel.side}
          choices={sideChoices()}
          onChange={(side) => actions.update({ panel: { side } })}
        />
      </section>
      <button type="button" class="link" data-testid="open-options" onClick={actions.openOptions}>
        {t('popup_openOptions')}
      </button>
    </main>
  );
}

function QuickSelect<T extends string>(props: {
  id: string;
  label: string;
  value: T;
  choices: { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <label class="row select">
      <span>{props.label}</span>
      <select
        data-testid={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value as T)}
      >
        {props.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}
