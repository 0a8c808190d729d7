import { useEffect, useRef, useState } from 'preact/hooks';
import { Actions } from './Actions';
import { formatExport, visibleSummary } from './export';
import type {
  CopyFormat,
  PanelCallbacks,
  PanelContent,
  PanelLayout,
  PanelSections,
  Translate,
} from './model';
import { ProsCons } from './ProsCons';
import { ReviewCard } from './ReviewCard';
import { Summary } from './Summary';
import { Toc } from './Toc';

export const WIDTH = { min: 280, max: 560 } as const;
const MARGIN = 12;
const KEY_STEP = 16;

export interface PanelProps extends PanelCallbacks {
  content: PanelContent;
  sections: PanelSections;
  layout: PanelLayout;
  /** Block index of the section in view (scroll spy). */
  active: number | null;
  progress: number;
  t: Translate;
}

const clamp = (value: number, min: number, max: number) => Math.round(Math.min(max, Math.max(min, value)));
const maxWidth = () => Math.max(WIDTH.min, Math.min(WIDTH.max, window.innerWidth - 2 * MARGIN));
const maxOffset = () => Math.max(0, window.innerHeight - 120);

/** Pointer drag that reports the movement and, once released, the final value. */
function drag<T>(event: PointerEvent, move: (dx: number, dy: number) => T, done: (value: T) => void) {
  if (event.button !== 0) return;
  const handle = event.currentTarget as HTMLElement;
  const { clientX: x0, clientY: y0, pointerId } = event;
  let last: T | null = null;
  handle.setPointerCapture(pointerId);
  const onMove = (e: PointerEvent) => {
    last = move(e.clientX - x0, e.clientY - y0);
  };
  const onUp = () => {
    handle.removeEventListener('pointermove', onMove);
    handle.removeEventListener('pointerup', onUp);
    handle.removeEventListener('pointercancel', onUp);
    if (last !== null) done(last);
  };
  handle.addEventListener('pointermove', onMove);
  handle.addEventListener('pointerup', onUp);
  handle.addEventListener('pointercancel', onUp);
  event.preventDefault();
}

export function Panel(props: PanelProps) {
  const { content, sections, layout, t } = props;
  const [offsetY, setOffsetY] = useState(layout.offsetY);
  const [width, setWidth] = useState(layout.width);
  const [copied, setCopied] = useState('');
  const tab = useRef<HTMLButtonElement>(null);
  const collapse = useRef<HTMLButtonElement>(null);
  const wasCollapsed = useRef(layout.collapsed);
  useEffect(() => setOffsetY(layout.offsetY), [layout.offsetY]);
  useEffect(() => setWidth(layout.width), [layout.width]);
  // Focus follows the user's toggle: into the panel when it opens, back to the tab when it collapses.
  useEffect(() => {
    if (wasCollapsed.current === layout.collapsed) return;
    wasCollapsed.current = layout.collapsed;
    (layout.collapsed ? tab : collapse).current?.focus();
  }, [layout.collapsed]);

  const top = clamp(offsetY, 0, maxOffset());
  const rootClass = `root theme-${layout.theme} size-${layout.fontSize} side-${layout.side}`;
  const edge = layout.side === 'right' ? { right: `${MARGIN}px` } : { left: `${MARGIN}px` };

  if (layout.collapsed) {
    return (
      <div class={rootClass} dir={layout.dir}>
        <aside aria-label={t('panelLabel')} data-testid="panel" data-collapsed="true">
          <button
            ref={tab}
            type="button"
            class="tab"
            data-testid="tab"
            aria-expanded="false"
            aria-label={t('panelExpand')}
            title={t('panelExpand')}
            style={{ top: `${top}px`, width: `${layout.tabWidth}px` }}
            onClick={() => props.onCollapse(false)}
          >
            <Lens />
          </button>
        </aside>
      </div>
    );
  }

  const copy = async (format: CopyFormat) => {
    const text = formatExport(content, sections, format, t);
    const ok = await props.onCopy(text);
    if (ok) setCopied(text);
    return ok;
  };
  const moveTo = (y: number) => {
    const next = clamp(y, 0, maxOffset());
    setOffsetY(next);
    return next;
  };
  const resizeTo = (w: number) => {
    const next = clamp(w, WIDTH.min, maxWidth());
    setWidth(next);
    return next;
  };
  // Dragging the inner edge: leftwards widens a right-hand panel, rightwards a left-hand one.
  const widthSign = layout.side === 'right' ? -1 : 1;
  const keyStep = (e: KeyboardEvent, axis: 'x' | 'y'): number => {
    const keys = axis === 'y' ? ['ArrowUp', 'ArrowDown'] : ['ArrowLeft', 'ArrowRight'];
    const i = keys.indexOf(e.key);
    if (i < 0) return 0;
    e.preventDefault();
    e.stopPropagation();
    return i === 0 ? -KEY_STEP : KEY_STEP;
  };
  const review = content.review;
  const summary = sections.summary ? visibleSummary(content, sections) : [];
  const verdict = review && sections.reviewCard ? content.verdict : null;

  return (
    <div class={rootClass} dir={layout.dir}>
      <aside
        class="panel"
        aria-labelledby="rl-brand rl-title"
        data-testid="panel"
        data-collapsed="false"
        style={{
          top: `${top}px`,
          maxHeight: `calc(100vh - ${top + MARGIN}px)`,
          width: `${clamp(width, WIDTH.min, maxWidth())}px`,
          ...edge,
        }}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.preventDefault();
          props.onCollapse(true);
        }}
      >
        <div class="bar">
          <button
            type="button"
            class="grip"
            data-testid="move"
            aria-label={t('panelMove')}
            title={t('panelMove')}
            onPointerDown={(e) => {
              const from = top;
              drag(
                e,
                (_, dy) => moveTo(from + dy),
                (y) => props.onPlace({ offsetY: y }),
              );
            }}
            onKeyDown={(e) => {
              const dy = keyStep(e, 'y');
              if (dy) props.onPlace({ offsetY: moveTo(top + dy) });
            }}
          >
            <Lens />
          </button>
          <span id="rl-brand" class="brand">
            {t('panelLabel')}
          </span>
          <button
            ref={collapse}
            type="button"
            class="icon"
            data-testid="collapse"
            aria-expanded="true"
            aria-label={t('panelCollapse')}
            title={t('panelCollapse')}
            onClick={() => props.onCollapse(true)}
          >
            <span aria-hidden="true">{layout.side === 'right' ? '⟩' : '⟨'}</span>
          </button>
          <button
            type="button"
            class="icon"
            data-testid="close"
            aria-label={t('panelClose')}
            title={t('panelClose')}
            onClick={props.onClose}
          >
            <span aria-hidden="true">✕</span>
          </button>
        </div>
        <div class="scroll">
          <ReviewCard
            content={content}
            sections={sections}
            progress={props.progress}
            titleId="rl-title"
            t={t}
          />
          <Summary verdict={verdict} sentences={summary} onSentence={props.onSentence} t={t} />
          {review && sections.prosCons && <ProsCons pros={content.pros} cons={content.cons} t={t} />}
          {sections.toc && content.outline.length > 0 && (
            <Toc outline={content.outline} active={props.active} onJump={props.onJump} t={t} />
          )}
        </div>
        <Actions onCopy={copy} onSettings={props.onSettings} t={t} />
        <textarea
          class="copy-output"
          data-testid="copy-output"
          hidden
          readOnly
          tabIndex={-1}
          value={copied}
        />
        {/* biome-ignore lint/a11y/useSemanticElements: an <hr> cannot take focus or be dragged */}
        <div
          class="resize"
          role="separator"
          tabIndex={0}
          data-testid="resize"
          aria-orientation="vertical"
          aria-label={t('panelResize')}
          aria-valuemin={WIDTH.min}
          aria-valuemax={maxWidth()}
          aria-valuenow={width}
          onPointerDown={(e) => {
            const from = width;
            drag(
              e,
              (dx) => resizeTo(from + widthSign * dx),
              (w) => props.onPlace({ width: w }),
            );
          }}
          onKeyDown={(e) => {
            const dx = keyStep(e, 'x');
            if (dx) props.onPlace({ width: resizeTo(width + widthSign * dx) });
          }}
        />
      </aside>
    </div>
  );
}

/** The extension's mark: a lens over lines of text. */
function Lens() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="6.5" fill="none" stroke="currentColor" stroke-width="2.2" />
      <path d="M15 15l5.5 5.5" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" />
      <path d="M7 8.5h6M7 11.5h4" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
    </svg>
  );
}
