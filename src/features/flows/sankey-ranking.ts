import type { SankeyNode } from '../../domain/sankey';

export interface RankedNode<N extends SankeyNode> {
  node: N;
  /** The node's tonnes over the column's total, 0…1; 0 when the column carries nothing. */
  share: number;
}

export interface RankedColumn<N extends SankeyNode> {
  column: number;
  total: number;
  nodes: RankedNode<N>[];
}

/**
 * The Sankey read as lists, for screens too narrow to draw it: one list per column, largest first.
 * "Others" and "unknown" go last whatever their size, as in a table of named rows with a remainder;
 * ties keep the diagram's order.
 */
export function rankSankeyColumns<N extends SankeyNode>(nodes: readonly N[]): RankedColumn<N>[] {
  const byColumn = new Map<number, N[]>();
  for (const node of nodes) {
    const list = byColumn.get(node.column);
    if (list) list.push(node);
    else byColumn.set(node.column, [node]);
  }
  return [...byColumn.keys()]
    .sort((a, b) => a - b)
    .map((column) => {
      const members = byColumn.get(column) ?? [];
      const total = members.reduce((sum, node) => sum + node.value, 0);
      const ranked = members
        .map((node, index) => ({ node, index }))
        .sort(
          (a, b) =>
            Number(a.node.kind !== 'item') - Number(b.node.kind !== 'item') ||
            b.node.value - a.node.value ||
            a.index - b.index,
        )
        .map(({ node }) => ({ node, share: total > 0 ? node.value / total : 0 }));
      return { column, total, nodes: ranked };
    });
}
