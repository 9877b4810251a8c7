import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { geoArea, geoBounds } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { isOutlineCollection, mapGeometry, outlineCollection } from '../../../src/features/flows/map-outline';

// Vitest runs from the project's root (jsdom's URL is not Node's, so import.meta.url cannot be used here).
const ASSET = resolve(process.cwd(), 'src/assets/map/indonesia-region.json');
const SCRIPT = resolve(process.cwd(), 'scripts/prepare-map.mjs');

describe('the prepared map outline', () => {
  test('is small enough to bundle with the flows page', () => {
    expect(statSync(ASSET).size).toBeLessThan(80 * 1024);
  });

  test('holds Indonesia and its neighbours, with their source named', () => {
    const collection = outlineCollection();
    expect(collection.source).toMatch(/Natural Earth/);
    const names = collection.features.map((feature) => feature.properties.name);
    expect(names).toEqual(
      expect.arrayContaining(['Indonesia', 'Malaysia', 'Papua New Guinea', 'Timor-Leste', 'Australia']),
    );
    expect(collection.features.filter((feature) => feature.properties.indonesia)).toHaveLength(1);
    expect(isOutlineCollection({ type: 'FeatureCollection', features: 'nope' })).toBe(false);
  });

  test("Indonesia's bounds are Indonesia's (about 95°E–141°E, 11°S–6°N)", () => {
    const indonesia = outlineCollection().features.find((feature) => feature.properties.indonesia);
    if (!indonesia) throw new Error('no Indonesia');
    const [[west, south], [east, north]] = geoBounds(indonesia);
    expect(west).toBeCloseTo(95, 0);
    expect(east).toBeCloseTo(141, 0);
    expect(south).toBeCloseTo(-11, 0);
    expect(north).toBeCloseTo(6, 0);
  });

  test('every polygon winds the way d3-geo expects (a flipped ring would fill the rest of the globe)', () => {
    for (const feature of outlineCollection().features) {
      if (feature.geometry.type !== 'MultiPolygon')
        throw new Error(`${feature.properties.name}: not a MultiPolygon`);
      for (const coordinates of feature.geometry.coordinates) {
        expect(geoArea({ type: 'Polygon', coordinates }), feature.properties.name).toBeLessThan(0.1);
      }
    }
  });

  test('projects to non-empty SVG paths', () => {
    const geometry = mapGeometry();
    expect(geometry.indonesia).toMatch(/^M[\d.]+,[\d.]+/);
    expect(geometry.neighbours).toMatch(/^M/);
    expect(geometry.indonesia).not.toMatch(/NaN/);
  });

  test('is what scripts/prepare-map.mjs makes from world-atlas today', () => {
    expect(execFileSync(process.execPath, [SCRIPT, '--check'], { encoding: 'utf8' })).toMatch(/up to date/);
  });
});
