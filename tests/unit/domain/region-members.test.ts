import { describe, expect, it } from 'vitest';
import { membersOf, originCodesOf } from '../../../src/domain/region-members';
import { REGIONS } from '../../../src/reference/regions';
import { demoApi } from '../../helpers/demo-api';

describe('originCodesOf', () => {
  it('is a province and its regencies and cities, or a region on its own', () => {
    expect(originCodesOf(REGIONS, '13')).toEqual(['13', '13.77']);
    expect(originCodesOf(REGIONS, '61')).toEqual(['61', '61.04']);
    expect(originCodesOf(REGIONS, '32.15')).toEqual(['32.15']);
    expect(originCodesOf(REGIONS, 'AUS')).toEqual(['AUS']);
    expect(membersOf(REGIONS, '32.15')).toEqual([]);
    expect(membersOf(REGIONS, 'unknown')).toEqual([]);
  });
});

describe("a province profile's totals", () => {
  const api = demoApi();
  const range = { from: '2025-01-01', to: '2025-12-31', granularity: 'year' };

  it('equal the sum of its regencies and cities (Jawa Barat, 2025)', () => {
    const members = membersOf(REGIONS, '32').map((member) => member.code);
    expect(members).toEqual([
      '32.01',
      '32.02',
      '32.03',
      '32.04',
      '32.09',
      '32.12',
      '32.13',
      '32.14',
      '32.15',
      '32.17',
    ]);
    const province = api.flows({
      ...range,
      groupBy: 'commodity',
      origin: originCodesOf(REGIONS, '32').join(','),
    });
    const perRegency = api.flows({ ...range, groupBy: 'commodity,origin', origin: members.join(',') });
    const byForm = new Map<string, number>();
    for (const row of perRegency.rows) {
      byForm.set(row.commodity ?? '', (byForm.get(row.commodity ?? '') ?? 0) + (row.tonnes ?? 0));
    }
    expect(province.rows.length).toBeGreaterThan(0);
    for (const row of province.rows) {
      expect(row.tonnes).toBeCloseTo(byForm.get(row.commodity ?? '') ?? Number.NaN, 3);
    }
    // Every form the regencies send appears in the province's rows, and only those.
    expect(province.rows.map((row) => row.commodity).sort()).toEqual([...byForm.keys()].sort());
  });

  it('include an origin recorded as the province itself (Kalimantan Barat)', () => {
    const province = api.flows({
      ...range,
      groupBy: 'commodity',
      origin: originCodesOf(REGIONS, '61').join(','),
    });
    const own = api.flows({ ...range, groupBy: 'commodity', origin: '61' });
    const ketapang = api.flows({ ...range, groupBy: 'commodity', origin: '61.04' });
    const fish = (rows: typeof own.rows) => rows.find((row) => row.commodity === 'fish-marine')?.tonnes ?? 0;
    expect(fish(own.rows)).toBeGreaterThan(0);
    expect(fish(province.rows)).toBeCloseTo(fish(own.rows) + fish(ketapang.rows), 3);
  });
});
