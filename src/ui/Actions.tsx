import { useState } from 'preact/hooks';
import type { CopyFormat, Translate } from './model';

export interface ActionsProps {
  onCopy: (format: CopyFormat) => Promise<boolean>;
  onSettings: () => void;
  t: Translate;
}

/** Copy summary + contents (Markdown or plain text) and open the settings; the result is announced. */
export function Actions({ onCopy, onSettings, t }: ActionsProps) {
  const [status, setStatus] = useState('');
  const copy = async (format: CopyFormat) => {
    setStatus('');
    setStatus(t((await onCopy(format)) ? 'panelCopied' : 'panelCopyFailed'));
  };
  return (
    <footer class="actions">
      <button type="button" class="action" data-testid="copy-markdown" onClick={() => copy('markdown')}>
        {t('panelCopyMarkdown')}
      </button>
      <button type="button" class="action" data-testid="copy-text" onClick={() => copy('text')}>
        {t('panelCopyText')}
      </button>
      <button type="button" class="action" data-testid="settings" onClick={onSettings}>
        {t('panelSettings')}
      </button>
      <span class="status" role="status" data-testid="copy-status">
        {status}
      </span>
    </footer>
  );
}
