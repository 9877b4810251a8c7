import { geoBounds } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import {
  arrowHead,
  edgePoint,
  fitMapProjection,
  initialBearing,
  isInside,
  quadraticArc,
  spreadOnEdge,
  sqrtWidth,
  type LatLon,
} from '../../../src/domain/geo-projection';
import { MAP_VIEWPORT, outlineCollection } from '../../../src/features/flows/map-outline';
import { REGIONS } from '../../../src/reference/regions';

const JAKARTA: LatLon = { lat: -6.2, lon: 106.83 };
const MAKASSAR: LatLon = { lat: -5.14, lon: 119.42 };
const KUPANG: LatLon = { lat: -10.17, lon: 123.6 };

const indonesia = {
  type: 'FeatureCollection' as const,
  features: outlineCollection().features.filter((feature) => feature.properties.indonesia),
};
const projection = fitMapProjection(indonesia, MAP_VIEWPORT);

function at(point: LatLon): readonly [number, number] {
  const projected = projection.project(point);
  if (!projected) throw new Error(`${point.lat},${point.lon} did not project`);
  return projected;
}

describe('fitMapProjection (Mercator fitted to Indonesia)', () => {
  test('Jakarta lands west of Makassar and north of Kupang', () => {
    const [jakartaX, jakartaY] = at(JAKARTA);
    const [makassarX] = at(MAKASSAR);
    const [, kupangY] = at(KUPANG);
    expect(jakartaX).toBeLessThan(makassarX);
    // SVG y grows downwards: north is a smaller y.
    expect(jakartaY).toBeLessThan(kupangY);
    // Makassar lies about 1° north of Jakarta.
    expect(at(MAKASSAR)[1]).toBeLessThan(jakartaY);
  });

  test('every Indonesian region of the reference list projects inside the viewBox; distant countries do not', () => {
    for (const region of REGIONS) {
      // An unlocated origin (Bulog's releases) has no position to project.
      if (region.centroid === null) continue;
      const point = at(region.centroid);
      const inside = isInside(point, MAP_VIEWPORT);
      if (region.level === 'country') expect(inside, region.code).toBe(false);
      else expect(inside, region.code).toBe(true);
    }
  });

  test('the projected outline stays inside the viewBox', () => {
    const numbers = projection
      .path(indonesia)
      .split(/[^\d.-]+/)
      .filter(Boolean)
      .map(Number);
    const xs = numbers.filter((_, index) => index % 2 === 0);
    const ys = numbers.filter((_, index) => index % 2 === 1);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(MAP_VIEWPORT.padding - 1);
    expect(Math.max(...xs)).toBeLessThanOrEqual(MAP_VIEWPORT.width - MAP_VIEWPORT.padding + 1);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ys)).toBeLessThanOrEqual(MAP_VIEWPORT.height);
    // Fitted: the outline spans the full width (Indonesia is wider than the viewBox is tall).
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(
      MAP_VIEWPORT.width - 2 * MAP_VIEWPORT.padding - 2,
    );
    expect(geoBounds(indonesia)[0][0]).toBeGreaterThan(94);
  });

  test('a position that is not a number gives null, never NaN coordinates', () => {
    expect(projection.project({ lat: Number.NaN, lon: 106 })).toBeNull();
  });
});

describe('directions and shapes', () => {
  test('initialBearing: due north is 0°, east 90°; Australia lies south-east of Jakarta, China north', () => {
    expect(initialBearing({ lat: 0, lon: 100 }, { lat: 10, lon: 100 })).toBeCloseTo(0, 5);
    expect(initialBearing({ lat: 0, lon: 100 }, { lat: 0, lon: 110 })).toBeCloseTo(90, 5);
    expect(initialBearing(JAKARTA, { lat: -25.27, lon: 133.78 })).toBeCloseTo(129.5, 0);
    expect(initialBearing(JAKARTA, { lat: 35.86, lon: 104.2 })).toBeGreaterThan(350);
    // The United States lies across the Pacific: north-east, not west as a flat map suggests.
    expect(initialBearing(JAKARTA, { lat: 37.09, lon: -95.71 })).toBeCloseTo(30.5, 0);
  });

  test('edgePoint: a ray leaves the inset box on the side it heads to', () => {
    const box = { width: 200, height: 100 };
    const [eastX, eastY] = edgePoint([100, 50], 90, box, 10);
    expect(eastX).toBeCloseTo(190, 9);
    expect(eastY).toBeCloseTo(50, 9);
    expect(edgePoint([100, 50], 180, box, 10)[1]).toBeCloseTo(90, 9);
    expect(edgePoint([100, 50], 0, box, 10)[1]).toBeCloseTo(10, 9);
    const [x, y] = edgePoint([100, 50], 225, box, 10);
    expect(y).toBeCloseTo(90, 9);
    expect(x).toBeCloseTo(60, 9);
  });

  test('spreadOnEdge moves close points apart along the edge and keeps distant ones', () => {
    const box = { width: 200, height: 100 };
    const spread = spreadOnEdge(
      [
        [50, 90],
        [52, 90],
        [190, 40],
      ],
      box,
      10,
      { alongTopBottom: 30, alongSides: 12 },
    );
    const [first, second, third] = spread;
    expect(third).toEqual([190, 40]);
    expect(first?.[1]).toBe(90);
    expect(second?.[1]).toBe(90);
    expect(Math.abs((first?.[0] ?? 0) - (second?.[0] ?? 0))).toBeGreaterThanOrEqual(30);
  });

  test('quadraticArc: a curve between distinct points, nothing for a flow from a place to itself', () => {
    expect(quadraticArc([0, 0], [100, 0], 0.2)).toBe('M0,0Q50,-20 100,0');
    expect(quadraticArc([10, 10], [10.2, 10.1])).toBe('');
  });

  test('arrowHead points from its tip towards the target', () => {
    const [point, left, right] = arrowHead([0, 0], [10, 0], 10);
    expect(point[0]).toBeGreaterThan(0);
    expect(left[0]).toBeLessThan(0);
    expect(right[0]).toBeLessThan(0);
    expect(left[1]).toBeCloseTo(-right[1], 5);
  });

  test('sqrtWidth: a quarter of the largest value gets half the range', () => {
    expect(sqrtWidth(25, 100, [0, 10])).toBe(5);
    expect(sqrtWidth(100, 100, [1, 14])).toBe(14);
    expect(sqrtWidth(0, 100, [1, 14])).toBe(1);
    expect(sqrtWidth(5, 0, [1, 14])).toBe(1);
  });
});
