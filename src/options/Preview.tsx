/**
 * The real panel on the built-in sample, in its own shadow root with the panel's own stylesheet, redrawn on
 * every settings change. The box is the containing block of the panel's fixed positioning (a transform), so
 * the panel sits in the box, on the chosen side, as it sits in a page's viewport.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import { t } from '../i18n';
import { Panel } from '../ui/Panel';
import css from '../ui/panel.css?inline';
import { PREVIEW_TOP, previewProps, readSample } from './preview-props';

/** The one preview-only rule: the panel fits the box's height, not the window's. */
const FIT_BOX = `.panel { max-height: calc(100% - ${2 * PREVIEW_TOP}px) !important; }`;

const ignore = () => undefined;

/** Copies for real: the options page is an extension page, and the click is the user's. */
const copy = (text: string) =>
  navigator.clipboard.writeText(text).then(
    () => true,
    () => false,
  );

function usePrefersDark(): boolean {
  const query = useRef(matchMedia('(prefers-color-scheme: dark)')).current;
  const [dark, setDark] = useState(query.matches);
  useEffect(() => {
    const onChange = () => setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [query]);
  return dark;
}

export function Preview({ settings }: { settings: Settings }) {
  const host = useRef<HTMLDivElement>(null);
  const root = useRef<HTMLDivElement | null>(null);
  const [collapsed, setCollapsed] = useState(false);
  const prefersDark = usePrefersDark();

  useEffect(() => {
    const shadow = host.current?.attachShadow({ mode: 'open' });
    if (!shadow) return;
    const style = document.createElement('style');
    style.textContent = `${css}\n${FIT_BOX}`;
    const mount = document.createElement('div');
    shadow.append(style, mount);
    root.current = mount;
    return () => render(null, mount);
  }, []);

  useEffect(() => {
    if (!root.current) return;
    const reading = readSample(settings.summaryLength, settings.tocDepth);
    // Jumps and highlights would scroll a page that is not here: in the preview they do nothing.
    const props = previewProps(reading, settings, { prefersDark, collapsed }, t, {
      onJump: ignore,
      onSentence: ignore,
      onCopy: copy,
      onCollapse: setCollapsed,
      onClose: () => setCollapsed(true),
      onSettings: ignore,
      onPlace: ignore,
    });
    render(<Panel {...props} />, root.current);
  });

  return (
    <div class="preview-box" data-testid="preview">
      <div ref={host} data-testid="preview-host" />
    </div>
  );
}
