import { describe, expect, test } from 'vitest';
import { fitMapProjection, type LatLon } from '../../../src/domain/geo-projection';
import { buildFlowMap, placeLabels, type MapFlowRow } from '../../../src/features/flows/flow-map-model';
import { MAP_VIEWPORT, outlineCollection } from '../../../src/features/flows/map-outline';
import { REGIONS } from '../../../src/reference/regions';

const projection = fitMapProjection(
  { type: 'FeatureCollection', features: outlineCollection().features.filter((f) => f.properties.indonesia) },
  MAP_VIEWPORT,
);
const centroids = new Map<string, LatLon>(REGIONS.map((region) => [region.code, region.centroid]));
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
