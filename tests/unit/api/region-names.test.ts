import { describe, expect, test } from 'vitest';
import { regionNameLookup } from '../../../src/api/use-region-names';
import type { Region } from '../../../src/contract/schemas';

const REGIONS: Region[] = [
  {
    code: '13.77',
    name: { id: 'Kota Pariaman', en: 'Kota Pariaman' },
    level: 'city',
    parentCode: '13',
    centroid: { lat: -0.63, lon: 100.12 },
  },
  {
    code: '13',
    name: { id: 'Sumatera Barat', en: 'West Sumatra' },
    level: 'province',
    parentCode: null,
    centroid: { lat: -0.74, lon: 100.8 },
  },
];

describe('regionNameLookup', () => {
  test('names a code in the chosen language', () => {
    expect(regionNameLookup(REGIONS, 'id')('13')).toBe('Sumatera Barat');
    expect(regionNameLookup(REGIONS, 'en')('13')).toBe('West Sumatra');
    expect(regionNameLookup(REGIONS, 'en')('13.77')).toBe('Kota Pariaman');
  });

  test('an unknown code is shown as itself, never as nothing', () => {
    expect(regionNameLookup(REGIONS, 'id')('99.99')).toBe('99.99');
    expect(regionNameLookup([], 'en')('13')).toBe('13');
  });
});
