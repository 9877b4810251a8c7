// The part of a range the stored weekly and monthly sums answer. Weekdays worked out by hand:
// 2026-01-01 is a Thursday, so 2026-05-18 (day 138 of the year) is a Monday and 2026-06-14 a Sunday.
import { describe, expect, test } from 'vitest';
import { wholeMonths, wholeWeeks } from '../../server/store/whole-months';

describe('wholeWeeks', () => {
  test('the Mondays-to-Sundays inside a range that starts on a Tuesday and ends on a Sunday', () => {
    expect(wholeWeeks({ from: '2026-05-19', to: '2026-06-14' }, 'week')).toEqual({
      first: '2026-05-25',
      end: '2026-06-15',
    });
  });

  test('a range of exactly one week, Monday to Sunday', () => {
    expect(wholeWeeks({ from: '2026-05-18', to: '2026-05-24' }, 'week')).toEqual({
      first: '2026-05-18',
      end: '2026-05-25',
    });
  });

  test('a range that holds no whole week: an empty span, every day from the day rows', () => {
    expect(wholeWeeks({ from: '2026-05-18', to: '2026-05-23' }, 'week')).toEqual({
      first: '2026-05-18',
      end: '2026-05-18',
    });
  });

  test('only weekly periods are answered from weeks', () => {
    expect(wholeWeeks({ from: '2026-05-18', to: '2026-06-14' }, 'month')).toEqual({
      first: '2026-05-18',
      end: '2026-05-18',
    });
  });
});

describe('wholeMonths', () => {
  test('the whole months between a mid-month start and a month end', () => {
    expect(wholeMonths({ from: '2026-01-15', to: '2026-03-31' }, 'month')).toEqual({
      first: '2026-02-01',
      end: '2026-04-01',
    });
  });

  test('years are made of months too; weeks are not', () => {
    expect(wholeMonths({ from: '2026-01-01', to: '2026-12-31' }, 'year')).toEqual({
      first: '2026-01-01',
      end: '2027-01-01',
    });
    expect(wholeMonths({ from: '2026-01-01', to: '2026-12-31' }, 'week')).toEqual({
      first: '2026-01-01',
      end: '2026-01-01',
    });
  });
});
