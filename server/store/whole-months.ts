// Which part of a range a monthly rollup can answer: the whole months inside it. Both dialects
// read month totals for those and day rows only for the months the range cuts at its edges.
import { addDays } from '../../src/domain/calendar-date';
import { nextPeriodStart, type DateRange, type Granularity } from '../../src/domain/period';

/**
 * The whole months of the range as [first, end) — first days of months. Only month and year
 * periods are made of whole months; for the others, and for a range without a whole month, an
 * empty span (first = end) so every day comes from the day rows.
 */
export function wholeMonths(range: DateRange, granularity: Granularity): { first: string; end: string } {
  const none = { first: range.from, end: range.from };
  if (granularity !== 'month' && granularity !== 'year') return none;
  const first = range.from.endsWith('-01')
    ? range.from
    : nextPeriodStart(`${range.from.slice(0, 7)}-01`, 'month');
  const dayAfter = addDays(range.to, 1);
  const end = dayAfter.endsWith('-01') ? dayAfter : `${range.to.slice(0, 7)}-01`;
  return first < end ? { first, end } : none;
}
