import { render } from 'preact';
import { Panel, type PanelProps } from '../ui/Panel';
import css from '../ui/panel.css?inline';

export const HOST_TAG = 'review-lens-panel';

/**
 * The panel's one host element, with an open shadow root holding its styles and the preact root. Appended to <html> rather than <body> so a page that rewrites its body does not
 * take the panel with it.
 */
export function mountPanel(doc: Document) {
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const root = doc.createElement('div');
  shadow.append(style, root);
  doc.documentElement.append(host);
  return {
    host,
    shadow,
    update: (props: PanelProps) => render(<Panel {...props} />, root),
    unmount: () => {
      render(null, root);
      host.remove();
    },
  };
}

export type Mounted = ReturnType<typeof mountPanel>;
