import {
  addDays,
  addMonths,
  fromDayNumber,
  isIsoDate,
  toDayNumber,
  weekdayIndex,
  type IsoDate,
} from './calendar-date';

export const GRANULARITIES = ['day', 'week', 'month', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

/** The first day of the period (of the given granularity) that contains `date`. Weeks start on Monday. */
export function periodStart(date: IsoDate, granularity: Granularity): IsoDate {
  switch (granularity) {
    case 'day':
      return date;
    case 'week': {
      const day = toDayNumber(date);
      return fromDayNumber(day - weekdayIndex(day));
    }
    case 'month':
      return `${date.slice(0, 7)}-01`;
    case 'year':
      return `${date.slice(0, 4)}-01-01`;
  }
}

/** The first day of the period after the one starting at `start`. */
export function nextPeriodStart(start: IsoDate, granularity: Granularity): IsoDate {
  switch (granularity) {
    case 'day':
      return addDays(start, 1);
    case 'week':
      return addDays(start, 7);
    case 'month':
      return addMonths(start, 1);
    case 'year':
      return addMonths(start, 12);
  }
}

/** Start dates of every period that overlaps the range, in order. */
export function periodStarts(range: DateRange, granularity: Granularity): IsoDate[] {
  const starts: IsoDate[] = [];
  if ((granularity === 'day' || granularity === 'week') && isIsoDate(range.to)) {
    // By day number: seven years of days are listed for every daily answer.
    const step = granularity === 'day' ? 1 : 7;
    const last = toDayNumber(range.to);
    for (let day = toDayNumber(periodStart(range.from, granularity)); day <= last; day += step) {
      starts.push(fromDayNumber(day));
    }
    return starts;
  }
  for (let p = periodStart(range.from, granularity); p <= range.to; p = nextPeriodStart(p, granularity)) {
    starts.push(p);
  }
  return starts;
}

/**
 * How many periods overlap the range: periodStarts(range, granularity).length, by arithmetic.
 * Panels ask it on every render to pick their granularity, and listing the days of seven years to
 * count them cost a long task.
 */
export function periodCount(range: DateRange, granularity: Granularity): number {
  const first = periodStart(range.from, granularity);
  if (first > range.to) return 0;
  const last = periodStart(range.to, granularity);
  switch (granularity) {
    case 'day':
      return toDayNumber(last) - toDayNumber(first) + 1;
    case 'week':
      return (toDayNumber(last) - toDayNumber(first)) / 7 + 1;
    case 'month':
      return monthIndex(last) - monthIndex(first) + 1;
    case 'year':
      return Number(last.slice(0, 4)) - Number(first.slice(0, 4)) + 1;
  }
}

const monthIndex = (date: IsoDate) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));

/** How many days of the range fall in the period starting at `start`. */
export function daysCoveredInPeriod(start: IsoDate, granularity: Granularity, range: DateRange): number {
  const first = Math.max(toDayNumber(start), toDayNumber(range.from));
  const last = Math.min(toDayNumber(nextPeriodStart(start, granularity)) - 1, toDayNumber(range.to));
  return Math.max(0, last - first + 1);
}

/**
 * True when the range cuts the period starting at `start`: its first or last days lie outside.
 * Such a period holds fewer days than a whole one, so its total must never be read against a
 * whole period's (a three-day week is not a collapse).
 */
export function isPartialPeriod(start: IsoDate, granularity: Granularity, range: DateRange): boolean {
  return daysCoveredInPeriod(start, granularity, range) < periodLengthDays(start, granularity);
}

/** Starts of the periods the range cuts: at most the first and the last. */
export function partialPeriodStarts(range: DateRange, granularity: Granularity): IsoDate[] {
  return periodStarts(range, granularity).filter((start) => isPartialPeriod(start, granularity, range));
}

export function periodLengthDays(start: IsoDate, granularity: Granularity): number {
  return toDayNumber(nextPeriodStart(start, granularity)) - toDayNumber(start);
}

/** The range of equal length that ends the day before `range` starts. */
export function previousRange(range: DateRange): DateRange {
  const length = toDayNumber(range.to) - toDayNumber(range.from) + 1;
  return { from: addDays(range.from, -length), to: addDays(range.from, -1) };
}

/** The same calendar range one year earlier (29 February falls back to 28 February). */
export function sameRangeYearBefore(range: DateRange): DateRange {
  return { from: addMonths(range.from, -12), to: addMonths(range.to, -12) };
}

export interface ComparisonRanges {
  /** The range of equal length just before; null when the data does not cover all of it. */
  previous: DateRange | null;
  /** The same calendar range a year earlier; null when the data does not cover all of it. */
  yearBefore: DateRange | null;
  /** True when both are the same days (a twelve-month range): one comparison, not two. */
  same: boolean;
}

function within(range: DateRange, coverage: DateRange): boolean {
  return range.from >= coverage.from && range.to <= coverage.to;
}

/**
 * The ranges a period's totals are compared with. A comparison range the data covers only in
 * part would set a full total against a partial one and show a fall that never happened, so it
 * is dropped instead.
 */
export function comparisonRanges(range: DateRange, coverage: DateRange): ComparisonRanges {
  const previous = previousRange(range);
  const yearBefore = sameRangeYearBefore(range);
  return {
    previous: within(previous, coverage) ? previous : null,
    yearBefore: within(yearBefore, coverage) ? yearBefore : null,
    same: previous.from === yearBefore.from && previous.to === yearBefore.to,
  };
}

/** The `months` whole calendar months that end with the month containing `lastDay`. */
export function trailingMonths(lastDay: IsoDate, months: number): DateRange {
  const lastMonthStart = periodStart(lastDay, 'month');
  return {
    from: addMonths(lastMonthStart, -(months - 1)),
    to: addDays(nextPeriodStart(lastMonthStart, 'month'), -1),
  };
}

const COARSER: readonly Granularity[] = ['day', 'week', 'month', 'year'];

/** The requested granularity, or the next coarser one that keeps the range within maxPeriods. */
export function granularityForPeriods(
  range: DateRange,
  requested: Granularity,
  maxPeriods: number,
): Granularity {
  for (const granularity of COARSER.slice(COARSER.indexOf(requested))) {
    if (periodCount(range, granularity) <= maxPeriods) return granularity;
  }
  return 'year';
}
