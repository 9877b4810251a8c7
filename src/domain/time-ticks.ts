// Where a time axis puts its labels: on whole days, weeks, month starts or year starts, as many as
// fit. Computed here rather than by the chart library, which would measure every candidate label
// in the page (a forced layout each) to find out which ones fit.
import { fromDayNumber, toDayNumber } from './calendar-date';

const DAY_STEPS = [1, 2, 7, 14];
const MONTH_STEPS = [1, 2, 3, 6];
const YEAR_STEPS = [1, 2, 5, 10, 20, 50];

/** Month starts from the month of `firstDay` to `lastDay`, every `step` months (Jan, Apr … for 3). */
function monthStarts(firstDay: number, lastDay: number, step: number): number[] {
  const first = fromDayNumber(firstDay);
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7)) - 1;
  const ticks: number[] = [];
  for (;;) {
    if (month % step === 0) {
      const day = Date.UTC(year, month, 1) / 86_400_000;
      if (day > lastDay) break;
      if (day >= firstDay) ticks.push(day);
    }
    month += 1;
    if (month === 12) {
      month = 0;
      year += 1;
    }
    if (Date.UTC(year, month, 1) / 86_400_000 > lastDay) break;
  }
  return ticks;
}

function yearStarts(firstDay: number, lastDay: number, step: number): number[] {
  const ticks: number[] = [];
  const firstYear = Number(fromDayNumber(firstDay).slice(0, 4));
  const lastYear = Number(fromDayNumber(lastDay).slice(0, 4));
  for (let year = Math.ceil(firstYear / step) * step; year <= lastYear; year += step) {
    const day = toDayNumber(`${String(year).padStart(4, '0')}-01-01`);
    if (day >= firstDay) ticks.push(day);
  }
  return ticks;
}

/**
 * Day numbers for at most `maxTicks` labels between `firstDay` and `lastDay` (day numbers,
 * inclusive), on the finest of: every 1, 2, 7 or 14 days (from the first day); every 1, 2, 3 or 6
 * months (month starts); every 1, 2, 5, 10 … years (1 January). The first day alone when nothing
 * finer fits, or the range is a single day.
 */
export function timeTicks(firstDay: number, lastDay: number, maxTicks: number): number[] {
  const limit = Math.max(1, Math.floor(maxTicks));
  if (!(lastDay > firstDay)) return [firstDay];
  const span = lastDay - firstDay;
  for (const step of DAY_STEPS) {
    if (Math.floor(span / step) + 1 <= limit) {
      return Array.from({ length: Math.floor(span / step) + 1 }, (_, i) => firstDay + i * step);
    }
  }
  for (const step of MONTH_STEPS) {
    const ticks = monthStarts(firstDay, lastDay, step);
    if (ticks.length <= limit && ticks.length > 0) return ticks;
  }
  for (const step of YEAR_STEPS) {
    const ticks = yearStarts(firstDay, lastDay, step);
    if (ticks.length <= limit && ticks.length > 0) return ticks;
  }
  return [firstDay];
}
