import { describe, expect, it } from 'vitest';
import {
  availableYears,
  parsePeriodPreset,
  resolvePeriod,
  type PeriodPreset,
} from '../../../src/domain/period-preset';

describe('parsePeriodPreset', () => {
  it('accepts the relative presets and custom', () => {
    for (const value of ['7d', 'wtd', '30d', '90d', '12m', 'ytd', 'custom'])
      expect(parsePeriodPreset(value)).toBe(value);
  });

  it('accepts four-digit calendar years', () => {
    expect(parsePeriodPreset('y2019')).toBe('y2019');
    expect(parsePeriodPreset('y2025')).toBe('y2025');
    expect(parsePeriodPreset('y2099')).toBe('y2099');
  });

  it('rejects garbage, malformed years and huge strings', () => {
    const rejected = [
      '',
      'y20x',
      'y',
      'y19',
      'y1999',
      'y2100',
      'y02019',
      'y2019.5',
      'Y2019',
      '2019',
      '7D',
      '1w',
      'week',
      '30D',
      ' 30d',
      '30d ',
      '12m\n',
      'y'.padEnd(100_000, '2'),
    ];
    for (const value of rejected) expect(parsePeriodPreset(value)).toBeNull();
    expect(parsePeriodPreset(null)).toBeNull();
  });
});

describe('resolvePeriod', () => {
  // Data from 1 January 2019 to 31 October 2026: the last day with data is the anchor, not today.
  const coverage = { from: '2019-01-01', to: '2026-10-31' };

  it('7d is the seven days ending on the last day with data (25 to 31 October)', () => {
    expect(resolvePeriod('7d', coverage)).toEqual({
      range: { from: '2026-10-25', to: '2026-10-31' },
      fellBack: false,
    });
  });

  it('wtd is the week of the last day with data, Monday up to that day', () => {
    // 31 October 2026 is a Saturday; its week began on Monday 26 October.
    expect(resolvePeriod('wtd', coverage).range).toEqual({ from: '2026-10-26', to: '2026-10-31' });
    // Data ending on a Monday: the week so far is that one day.
    expect(resolvePeriod('wtd', { from: '2019-01-01', to: '2026-10-26' }).range).toEqual({
      from: '2026-10-26',
      to: '2026-10-26',
    });
    // Data ending on a Sunday: the whole week.
    expect(resolvePeriod('wtd', { from: '2019-01-01', to: '2026-11-01' }).range).toEqual({
      from: '2026-10-26',
      to: '2026-11-01',
    });
  });

  it('wtd and 7d stay inside data that begin mid-week', () => {
    const short = { from: '2026-10-29', to: '2026-10-31' };
    expect(resolvePeriod('wtd', short)).toEqual({ range: short, fellBack: false });
    expect(resolvePeriod('7d', short)).toEqual({ range: short, fellBack: false });
  });

  it('30d is the 30 days ending on the last day with data', () => {
    expect(resolvePeriod('30d', coverage)).toEqual({
      range: { from: '2026-10-02', to: '2026-10-31' },
      fellBack: false,
    });
  });

  it('90d is the 90 days ending on the last day with data (29 in August, 30 in September, 31 in October)', () => {
    expect(resolvePeriod('90d', coverage).range).toEqual({ from: '2026-08-03', to: '2026-10-31' });
  });

  it('12m is the twelve calendar months ending with the last month with data', () => {
    expect(resolvePeriod('12m', coverage)).toEqual({
      range: { from: '2025-11-01', to: '2026-10-31' },
      fellBack: false,
    });
  });

  it('12m is clipped when the data ends in the middle of a month', () => {
    expect(resolvePeriod('12m', { from: '2019-01-01', to: '2026-10-15' }).range).toEqual({
      from: '2025-11-01',
      to: '2026-10-15',
    });
  });

  it('ytd runs from 1 January of the last year with data', () => {
    expect(resolvePeriod('ytd', coverage).range).toEqual({ from: '2026-01-01', to: '2026-10-31' });
  });

  it('a year is that calendar year, clipped to the data', () => {
    expect(resolvePeriod('y2024', coverage)).toEqual({
      range: { from: '2024-01-01', to: '2024-12-31' },
      fellBack: false,
    });
    expect(resolvePeriod('y2026', coverage).range).toEqual({ from: '2026-01-01', to: '2026-10-31' });
    expect(resolvePeriod('y2019', { from: '2019-03-15', to: '2026-10-31' }).range).toEqual({
      from: '2019-03-15',
      to: '2019-12-31',
    });
  });

  it('a year without data falls back to 12m and says so', () => {
    const fallback = { range: { from: '2025-11-01', to: '2026-10-31' }, fellBack: true };
    expect(resolvePeriod('y2030', coverage)).toEqual(fallback);
    expect(resolvePeriod('y2018', coverage)).toEqual(fallback);
  });

  it('a year the type allows but that is not a calendar year falls back', () => {
    const odd: PeriodPreset = 'y1.5';
    expect(resolvePeriod(odd, coverage).fellBack).toBe(true);
  });

  it('custom is the given range, clipped to the data', () => {
    expect(resolvePeriod('custom', coverage, { from: '2020-02-10', to: '2020-03-05' })).toEqual({
      range: { from: '2020-02-10', to: '2020-03-05' },
      fellBack: false,
    });
    expect(resolvePeriod('custom', coverage, { from: '2018-06-01', to: '2019-02-01' })).toEqual({
      range: { from: '2019-01-01', to: '2019-02-01' },
      fellBack: false,
    });
    expect(resolvePeriod('custom', coverage, { from: '2026-10-01', to: '2027-03-01' }).range).toEqual({
      from: '2026-10-01',
      to: '2026-10-31',
    });
  });

  it('custom outside the data, missing, reversed or malformed falls back to 12m', () => {
    const fallback = { range: { from: '2025-11-01', to: '2026-10-31' }, fellBack: true };
    expect(resolvePeriod('custom', coverage, { from: '2027-01-01', to: '2027-02-01' })).toEqual(fallback);
    expect(resolvePeriod('custom', coverage, { from: '2010-01-01', to: '2018-12-31' })).toEqual(fallback);
    expect(resolvePeriod('custom', coverage, null)).toEqual(fallback);
    expect(resolvePeriod('custom', coverage)).toEqual(fallback);
    expect(resolvePeriod('custom', coverage, { from: '2024-03-01', to: '2024-02-01' })).toEqual(fallback);
    expect(resolvePeriod('custom', coverage, { from: '2024-02-30', to: '2024-03-01' })).toEqual(fallback);
  });

  it('relative presets are clipped when the data is shorter than the preset', () => {
    const short = { from: '2026-10-20', to: '2026-10-31' };
    expect(resolvePeriod('30d', short)).toEqual({ range: short, fellBack: false });
    expect(resolvePeriod('12m', short)).toEqual({ range: short, fellBack: false });
    expect(resolvePeriod('ytd', { from: '2026-03-01', to: '2026-10-31' }).range).toEqual({
      from: '2026-03-01',
      to: '2026-10-31',
    });
  });
});

describe('availableYears', () => {
  it('lists every calendar year with at least one day of data, oldest first', () => {
    expect(availableYears({ from: '2019-01-01', to: '2026-10-31' })).toEqual([
      2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
  });

  it('counts a year with a single day', () => {
    expect(availableYears({ from: '2024-12-31', to: '2025-01-01' })).toEqual([2024, 2025]);
    expect(availableYears({ from: '2025-06-01', to: '2025-06-01' })).toEqual([2025]);
  });

  it('is empty for a reversed range', () => {
    expect(availableYears({ from: '2025-06-02', to: '2025-06-01' })).toEqual([]);
  });
});
