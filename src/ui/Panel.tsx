import type { OutlineNode } from '../core/types';

export interface PanelProps {
  title: string;
  outline: OutlineNode[];
  labels: { panel: string; contents: string };
  onJump: (node: OutlineNode) => void;
}

function Entries({ nodes, onJump }: { nodes: OutlineNode[]; onJump: PanelProps['onJump'] }) {
  return (
    <ol>
      {nodes.map((node) => (
        <li key={node.block}>
          <button type="button" class="toc-entry" onClick={() => onJump(node)}>
            {node.text}
          </button>
          {node.children.length > 0 && <Entries nodes={node.children} onJump={onJump} />}
        </li>
      ))}
    </ol>
  );
}

export function Panel({ title, outline, labels, onJump }: PanelProps) {
  return (
    <aside class="panel" aria-label={labels.panel} data-testid="panel">
      <h2 class="title" data-testid="title">
        {title}
      </h2>
      {outline.length > 0 && (
        <nav aria-label={labels.contents} data-testid="toc">
          <Entries nodes={outline} onJump={onJump} />
        </nav>
      )}
    </aside>
  );
}
