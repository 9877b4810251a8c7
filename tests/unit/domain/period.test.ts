import { describe, expect, test } from 'vitest';
import {
  daysCoveredInPeriod,
  granularityForPeriods,
  nextPeriodStart,
  periodCount,
  periodLengthDays,
  periodStart,
  periodStarts,
  comparisonRanges,
  previousRange,
  sameRangeYearBefore,
  trailingMonths,
} from '../../../src/domain/period';

describe('periodStart', () => {
  test('weeks start on Monday', () => {
    expect(periodStart('2025-10-03', 'week')).toBe('2025-09-29'); // Friday → Monday
    expect(periodStart('2025-09-28', 'week')).toBe('2025-09-22'); // Sunday belongs to the week before
    expect(periodStart('2025-09-29', 'week')).toBe('2025-09-29'); // a Monday is its own start
    expect(periodStart('2025-01-01', 'week')).toBe('2024-12-30'); // across the year boundary
  });

  test('days, months and years', () => {
    expect(periodStart('2024-02-29', 'day')).toBe('2024-02-29');
    expect(periodStart('2024-02-29', 'month')).toBe('2024-02-01');
    expect(periodStart('2024-02-29', 'year')).toBe('2024-01-01');
  });
});

describe('periodStarts across a year boundary', () => {
  test('days', () => {
    expect(periodStarts({ from: '2024-12-30', to: '2025-01-02' }, 'day')).toEqual([
      '2024-12-30',
      '2024-12-31',
      '2025-01-01',
      '2025-01-02',
    ]);
  });

  test('weeks: the first period starts on the Monday before the range', () => {
    expect(periodStarts({ from: '2024-12-25', to: '2025-01-10' }, 'week')).toEqual([
      '2024-12-23',
      '2024-12-30',
      '2025-01-06',
    ]);
  });

  test('months and years', () => {
    expect(periodStarts({ from: '2024-11-15', to: '2025-02-01' }, 'month')).toEqual([
      '2024-11-01',
      '2024-12-01',
      '2025-01-01',
      '2025-02-01',
    ]);
    expect(periodStarts({ from: '2024-06-01', to: '2025-01-01' }, 'year')).toEqual([
      '2024-01-01',
      '2025-01-01',
    ]);
  });

  test('a range whose end comes before its start has no periods', () => {
    expect(periodStarts({ from: '2025-02-01', to: '2025-01-01' }, 'month')).toEqual([]);
  });
});

describe('period lengths', () => {
  test('nextPeriodStart and periodLengthDays', () => {
    expect(nextPeriodStart('2024-01-31', 'day')).toBe('2024-02-01');
    expect(nextPeriodStart('2024-12-30', 'week')).toBe('2025-01-06');
    expect(nextPeriodStart('2024-12-01', 'month')).toBe('2025-01-01');
    expect(periodLengthDays('2024-02-01', 'month')).toBe(29);
    expect(periodLengthDays('2023-02-01', 'month')).toBe(28);
    expect(periodLengthDays('2024-01-01', 'year')).toBe(366);
    expect(periodLengthDays('2024-12-30', 'week')).toBe(7);
  });

  test('daysCoveredInPeriod counts only the days inside the range', () => {
    const range = { from: '2024-02-10', to: '2024-03-05' };
    expect(daysCoveredInPeriod('2024-02-01', 'month', range)).toBe(20); // 10 … 29 February
    expect(daysCoveredInPeriod('2024-03-01', 'month', range)).toBe(5);
    expect(daysCoveredInPeriod('2024-04-01', 'month', range)).toBe(0);
  });
});

describe('comparison ranges', () => {
  test('trailingMonths: whole months ending with the month of the last day', () => {
    expect(trailingMonths('2026-10-31', 12)).toEqual({ from: '2025-11-01', to: '2026-10-31' });
    expect(trailingMonths('2024-03-15', 3)).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(trailingMonths('2024-02-10', 1)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(trailingMonths('2025-01-31', 2)).toEqual({ from: '2024-12-01', to: '2025-01-31' });
  });

  test('previousRange: the same number of days, ending the day before', () => {
    // March 2024 has 31 days; the 31 days before it are 30 January … 29 February.
    expect(previousRange({ from: '2024-03-01', to: '2024-03-31' })).toEqual({
      from: '2024-01-30',
      to: '2024-02-29',
    });
    expect(previousRange({ from: '2025-01-01', to: '2025-01-01' })).toEqual({
      from: '2024-12-31',
      to: '2024-12-31',
    });
  });

  test('sameRangeYearBefore: 29 February falls back to 28 February', () => {
    expect(sameRangeYearBefore({ from: '2024-02-01', to: '2024-02-29' })).toEqual({
      from: '2023-02-01',
      to: '2023-02-28',
    });
    expect(sameRangeYearBefore({ from: '2025-01-01', to: '2025-12-31' })).toEqual({
      from: '2024-01-01',
      to: '2024-12-31',
    });
  });
});

describe('periodCount', () => {
  test('counts the periods that overlap the range, cut ones included', () => {
    // 2024 is a leap year: 366 days.
    expect(periodCount({ from: '2024-01-01', to: '2024-12-31' }, 'day')).toBe(366);
    // Wednesday 2024-12-25 lies in the week of Monday 12-23; Friday 2025-01-10 in the week of
    // Monday 01-06: weeks of 12-23, 12-30 and 01-06.
    expect(periodCount({ from: '2024-12-25', to: '2025-01-10' }, 'week')).toBe(3);
    // November, December, January, February.
    expect(periodCount({ from: '2024-11-15', to: '2025-02-01' }, 'month')).toBe(4);
    expect(periodCount({ from: '2019-01-01', to: '2026-10-31' }, 'year')).toBe(8);
    // 2019-01-01 to 2026-10-31: 365 × 8 − 61 (November and December 2026) + 2 leap days.
    expect(periodCount({ from: '2019-01-01', to: '2026-10-31' }, 'day')).toBe(2861);
  });

  test('a range that ends before its first period starts has none', () => {
    expect(periodCount({ from: '2025-02-01', to: '2025-01-01' }, 'month')).toBe(0);
    expect(periodCount({ from: '2025-01-02', to: '2025-01-01' }, 'day')).toBe(0);
    // Thursday back to the Tuesday before, in one week: its Monday comes before the range's end,
    // so the list of starts holds that week, and the count agrees with the list.
    expect(periodCount({ from: '2025-01-09', to: '2025-01-07' }, 'week')).toBe(1);
  });
});

describe('granularityForPeriods', () => {
  test('keeps the requested step when the range fits and steps up when it does not', () => {
    // 2024 has 366 days: daily fits in 400 periods, not in 300; 2024 starts on a Monday, so
    // weekly gives 53 periods (the last week runs into 2025).
    expect(granularityForPeriods({ from: '2024-01-01', to: '2024-12-31' }, 'day', 400)).toBe('day');
    expect(granularityForPeriods({ from: '2024-01-01', to: '2024-12-31' }, 'day', 300)).toBe('week');
    expect(granularityForPeriods({ from: '2024-01-01', to: '2024-12-31' }, 'day', 20)).toBe('month');
    expect(granularityForPeriods({ from: '2019-01-01', to: '2026-12-31' }, 'week', 5)).toBe('year');
  });
});

describe('comparisonRanges', () => {
  const coverage = { from: '2019-01-01', to: '2026-10-31' };

  test('twelve whole months: the previous period is the year before, so there is one comparison', () => {
    const result = comparisonRanges({ from: '2025-11-01', to: '2026-10-31' }, coverage);
    expect(result).toEqual({
      previous: { from: '2024-11-01', to: '2025-10-31' },
      yearBefore: { from: '2024-11-01', to: '2025-10-31' },
      same: true,
    });
  });

  test('a quarter: two different comparisons', () => {
    const result = comparisonRanges({ from: '2025-04-01', to: '2025-06-30' }, coverage);
    // 91 days (30 + 31 + 30) ending 31 March 2025: January–March are 90, plus 31 December 2024.
    expect(result.previous).toEqual({ from: '2024-12-31', to: '2025-03-31' });
    expect(result.yearBefore).toEqual({ from: '2024-04-01', to: '2024-06-30' });
    expect(result.same).toBe(false);
  });

  test('a comparison the data covers only in part is dropped, never set against a full total', () => {
    const result = comparisonRanges({ from: '2019-06-01', to: '2019-12-31' }, coverage);
    expect(result.previous).toBeNull(); // would start in November 2018
    expect(result.yearBefore).toBeNull();
  });
});
