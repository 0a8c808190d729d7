import type { Settings, SettingsPatch } from '../core/settings';
import { t } from '../i18n';
import type { TabReport } from '../messages';

interface Props {
  settings: Settings;
  report: TabReport | null;
  onChange: (patch: SettingsPatch) => void;
}

function tabStatus(report: TabReport | null): string {
  if (!report?.blogger) return t('popupTabNotBlogger');
  if (report.page !== 'post') return t('popupTabBloggerList');
  return report.review ? t('popupTabReview') : t('popupTabBloggerPost');
}

export function Popup({ settings, report, onChange }: Props) {
  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      <p data-testid="tab-status">{tabStatus(report)}</p>
      <label class="switch">
        <input
          type="checkbox"
          data-testid="enabled"
          checked={settings.enabled}
          onChange={(e) => onChange({ enabled: e.currentTarget.checked })}
        />
        {t('popupEnabled')}
      </label>
    </main>
  );
}
