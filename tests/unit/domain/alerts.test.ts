import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ALERT_THRESHOLDS,
  belowNormAlerts,
  originShareAlerts,
  seasonalNorm,
  sortAlerts,
  stockCoverAlerts,
  type Alert,
} from '../../../src/domain/alerts';

describe('DEFAULT_ALERT_THRESHOLDS', () => {
  it('are 15 % below norm, 40 % from one origin and 10 days of stock', () => {
    expect(DEFAULT_ALERT_THRESHOLDS).toEqual({
      belowNormFraction: 0.15,
      originShareFraction: 0.4,
      stockCoverDays: 10,
    });
  });
});

describe('seasonalNorm', () => {
  describe('month: the same calendar month of earlier years', () => {
    const series = [
      { period: '2022-03-01', tonnes: 90 },
      { period: '2023-03-01', tonnes: 100 },
      { period: '2024-03-01', tonnes: null },
      { period: '2024-04-01', tonnes: 500 },
      { period: '2025-03-01', tonnes: 40 },
      { period: '2026-03-01', tonnes: 999 },
    ];

    it('averages earlier years, skipping unreported ones, later years and other months', () => {
      // (90 + 100) / 2: 2024 is null, 2026 is later, April is another month, 2025 is the period itself.
      expect(seasonalNorm(series, '2025-03-01', 'month')).toBe(95);
    });

    it('is null without an earlier year', () => {
      expect(seasonalNorm(series, '2022-03-01', 'month')).toBeNull();
      expect(seasonalNorm([], '2025-03-01', 'month')).toBeNull();
    });
  });

  describe('week: the weeks 364 × k days earlier (same Monday)', () => {
    // 2025-03-03 is a Monday; 364, 728 and 1,092 days earlier are the Mondays 2024-03-04,
    // 2023-03-06 and 2022-03-07 (2024 is a leap year, so the dates drift by two days there).
    const series = [
      { period: '2022-03-07', tonnes: 60 },
      { period: '2023-03-06', tonnes: 80 },
      { period: '2024-02-26', tonnes: 1000 },
      { period: '2024-03-04', tonnes: 100 },
      { period: '2024-03-11', tonnes: 1000 },
      { period: '2025-03-03', tonnes: 50 },
    ];

    it('averages the matching weeks, not their neighbours', () => {
      expect(seasonalNorm(series, '2025-03-03', 'week')).toBe(80); // (60 + 80 + 100) / 3
    });

    it('skips a year that was not reported', () => {
      const withGap = series.map((row) => (row.period === '2023-03-06' ? { ...row, tonnes: null } : row));
      expect(seasonalNorm(withGap, '2025-03-03', 'week')).toBe(80); // (60 + 100) / 2
      const withoutFirst = series.filter((row) => row.period !== '2022-03-07');
      expect(seasonalNorm(withoutFirst, '2025-03-03', 'week')).toBe(90); // (80 + 100) / 2
    });
  });

  it('day: the same weekday 364 days earlier, not the same date', () => {
    // 2025-03-05 is a Wednesday; 2024-03-06 is the Wednesday 364 days earlier, 2024-03-05 a Tuesday.
    const series = [
      { period: '2024-03-05', tonnes: 1000 },
      { period: '2024-03-06', tonnes: 10 },
      { period: '2023-03-08', tonnes: 30 },
    ];
    expect(seasonalNorm(series, '2025-03-05', 'day')).toBe(20); // (10 + 30) / 2
  });

  it('is null for a malformed period instead of throwing', () => {
    expect(seasonalNorm([{ period: '2024-03-01', tonnes: 1 }], 'not-a-date', 'month')).toBeNull();
  });
});

describe('belowNormAlerts', () => {
  const range = { from: '2025-03-01', to: '2025-03-31' };
  const series = [
    // Outside the range (the week starts in February), would alert otherwise.
    { period: '2024-02-26', tonnes: 100 },
    { period: '2025-02-24', tonnes: 1 },
    // Norms of 100 for the weeks of 3 and 10 March 2025.
    { period: '2023-03-06', tonnes: 100 },
    { period: '2024-03-04', tonnes: 100 },
    { period: '2023-03-13', tonnes: 100 },
    { period: '2024-03-11', tonnes: 100 },
    { period: '2025-03-03', tonnes: 84 }, // below 100 × (1 − 0.15) = 85 → alert
    { period: '2025-03-10', tonnes: 86 }, // above 85 → no alert
    { period: '2025-03-17', tonnes: 10 }, // no earlier year → no norm → no alert
    { period: '2024-03-25', tonnes: 100 },
    { period: '2025-03-24', tonnes: null }, // not reported → no alert
  ];

  it('alerts for reported periods in range that fall more than the threshold below their norm', () => {
    expect(belowNormAlerts(series, range, 'week', 'rice', 0.15)).toEqual([
      { date: '2025-03-03', group: 'rice', kind: 'below-norm', value: 84, threshold: 0.15, norm: 100 },
    ]);
  });

  it('a value exactly at the threshold is not an alert', () => {
    const atLimit = [
      { period: '2024-01-01', tonnes: 100 },
      { period: '2025-01-01', tonnes: 50 },
    ];
    expect(belowNormAlerts(atLimit, { from: '2025-01-01', to: '2025-01-31' }, 'month', 'fish', 0.5)).toEqual(
      [],
    );
    expect(belowNormAlerts(atLimit, { from: '2025-01-01', to: '2025-01-31' }, 'month', 'fish', 0.4)).toEqual([
      { date: '2025-01-01', group: 'fish', kind: 'below-norm', value: 50, threshold: 0.4, norm: 100 },
    ]);
  });

  it('sums duplicate periods before comparing', () => {
    const duplicated = [
      { period: '2024-01-01', tonnes: 100 },
      { period: '2025-01-01', tonnes: 40 },
      { period: '2025-01-01', tonnes: 50 },
    ];
    expect(
      belowNormAlerts(duplicated, { from: '2025-01-01', to: '2025-12-31' }, 'month', 'meat', 0.15),
    ).toEqual([]);
  });
});

describe('originShareAlerts', () => {
  const rows = [
    { period: '2025-02-01', origin: 'A', tonnes: 20 },
    { period: '2025-01-01', origin: 'A', tonnes: 50 },
    { period: '2025-01-01', origin: 'B', tonnes: 30 },
    { period: '2025-01-01', origin: 'C', tonnes: 20 },
    { period: '2025-02-01', origin: 'B', tonnes: 45 },
    { period: '2025-02-01', origin: 'A', tonnes: 25 },
    { period: '2025-02-01', tonnes: 10 },
    { period: '2025-03-01', tonnes: 100 },
    { period: '2025-04-01', origin: 'A', tonnes: null },
    { period: '2025-04-01', origin: 'B', tonnes: 40 },
    { period: '2025-05-01', origin: 'A', tonnes: 40 },
    { period: '2025-05-01', origin: 'B', tonnes: 60 },
  ];

  it('names every origin above the threshold share of its period', () => {
    expect(originShareAlerts(rows, 'rice', 0.4)).toEqual([
      // January: A has 50 of 100.
      { date: '2025-01-01', group: 'rice', kind: 'origin-share', value: 0.5, threshold: 0.4, origin: 'A' },
      // February: A = 20 + 25 and B = 45 of 100 (10 t without an origin count in the total); ties by code.
      { date: '2025-02-01', group: 'rice', kind: 'origin-share', value: 0.45, threshold: 0.4, origin: 'A' },
      { date: '2025-02-01', group: 'rice', kind: 'origin-share', value: 0.45, threshold: 0.4, origin: 'B' },
      // March: only supply without an origin → nobody to name. April: A did not report, B is all.
      { date: '2025-04-01', group: 'rice', kind: 'origin-share', value: 1, threshold: 0.4, origin: 'B' },
      // May: A at exactly 40 % is not above the threshold.
      { date: '2025-05-01', group: 'rice', kind: 'origin-share', value: 0.6, threshold: 0.4, origin: 'B' },
    ]);
  });

  it('lists the larger share first within a period', () => {
    const two = [
      { period: '2025-01-01', origin: 'A', tonnes: 45 },
      { period: '2025-01-01', origin: 'B', tonnes: 55 },
    ];
    expect(originShareAlerts(two, 'meat', 0.3).map((a) => a.origin)).toEqual(['B', 'A']);
  });

  it('raises nothing for periods with no supply', () => {
    expect(originShareAlerts([{ period: '2025-01-01', origin: 'A', tonnes: 0 }], 'fish', 0.4)).toEqual([]);
    expect(originShareAlerts([], 'fish', 0.4)).toEqual([]);
  });
});

describe('stockCoverAlerts', () => {
  const rows = [
    { period: '2025-01-06', closingTonnes: 9_000 }, // 9 days → alert
    { period: '2025-01-13', closingTonnes: 10_000 }, // exactly 10 days → no alert
    { period: '2025-01-20', closingTonnes: null }, // not reported → no alert
    { period: '2025-01-27', closingTonnes: 0 }, // empty → alert
    { period: '2025-02-03', closingTonnes: 25_000 },
  ];

  it('alerts when the stock lasts fewer days than the threshold', () => {
    expect(stockCoverAlerts(rows, 1_000, 10)).toEqual([
      { date: '2025-01-06', group: 'rice', kind: 'stock-cover', value: 9, threshold: 10 },
      { date: '2025-01-27', group: 'rice', kind: 'stock-cover', value: 0, threshold: 10 },
    ]);
  });

  it('raises nothing when the consumption rate is unknown', () => {
    expect(stockCoverAlerts(rows, 0, 10)).toEqual([]);
    expect(stockCoverAlerts(rows, Number.NaN, 10)).toEqual([]);
  });
});

describe('sortAlerts', () => {
  const alert = (date: string, group: string, kind: Alert['kind'], origin?: string): Alert => ({
    date,
    group,
    kind,
    value: 1,
    threshold: 1,
    ...(origin === undefined ? {} : { origin }),
  });

  it('orders newest first, then by group, then by kind, keeping ties in their given order', () => {
    const input = [
      alert('2025-01-06', 'rice', 'stock-cover'),
      alert('2025-02-01', 'rice', 'origin-share', 'B'),
      alert('2025-02-01', 'meat', 'below-norm'),
      alert('2025-02-01', 'rice', 'below-norm'),
      alert('2025-02-01', 'rice', 'origin-share', 'A'),
      alert('2025-03-01', 'fish', 'origin-share', 'C'),
    ];
    const before = [...input];
    expect(sortAlerts(input)).toEqual([
      alert('2025-03-01', 'fish', 'origin-share', 'C'),
      alert('2025-02-01', 'meat', 'below-norm'),
      alert('2025-02-01', 'rice', 'below-norm'),
      alert('2025-02-01', 'rice', 'origin-share', 'B'),
      alert('2025-02-01', 'rice', 'origin-share', 'A'),
      alert('2025-01-06', 'rice', 'stock-cover'),
    ]);
    expect(input).toEqual(before);
  });
});
