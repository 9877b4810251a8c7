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
        { period: '2024-01-01', origin: '32.09', tonnes: 300, status: 'reported' },
        { period: '2025-01-01', origin: '32.09', tonnes: 100, status: 'reported' },
        { period: '2025-01-01', origin: '13.77', tonnes: 50, status: 'reported' },
      ],
      lastYear: [
        { period: '2023-01-01', origin: '32.09', tonnes: 320, status: 'reported' },
        { period: '2024-01-01', origin: '13.77', tonnes: 0, status: 'reported' },
      ],
      all: [
        { tonnes: 1000, status: 'reported' },
        { tonnes: 1000, status: 'reported' },
      ],
      // 32.09 sends 1 t a month and 9 t in March (20 t a year); 13.77 the same each month.
      monthly: [
        ...monthlyRows(2024, (month) => (month === 3 ? 9 : 1), {
          origin: '32.09',
          status: 'reported' as const,
        }),
        ...monthlyRows(2024, () => 4, { origin: '13.77', status: 'reported' as const }),
      ],
    });
    expect(summary).toEqual([
      // 400 t of 2,000 t = 0.2; 400 against 320 = +25 %.
      {
        code: '32.09',
        tonnes: 400,
        share: { kind: 'share', value: 0.2 },
        growth: 0.25,
        peak: 3,
        status: 'reported',
      },
      // 50 of 2,000 = 0.025; nothing the year before: no change to show. Every month equal: January.
      {
        code: '13.77',
        tonnes: 50,
        share: { kind: 'share', value: 0.025 },
        growth: null,
        peak: 1,
        status: 'reported',
      },
      // Nothing in the answers: no tonnes, no share, no change, no peak, and no status to give.
      { code: '64.71', tonnes: null, share: { kind: 'none' }, growth: null, peak: null, status: null },
    ]);
    // Each month's share of the origin's year: March 9 / 20 = 0.45, other months 1 / 20 = 0.05;
    // 13.77: 4 / 48 = 1/12 every month.
    expect(profileRows[2]).toEqual({ period: '2001-03-01', '32.09': 0.45, '13.77': 1 / 12, '64.71': null });
    expect(profileRows[0]).toEqual({ period: '2001-01-01', '32.09': 0.05, '13.77': 1 / 12, '64.71': null });
  });

  test("each row takes the weakest status of the origin's figures and of the total its share is of", () => {
    const { summary } = compareOrigins(['32.09', '13.77', '61'], {
      totals: [
        { period: '2025-01-01', origin: '32.09', tonnes: 100, status: 'estimated' },
        { period: '2025-01-01', origin: '13.77', tonnes: 50, status: 'reported' },
        { period: '2025-01-01', origin: '61', tonnes: 10, status: 'reported' },
      ],
      lastYear: [
        { period: '2024-01-01', origin: '32.09', tonnes: 80, status: 'reported' },
        // Not reported: a gap shows nothing, so its status qualifies nothing.
        { period: '2024-01-01', origin: '61', tonnes: null, status: 'synthetic' },
      ],
      all: [{ tonnes: 1000, status: 'derived' }],
      monthly: [
        { period: '2024-05-01', origin: '32.09', tonnes: 8, status: 'reported' },
        { period: '2024-05-01', origin: '13.77', tonnes: 4, status: 'synthetic' },
        { period: '2024-05-01', origin: '61', tonnes: 1, status: 'preliminary' },
      ],
    });
    // Ranks, strongest first: reported, preliminary, derived, forecast, estimated, synthetic.
    // 32.09: estimated (this year), reported, reported; total derived → estimated.
    // 13.77: reported; its May figure is synthetic → synthetic.
    // 61: reported, preliminary; the null synthetic row is left out; total derived → derived.
    expect(summary.map(({ code, status }) => ({ code, status }))).toEqual([
      { code: '32.09', status: 'estimated' },
      { code: '13.77', status: 'synthetic' },
      { code: '61', status: 'derived' },
    ]);
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
