import { describe, expect, test } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../../src/domain/calendar-date';
import { timeTicks } from '../../../src/domain/time-ticks';

const ticks = (from: string, to: string, max: number) =>
  timeTicks(toDayNumber(from), toDayNumber(to), max).map(fromDayNumber);

describe('timeTicks', () => {
  test('short ranges: every day, then every 2, 7 or 14 days from the first day', () => {
    expect(ticks('2026-10-01', '2026-10-05', 10)).toEqual([
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
    ]);
    // 30 days: 31 daily, 16 two-daily, 5 weekly ticks; 8 fit only weekly.
    expect(ticks('2026-10-01', '2026-10-31', 8)).toEqual([
      '2026-10-01',
      '2026-10-08',
      '2026-10-15',
      '2026-10-22',
      '2026-10-29',
    ]);
  });

  test('a year: month starts, every 1, 2, 3 or 6 months as fit', () => {
    // 2025-11-01 … 2026-10-31: 12 month starts; 6 fit every other month (Jan, Mar … of the year).
    expect(ticks('2025-11-01', '2026-10-31', 12)).toHaveLength(12);
    expect(ticks('2025-11-01', '2026-10-31', 6)).toEqual([
      '2025-11-01',
      '2026-01-01',
      '2026-03-01',
      '2026-05-01',
      '2026-07-01',
      '2026-09-01',
    ]);
    expect(ticks('2025-11-01', '2026-10-31', 4)).toEqual([
      '2026-01-01',
      '2026-04-01',
      '2026-07-01',
      '2026-10-01',
    ]);
  });

  test('years: 1 January of every 1, 2, 5 … years', () => {
    // 2019-01-01 … 2026-10-31: 8 year starts; 4 fit every other year (even years).
    expect(ticks('2019-01-01', '2026-10-31', 9)).toEqual([
      '2019-01-01',
      '2020-01-01',
      '2021-01-01',
      '2022-01-01',
      '2023-01-01',
      '2024-01-01',
      '2025-01-01',
      '2026-01-01',
    ]);
    expect(ticks('2019-01-01', '2026-10-31', 4)).toEqual([
      '2020-01-01',
      '2022-01-01',
      '2024-01-01',
      '2026-01-01',
    ]);
  });

  test('a single day gives that day; room for one label gives the one round year in the range', () => {
    expect(ticks('2026-10-01', '2026-10-01', 5)).toEqual(['2026-10-01']);
    // Every 10 years: 2020 is the only multiple of 10 between 2019 and 2026.
    expect(ticks('2019-01-01', '2026-10-31', 1)).toEqual(['2020-01-01']);
    expect(ticks('2019-01-01', '2026-10-31', 0)).toEqual(['2020-01-01']);
  });
});
