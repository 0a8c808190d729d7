import type { Rating } from '../core/types';
import { subjectText } from './export';
import type { PanelContent, PanelSections, Translate } from './model';

function Stars({ rating }: { rating: Rating }) {
  const share = Math.min(1, Math.max(0, rating.value / rating.scale));
  // Five stars whatever the scale; the post's own wording sits beside them and is what is read out.
  return (
    <span class="stars" aria-hidden="true">
      <span class="stars-empty">★★★★★</span>
      <span class="stars-full" style={{ width: `${Math.round(share * 100)}%` }}>
        ★★★★★
      </span>
    </span>
  );
}

export interface HeaderProps {
  content: PanelContent;
  sections: PanelSections;
  /** 0…1 through the post body. */
  progress: number;
  titleId: string;
  t: Translate;
}

/** Subject (or post title), rating, reading time and the reading-progress bar. */
export function ReviewCard({ content, sections, progress, titleId, t }: HeaderProps) {
  const card = content.review && sections.reviewCard;
  const name = card && content.subject ? subjectText(content.subject) : content.title;
  const percent = Math.round(progress * 100);
  return (
    <header class="card">
      <h2 class="title" id={titleId} data-testid="title">
        {name}
      </h2>
      {card && content.rating && (
        <p class="rating" data-testid="rating">
          <span class="visually-hidden">{t('panelRating')}: </span>
          <Stars rating={content.rating} />
          <span class="rating-text">{content.rating.text}</span>
        </p>
      )}
      {sections.readingTime && content.readingMinutes > 0 && (
        <p class="meta" data-testid="reading-time">
          {t('panelReadingTime', String(content.readingMinutes))}
        </p>
      )}
      <div
        class="progress"
        role="progressbar"
        aria-label={t('panelReadingProgress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div class="progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </header>
  );
}
