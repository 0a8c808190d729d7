import type { Sentence } from '../core/types';
import type { Translate } from './model';

export interface SummaryProps {
  verdict: Sentence | null;
  sentences: Sentence[];
  onSentence: (sentence: Sentence) => void;
  t: Translate;
}

/** The verdict line, then the key sentences; each one is a button that shows it in the post. */
export function Summary({ verdict, sentences, onSentence, t }: SummaryProps) {
  return (
    <>
      {verdict && (
        <section class="verdict" aria-labelledby="rl-verdict">
          <h3 id="rl-verdict" class="section-title">
            {t('panelVerdict')}
          </h3>
          <button
            type="button"
            class="sentence verdict-text"
            data-testid="verdict"
            onClick={() => onSentence(verdict)}
          >
            {verdict.text}
          </button>
        </section>
      )}
      {sentences.length > 0 && (
        <section aria-labelledby="rl-summary">
          <h3 id="rl-summary" class="section-title">
            {t('panelSummary')}
          </h3>
          <ul class="summary" data-testid="summary">
            {sentences.map((sentence) => (
              <li key={`${sentence.block}:${sentence.start}`}>
                <button type="button" class="sentence" onClick={() => onSentence(sentence)}>
                  {sentence.text}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
