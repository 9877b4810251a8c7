import { describe, expect, it } from 'vitest';
import { belowNormAlerts } from '../../../src/domain/alerts';
import { addDays, daysBetweenInclusive, toDayNumber, weekdayIndex } from '../../../src/domain/calendar-date';
import { isPartialPeriod } from '../../../src/domain/period';
import {
  dailySeries,
  lebaranSeasonOf,
  ratePerDay,
  seasonalNorm,
  type HolidayCalendar,
} from '../../../src/domain/seasonal-norm';

// A small holiday calendar so every number below can be worked by hand.
const HOLIDAYS: HolidayCalendar = {
  ramadanStart: ['2023-03-23', '2024-03-12', '2025-03-01'],
  lebaran: ['2023-04-22', '2024-04-10', '2025-03-31'],
};

/** `tonnes(date)` for every day from `from` to `to`. */
function days(from: string, to: string, tonnes: (date: string) => number | null) {
  return Array.from({ length: daysBetweenInclusive(from, to) }, (_, i) => {
    const period = addDays(from, i);
    return { period, tonnes: tonnes(period) };
  });
}

/** 100 t every day, except nothing on each Lebaran day and the day after (markets closed). */
const holidayClosed = (date: string) =>
  HOLIDAYS.lebaran.some((lebaran) => date === lebaran || date === addDays(lebaran, 1)) ? 0 : 100;

describe('lebaranSeasonOf', () => {
  it('covers a week before 1 Ramadan to two weeks after Lebaran', () => {
    // 2025: 1 Ramadan on 1 March, so the season runs 22 February – 14 April.
    expect(lebaranSeasonOf({ from: '2025-02-16', to: '2025-02-21' }, HOLIDAYS)).toBeNull();
    expect(lebaranSeasonOf({ from: '2025-02-16', to: '2025-02-22' }, HOLIDAYS)).toBe(2);
    expect(lebaranSeasonOf({ from: '2025-04-14', to: '2025-04-20' }, HOLIDAYS)).toBe(2);
    expect(lebaranSeasonOf({ from: '2025-04-15', to: '2025-04-21' }, HOLIDAYS)).toBeNull();
  });
});

describe('seasonalNorm', () => {
  const series = dailySeries(days('2022-01-01', '2025-12-31', holidayClosed));

  it('aligns a Lebaran week with the same days from Lebaran in earlier years', () => {
    // Week of Monday 31 March 2025 = Lebaran day 0 to day 6: 5 × 100 t over 7 days.
    const week = { from: '2025-03-31', to: '2025-04-06' };
    expect(ratePerDay(series, week)).toBeCloseTo(500 / 7, 10);
    const norm = seasonalNorm(series, week, 3, HOLIDAYS);
    expect(norm.alignment).toBe('lebaran');
    // Lebaran 2024 (10 April) and 2023 (22 April), days 0–6; the calendar knows no Lebaran 2022,
    // so that year is not found rather than replaced by another week.
    expect(norm.windows).toEqual([
      { from: '2024-04-10', to: '2024-04-16' },
      { from: '2023-04-22', to: '2023-04-28' },
    ]);
    expect(norm.yearsFound).toBe(2);
    expect(norm.yearsRequested).toBe(3);
    // Day pairs with a Sunday on either side are left out: this week's Sunday is day 6, 2024's is
    // day 4 (14 April) and 2023's day 1 (23 April). 2024 keeps days 0, 1, 2, 3, 5: 300 t on both
    // sides; 2023 keeps days 0, 2, 3, 4, 5: 400 t on both sides. 700 t over 10 pairs each way.
    expect(norm.comparableDays).toBe(10);
    expect(norm.ratePerDay).toBeCloseTo(70, 10);
    expect(norm.observedRatePerDay).toBeCloseTo(70, 10);
  });

  it('compares day by day and leaves out Sundays, so weekday composition cannot fake a dip', () => {
    // Lebaran on Monday 31 March 2025, a year after one on Saturday 13 April 2024. Markets close on
    // Lebaran and the day after; Sunday brings 10 t, any other day 100 t.
    const onSaturday: HolidayCalendar = {
      ramadanStart: ['2024-03-14', '2025-03-01'],
      lebaran: ['2024-04-13', '2025-03-31'],
    };
    const sundayLow = dailySeries(
      days('2024-01-01', '2025-12-31', (date) => {
        const closed = onSaturday.lebaran.some((l) => date === l || date === addDays(l, 1));
        return closed ? 0 : weekdayIndex(toDayNumber(date)) === 6 ? 10 : 100;
      }),
    );
    const week = { from: '2025-03-31', to: '2025-04-06' };
    // This week: 0, 0, 100, 100, 100, 100 and Sunday 10 = 410 t. The aligned 2024 days (13–19
    // April) put the Sunday inside the closure: 0, 0, 100 × 5 = 500 t. Whole weeks would read −18 %.
    expect(ratePerDay(sundayLow, week)).toBeCloseTo(410 / 7, 10);
    const norm = seasonalNorm(sundayLow, week, 1, onSaturday);
    expect(norm.windows).toEqual([{ from: '2024-04-13', to: '2024-04-19' }]);
    // Pairs 1 (2024's Sunday) and 6 (this Sunday) are left out: days 0, 2–5 give 400 t on each side.
    expect(norm.comparableDays).toBe(5);
    expect(norm.ratePerDay).toBe(80);
    expect(norm.observedRatePerDay).toBe(80);
    const alerts = belowNormAlerts({
      daily: days(
        '2024-01-01',
        '2025-12-31',
        (date) => sundayLow.values[toDayNumber(date) - sundayLow.firstDay] ?? null,
      ),
      range: { from: '2025-01-01', to: '2025-12-31' },
      granularity: 'week',
      group: 'rice',
      thresholdFraction: 0.15,
      lookBackYears: 1,
      holidays: onSaturday,
    }).alerts;
    expect(alerts.filter((alert) => alert.date === '2025-03-31')).toEqual([]);
  });

  it('uses the same weekdays 52 weeks back outside the Lebaran season, and exactly the years asked', () => {
    // 3 November 2025 is a Monday; 364, 728 and 1,092 days earlier are 4 Nov 2024, 6 Nov 2023, 7 Nov 2022.
    const byYear = (date: string) => (date.startsWith('2024') ? 70 : date.startsWith('2023') ? 100 : 130);
    const yearly = dailySeries(days('2021-01-01', '2025-12-31', byYear));
    const week = { from: '2025-11-03', to: '2025-11-09' };
    const norm = seasonalNorm(yearly, week, 2, HOLIDAYS);
    expect(norm.alignment).toBe('calendar');
    expect(norm.windows).toEqual([
      { from: '2024-11-04', to: '2024-11-10' },
      { from: '2023-11-06', to: '2023-11-12' },
    ]);
    expect(norm.ratePerDay).toBe(85); // (70 + 100) / 2; 2022's 130 is beyond the two years asked
    expect(seasonalNorm(yearly, week, 3, HOLIDAYS).ratePerDay).toBe(100); // (70 + 100 + 130) / 3
  });

  it('does not let an earlier Lebaran leak into a fixed-season norm', () => {
    // 21 April 2025 is outside 2025's season, but 364 days earlier (22 April 2024) was inside 2024's.
    const week = { from: '2025-04-21', to: '2025-04-27' };
    const norm = seasonalNorm(series, week, 3, HOLIDAYS);
    expect(norm.alignment).toBe('calendar');
    // 24 April 2023 (Lebaran 2023 + 2) was inside 2023's season too. The calendar knows no
    // Lebaran 2022, so 25 April 2022 stands alone.
    expect(norm.windows.map((w) => w.from)).toEqual(['2022-04-25']);
  });

  it('skips earlier windows that were mostly not reported, and never counts them as zero', () => {
    const gappy = dailySeries(
      days('2023-01-01', '2025-12-31', (date) => (date >= '2024-11-01' && date <= '2024-11-30' ? null : 100)),
    );
    const norm = seasonalNorm(gappy, { from: '2025-11-03', to: '2025-11-09' }, 3, HOLIDAYS);
    expect(norm.windows.map((w) => w.from)).toEqual(['2023-11-06']);
    expect(norm.ratePerDay).toBe(100);
  });
});

describe('belowNormAlerts', () => {
  const range = { from: '2025-01-01', to: '2025-12-31' };

  it('raises nothing for a Lebaran week compared with Lebaran-aligned weeks', () => {
    const daily = days('2022-01-01', '2025-12-31', holidayClosed);
    const result = belowNormAlerts({
      daily,
      range,
      granularity: 'week',
      group: 'rice',
      thresholdFraction: 0.15,
      holidays: HOLIDAYS,
    });
    // The old "same week 364 days earlier" norm read this week as 500 t against 700 t (−29 %).
    expect(result.alerts).toEqual([]);
  });

  it('does not assess a three-day cut-off week, and lists it as partial', () => {
    // 29 December 2025 is a Monday: 29, 30 and 31 December are in range, 300 t against 700 t a week.
    expect(isPartialPeriod('2025-12-29', 'week', range)).toBe(true);
    const daily = days('2022-01-01', '2025-12-31', () => 100);
    const result = belowNormAlerts({
      daily,
      range,
      granularity: 'week',
      group: 'rice',
      thresholdFraction: 0.15,
      holidays: HOLIDAYS,
    });
    expect(result.alerts).toEqual([]);
    // The week of 30 December 2024 has 5 days (1–5 January) in range; 29 December 2025 has 3.
    expect(result.partial).toEqual(['2024-12-30', '2025-12-29']);
  });

  it('raises an alert for a real drop, naming the norm it was measured against', () => {
    // 100 t a day, except 70 t a day in the week of 16 June 2025: 490 t against a norm of 700 t.
    const daily = days('2022-01-01', '2025-12-31', (date) =>
      date >= '2025-06-16' && date <= '2025-06-22' ? 70 : 100,
    );
    const result = belowNormAlerts({
      daily,
      range,
      granularity: 'week',
      group: 'fish',
      thresholdFraction: 0.15,
      holidays: HOLIDAYS,
    });
    expect(result.alerts).toEqual([
      {
        date: '2025-06-16',
        granularity: 'week',
        group: 'fish',
        kind: 'below-norm',
        value: 490,
        threshold: 0.15,
        norm: { tonnes: 700, ratePerDay: 100, yearsFound: 3, yearsRequested: 3, alignment: 'calendar' },
      },
    ]);
  });

  it('a drop exactly at the threshold is not an alert', () => {
    const daily = days('2024-01-01', '2025-12-31', (date) =>
      date >= '2025-06-16' && date <= '2025-06-22' ? 85 : 100,
    );
    const alerts = belowNormAlerts({
      daily,
      range,
      granularity: 'week',
      group: 'fish',
      thresholdFraction: 0.15,
      holidays: HOLIDAYS,
    }).alerts;
    expect(alerts).toEqual([]);
  });
});
