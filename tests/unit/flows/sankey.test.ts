import { describe, expect, test } from 'vitest';
import type { DataStatus } from '../../../src/domain/data-status';
import { buildSankey, layoutSankey, type SankeyGraph, type SankeyStage } from '../../../src/domain/sankey';

interface Row {
  province?: string;
  origin?: string;
  commodity?: string;
  entryPoint?: string;
  tonnes: number | null;
  status: DataStatus;
}

const FOUR_STAGES: SankeyStage<Row>[] = [
  { namespace: 'region', key: (row) => row.province },
  { namespace: 'region', key: (row) => row.origin },
  { namespace: 'commodity', key: (row) => row.commodity },
  { namespace: 'entry', key: (row) => row.entryPoint },
];

interface Edge {
  from: string;
  to: string;
  tonnes: number | null;
  status: DataStatus;
}
/** Two stages in one namespace: any code can be on either side, so any cycle can be written. */
const FROM_TO: SankeyStage<Edge>[] = [
  { namespace: 'region', key: (row) => row.from },
  { namespace: 'region', key: (row) => row.to },
];
const edge = (from: string, to: string, tonnes: number | null, status: DataStatus = 'reported'): Edge => ({
  from,
  to,
  tonnes,
  status,
});

const row = (overrides: Partial<Row>): Row => ({
  province: '32',
  origin: '32.09',
  commodity: 'rice-milled',
  entryPoint: 'PIBC',
  tonnes: 100,
  status: 'estimated',
  ...overrides,
});

const linkValues = (graph: SankeyGraph) =>
  Object.fromEntries(graph.links.map((link) => [link.id, link.value]));

/** Kahn's algorithm: true when the links have no cycle. */
function isAcyclic(graph: SankeyGraph): boolean {
  const incoming = new Map(graph.nodes.map((node) => [node.id, 0]));
  for (const link of graph.links) incoming.set(link.target, (incoming.get(link.target) ?? 0) + 1);
  const ready = [...incoming].filter(([, count]) => count === 0).map(([id]) => id);
  let visited = 0;
  while (ready.length > 0) {
    const id = ready.pop();
    visited += 1;
    for (const link of graph.links.filter((l) => l.source === id)) {
      const remaining = (incoming.get(link.target) ?? 0) - 1;
      incoming.set(link.target, remaining);
      if (remaining === 0) ready.push(link.target);
    }
  }
  return visited === graph.nodes.length;
}

describe('buildSankey', () => {
  test('empty input: no nodes, no links, nothing dropped', () => {
    const graph = buildSankey<Row>([], { stages: FOUR_STAGES });
    expect(graph).toEqual({
      nodes: [],
      links: [],
      dropped: [],
      skipped: { notReported: 0, invalid: 0 },
      columns: 0,
      total: 0,
    });
    expect(layoutSankey(graph, { width: 960, height: 400, nodeWidth: 14, nodePadding: 10 })).toEqual({
      nodes: [],
      links: [],
      width: 960,
      height: 400,
    });
  });

  test('one path: four nodes in four columns with stable ids, three links', () => {
    const graph = buildSankey([row({})], { stages: FOUR_STAGES });
    expect(graph.nodes.map((node) => [node.id, node.column, node.value])).toEqual([
      ['region:32', 0, 100],
      ['region:32.09', 1, 100],
      ['commodity:rice-milled', 2, 100],
      ['entry:PIBC', 3, 100],
    ]);
    expect(graph.links.map((link) => link.id).sort()).toEqual([
      'commodity:rice-milled→entry:PIBC',
      'region:32.09→commodity:rice-milled',
      'region:32→region:32.09',
    ]);
    expect(graph.columns).toBe(4);
    expect(graph.total).toBe(100);
  });

  test('duplicate rows and shared links merge: values add up, the weakest status wins', () => {
    const graph = buildSankey(
      [
        row({ tonnes: 100, status: 'reported' }),
        row({ tonnes: 50, status: 'synthetic' }),
        row({ origin: '32.15', tonnes: 30, status: 'reported' }),
      ],
      { stages: FOUR_STAGES },
    );
    expect(linkValues(graph)).toEqual({
      'region:32→region:32.09': 150,
      'region:32→region:32.15': 30,
      'region:32.09→commodity:rice-milled': 150,
      'region:32.15→commodity:rice-milled': 30,
      'commodity:rice-milled→entry:PIBC': 180,
    });
    const statusOf = (id: string) => graph.links.find((link) => link.id === id)?.status;
    expect(statusOf('region:32→region:32.09')).toBe('synthetic');
    expect(statusOf('region:32→region:32.15')).toBe('reported');
    expect(graph.nodes.find((node) => node.id === 'entry:PIBC')?.value).toBe(180);
  });

  test('the result does not depend on the order of the rows', () => {
    const rows = [
      row({ tonnes: 10 }),
      row({ origin: '32.15', tonnes: 30 }),
      row({
        province: '33',
        origin: '33.01',
        commodity: 'fish-marine',
        entryPoint: 'PPI-MUARA-ANGKE',
        tonnes: 7,
      }),
      row({
        province: 'AUS',
        origin: 'AUS',
        commodity: 'meat-beef',
        entryPoint: 'TANJUNG-PRIOK',
        tonnes: 12,
      }),
    ];
    const forward = buildSankey(rows, { stages: FOUR_STAGES });
    const backward = buildSankey([...rows].reverse(), { stages: FOUR_STAGES });
    expect(backward).toEqual(forward);
  });

  test('an origin that is its own province: the self-link is dropped and reported, the flow goes on', () => {
    const graph = buildSankey(
      [
        row({
          province: 'AUS',
          origin: 'AUS',
          commodity: 'meat-beef',
          entryPoint: 'TANJUNG-PRIOK',
          tonnes: 40,
        }),
        row({ province: 'AUS', origin: 'AUS', commodity: 'meat-beef', entryPoint: 'RPH-CAKUNG', tonnes: 2 }),
      ],
      { stages: FOUR_STAGES },
    );
    expect(graph.dropped).toEqual([
      { source: 'region:AUS', target: 'region:AUS', value: 42, reason: 'self-link' },
    ]);
    expect(graph.links.some((link) => link.source === link.target)).toBe(false);
    expect(linkValues(graph)).toEqual({
      'region:AUS→commodity:meat-beef': 42,
      'commodity:meat-beef→entry:TANJUNG-PRIOK': 40,
      'commodity:meat-beef→entry:RPH-CAKUNG': 2,
    });
    // One node for Australia, in the first column; commodities and entry points keep theirs.
    expect(graph.nodes.filter((node) => node.code === 'AUS')).toMatchObject([
      { id: 'region:AUS', column: 0, stage: 0 },
    ]);
    expect(graph.nodes.find((node) => node.id === 'commodity:meat-beef')?.column).toBe(2);
    expect(graph.columns).toBe(4);
  });

  test('Jakarta → Jakarta: a self-link is dropped, the node stays with its tonnes, and nothing hangs', () => {
    const graph = buildSankey([edge('31', '31', 5), edge('31', '31', 3)], { stages: FROM_TO });
    expect(graph.links).toEqual([]);
    expect(graph.dropped).toEqual([
      { source: 'region:31', target: 'region:31', value: 8, reason: 'self-link' },
    ]);
    expect(graph.nodes).toMatchObject([{ id: 'region:31', value: 8, column: 0 }]);
    const layout = layoutSankey(graph, { width: 500, height: 200, nodeWidth: 10, nodePadding: 8 });
    expect(layout.nodes[0]).toMatchObject({ y0: 0, y1: 200 });
  });

  test('A → B → A: the smaller link is dropped as a cycle, and reported', () => {
    const graph = buildSankey([edge('A', 'B', 10), edge('B', 'A', 4)], { stages: FROM_TO });
    expect(linkValues(graph)).toEqual({ 'region:A→region:B': 10 });
    expect(graph.dropped).toEqual([{ source: 'region:B', target: 'region:A', value: 4, reason: 'cycle' }]);
    expect(graph.nodes.map((node) => [node.id, node.column])).toEqual([
      ['region:A', 0],
      ['region:B', 1],
    ]);
    expect(isAcyclic(graph)).toBe(true);
  });

  test('A → B → A with equal values: the tie is broken by id, whatever the row order', () => {
    const one = buildSankey([edge('A', 'B', 5), edge('B', 'A', 5)], { stages: FROM_TO });
    const other = buildSankey([edge('B', 'A', 5), edge('A', 'B', 5)], { stages: FROM_TO });
    expect(other).toEqual(one);
    expect(one.links.map((link) => link.id)).toEqual(['region:A→region:B']);
  });

  test('A → B → C → A: the smallest link of the cycle goes; the columns follow the kept links', () => {
    const graph = buildSankey([edge('A', 'B', 5), edge('B', 'C', 4), edge('C', 'A', 3)], { stages: FROM_TO });
    expect(graph.dropped).toEqual([{ source: 'region:C', target: 'region:A', value: 3, reason: 'cycle' }]);
    expect(graph.nodes.map((node) => [node.id, node.column])).toEqual([
      ['region:A', 0],
      ['region:B', 1],
      ['region:C', 2],
    ]);
    expect(graph.columns).toBe(3);
  });

  test('a province and an origin swapped between rows (32 → 33 and 33 → 32) is a cycle, not a hang', () => {
    const graph = buildSankey(
      [row({ province: '32', origin: '33', tonnes: 9 }), row({ province: '33', origin: '32', tonnes: 1 })],
      { stages: FOUR_STAGES },
    );
    expect(graph.dropped).toEqual([{ source: 'region:33', target: 'region:32', value: 1, reason: 'cycle' }]);
    expect(isAcyclic(graph)).toBe(true);
    // Both rows still reach the commodity and the entry point.
    expect(graph.nodes.find((node) => node.id === 'entry:PIBC')?.value).toBe(10);
  });

  test('a dense random graph full of cycles ends quickly, acyclic, and lays out with finite numbers', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const edges = Array.from({ length: 3000 }, () =>
      edge(`N${Math.floor(random() * 150)}`, `N${Math.floor(random() * 150)}`, Math.round(random() * 1000)),
    );
    const started = performance.now();
    const graph = buildSankey(edges, { stages: FROM_TO });
    const layout = layoutSankey(graph, { width: 960, height: 600, nodeWidth: 10, nodePadding: 4 });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(isAcyclic(graph)).toBe(true);
    expect(graph.dropped.some((link) => link.reason === 'cycle')).toBe(true);
    expect(graph.dropped.some((link) => link.reason === 'self-link')).toBe(true);
    const columnOf = new Map(graph.nodes.map((node) => [node.id, node.column]));
    for (const link of graph.links)
      expect(columnOf.get(link.source) ?? Number.NaN).toBeLessThan(columnOf.get(link.target) ?? Number.NaN);
    for (const link of layout.links) expect(link.path).not.toMatch(/NaN|Infinity/);
    for (const node of layout.nodes)
      expect([node.x0, node.x1, node.y0, node.y1].every(Number.isFinite)).toBe(true);
  });

  test('nulls are "not reported" and counted; negative or non-finite tonnes are invalid; zero draws nothing', () => {
    const graph = buildSankey(
      [
        row({ tonnes: null }),
        row({ tonnes: null, origin: '32.15' }),
        row({ tonnes: -5 }),
        row({ tonnes: Number.NaN }),
        row({ tonnes: Number.POSITIVE_INFINITY }),
        row({ tonnes: 0 }),
      ],
      { stages: FOUR_STAGES },
    );
    expect(graph.skipped).toEqual({ notReported: 2, invalid: 3 });
    expect(graph.links).toEqual([]);
    expect(graph.nodes).toEqual([]);
    expect(graph.total).toBe(0);
  });

  test('a missing code becomes a visible "unknown" node of its stage, never a silent drop', () => {
    const graph = buildSankey([row({ entryPoint: undefined, tonnes: 7 }), row({ origin: '', tonnes: 3 })], {
      stages: FOUR_STAGES,
    });
    expect(
      graph.nodes.filter((node) => node.kind === 'unknown').map((node) => [node.id, node.column]),
    ).toEqual([
      ['#unknown/1', 1],
      ['#unknown/3', 3],
    ]);
    expect(graph.total).toBe(10);
  });

  test('a stage with a limit merges its smallest nodes into one "others" node, listing them', () => {
    const origins = ['32.01', '32.02', '32.03', '32.04', '32.09'];
    const rows = origins.map((origin, index) => row({ origin, tonnes: (index + 1) * 10 }));
    const limited: SankeyStage<Row>[] = FOUR_STAGES.map((stage, index) =>
      index === 1 ? { ...stage, limit: 2 } : stage,
    );
    const graph = buildSankey(rows, { stages: limited });
    const column = graph.nodes.filter((node) => node.column === 1);
    expect(column.map((node) => [node.id, node.kind, node.value])).toEqual([
      ['#others/1', 'others', 60],
      ['region:32.09', 'item', 50],
      ['region:32.04', 'item', 40],
    ]);
    expect(column[0]?.members).toEqual(['32.03', '32.02', '32.01']);
    // One node over the limit stays itself: merging it would only hide its name.
    const justOver = buildSankey(rows.slice(0, 3), { stages: limited });
    expect(justOver.nodes.some((node) => node.kind === 'others')).toBe(false);
  });

  test('links carry the category their rows share, or none when they mix', () => {
    const graph = buildSankey(
      [
        row({ commodity: 'rice-milled', tonnes: 5 }),
        row({ commodity: 'fish-marine', entryPoint: 'PPI-MUARA-ANGKE', tonnes: 5 }),
      ],
      { stages: FOUR_STAGES, category: (r) => r.commodity?.split('-')[0] },
    );
    const categoryOf = (id: string) => graph.links.find((link) => link.id === id)?.category;
    expect(categoryOf('region:32→region:32.09')).toBeNull();
    expect(categoryOf('commodity:fish-marine→entry:PPI-MUARA-ANGKE')).toBe('fish');
    expect(categoryOf('region:32.09→commodity:rice-milled')).toBe('rice');
  });
});

describe('layoutSankey', () => {
  const rows = [
    row({ tonnes: 300 }),
    row({ origin: '32.15', tonnes: 200 }),
    row({
      province: '33',
      origin: '33.01',
      commodity: 'fish-marine',
      entryPoint: 'PPI-MUARA-ANGKE',
      tonnes: 100,
    }),
  ];
  const graph = buildSankey(rows, { stages: FOUR_STAGES });
  const layout = layoutSankey(graph, { width: 900, height: 400, nodeWidth: 12, nodePadding: 10 });
  const node = (id: string) => {
    const found = layout.nodes.find((n) => n.id === id);
    if (!found) throw new Error(`no node ${id}`);
    return found;
  };

  test('columns run left to right across the width; nodes stay inside the height', () => {
    expect(node('region:32').x0).toBe(0);
    expect(node('entry:PIBC').x1).toBe(900);
    for (const n of layout.nodes) {
      expect(n.y0).toBeGreaterThanOrEqual(0);
      expect(n.y1).toBeLessThanOrEqual(400);
      expect(n.x0).toBe(n.column * ((900 - 12) / 3));
    }
  });

  test('one scale for every column: node heights are proportional to tonnes', () => {
    const height = (id: string) => node(id).y1 - node(id).y0;
    expect(height('region:32.09') / height('region:32.15')).toBeCloseTo(1.5, 1);
    expect(height('region:32') / height('entry:PIBC')).toBeCloseTo(1, 1);
  });

  test('bands leave and enter within their nodes and are as wide as their share', () => {
    for (const link of layout.links) {
      const source = node(link.source);
      const target = node(link.target);
      expect(link.sourceY - link.width / 2).toBeGreaterThanOrEqual(source.y0 - 0.1);
      expect(link.sourceY + link.width / 2).toBeLessThanOrEqual(source.y1 + 0.1);
      expect(link.targetY - link.width / 2).toBeGreaterThanOrEqual(target.y0 - 0.1);
      expect(link.targetY + link.width / 2).toBeLessThanOrEqual(target.y1 + 0.1);
      expect(link.path).toMatch(/^M[\d.]+,[\d.]+C/);
    }
  });

  test('a crowded column shrinks its gaps instead of overflowing', () => {
    const many = Array.from({ length: 60 }, (_, index) => row({ origin: `32.${index}`, tonnes: 1 + index }));
    const crowded = layoutSankey(buildSankey(many, { stages: FOUR_STAGES }), {
      width: 900,
      height: 300,
      nodeWidth: 12,
      nodePadding: 10,
    });
    for (const n of crowded.nodes) expect(n.y1).toBeLessThanOrEqual(300.1);
  });
});
