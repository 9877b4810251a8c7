import { addDays, type IsoDate } from './calendar-date';
import { nextPeriodStart, periodStart, type DateRange, type Granularity } from './period';

// A share of supply read over a single week or day follows the holiday calendar, not dependency:
// at Lebaran trucks stop for a few days while own production goes on, so the weekly share dips,
// although the city ate from what arrived in the busy weeks before. The share over time is
// therefore read over a trailing window long enough to hold the pre-holiday rush and the stop
// together: four weeks (or 28 days). A month already holds both, so months are read as they are.

/** How many periods a trailing window holds, per granularity. */
export const TRAILING_PERIODS: Record<Granularity, number> = { day: 28, week: 4, month: 1, year: 1 };

/** The first day the trailing windows of `range` reach back to. */
export function trailingFrom(range: DateRange, granularity: Granularity): IsoDate {
  const first = periodStart(range.from, granularity);
  const count = TRAILING_PERIODS[granularity];
  if (granularity === 'day') return addDays(first, -(count - 1));
  if (granularity === 'week') return addDays(first, -7 * (count - 1));
  return first;
}

export interface TrailingWindow<T> {
  /** The period the window ends with: what the chart draws the value at. */
  period: IsoDate;
  /** The days the window spans, from the start of its first period to the end of its last. */
  window: DateRange;
  /** Every item of the window's periods. */
  items: T[];
  /** False when a period of the window has no item (before the data starts, or a gap). */
  complete: boolean;
}

/**
 * One trailing window per period of `byPeriod` from the period holding `displayFrom` onwards.
 * `byPeriod` holds the items per period start, and must include the periods before
 * `displayFrom` that the windows reach back to (see `trailingFrom`).
 */
export function trailingWindows<T>(
  byPeriod: ReadonlyMap<string, readonly T[]>,
  granularity: Granularity,
  displayFrom: IsoDate,
): TrailingWindow<T>[] {
  const count = TRAILING_PERIODS[granularity];
  const firstShown = periodStart(displayFrom, granularity);
  const periods = [...byPeriod.keys()].filter((period) => period >= firstShown).sort();
  return periods.map((period) => {
    const starts = [period];
    for (let i = 1; i < count; i++) starts.unshift(previousPeriodStart(starts[0] ?? period, granularity));
    const lists = starts.map((start) => byPeriod.get(start));
    return {
      period,
      window: { from: starts[0] ?? period, to: addDays(nextPeriodStart(period, granularity), -1) },
      items: lists.flatMap((list) => list ?? []),
      complete: lists.every((list) => list !== undefined && list.length > 0),
    };
  });
}

function previousPeriodStart(start: IsoDate, granularity: Granularity): IsoDate {
  return periodStart(addDays(start, -1), granularity);
}
