/** Export to a JSON file, import from one (strictly validated: a bad file changes nothing), reset with confirmation. */
import { useState } from 'preact/hooks';
import { defaultSettings, parseImport, type Settings } from '../core/settings';
import { t } from '../i18n';
import type { OptionsActions } from './Options';

type Status = { kind: 'ok' | 'error'; message: string; details?: string[] } | null;

export const EXPORT_FILE_NAME = 'review-lens-settings.json';

export function Backup({ settings, actions }: { settings: Settings; actions: OptionsActions }) {
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState(false);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseImport(await file.text());
    if (!parsed.ok) {
      setStatus({ kind: 'error', message: t('options_importInvalid'), details: parsed.errors });
      return;
    }
    const errors = await actions.replace(parsed.settings);
    setStatus(
      errors.length === 0
        ? { kind: 'ok', message: t('options_importDone') }
        : { kind: 'error', message: t('options_saveFailed'), details: errors },
    );
  };

  const reset = async () => {
    setConfirming(false);
    const errors = await actions.replace(defaultSettings());
    setStatus(
      errors.length === 0
        ? { kind: 'ok', message: t('options_resetDone') }
        : { kind: 'error', message: t('options_saveFailed'), details: errors },
    );
  };

  return (
    <>
      <div class="actions">
        <button
          type="button"
          data-testid="export"
          onClick={() => actions.download(EXPORT_FILE_NAME, `${JSON.stringify(settings, null, 2)}\n`)}
        >
          {t('options_export')}
        </button>
        <label class="button">
          {t('options_import')}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import"
            onChange={(e) => {
              const input = e.currentTarget;
              void importFile(input.files?.[0]).finally(() => {
                input.value = '';
              });
            }}
          />
        </label>
        {!confirming && (
          <button type="button" data-testid="reset" onClick={() => setConfirming(true)}>
            {t('options_reset')}
          </button>
        )}
      </div>
      {confirming && (
        <div class="confirm" role="alertdialog" aria-labelledby="reset-question">
          <p id="reset-question">{t('options_resetQuestion')}</p>
          <button type="button" data-testid="reset-confirm" onClick={() => void reset()}>
            {t('options_resetConfirm')}
          </button>
          <button type="button" data-testid="reset-cancel" onClick={() => setConfirming(false)}>
            {t('common_cancel')}
          </button>
        </div>
      )}
      <div role="status" aria-live="polite" data-testid="backup-status" class={status?.kind ?? ''}>
        {status?.message}
        {status?.details && (
          <details>
            <summary>{t('common_details')}</summary>
            <ul>
              {status.details.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </details>
        )}
      </div>
    </>
  );
}
