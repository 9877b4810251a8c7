// Which part of a range a rollup (the stored weekly or monthly sums) can answer: the whole weeks
// or months inside it. The dialects read those sums for that part and day rows only for the days
// the range cuts at its edges.
import { addDays } from '../../src/domain/calendar-date';
import { nextPeriodStart, periodStart, type DateRange, type Granularity } from '../../src/domain/period';

export interface WholeSpan {
  /** The first day of the first whole period. */
  first: string;
  /** The first day after the last whole period; equal to `first` when none fits. */
  end: string;
}

/** The whole weeks (Monday to Sunday) or months of the range as [first, end). */
function wholePeriods(range: DateRange, unit: 'week' | 'month'): WholeSpan {
  const fromStart = periodStart(range.from, unit);
  const first = fromStart === range.from ? range.from : nextPeriodStart(fromStart, unit);
  const dayAfter = addDays(range.to, 1);
  const end = periodStart(dayAfter, unit) === dayAfter ? dayAfter : periodStart(range.to, unit);
  return first < end ? { first, end } : { first: range.from, end: range.from };
}

/**
 * The whole months of the range as [first, end) — first days of months. Only month and year
 * periods are made of whole months; for the others, and for a range without a whole month, an
 * empty span (first = end) so every day comes from the day rows.
 */
export function wholeMonths(range: DateRange, granularity: Granularity): WholeSpan {
  if (granularity !== 'month' && granularity !== 'year') return { first: range.from, end: range.from };
  return wholePeriods(range, 'month');
}

/** The whole weeks of the range for weekly periods, as [first, end) — Mondays; as wholeMonths. */
export function wholeWeeks(range: DateRange, granularity: Granularity): WholeSpan {
  if (granularity !== 'week') return { first: range.from, end: range.from };
  return wholePeriods(range, 'week');
}
