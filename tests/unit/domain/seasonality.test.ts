import { describe, expect, it } from 'vitest';
import {
  monthOfYearProfile,
  normaliseProfile,
  peakMonth,
  seasonalProfile,
  wholeYears,
} from '../../../src/domain/seasonality';

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

describe('wholeYears and seasonalProfile', () => {
  const monthly = (from: string, count: number, tonnes: (i: number) => number | null) =>
    Array.from({ length: count }, (_, i) => {
      const year = Number(from.slice(0, 4)) + Math.floor((Number(from.slice(5, 7)) - 1 + i) / 12);
      const month = ((Number(from.slice(5, 7)) - 1 + i) % 12) + 1;
      return { period: `${year}-${String(month).padStart(2, '0')}-01`, tonnes: tonnes(i) };
    });

  it('does not count a ramp-up as a season: ten months of a new partner is not enough', () => {
    // Nothing until December 2025, then deliveries January–October 2026.
    const rows = monthly('2025-01', 22, (i) => (i < 12 ? 0 : 10 * (i - 11)));
    expect(wholeYears(rows)).toEqual([]);
    expect(seasonalProfile(rows).profile).toBeNull();
  });

  it('counts only years whose twelve months are reported after the first delivery', () => {
    // First delivery March 2022: 2022 is not whole; 2023 and 2024 are; 2025 lacks June.
    const rows = monthly('2022-01', 48, (i) => (i < 2 ? 0 : i === 41 ? null : 100 + (i % 12)));
    expect(wholeYears(rows)).toEqual([2023, 2024]);
    const { profile } = seasonalProfile(rows);
    // January of 2023 and 2024: 100 + 0 each → mean 100; December: 111.
    expect(profile?.[0]).toEqual({ month: 1, meanTonnes: 100, years: 2 });
    expect(profile?.[11]).toEqual({ month: 12, meanTonnes: 111, years: 2 });
  });
});
