// What the flow map draws, computed once per answer and projection: one entry per origin, with
// its flows by commodity group and where it sits (a point, an arrow from the map's edge for a
// distant country, or nowhere when its position is unknown, which the panel then says).
import { groupOf, type CommodityCode } from '../../domain/commodity';
import { weakestStatus, type DataStatus } from '../../domain/data-status';
import {
  edgePoint,
  initialBearing,
  isInside,
  spreadOnEdge,
  type LatLon,
  type MapProjection,
  type Point,
} from '../../domain/geo-projection';

export interface MapFlowRow {
  origin?: string;
  commodity?: CommodityCode;
  group?: string;
  tonnes: number | null;
  status: DataStatus;
}

export interface MapFlow {
  /** Commodity group ("rice", "meat", "fish"), or "" when the row named none. */
  group: string;
  tonnes: number;
  status: DataStatus;
}

export type MapPlacement =
  | { kind: 'point'; at: Point }
  /** Beyond the map: an arrow at `at` on the map's edge, in the direction (`bearing`) it lies from Jakarta. */
  | { kind: 'edge'; at: Point; bearing: number }
  | { kind: 'unplaced' };

export interface MapOrigin {
  code: string;
  total: number;
  status: DataStatus;
  /** Largest first. */
  flows: MapFlow[];
  placement: MapPlacement;
}

export interface FlowMapModel {
  /** Largest first. */
  origins: MapOrigin[];
  /** Where every flow ends (Jakarta), or null when it cannot be placed: then no arcs are drawn. */
  target: Point | null;
  /** The largest single flow, for the width scale. */
  maxTonnes: number;
  /** Rows not drawn because their tonnes were not reported (null). */
  notReported: number;
}

export interface FlowMapPlaces {
  centroidOf: (code: string) => LatLon | null;
  target: LatLon | null;
}

export interface EdgeLayout {
  /** Distance of the edge arrows from the viewBox border. */
  inset: number;
  gaps: { alongTopBottom: number; alongSides: number };
}

/** Rows (any breakdown that includes origin) → origins with their flows and places on the map. */
export function buildFlowMap(
  rows: readonly MapFlowRow[],
  places: FlowMapPlaces,
  projection: MapProjection,
  edge: EdgeLayout,
): FlowMapModel {
  const byOrigin = new Map<string, Map<string, { tonnes: number; statuses: DataStatus[] }>>();
  let notReported = 0;
  for (const row of rows) {
    if (row.tonnes === null) {
      notReported += 1;
      continue;
    }
    if (!(row.tonnes > 0) || row.origin === undefined) continue;
    const group = row.group ?? (row.commodity ? groupOf(row.commodity) : '');
    let groups = byOrigin.get(row.origin);
    if (!groups) {
      groups = new Map();
      byOrigin.set(row.origin, groups);
    }
    const flow = groups.get(group) ?? { tonnes: 0, statuses: [] };
    flow.tonnes += row.tonnes;
    flow.statuses.push(row.status);
    groups.set(group, flow);
  }

  const target = places.target ? projection.project(places.target) : null;
  const { viewport } = projection;
  let maxTonnes = 0;
  const origins: MapOrigin[] = [...byOrigin].map(([code, groups]) => {
    const flows = [...groups]
      .map(([group, flow]) => ({ group, tonnes: flow.tonnes, status: weakestStatus(flow.statuses) }))
      .sort((a, b) => b.tonnes - a.tonnes || a.group.localeCompare(b.group));
    flows.forEach((flow) => (maxTonnes = Math.max(maxTonnes, flow.tonnes)));
    return {
      code,
      total: flows.reduce((sum, flow) => sum + flow.tonnes, 0),
      status: weakestStatus(flows.map((flow) => flow.status)),
      flows,
      placement: place(code, places, projection, target, edge.inset),
    };
  });
  origins.sort((a, b) => b.total - a.total || a.code.localeCompare(b.code));

  const onEdge = origins.filter((origin) => origin.placement.kind === 'edge');
  const spread = spreadOnEdge(
    onEdge.map((origin) => (origin.placement.kind === 'edge' ? origin.placement.at : [0, 0])),
    viewport,
    edge.inset,
    edge.gaps,
  );
  onEdge.forEach((origin, index) => {
    const at = spread[index];
    if (origin.placement.kind === 'edge' && at) origin.placement = { ...origin.placement, at };
  });
  return { origins, target, maxTonnes, notReported };
}

function place(
  code: string,
  places: FlowMapPlaces,
  projection: MapProjection,
  target: Point | null,
  inset: number,
): MapPlacement {
  const centroid = places.centroidOf(code);
  if (!centroid) return { kind: 'unplaced' };
  const projected = projection.project(centroid);
  if (projected && isInside(projected, projection.viewport, inset)) return { kind: 'point', at: projected };
  if (!target || !places.target) return { kind: 'unplaced' };
  const bearing = initialBearing(places.target, centroid);
  return { kind: 'edge', at: edgePoint(target, bearing, projection.viewport, inset), bearing };
}

export interface LabelCandidate {
  code: string;
  at: Point;
  text: string;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Average glyph width as a share of the font size: SVG text cannot be measured before it is drawn. */
const GLYPH_WIDTH = 0.6;

/**
 * Which point labels fit: candidates in order of importance, each placed to the upper right of
 * its point and kept only when it overlaps no label already kept and none of the `reserved`
 * boxes (Jakarta's label). On a national map the origins on Java sit a few pixels apart; the
 * rest are named by their tooltip, their accessible name and the table.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  fontSize: number,
  max: number,
  reserved: readonly Box[] = [],
): Set<string> {
  const kept: Box[] = [...reserved];
  const placed = new Set<string>();
  for (const candidate of candidates) {
    if (placed.size >= max) break;
    const [x, y] = candidate.at;
    const box = {
      x0: x + 5,
      y0: y - 6 - fontSize,
      x1: x + 7 + Array.from(candidate.text).length * fontSize * GLYPH_WIDTH,
      y1: y - 2,
    };
    if (
      kept.some((other) => box.x0 < other.x1 && other.x0 < box.x1 && box.y0 < other.y1 && other.y0 < box.y1)
    )
      continue;
    kept.push(box);
    placed.add(candidate.code);
  }
  return placed;
}

export type LabelSide = 'right' | 'left';

/**
 * Like placeLabels, with a second place to try and an edge to stay inside: each label goes to
 * the upper right of its point, or, when that box leaves the map (wider than `width`) or overlaps
 * a label already kept, to the upper left. A label that fits neither way is left out.
 */
export function placeSideLabels(
  candidates: readonly LabelCandidate[],
  fontSize: number,
  max: number,
  width: number,
  reserved: readonly Box[] = [],
): Map<string, LabelSide> {
  const kept: Box[] = [...reserved];
  const placed = new Map<string, LabelSide>();
  const overlaps = (box: Box) =>
    kept.some((other) => box.x0 < other.x1 && other.x0 < box.x1 && box.y0 < other.y1 && other.y0 < box.y1);
  for (const candidate of candidates) {
    if (placed.size >= max) break;
    const [x, y] = candidate.at;
    const textWidth = Array.from(candidate.text).length * fontSize * GLYPH_WIDTH;
    const y0 = y - 6 - fontSize;
    const y1 = y - 2;
    const right = { x0: x + 5, y0, x1: x + 7 + textWidth, y1 };
    const left = { x0: x - 7 - textWidth, y0, x1: x - 5, y1 };
    const side: LabelSide | null =
      right.x1 <= width && !overlaps(right) ? 'right' : left.x0 >= 0 && !overlaps(left) ? 'left' : null;
    if (!side) continue;
    kept.push(side === 'right' ? right : left);
    placed.set(candidate.code, side);
  }
  return placed;
}
