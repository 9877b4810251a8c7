import { describe, expect, it } from 'vitest';
import { monthOfYearProfile, normaliseProfile, peakMonth } from '../../../src/domain/seasonality';

describe('month-of-year profile', () => {
  const rows = [
    { period: '2023-01-01', tonnes: 10 },
    { period: '2024-01-01', tonnes: 30 },
    { period: '2023-02-01', tonnes: 5 },
    { period: '2024-02-01', tonnes: null },
    { period: '2023-03-01', tonnes: 0 },
  ];

  it('averages each calendar month over the years that reported it', () => {
    const profile = monthOfYearProfile(rows);
    // January: (10 + 30) / 2 = 20; February: only 2023 reported → 5; March: a real zero.
    expect(profile[0]).toEqual({ month: 1, meanTonnes: 20, years: 2 });
    expect(profile[1]).toEqual({ month: 2, meanTonnes: 5, years: 1 });
    expect(profile[2]).toEqual({ month: 3, meanTonnes: 0, years: 1 });
    expect(profile[3]).toEqual({ month: 4, meanTonnes: null, years: 0 });
  });

  it('adds up several rows of the same month (e.g. weekly rows) before averaging', () => {
    const profile = monthOfYearProfile([
      { period: '2024-05-06', tonnes: 4 },
      { period: '2024-05-13', tonnes: 6 },
    ]);
    expect(profile[4]?.meanTonnes).toBe(10);
  });

  it('normalises to shares of the year and finds the peak', () => {
    const profile = monthOfYearProfile(rows);
    const shares = normaliseProfile(profile);
    // 20 + 5 + 0 = 25 → January 0.8, February 0.2, March 0.
    expect(shares.slice(0, 4)).toEqual([0.8, 0.2, 0, null]);
    expect(peakMonth(profile)).toBe(1);
    expect(peakMonth(monthOfYearProfile([]))).toBeNull();
  });
});
