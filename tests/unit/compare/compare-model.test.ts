import { describe, expect, test } from 'vitest';
import { monthlyRows } from '../../helpers/monthly-rows';
import { addableRegions, compareOrigins, originSeries } from '../../../src/features/compare/compare-model';

describe('originSeries', () => {
  test('one row per period, a column per origin; rows without an origin are ignored', () => {
    expect(
      originSeries([
        { period: '2025-02-01', origin: '13.77', tonnes: 7 },
        { period: '2025-01-01', origin: '32.09', tonnes: 10 },
        { period: '2025-01-01', origin: '13.77', tonnes: null },
        { period: '2025-01-01', tonnes: 99 },
      ]),
    ).toEqual([
      { period: '2025-01-01', '32.09': 10, '13.77': null },
      { period: '2025-02-01', '13.77': 7 },
    ]);
  });
});

describe('compareOrigins', () => {
  test('tonnes, share of all origins, change on the year before and peak month, per origin', () => {
    const { summary, profileRows } = compareOrigins(['32.09', '13.77', '64.71'], {
      totals: [
        { period: '2024-01-01', origin: '32.09', tonnes: 300 },
        { period: '2025-01-01', origin: '32.09', tonnes: 100 },
        { period: '2025-01-01', origin: '13.77', tonnes: 50 },
      ],
      lastYear: [
        { period: '2023-01-01', origin: '32.09', tonnes: 320 },
        { period: '2024-01-01', origin: '13.77', tonnes: 0 },
      ],
      all: [{ tonnes: 1000 }, { tonnes: 1000 }],
      // 32.09 sends 1 t a month and 9 t in March (20 t a year); 13.77 the same each month.
      monthly: [
        ...monthlyRows(2024, (month) => (month === 3 ? 9 : 1), { origin: '32.09' }),
        ...monthlyRows(2024, () => 4, { origin: '13.77' }),
      ],
    });
    expect(summary).toEqual([
      // 400 t of 2,000 t = 0.2; 400 against 320 = +25 %.
      { code: '32.09', tonnes: 400, share: { kind: 'share', value: 0.2 }, growth: 0.25, peak: 3 },
      // 50 of 2,000 = 0.025; nothing the year before: no change to show. Every month equal: January.
      { code: '13.77', tonnes: 50, share: { kind: 'share', value: 0.025 }, growth: null, peak: 1 },
      // Nothing in the answers: no tonnes, no share, no change, no peak.
      { code: '64.71', tonnes: null, share: { kind: 'none' }, growth: null, peak: null },
    ]);
    // Each month's share of the origin's year: March 9 / 20 = 0.45, other months 1 / 20 = 0.05;
    // 13.77: 4 / 48 = 1/12 every month.
    expect(profileRows[2]).toEqual({ period: '2001-03-01', '32.09': 0.45, '13.77': 1 / 12, '64.71': null });
    expect(profileRows[0]).toEqual({ period: '2001-01-01', '32.09': 0.05, '13.77': 1 / 12, '64.71': null });
  });
});

describe('addableRegions', () => {
  test('neither Jakarta nor its cities, nor a region already compared', () => {
    const regions = [
      { code: '31' },
      { code: '31.71' },
      { code: '32.09' },
      { code: '13.77' },
      { code: '310' },
    ];
    expect(addableRegions(regions, ['13.77']).map((r) => r.code)).toEqual(['32.09', '310']);
  });
});
