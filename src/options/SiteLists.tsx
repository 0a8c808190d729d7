/** The sites the user switched off, and the custom-domain blogs they switched on, each with a remove button. */
import type { Settings } from '../core/settings';
import { t } from '../i18n';
import type { OptionsActions } from './Options';

function HostList(props: {
  testId: string;
  hosts: string[];
  empty: string;
  onRemove: (host: string) => void;
  /** Hosts that still need this browser's permission, with the action that asks for it. */
  ungranted?: { hosts: string[]; onAllow: (host: string) => void };
}) {
  if (props.hosts.length === 0) return <p class="empty">{props.empty}</p>;
  return (
    <ul class="hosts" data-testid={props.testId}>
      {props.hosts.map((host) => (
        <li key={host}>
          <span class="host">{host}</span>
          {props.ungranted?.hosts.includes(host) && (
            <button
              type="button"
              aria-label={t('options_allowHost', host)}
              onClick={() => props.ungranted?.onAllow(host)}
            >
              {t('options_allow')}
            </button>
          )}
          <button
            type="button"
            aria-label={t('options_removeHost', host)}
            onClick={() => props.onRemove(host)}
          >
            {t('options_remove')}
          </button>
        </li>
      ))}
    </ul>
  );
}

export function SiteLists({
  settings,
  granted,
  actions,
}: {
  settings: Settings;
  granted: string[];
  actions: OptionsActions;
}) {
  const disabled = Object.keys(settings.sites)
    .filter((host) => settings.sites[host]?.disabled)
    .sort();
  return (
    <>
      <h3>{t('options_disabledSites')}</h3>
      <HostList
        testId="disabled-sites"
        hosts={disabled}
        empty={t('options_noDisabledSites')}
        onRemove={(host) => actions.update({ sites: { [host]: { disabled: null } } })}
      />
      <h3>{t('options_customDomains')}</h3>
      <p class="hint">{t('options_customDomainsHint')}</p>
      <HostList
        testId="custom-domains"
        hosts={settings.customDomains}
        empty={t('options_noCustomDomains')}
        onRemove={actions.removeCustomDomain}
        ungranted={{
          hosts: settings.customDomains.filter((host) => !granted.includes(host)),
          onAllow: actions.allowCustomDomain,
        }}
      />
    </>
  );
}
