// The map's geometry: one projection fitted to Indonesia, and the shapes drawn on it (flow arcs,
// arrows for origins beyond the map's edge). Pure; the map component only turns it into SVG.
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';

export interface LatLon {
  lat: number;
  lon: number;
}

export type Point = readonly [x: number, y: number];

export interface MapViewport {
  width: number;
  height: number;
  /** Space kept free around the fitted extent (for labels and the arrows of distant origins). */
  padding: number;
}

export interface MapProjection {
  viewport: MapViewport;
  /** Position in the viewBox, or null when the point cannot be projected (e.g. a pole). */
  project(point: LatLon): Point | null;
  /** SVG path data of a GeoJSON object, clipped to the viewBox; '' when nothing is visible. */
  path(object: GeoPermissibleObjects): string;
}

/**
 * Mercator, because it is conformal: a compass direction at Jakarta is the same direction on
 * screen, which is what lets an arrow from the map's edge point the way a distant country lies.
 * At Indonesia's latitudes (11°S–6°N) its area distortion is under 2%.
 */
export function fitMapProjection(extent: GeoPermissibleObjects, viewport: MapViewport): MapProjection {
  const { width, height, padding } = viewport;
  const projection = geoMercator()
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      extent,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  // One decimal of a viewBox unit is finer than any screen pixel and keeps path strings short.
  const pathOf = geoPath(projection).digits(1);
  return {
    viewport,
    project(point) {
      const projected = projection([point.lon, point.lat]);
      if (!projected || !Number.isFinite(projected[0]) || !Number.isFinite(projected[1])) return null;
      return [projected[0], projected[1]];
    },
    path: (object) => pathOf(object) ?? '',
  };
}

/** Inside the viewBox shrunk by `inset` on every side. */
export function isInside(point: Point, viewport: Pick<MapViewport, 'width' | 'height'>, inset = 0): boolean {
  const [x, y] = point;
  return x >= inset && x <= viewport.width - inset && y >= inset && y <= viewport.height - inset;
}

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Initial great-circle bearing from one place to another, in degrees clockwise from north, 0–360. */
export function initialBearing(from: LatLon, to: LatLon): number {
  const phi1 = toRadians(from.lat);
  const phi2 = toRadians(to.lat);
  const deltaLon = toRadians(to.lon - from.lon);
  const y = Math.sin(deltaLon) * Math.cos(phi2);
  const x = Math.cos(phi1) * Math.sin(phi2) - Math.sin(phi1) * Math.cos(phi2) * Math.cos(deltaLon);
  const degrees = (Math.atan2(y, x) * 180) / Math.PI;
  return (degrees + 360) % 360;
}

/**
 * Where a ray from `from` (inside the box) heading `bearing` degrees (0 = up, clockwise) leaves
 * the viewBox shrunk by `inset`.
 */
export function edgePoint(
  from: Point,
  bearing: number,
  viewport: Pick<MapViewport, 'width' | 'height'>,
  inset: number,
): Point {
  const dx = Math.sin(toRadians(bearing));
  const dy = -Math.cos(toRadians(bearing));
  const [x, y] = from;
  const limits: number[] = [];
  if (dx > 1e-9) limits.push((viewport.width - inset - x) / dx);
  if (dx < -1e-9) limits.push((inset - x) / dx);
  if (dy > 1e-9) limits.push((viewport.height - inset - y) / dy);
  if (dy < -1e-9) limits.push((inset - y) / dy);
  const distance = Math.max(0, Math.min(...limits));
  return [x + dx * distance, y + dy * distance];
}

/**
 * Moves points that lie on the edge of the shrunk viewBox apart along that edge, so that two
 * countries in nearly the same direction (Australia and New Zealand seen from Jakarta) get two
 * arrows and two readable labels. Gaps are wider on the top and bottom edges, where labels run
 * along the edge, than on the sides, where they stack. Returns the points in the given order.
 */
export function spreadOnEdge(
  points: readonly Point[],
  viewport: Pick<MapViewport, 'width' | 'height'>,
  inset: number,
  gaps: { alongTopBottom: number; alongSides: number },
): Point[] {
  const w = viewport.width - 2 * inset;
  const h = viewport.height - 2 * inset;
  const perimeter = 2 * (w + h);
  // Clockwise from the top-left corner: top, right, bottom, left.
  const toS = ([x, y]: Point): number => {
    const px = Math.min(Math.max(x - inset, 0), w);
    const py = Math.min(Math.max(y - inset, 0), h);
    const distances = [py, w - px, h - py, px];
    const side = distances.indexOf(Math.min(...distances));
    if (side === 0) return px;
    if (side === 1) return w + py;
    if (side === 2) return w + h + (w - px);
    return 2 * w + h + (h - py);
  };
  const fromS = (s: number): Point => {
    const t = ((s % perimeter) + perimeter) % perimeter;
    if (t <= w) return [inset + t, inset];
    if (t <= w + h) return [inset + w, inset + t - w];
    if (t <= 2 * w + h) return [inset + w - (t - w - h), inset + h];
    return [inset, inset + h - (t - 2 * w - h)];
  };
  const onTopOrBottom = (s: number) => {
    const t = ((s % perimeter) + perimeter) % perimeter;
    return t <= w || (t >= w + h && t <= 2 * w + h);
  };
  const order = points
    .map((point, index) => ({ index, s: toS(point) }))
    .sort((a, b) => a.s - b.s || a.index - b.index);
  for (let i = 1; i < order.length; i++) {
    const previous = order[i - 1];
    const current = order[i];
    if (!previous || !current) continue;
    const gap = onTopOrBottom(previous.s) ? gaps.alongTopBottom : gaps.alongSides;
    current.s = Math.max(current.s, previous.s + gap);
  }
  const spread: Point[] = [...points];
  for (const { index, s } of order) spread[index] = fromS(s);
  return spread;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * A quadratic curve from one point to another, bowed to the left of the direction of travel by
 * `bend` times its length, so that flows into one place fan out instead of lying on top of each
 * other. '' when the ends coincide (a flow from Jakarta to Jakarta has no line to draw).
 */
export function quadraticArc(from: Point, to: Point, bend = 0.2): string {
  const [x0, y0] = from;
  const [x1, y1] = to;
  const dx = x1 - x0;
  const dy = y1 - y0;
  if (Math.hypot(dx, dy) < 0.5) return '';
  const cx = (x0 + x1) / 2 + dy * bend;
  const cy = (y0 + y1) / 2 - dx * bend;
  return `M${round1(x0)},${round1(y0)}Q${round1(cx)},${round1(cy)} ${round1(x1)},${round1(y1)}`;
}

/** The three corners of an arrowhead whose tip is at `tip`, pointing at `towards`. */
export function arrowHead(tip: Point, towards: Point, size: number): [Point, Point, Point] {
  const angle = Math.atan2(towards[1] - tip[1], towards[0] - tip[0]);
  const back = (offset: number): Point => [
    round1(tip[0] - size * Math.cos(angle + offset)),
    round1(tip[1] - size * Math.sin(angle + offset)),
  ];
  const point: Point = [
    round1(tip[0] + size * 0.4 * Math.cos(angle)),
    round1(tip[1] + size * 0.4 * Math.sin(angle)),
  ];
  return [point, back(0.5), back(-0.5)];
}

/** Stroke width proportional to the square root of the value, so area-like bands do not overstate big flows. */
export function sqrtWidth(value: number, max: number, range: readonly [min: number, max: number]): number {
  if (!(max > 0) || !(value > 0)) return range[0];
  return range[0] + (range[1] - range[0]) * Math.sqrt(Math.min(value, max) / max);
}
