import { describe, expect, test } from 'vitest';
import { fitMapProjection, type LatLon } from '../../../src/domain/geo-projection';
import {
  buildFlowMap,
  placeLabels,
  placeSideLabels,
  type MapFlowRow,
} from '../../../src/features/flows/flow-map-model';
import { MAP_VIEWPORT, outlineCollection } from '../../../src/features/flows/map-outline';
import { REGIONS } from '../../../src/reference/regions';

const projection = fitMapProjection(
  { type: 'FeatureCollection', features: outlineCollection().features.filter((f) => f.properties.indonesia) },
  MAP_VIEWPORT,
);
const centroids = new Map<string, LatLon>(
  REGIONS.flatMap((region) => (region.centroid ? [[region.code, region.centroid] as const] : [])),
);
const places = {
  centroidOf: (code: string) => centroids.get(code) ?? null,
  target: centroids.get('31') ?? null,
};
const EDGE = { inset: 22, gaps: { alongTopBottom: 110, alongSides: 24 } };

const row = (origin: string, commodity: MapFlowRow['commodity'], tonnes: number | null): MapFlowRow => ({
  origin,
  commodity,
  tonnes,
  status: 'estimated',
});

describe('buildFlowMap', () => {
  const model = buildFlowMap(
    [
      row('32.09', 'rice-milled', 300),
      row('32.09', 'rice-milled', 56.472),
      row('32.12', 'rice-milled', 20),
      row('32.12', 'fish-marine', 40),
      row('AUS', 'meat-beef', 900),
      row('NZL', 'meat-beef', 50),
      row('USA', 'meat-beef', 10),
      row('99.99', 'rice-milled', 5),
      row('32.15', 'rice-milled', null),
      row('31', 'fish-marine', 7),
    ],
    places,
    projection,
    EDGE,
  );
  const origin = (code: string) => {
    const found = model.origins.find((o) => o.code === code);
    if (!found) throw new Error(`no origin ${code}`);
    return found;
  };

  test('sums by origin and commodity group, largest first; nulls are counted, not drawn', () => {
    expect(origin('32.09').flows).toEqual([{ group: 'rice', tonnes: 356.472, status: 'estimated' }]);
    expect(origin('32.12').flows.map((flow) => [flow.group, flow.tonnes])).toEqual([
      ['fish', 40],
      ['rice', 20],
    ]);
    expect(model.origins[0]?.code).toBe('AUS');
    expect(model.maxTonnes).toBe(900);
    expect(model.notReported).toBe(1);
    expect(model.origins.some((o) => o.code === '32.15')).toBe(false);
  });

  test('regencies are points at their centroids, east of Jakarta for Cirebon', () => {
    const cirebon = origin('32.09').placement;
    expect(cirebon.kind).toBe('point');
    if (cirebon.kind !== 'point' || !model.target) throw new Error('expected a point and a target');
    expect(cirebon.at[0]).toBeGreaterThan(model.target[0]);
  });

  test('distant countries are arrows on the edge in their direction, spread apart when they share one', () => {
    const australia = origin('AUS').placement;
    const newZealand = origin('NZL').placement;
    const unitedStates = origin('USA').placement;
    if (australia.kind !== 'edge' || newZealand.kind !== 'edge' || unitedStates.kind !== 'edge')
      throw new Error('expected edge placements');
    const target = model.target ?? [0, 0];
    // South-east of Jakarta: right of and below it.
    expect(australia.at[0]).toBeGreaterThan(target[0]);
    expect(australia.at[1]).toBeGreaterThan(target[1]);
    expect(australia.bearing).toBeCloseTo(129.5, 0);
    // Across the Pacific: north-east, so above Jakarta.
    expect(unitedStates.at[1]).toBeLessThan(target[1]);
    expect(
      Math.hypot(australia.at[0] - newZealand.at[0], australia.at[1] - newZealand.at[1]),
    ).toBeGreaterThanOrEqual(EDGE.gaps.alongSides);
  });

  test('an unknown code is kept and marked unplaced, so the panel can name it', () => {
    expect(origin('99.99').placement).toEqual({ kind: 'unplaced' });
  });

  test('Jakarta supplying Jakarta is a point on the target itself', () => {
    const jakarta = origin('31').placement;
    expect(jakarta.kind).toBe('point');
    if (jakarta.kind === 'point') expect(jakarta.at).toEqual(model.target);
  });

  test('without a known Jakarta, distant origins cannot be placed and there is no target', () => {
    const lost = buildFlowMap([row('AUS', 'meat-beef', 1)], { ...places, target: null }, projection, EDGE);
    expect(lost.target).toBeNull();
    expect(lost.origins[0]?.placement).toEqual({ kind: 'unplaced' });
  });
});

describe('placeLabels', () => {
  const candidate = (code: string, x: number, y: number, text = 'Kabupaten X') => ({
    code,
    at: [x, y] as const,
    text,
  });

  test('keeps labels in order of importance and skips any that would overlap one already kept', () => {
    const kept = placeLabels(
      [
        candidate('big', 100, 100),
        candidate('close', 110, 104),
        candidate('far', 100, 200),
        candidate('below', 100, 130),
      ],
      12,
      10,
    );
    expect([...kept]).toEqual(['big', 'far', 'below']);
  });

  test('stops at the maximum and respects reserved boxes', () => {
    expect(placeLabels([candidate('a', 0, 100), candidate('b', 0, 200)], 12, 1).size).toBe(1);
    const reserved = [{ x0: 90, y0: 80, x1: 200, y1: 100 }];
    expect(placeLabels([candidate('hidden', 100, 100)], 12, 5, reserved).size).toBe(0);
  });
});

describe('placeSideLabels', () => {
  // "Kabupaten X" is 11 characters: at 10 px and 0.6 of the size per glyph, 66 px wide. To the
  // right of a point at x it spans x+5 … x+73; to the left x−73 … x−5.
  const candidate = (code: string, x: number, y: number) => ({
    code,
    at: [x, y] as const,
    text: 'Kabupaten X',
  });

  test('a label goes right when it fits, left when the right would leave the map', () => {
    const sides = placeSideLabels([candidate('middle', 100, 100), candidate('edge', 450, 200)], 10, 10, 500);
    // 450 + 73 = 523 > 500: to the left, 377 … 445.
    expect([...sides]).toEqual([
      ['middle', 'right'],
      ['edge', 'left'],
    ]);
  });

  test('a label that would overlap one kept on the right tries the left, and is left out when both are taken', () => {
    const sides = placeSideLabels(
      [candidate('first', 100, 100), candidate('second', 120, 100), candidate('third', 110, 100)],
      10,
      10,
      500,
    );
    // second: right 125 … 193 overlaps first's 105 … 173; left 47 … 115 overlaps it too → out.
    expect(sides.has('second')).toBe(false);
    // third: right 115 … 183 overlaps; left 37 … 105 touches first's box only at 105 (no overlap).
    expect(sides.get('third')).toBe('left');
  });

  test('stops at the maximum, keeps off reserved boxes and the left edge', () => {
    expect(placeSideLabels([candidate('a', 100, 100), candidate('b', 100, 200)], 10, 1, 500).size).toBe(1);
    // Right of x=10 (15 … 83) is reserved; left would start at 10 − 73 < 0.
    const wide = [{ x0: 0, y0: 80, x1: 300, y1: 100 }];
    expect(placeSideLabels([candidate('hidden', 10, 100)], 10, 5, 500, wide).size).toBe(0);
    // Right of x=150 (155 … 223) meets the box at 160; left (77 … 145) is clear.
    const beside = [{ x0: 160, y0: 80, x1: 300, y1: 100 }];
    expect(placeSideLabels([candidate('moved', 150, 100)], 10, 5, 500, beside).get('moved')).toBe('left');
  });
});
