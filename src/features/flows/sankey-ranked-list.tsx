import type { LaidOutNode } from '../../domain/sankey';
import type { SankeyNodeView } from './sankey-chart';
import { rankSankeyColumns } from './sankey-ranking';

export interface SankeyRankedListProps {
  nodes: readonly LaidOutNode[];
  describeNode: (node: LaidOutNode) => SankeyNodeView;
  columnHeaders: readonly string[] | null;
  formatTonnes: (tonnes: number) => string;
  formatShare: (share: number) => string;
  description: string;
}

/**
 * The Sankey on a phone: each column a ranked list with a bar for its share of the column, the
 * names whole and at reading size. A node that filters the page is a button here too.
 */
export function SankeyRankedList({
  nodes,
  describeNode,
  columnHeaders,
  formatTonnes,
  formatShare,
  description,
}: SankeyRankedListProps) {
  const columns = rankSankeyColumns(nodes);
  return (
    <div className="sankey-ranked" role="group" aria-label={description}>
      {columns.map(({ column, nodes: ranked }) => (
        <section key={column} className="sankey-ranked-column">
          {columnHeaders?.[column] && <h3>{columnHeaders[column]}</h3>}
          <ol>
            {ranked.map(({ node, share }) => {
              const view = describeNode(node);
              const content = (
                <>
                  <span className="sankey-ranked-name">{view.name}</span>
                  <span className="sankey-ranked-value">
                    {formatTonnes(node.value)} · {formatShare(share)}
                  </span>
                  <span className="sankey-ranked-track" aria-hidden="true">
                    <span
                      className="sankey-ranked-bar"
                      style={{ width: `${Math.max(0.5, share * 100)}%`, background: view.color }}
                    />
                  </span>
                </>
              );
              return (
                <li key={node.id} data-node-id={node.id}>
                  {view.onActivate ? (
                    <button
                      type="button"
                      aria-pressed={view.pressed}
                      aria-label={view.description}
                      onClick={view.onActivate}
                    >
                      {content}
                    </button>
                  ) : (
                    <div className="sankey-ranked-item">{content}</div>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
