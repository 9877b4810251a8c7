import { describe, expect, test } from 'vitest';
import {
  jakartaDate,
  addDays,
  addMonths,
  daysBetweenInclusive,
  fromDayNumber,
  isIsoDate,
  maxDate,
  minDate,
  monthOf,
  toDayNumber,
  weekdayIndex,
  yearOf,
} from '../../../src/domain/calendar-date';

describe('day numbers', () => {
  test('count whole days since 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    // 30 years of 365 days + 7 leap days (1972…1996) + January and a leap February.
    expect(toDayNumber('2000-03-01')).toBe(30 * 365 + 7 + 31 + 29);
    expect(toDayNumber('1969-12-31')).toBe(-1);
  });

  test('round-trip through fromDayNumber', () => {
    for (const date of ['1969-12-29', '2000-02-29', '2019-01-01', '2024-12-31', '2026-10-31'])
      expect(fromDayNumber(toDayNumber(date))).toBe(date);
  });

  test('reject what is not a calendar date', () => {
    expect(() => toDayNumber('2023-02-29')).toThrow(RangeError);
    expect(() => toDayNumber('2024-1-01')).toThrow(RangeError);
  });
});

describe('isIsoDate and leap years', () => {
  test.each([
    ['2024-02-29', true],
    ['2000-02-29', true], // divisible by 400
    ['2023-02-29', false],
    ['1900-02-29', false], // divisible by 100, not by 400
    ['2024-04-31', false],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-1-01', false],
    ['24-01-01', false],
    ['2024-01-01T00:00', false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  test('a leap year has 366 days, others 365', () => {
    expect(daysBetweenInclusive('2024-01-01', '2024-12-31')).toBe(366);
    expect(daysBetweenInclusive('2023-01-01', '2023-12-31')).toBe(365);
    expect(daysBetweenInclusive('2021-10-15', '2021-10-15')).toBe(1);
  });
});

describe('addDays', () => {
  test('crosses month and year ends, including 29 February', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31');
    expect(addDays('2024-03-01', -366)).toBe('2023-03-01');
  });
});

describe('addMonths', () => {
  test('clamps the day to the end of a shorter month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2024-05-31', 1)).toBe('2024-06-30');
  });

  test('crosses year boundaries both ways', () => {
    expect(addMonths('2024-12-15', 1)).toBe('2025-01-15');
    expect(addMonths('2025-01-15', -1)).toBe('2024-12-15');
    expect(addMonths('2025-01-15', -13)).toBe('2023-12-15');
    expect(addMonths('2024-11-30', 27)).toBe('2027-02-28');
  });

  test('29 February one year later or earlier is 28 February', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', -12)).toBe('2023-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
  });

  test('0 months changes nothing', () => {
    expect(addMonths('2024-02-29', 0)).toBe('2024-02-29');
  });
});

describe('weekdayIndex (0 = Monday … 6 = Sunday)', () => {
  test.each([
    ['1970-01-01', 3], // a Thursday
    ['1969-12-29', 0], // a Monday before day 0
    ['2024-02-29', 3], // a Thursday
    ['2025-10-03', 4], // the agreements were signed on a Friday
    ['2021-10-10', 6], // a Sunday
  ])('%s → %i', (date, expected) => {
    expect(weekdayIndex(toDayNumber(date))).toBe(expected);
  });
});

describe('small helpers', () => {
  test('year, month, min and max', () => {
    expect(yearOf('2021-10-15')).toBe(2021);
    expect(monthOf('2021-10-15')).toBe(10);
    expect(minDate('2021-10-15', '2020-12-31')).toBe('2020-12-31');
    expect(maxDate('2021-10-15', '2020-12-31')).toBe('2021-10-15');
  });
});

describe('fromDayNumber against the calendar', () => {
  test('agrees with Date for every day from 1900 to 2100, and back through toDayNumber', () => {
    const first = Date.UTC(1900, 0, 1) / 86_400_000;
    const last = Date.UTC(2100, 11, 31) / 86_400_000;
    for (let day = first; day <= last; day++) {
      const expected = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (fromDayNumber(day) !== expected) expect(fromDayNumber(day)).toBe(expected);
      if (toDayNumber(expected) !== day) expect(toDayNumber(expected)).toBe(day);
    }
  });

  test('a fractional day number gives the day it falls in', () => {
    expect(fromDayNumber(0.75)).toBe('1970-01-01');
    expect(fromDayNumber(-0.25)).toBe('1969-12-31');
  });
});

describe('jakartaDate', () => {
  test('an import at 20:00 UTC is dated the next day, as Jakarta (UTC+7) counts it', () => {
    expect(jakartaDate('2026-03-01T20:00:00.000Z')).toBe('2026-03-02');
    expect(jakartaDate('2026-03-01T16:59:59.000Z')).toBe('2026-03-01');
  });

  test('counts across a year end and a leap day, and takes a Date as well as a string', () => {
    // 31 Dec 2027 17:00 UTC is midnight of 1 Jan 2028 in Jakarta; 28 Feb 2028 17:30 UTC is 00:30 on 29 Feb.
    expect(jakartaDate(new Date(Date.UTC(2027, 11, 31, 17, 0, 0)))).toBe('2028-01-01');
    expect(jakartaDate('2028-02-28T17:30:00Z')).toBe('2028-02-29');
    expect(jakartaDate('2028-02-29T16:59:00+00:00')).toBe('2028-02-29');
  });

  test('refuses a string that is no moment instead of inventing a date', () => {
    expect(() => jakartaDate('kemarin')).toThrow(RangeError);
  });
});
