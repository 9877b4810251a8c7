import { describe, expect, test } from 'vitest';
import { prorateProduction, type AnnualProduction } from '../../../src/domain/production';
import { closingStockByPeriod, stockCoverDays, type DailyStock } from '../../../src/domain/stock';

const ANNUAL: AnnualProduction[] = [
  // 365 t in 365 days and 366 t in 366 days: one tonne a day, so the sums are easy to check.
  { year: 2023, tonnes: 365, status: 'estimated', sourceIds: ['model'] },
  { year: 2024, tonnes: 366, status: 'reported', sourceIds: ['bps'] },
];

describe('prorateProduction', () => {
  test('a reported year split into months becomes "derived"', () => {
    const rows = prorateProduction('rice', ANNUAL, { from: '2024-01-01', to: '2024-12-31' }, 'month');
    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual({
      period: '2024-01-01',
      group: 'rice',
      tonnes: 31,
      status: 'derived',
      sourceIds: ['bps'],
    });
    expect(rows[1]?.tonnes).toBe(29);
    expect(rows.every((r) => r.status === 'derived')).toBe(true);
    expect(rows.reduce((sum, r) => sum + (r.tonnes ?? 0), 0)).toBeCloseTo(366, 9);
  });

  test('a whole year stays "reported"', () => {
    expect(prorateProduction('rice', ANNUAL, { from: '2024-01-01', to: '2024-12-31' }, 'year')).toEqual([
      { period: '2024-01-01', group: 'rice', tonnes: 366, status: 'reported', sourceIds: ['bps'] },
    ]);
  });

  test('an estimated year stays "estimated" when cut', () => {
    const rows = prorateProduction('rice', ANNUAL, { from: '2023-12-01', to: '2024-01-31' }, 'month');
    expect(rows.map((r) => [r.period, r.tonnes, r.status])).toEqual([
      ['2023-12-01', 31, 'estimated'],
      ['2024-01-01', 31, 'derived'],
    ]);
  });

  test('a range cutting years at both ends', () => {
    const rows = prorateProduction('rice', ANNUAL, { from: '2023-07-01', to: '2024-06-30' }, 'year');
    // Jul–Dec 2023: 184 days; Jan–Jun 2024: 31+29+31+30+31+30 = 182 days.
    expect(rows.map((r) => [r.period, r.tonnes, r.status])).toEqual([
      ['2023-01-01', 184, 'estimated'],
      ['2024-01-01', 182, 'derived'],
    ]);
  });

  test('a week across New Year counts only the days of the year with a figure', () => {
    const rows = prorateProduction('rice', ANNUAL, { from: '2024-12-30', to: '2025-01-05' }, 'week');
    expect(rows).toEqual([
      { period: '2024-12-30', group: 'rice', tonnes: 2, status: 'derived', sourceIds: ['bps'] },
    ]);
  });

  test('years without a figure give null, not 0', () => {
    const rows = prorateProduction('rice', ANNUAL, { from: '2025-01-01', to: '2025-03-31' }, 'month');
    expect(rows.map((r) => r.tonnes)).toEqual([null, null, null]);
    expect(rows.every((r) => r.sourceIds.length === 0)).toBe(true);
  });

  test("Jakarta's 1,359.57 t of rice in 2024 gives 1,359.57 × 31 / 366 ≈ 115.155 t in January", () => {
    const rows = prorateProduction(
      'rice',
      [{ year: 2024, tonnes: 1359.57, status: 'reported', sourceIds: ['bps'] }],
      { from: '2024-01-01', to: '2024-01-31' },
      'month',
    );
    expect(rows[0]?.tonnes).toBeCloseTo(115.155, 3);
  });
});

describe('closingStockByPeriod', () => {
  const STOCK: DailyStock = {
    firstDay: '2024-01-30',
    lastDay: '2024-02-03',
    values: Float64Array.from([100, 110, Number.NaN, 130, Number.NaN]),
  };

  test('the last reported day of each month', () => {
    expect(closingStockByPeriod(STOCK, { from: '2024-01-01', to: '2024-02-29' }, 'month')).toEqual([
      { period: '2024-01-01', closingTonnes: 110 },
      { period: '2024-02-01', closingTonnes: 130 },
    ]);
  });

  test('a day not reported is null, not 0', () => {
    expect(closingStockByPeriod(STOCK, { from: '2024-01-31', to: '2024-02-03' }, 'day')).toEqual([
      { period: '2024-01-31', closingTonnes: 110 },
      { period: '2024-02-01', closingTonnes: null },
      { period: '2024-02-02', closingTonnes: 130 },
      { period: '2024-02-03', closingTonnes: null },
    ]);
  });

  test('the range end cuts the period: the stock on the range’s last day, not the month’s', () => {
    expect(closingStockByPeriod(STOCK, { from: '2024-01-01', to: '2024-01-30' }, 'month')).toEqual([
      { period: '2024-01-01', closingTonnes: 100 },
    ]);
    expect(closingStockByPeriod(STOCK, { from: '2024-01-29', to: '2024-02-04' }, 'week')).toEqual([
      { period: '2024-01-29', closingTonnes: 130 },
    ]);
  });

  test('before or after the recorded days: null', () => {
    expect(closingStockByPeriod(STOCK, { from: '2023-12-01', to: '2023-12-31' }, 'month')).toEqual([
      { period: '2023-12-01', closingTonnes: null },
    ]);
    expect(closingStockByPeriod(STOCK, { from: '2024-03-01', to: '2024-03-31' }, 'month')).toEqual([
      { period: '2024-03-01', closingTonnes: null },
    ]);
  });

  test('days of cover: 37,912 t at ~2,866 t a day last about 13.2 days', () => {
    expect(stockCoverDays(37912, 2866)).toBeCloseTo(13.23, 2);
  });
});

describe('production by its seasonal profile', () => {
  // 1,200 t in a year whose harvest is half in March and half in August.
  const harvest: AnnualProduction[] = [
    {
      year: 2025,
      tonnes: 1200,
      status: 'reported',
      sourceIds: ['bps'],
      monthlyShares: [0, 0, 0.5, 0, 0, 0, 0, 0.5, 0, 0, 0, 0],
    },
  ];

  test('months get their share of the year; months without harvest get zero, not an even slice', () => {
    const rows = prorateProduction('rice', harvest, { from: '2025-01-01', to: '2025-12-31' }, 'month');
    expect(rows.map((r) => r.tonnes)).toEqual([0, 0, 600, 0, 0, 0, 0, 600, 0, 0, 0, 0]);
    expect(rows[2]?.status).toBe('estimated');
  });

  test('a day of a harvest month gets 1/31 of that month', () => {
    const rows = prorateProduction('rice', harvest, { from: '2025-03-10', to: '2025-03-11' }, 'day');
    expect(rows.map((r) => r.tonnes)).toEqual([19.355, 19.355]); // 600 ÷ 31 = 19.3548…
  });

  test('the whole year stays as reported', () => {
    const rows = prorateProduction('rice', harvest, { from: '2025-01-01', to: '2025-12-31' }, 'year');
    expect(rows.map((r) => [r.tonnes, r.status])).toEqual([[1200, 'reported']]);
  });
});
