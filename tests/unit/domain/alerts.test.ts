import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ALERT_THRESHOLDS,
  originShareAlerts,
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
    expect(originShareAlerts(rows, 'rice', 0.4, 'month')).toEqual([
      // January: A has 50 of 100.
      {
        date: '2025-01-01',
        granularity: 'month',
        group: 'rice',
        kind: 'origin-share',
        value: 0.5,
        threshold: 0.4,
        origin: 'A',
      },
      // February: A = 20 + 25 and B = 45 of 100 (10 t without an origin count in the total); ties by code.
      {
        date: '2025-02-01',
        granularity: 'month',
        group: 'rice',
        kind: 'origin-share',
        value: 0.45,
        threshold: 0.4,
        origin: 'A',
      },
      {
        date: '2025-02-01',
        granularity: 'month',
        group: 'rice',
        kind: 'origin-share',
        value: 0.45,
        threshold: 0.4,
        origin: 'B',
      },
      // March: only supply without an origin → nobody to name. April: A did not report, B is all.
      {
        date: '2025-04-01',
        granularity: 'month',
        group: 'rice',
        kind: 'origin-share',
        value: 1,
        threshold: 0.4,
        origin: 'B',
      },
      // May: A at exactly 40 % is not above the threshold.
      {
        date: '2025-05-01',
        granularity: 'month',
        group: 'rice',
        kind: 'origin-share',
        value: 0.6,
        threshold: 0.4,
        origin: 'B',
      },
    ]);
  });

  it('lists the larger share first within a period', () => {
    const two = [
      { period: '2025-01-01', origin: 'A', tonnes: 45 },
      { period: '2025-01-01', origin: 'B', tonnes: 55 },
    ];
    expect(originShareAlerts(two, 'meat', 0.3, 'month').map((a) => a.origin)).toEqual(['B', 'A']);
  });

  it('raises nothing for periods with no supply', () => {
    expect(
      originShareAlerts([{ period: '2025-01-01', origin: 'A', tonnes: 0 }], 'fish', 0.4, 'month'),
    ).toEqual([]);
    expect(originShareAlerts([], 'fish', 0.4, 'month')).toEqual([]);
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
    expect(stockCoverAlerts(rows, 1_000, 10, 'week')).toEqual([
      {
        date: '2025-01-06',
        granularity: 'week',
        group: 'rice',
        kind: 'stock-cover',
        value: 9,
        threshold: 10,
      },
      {
        date: '2025-01-27',
        granularity: 'week',
        group: 'rice',
        kind: 'stock-cover',
        value: 0,
        threshold: 10,
      },
    ]);
  });

  it('raises nothing when the consumption rate is unknown', () => {
    expect(stockCoverAlerts(rows, 0, 10, 'week')).toEqual([]);
    expect(stockCoverAlerts(rows, Number.NaN, 10, 'week')).toEqual([]);
  });
});

describe('sortAlerts', () => {
  const alert = (date: string, group: string, kind: Alert['kind'], origin?: string): Alert => ({
    date,
    granularity: 'month',
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
