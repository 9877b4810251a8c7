import { describe, expect, test } from 'vitest';
import type { SankeyNode } from '../../../src/domain/sankey';
import { rankSankeyColumns } from '../../../src/features/flows/sankey-ranking';

const node = (id: string, column: number, value: number, kind: SankeyNode['kind'] = 'item'): SankeyNode => ({
  id,
  kind,
  code: kind === 'item' ? id : '',
  stage: column,
  column,
  value,
  status: 'synthetic',
  members: [],
});

describe('rankSankeyColumns', () => {
  test('one list per column, largest first, "others" last, each with its share of the column', () => {
    const columns = rankSankeyColumns([
      node('a', 0, 30),
      node('#others/0', 0, 40, 'others'),
      node('b', 0, 50),
      node('c', 1, 120),
    ]);
    expect(columns.map((column) => column.column)).toEqual([0, 1]);
    // Column 0 carries 30 + 40 + 50 = 120 t: b 50/120, a 30/120 = 0.25, others 40/120 at the end.
    const [first, second] = columns;
    expect(first?.total).toBe(120);
    expect(first?.nodes.map((entry) => entry.node.id)).toEqual(['b', 'a', '#others/0']);
    expect(first?.nodes.map((entry) => entry.share)).toEqual([50 / 120, 0.25, 40 / 120]);
    expect(second?.nodes).toEqual([{ node: node('c', 1, 120), share: 1 }]);
  });

  test('ties keep the order of the diagram; an empty column has shares of 0, not NaN', () => {
    const columns = rankSankeyColumns([node('x', 0, 10), node('y', 0, 10), node('z', 2, 0)]);
    expect(columns[0]?.nodes.map((entry) => entry.node.id)).toEqual(['x', 'y']);
    expect(columns[1]).toEqual({ column: 2, total: 0, nodes: [{ node: node('z', 2, 0), share: 0 }] });
  });
});
