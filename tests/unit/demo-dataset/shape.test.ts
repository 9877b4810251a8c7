import { describe, expect, test } from 'vitest';
import { fromDayNumber, toDayNumber, weekdayIndex } from '../../../src/domain/calendar-date';
import { eventsOfKind } from '../../../src/domain/calendar-events';
import { COMMODITY_GROUPS } from '../../../src/domain/commodity';
import { demoApi } from '../../helpers/demo-api';

// The demo data should move the way food supply does: harvests, the Lebaran holiday, quiet Sundays.
const api = demoApi();
const { firstDay, lastDay } = api.dataset.flows;
const FULL_YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];

/** Daily tonnes of one commodity group over the whole coverage, keyed by day number. */
function dailyTonnes(group: string): Map<number, number> {
  const { rows } = api.flows({ from: firstDay, to: lastDay, granularity: 'day', commodity: group });
  return new Map(rows.map((row) => [toDayNumber(row.period), row.tonnes ?? Number.NaN]));
}
const DAILY = new Map(COMMODITY_GROUPS.map((group) => [group, dailyTonnes(group)]));

function meanOver(
  daily: Map<number, number>,
  from: string,
  to: string,
  keep: (day: number) => boolean = () => true,
) {
  let sum = 0;
  let count = 0;
  for (let day = toDayNumber(from); day <= toDayNumber(to); day++) {
    if (!keep(day)) continue;
    sum += daily.get(day) ?? Number.NaN;
    count++;
  }
  return sum / count;
}

describe('realistic shape of the demo data', () => {
  test.each(FULL_YEARS)(
    '%i: rice inflow per day in March–April (main harvest) exceeds December–January',
    (year) => {
      const rice = DAILY.get('rice') ?? new Map();
      const harvest = meanOver(rice, `${year}-03-01`, `${year}-04-30`);
      const lean =
        (meanOver(rice, `${year}-01-01`, `${year}-01-31`) * 31 +
          meanOver(rice, `${year}-12-01`, `${year}-12-31`) * 31) /
        62;
      expect(harvest).toBeGreaterThan(lean);
    },
  );

  const lebarans = eventsOfKind('lebaran').filter((date) => date >= firstDay && date <= lastDay);

  test('every Lebaran in the coverage is known', () => {
    expect(lebarans.length).toBeGreaterThanOrEqual(7);
  });

  test.each(lebarans)('Lebaran %s: nothing comes in (markets closed) — 0, not "not reported"', (date) => {
    for (const group of COMMODITY_GROUPS) expect(DAILY.get(group)?.get(toDayNumber(date)), group).toBe(0);
  });

  test.each(lebarans)(
    'Lebaran %s: the two weeks before (days −14 … −3) bring more than the year’s mean',
    (date) => {
      const lebaran = toDayNumber(date);
      const year = date.slice(0, 4);
      for (const group of COMMODITY_GROUPS) {
        const daily = DAILY.get(group) ?? new Map();
        const before = meanOver(daily, fromDayNumber(lebaran - 14), fromDayNumber(lebaran - 3));
        const yearMean = meanOver(
          daily,
          `${year}-01-01`,
          `${year}-12-31` < lastDay ? `${year}-12-31` : lastDay,
        );
        expect(before, group).toBeGreaterThan(yearMean);
      }
    },
  );

  test.each(FULL_YEARS)('%i: Sundays bring less than the average weekday (Monday–Friday)', (year) => {
    for (const group of COMMODITY_GROUPS) {
      const daily = DAILY.get(group) ?? new Map();
      const sunday = meanOver(daily, `${year}-01-01`, `${year}-12-31`, (day) => weekdayIndex(day) === 6);
      const weekday = meanOver(daily, `${year}-01-01`, `${year}-12-31`, (day) => weekdayIndex(day) <= 4);
      expect(sunday, group).toBeLessThan(weekday);
    }
  });
});
