// A Sankey diagram of flows through stages (province → origin → commodity → entry point), built
// from aggregated rows and laid out in columns. Pure: the flows page draws what this returns.
//
// Real data is not always a clean left-to-right pipeline: an origin can be its own province (a
// country, or a province reported as a whole), a code can sit in the wrong column (A → B in one
// row, B → A in another), Jakarta can supply Jakarta. A layout that follows links hangs or throws
// on a cycle (d3-sankey throws "circular link"), so the builder removes self-links and breaks
// cycles before anything is laid out, deterministically, and says what it removed.
import { weakestStatus, type DataStatus } from './data-status';

/** What the builder needs of a row; the flows API's rows have these fields and more. */
export interface SankeyRow {
  /** null: not reported (not drawn, and counted as such); 0: nothing came. */
  tonnes: number | null;
  status: DataStatus;
}

export interface SankeyStage<Row> {
  /**
   * Stages with the same namespace share nodes: the same code in two of them is one node. Give
   * provinces and origins one namespace ("region") so that an origin that is its own province is
   * seen as the self-link it is, rather than drawn as two boxes with the same name.
   */
  namespace: string;
  key: (row: Row) => string | null | undefined;
  /** Keep at most this many nodes of this stage; the smallest of the rest merge into one node. */
  limit?: number;
}

export interface SankeyOptions<Row> {
  stages: readonly SankeyStage<Row>[];
  /** Links whose rows all share one category (e.g. commodity group) carry it, for colour. */
  category?: (row: Row) => string | null | undefined;
}

export type SankeyNodeKind = 'item' | 'others' | 'unknown';

export interface SankeyNode {
  /** Stable across renders and data refreshes: "region:32.09", "#others/1", "#unknown/3". */
  id: string;
  kind: SankeyNodeKind;
  /** The code from the data; empty for "others" and "unknown" nodes. */
  code: string;
  /** The first stage the node appears in (its filter dimension). */
  stage: number;
  column: number;
  /** Tonnes through the node: the larger of what comes in and what goes out. */
  value: number;
  status: DataStatus;
  /** For an "others" node, the codes merged into it, largest first. */
  members: string[];
}

export interface SankeyLink {
  /** "source→target", stable. */
  id: string;
  source: string;
  target: string;
  value: number;
  status: DataStatus;
  category: string | null;
}

export interface DroppedLink {
  source: string;
  target: string;
  value: number;
  /** self-link: both ends are one node (the flow still continues to the next stage); cycle: removed to break a cycle. */
  reason: 'self-link' | 'cycle';
}

export interface SankeyGraph {
  nodes: SankeyNode[];
  links: SankeyLink[];
  /** Largest first, so a notice can name the ones that matter. */
  dropped: DroppedLink[];
  skipped: {
    /** Rows with tonnes null. */
    notReported: number;
    /** Rows with tonnes that are negative or not a finite number. */
    invalid: number;
  };
  columns: number;
  /** Tonnes of every row that was drawn. */
  total: number;
}

const OTHERS_PREFIX = '#others/';
const UNKNOWN_PREFIX = '#unknown/';
const LINK_ARROW = '→';

interface PathStep {
  id: string;
  stage: number;
}

interface NodeAccumulator {
  kind: SankeyNodeKind;
  code: string;
  stage: number;
  /** Tonnes of rows whose whole path collapsed into this one node. */
  through: number;
  statuses: Set<DataStatus>;
  members: Map<string, number>;
}

interface LinkAccumulator {
  source: string;
  target: string;
  value: number;
  statuses: Set<DataStatus>;
  categories: Set<string>;
}

const byValueThenId = <T extends { value: number; id: string }>(a: T, b: T) =>
  b.value - a.value || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function nodeIdOf(namespace: string, stage: number, key: string | null | undefined): string {
  return key === null || key === undefined || key === ''
    ? `${UNKNOWN_PREFIX}${stage}`
    : `${namespace}:${key}`;
}

/**
 * Rows → nodes and links. Duplicate rows and links merge (values add up, the weakest status
 * wins); self-links are dropped; cycles are broken by dropping, among the links that close one,
 * the smallest (links are kept largest first). Runs in O(links × (nodes + links)) and always ends.
 */
export function buildSankey<Row extends SankeyRow>(
  rows: readonly Row[],
  options: SankeyOptions<Row>,
): SankeyGraph {
  const { stages, category } = options;
  const skipped = { notReported: 0, invalid: 0 };
  const selfLinks = new Map<string, DroppedLink>();
  const paths: { steps: PathStep[]; tonnes: number; status: DataStatus; category: string | null }[] = [];
  let total = 0;

  for (const row of rows) {
    const tonnes = row.tonnes;
    if (tonnes === null) {
      skipped.notReported += 1;
      continue;
    }
    if (!Number.isFinite(tonnes) || tonnes < 0) {
      skipped.invalid += 1;
      continue;
    }
    if (tonnes === 0) continue;
    total += tonnes;
    const steps: PathStep[] = [];
    stages.forEach((stage, index) => {
      const id = nodeIdOf(stage.namespace, index, stage.key(row));
      const previous = steps[steps.length - 1];
      if (previous && previous.id === id) {
        const dropped = selfLinks.get(id) ?? {
          source: id,
          target: id,
          value: 0,
          reason: 'self-link' as const,
        };
        dropped.value += tonnes;
        selfLinks.set(id, dropped);
        return;
      }
      steps.push({ id, stage: index });
    });
    paths.push({ steps, tonnes, status: row.status, category: category?.(row) ?? null });
  }

  // Merge the smallest nodes of a crowded stage into one, by their tonnes at that stage.
  const merged = new Map<string, string>();
  stages.forEach((stage, index) => {
    if (stage.limit === undefined) return;
    const totals = new Map<string, number>();
    for (const path of paths) {
      for (const step of path.steps) {
        if (step.stage !== index || step.id.startsWith(UNKNOWN_PREFIX)) continue;
        totals.set(step.id, (totals.get(step.id) ?? 0) + path.tonnes);
      }
    }
    // Merging a single node into "others" would only hide its name.
    if (totals.size <= stage.limit + 1) return;
    const ranked = [...totals].map(([id, value]) => ({ id, value })).sort(byValueThenId);
    for (const { id } of ranked.slice(stage.limit))
      merged.set(`${index}\u0000${id}`, `${OTHERS_PREFIX}${index}`);
  });

  const nodes = new Map<string, NodeAccumulator>();
  const links = new Map<string, LinkAccumulator>();
  const touchNode = (step: PathStep, tonnes: number, status: DataStatus): string => {
    const mergedInto = merged.get(`${step.stage}\u0000${step.id}`);
    const id = mergedInto ?? step.id;
    let node = nodes.get(id);
    if (!node) {
      const kind: SankeyNodeKind = mergedInto ? 'others' : id.startsWith(UNKNOWN_PREFIX) ? 'unknown' : 'item';
      node = {
        kind,
        code: kind === 'item' ? id.slice(id.indexOf(':') + 1) : '',
        stage: step.stage,
        through: 0,
        statuses: new Set(),
        members: new Map(),
      };
      nodes.set(id, node);
    }
    node.stage = Math.min(node.stage, step.stage);
    node.statuses.add(status);
    if (mergedInto) {
      const code = step.id.slice(step.id.indexOf(':') + 1);
      node.members.set(code, (node.members.get(code) ?? 0) + tonnes);
    }
    return id;
  };

  for (const path of paths) {
    const ids = path.steps.map((step) => touchNode(step, path.tonnes, path.status));
    if (ids.length === 1 && ids[0] !== undefined) {
      const only = nodes.get(ids[0]);
      if (only) only.through += path.tonnes;
    }
    for (let i = 1; i < ids.length; i++) {
      const source = ids[i - 1] ?? '';
      const target = ids[i] ?? '';
      if (source === target) continue; // two merged nodes of adjacent stages cannot be equal, but be sure
      const key = `${source}${LINK_ARROW}${target}`;
      let link = links.get(key);
      if (!link) {
        link = { source, target, value: 0, statuses: new Set(), categories: new Set() };
        links.set(key, link);
      }
      link.value += path.tonnes;
      link.statuses.add(path.status);
      link.categories.add(path.category ?? '');
    }
  }

  const { kept, dropped: cycleLinks } = breakCycles(
    [...links].map(([id, link]) => ({
      id,
      source: link.source,
      target: link.target,
      value: link.value,
      status: weakestStatus(link.statuses),
      category: link.categories.size === 1 ? [...link.categories][0] || null : null,
    })),
  );

  const columnOf = assignColumns(nodes, kept);
  const inflow = new Map<string, number>();
  const outflow = new Map<string, number>();
  for (const link of kept) {
    outflow.set(link.source, (outflow.get(link.source) ?? 0) + link.value);
    inflow.set(link.target, (inflow.get(link.target) ?? 0) + link.value);
  }
  const nodeList: SankeyNode[] = [...nodes].map(([id, node]) => ({
    id,
    kind: node.kind,
    code: node.code,
    stage: node.stage,
    column: columnOf.get(id) ?? node.stage,
    value: Math.max(inflow.get(id) ?? 0, outflow.get(id) ?? 0, node.through),
    status: weakestStatus(node.statuses),
    members: [...node.members].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([code]) => code),
  }));
  nodeList.sort((a, b) => a.column - b.column || byValueThenId(a, b));
  const dropped = [...selfLinks.values(), ...cycleLinks].sort(
    (a, b) => b.value - a.value || a.source.localeCompare(b.source) || a.target.localeCompare(b.target),
  );
  return {
    nodes: nodeList,
    links: kept.sort(byValueThenId),
    dropped,
    skipped,
    columns: nodeList.reduce((max, node) => Math.max(max, node.column + 1), 0),
    total,
  };
}

/** Keeps links largest first, skipping any that would close a cycle with those already kept. */
function breakCycles(links: SankeyLink[]): { kept: SankeyLink[]; dropped: DroppedLink[] } {
  const ordered = [...links].sort(byValueThenId);
  const successors = new Map<string, string[]>();
  const kept: SankeyLink[] = [];
  const dropped: DroppedLink[] = [];
  for (const link of ordered) {
    if (reaches(successors, link.target, link.source)) {
      dropped.push({ source: link.source, target: link.target, value: link.value, reason: 'cycle' });
      continue;
    }
    kept.push(link);
    const next = successors.get(link.source);
    if (next) next.push(link.target);
    else successors.set(link.source, [link.target]);
  }
  return { kept, dropped };
}

/** Iterative depth-first search; every node is visited at most once, so it always ends. */
function reaches(successors: ReadonlyMap<string, readonly string[]>, from: string, to: string): boolean {
  if (from === to) return true;
  const seen = new Set<string>([from]);
  const stack = [from];
  while (stack.length > 0) {
    const current = stack.pop() ?? '';
    for (const next of successors.get(current) ?? []) {
      if (next === to) return true;
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return false;
}

/**
 * A node sits in the column of its stage, or further right when a link from a node in the same
 * or a later column must still point rightwards. The kept links form a DAG (breakCycles), so a
 * topological pass settles every column once.
 */
function assignColumns(
  nodes: ReadonlyMap<string, NodeAccumulator>,
  links: readonly SankeyLink[],
): Map<string, number> {
  const incoming = new Map<string, number>();
  const successors = new Map<string, string[]>();
  for (const id of [...nodes.keys()].sort()) incoming.set(id, 0);
  for (const link of links) {
    incoming.set(link.target, (incoming.get(link.target) ?? 0) + 1);
    const next = successors.get(link.source);
    if (next) next.push(link.target);
    else successors.set(link.source, [link.target]);
  }
  const column = new Map<string, number>();
  for (const [id, node] of nodes) column.set(id, node.stage);
  const ready = [...incoming].filter(([, count]) => count === 0).map(([id]) => id);
  while (ready.length > 0) {
    const id = ready.shift() ?? '';
    for (const next of successors.get(id) ?? []) {
      column.set(next, Math.max(column.get(next) ?? 0, (column.get(id) ?? 0) + 1));
      const remaining = (incoming.get(next) ?? 1) - 1;
      incoming.set(next, remaining);
      if (remaining === 0) ready.push(next);
    }
  }
  return column;
}

export interface SankeyLayoutOptions {
  width: number;
  height: number;
  nodeWidth: number;
  /** Vertical gap between nodes of a column; shrinks when a column is crowded. */
  nodePadding: number;
}

export interface LaidOutNode extends SankeyNode {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface LaidOutLink extends SankeyLink {
  /** Centre of the band where it leaves its source and where it enters its target. */
  sourceY: number;
  targetY: number;
  /** Band thickness. */
  width: number;
  /** The band's centre line, drawn with stroke-width = width. */
  path: string;
}

export interface SankeyLayout {
  nodes: LaidOutNode[];
  links: LaidOutLink[];
  width: number;
  height: number;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Columns left to right; in each column nodes are ordered by where their inflows come from (the
 * first column by size), which keeps bands from crossing more than they must; one scale of
 * pixels per tonne for all columns, so band widths compare across the diagram.
 */
export function layoutSankey(graph: SankeyGraph, options: SankeyLayoutOptions): SankeyLayout {
  const { width, height, nodeWidth } = options;
  const columns: SankeyNode[][] = Array.from({ length: graph.columns }, () => []);
  for (const node of graph.nodes) columns[node.column]?.push(node);
  const crowded = Math.max(1, ...columns.map((column) => column.length));
  // Gaps may take at most 40% of the height, so a crowded column still shows its values.
  const padding = Math.min(
    options.nodePadding,
    crowded > 1 ? (height * 0.4) / (crowded - 1) : options.nodePadding,
  );
  let scale = Number.POSITIVE_INFINITY;
  for (const column of columns) {
    const sum = column.reduce((total, node) => total + node.value, 0);
    if (sum > 0) scale = Math.min(scale, (height - (column.length - 1) * padding) / sum);
  }
  if (!Number.isFinite(scale)) scale = 0;

  const step = graph.columns > 1 ? (width - nodeWidth) / (graph.columns - 1) : 0;
  const placed = new Map<string, LaidOutNode>();
  const incoming = new Map<string, SankeyLink[]>();
  for (const link of graph.links) {
    const list = incoming.get(link.target);
    if (list) list.push(link);
    else incoming.set(link.target, [link]);
  }

  columns.forEach((column, index) => {
    const centreOf = (node: SankeyNode): number => {
      let weighted = 0;
      let weight = 0;
      for (const link of incoming.get(node.id) ?? []) {
        const source = placed.get(link.source);
        if (!source) continue;
        weighted += ((source.y0 + source.y1) / 2) * link.value;
        weight += link.value;
      }
      return weight > 0 ? weighted / weight : Number.POSITIVE_INFINITY;
    };
    const order = column
      .map((node) => ({ node, centre: index === 0 ? 0 : centreOf(node) }))
      .sort((a, b) => a.centre - b.centre || byValueThenId(a.node, b.node));
    const used = column.reduce((sum, node) => sum + node.value * scale, 0) + (column.length - 1) * padding;
    let y = Math.max(0, (height - used) / 2);
    const x0 = round1(index * step);
    for (const { node } of order) {
      const nodeHeight = node.value * scale;
      placed.set(node.id, {
        ...node,
        x0,
        x1: round1(x0 + nodeWidth),
        y0: round1(y),
        y1: round1(y + nodeHeight),
      });
      y += nodeHeight + padding;
    }
  });

  // Bands leave a node in the order of their targets and enter in the order of their sources.
  const outOffset = new Map<string, number>();
  const inOffset = new Map<string, number>();
  const centre = (id: string) => {
    const node = placed.get(id);
    return node ? (node.y0 + node.y1) / 2 : 0;
  };
  const bySourceThenTarget = [...graph.links].sort(
    (a, b) =>
      centre(a.source) - centre(b.source) || centre(a.target) - centre(b.target) || (a.id < b.id ? -1 : 1),
  );
  const byTargetThenSource = [...graph.links].sort(
    (a, b) =>
      centre(a.target) - centre(b.target) || centre(a.source) - centre(b.source) || (a.id < b.id ? -1 : 1),
  );
  const sourceY = new Map<string, number>();
  const targetY = new Map<string, number>();
  for (const link of byTargetThenSource) {
    const bandWidth = link.value * scale;
    const offset = outOffset.get(link.source) ?? 0;
    sourceY.set(link.id, (placed.get(link.source)?.y0 ?? 0) + offset + bandWidth / 2);
    outOffset.set(link.source, offset + bandWidth);
  }
  for (const link of bySourceThenTarget) {
    const bandWidth = link.value * scale;
    const offset = inOffset.get(link.target) ?? 0;
    targetY.set(link.id, (placed.get(link.target)?.y0 ?? 0) + offset + bandWidth / 2);
    inOffset.set(link.target, offset + bandWidth);
  }

  const laidOutLinks: LaidOutLink[] = graph.links.map((link) => {
    const x0 = placed.get(link.source)?.x1 ?? 0;
    const x1 = placed.get(link.target)?.x0 ?? 0;
    const y0 = round1(sourceY.get(link.id) ?? 0);
    const y1 = round1(targetY.get(link.id) ?? 0);
    const middle = round1((x0 + x1) / 2);
    return {
      ...link,
      sourceY: y0,
      targetY: y1,
      width: link.value * scale,
      path: `M${x0},${y0}C${middle},${y0} ${middle},${y1} ${x1},${y1}`,
    };
  });
  return {
    nodes: graph.nodes
      .map((node) => placed.get(node.id))
      .filter((node): node is LaidOutNode => node !== undefined),
    links: laidOutLinks,
    width,
    height,
  };
}
