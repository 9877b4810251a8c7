import { fromDayNumber, isIsoDate, toDayNumber, type IsoDate } from './calendar-date';
import { eventsOfKind } from './calendar-events';
import type { DateRange } from './period';

// What a period "usually" brings, built so that like is compared with like:
// - per-day rates, so a period of any length compares with windows of the same length;
// - windows near Idul Fitri (from a week before 1 Ramadan to two weeks after Lebaran) are compared
//   with the windows the same number of days from Lebaran in earlier (Hijri) years, because the
//   holiday moves about eleven days earlier every year and empties the markets on the day itself;
// - every other window is compared with the same weekdays 52 weeks (364 days) per year earlier,
//   which keeps fixed seasons (harvests, monsoon) in place, and skips earlier windows that fell in
//   their own year's Lebaran season, so a holiday never leaks into a fixed-season norm.

export type NormAlignment = 'lebaran' | 'calendar';

export interface SeasonalNorm {
  /** Mean tonnes per day over the earlier windows found; null when none was found. */
  ratePerDay: number | null;
  /** How many earlier years had a usable window (at most `yearsRequested`). */
  yearsFound: number;
  yearsRequested: number;
  alignment: NormAlignment;
  /** The earlier windows averaged, newest first. */
  windows: DateRange[];
}

/** Days before 1 Ramadan that already belong to the Lebaran season (shopping starts early). */
const SEASON_DAYS_BEFORE_RAMADAN = 7;
const RAMADAN_MAX_DAYS = 30;
/** Days after Lebaran during which arrivals are still catching up after the holiday. */
const SEASON_DAYS_AFTER_LEBARAN = 14;
/**
 * An earlier window counts only when at least this share of its days was reported, so a window
 * that is mostly a gap does not stand for a whole year.
 */
const MIN_REPORTED_SHARE = 0.5;

export interface HolidayCalendar {
  /** Idul Fitri (1 Syawal) dates, ascending. */
  lebaran: readonly IsoDate[];
  /** 1 Ramadan dates, ascending. */
  ramadanStart: readonly IsoDate[];
}

export const INDONESIAN_HOLIDAYS: HolidayCalendar = {
  lebaran: eventsOfKind('lebaran'),
  ramadanStart: eventsOfKind('ramadan-start'),
};

/** Tonnes per day, indexed by day number; NaN for a day that was not reported. */
export interface DailySeries {
  firstDay: number;
  values: Float64Array;
}

/** A daily series from rows of one day each; duplicate days are summed, null means not reported. */
export function dailySeries(rows: readonly { period: string; tonnes: number | null }[]): DailySeries {
  const days = rows.filter((row) => isIsoDate(row.period)).map((row) => toDayNumber(row.period));
  if (days.length === 0) return { firstDay: 0, values: new Float64Array(0) };
  const firstDay = Math.min(...days);
  const values = new Float64Array(Math.max(...days) - firstDay + 1).fill(Number.NaN);
  for (const row of rows) {
    if (!isIsoDate(row.period) || row.tonnes === null || !Number.isFinite(row.tonnes)) continue;
    const index = toDayNumber(row.period) - firstDay;
    const before = values[index] ?? Number.NaN;
    values[index] = (Number.isNaN(before) ? 0 : before) + row.tonnes;
  }
  return { firstDay, values };
}

/** Tonnes and reported days inside [from, to] (day numbers, inclusive). */
function windowSum(series: DailySeries, from: number, to: number): { tonnes: number; reportedDays: number } {
  let tonnes = 0;
  let reportedDays = 0;
  for (let day = from; day <= to; day++) {
    const value = series.values[day - series.firstDay];
    if (value === undefined || Number.isNaN(value)) continue;
    tonnes += value;
    reportedDays++;
  }
  return { tonnes, reportedDays };
}

/** Tonnes and reported days of a window. */
export function windowTonnes(
  series: DailySeries,
  window: DateRange,
): { tonnes: number; reportedDays: number } {
  return windowSum(series, toDayNumber(window.from), toDayNumber(window.to));
}

/** The mean tonnes per day of a window over its reported days; null below the reported minimum. */
export function ratePerDay(series: DailySeries, window: DateRange): number | null {
  const from = toDayNumber(window.from);
  const to = toDayNumber(window.to);
  const { tonnes, reportedDays } = windowSum(series, from, to);
  if (reportedDays === 0 || reportedDays < (to - from + 1) * MIN_REPORTED_SHARE) return null;
  return tonnes / reportedDays;
}

/** The Lebaran (its index in the calendar) whose season the window overlaps, or null. */
export function lebaranSeasonOf(window: DateRange, holidays: HolidayCalendar): number | null {
  const from = toDayNumber(window.from);
  const to = toDayNumber(window.to);
  for (let i = 0; i < holidays.lebaran.length; i++) {
    const lebaranDate = holidays.lebaran[i];
    if (lebaranDate === undefined) continue;
    const lebaran = toDayNumber(lebaranDate);
    // Ramadan lasts 29 or 30 days; without its date the season starts 30 days before Lebaran.
    const ramadan = holidays.ramadanStart.find(
      (start) => start < lebaranDate && toDayNumber(start) >= lebaran - RAMADAN_MAX_DAYS,
    );
    const seasonStart =
      (ramadan ? toDayNumber(ramadan) : lebaran - RAMADAN_MAX_DAYS) - SEASON_DAYS_BEFORE_RAMADAN;
    const seasonEnd = lebaran + SEASON_DAYS_AFTER_LEBARAN;
    if (from <= seasonEnd && to >= seasonStart) return i;
  }
  return null;
}

/**
 * The seasonal norm of `window`: the mean per-day rate of the matching window in each of the
 * `lookBackYears` years before it (exactly those years, never more), aligned to Lebaran or to
 * the calendar as described above. Years without a usable window are skipped and not counted.
 */
export function seasonalNorm(
  series: DailySeries,
  window: DateRange,
  lookBackYears: number,
  holidays: HolidayCalendar = INDONESIAN_HOLIDAYS,
): SeasonalNorm {
  const from = toDayNumber(window.from);
  const length = toDayNumber(window.to) - from;
  const season = lebaranSeasonOf(window, holidays);
  const alignment: NormAlignment = season === null ? 'calendar' : 'lebaran';
  const windows: DateRange[] = [];
  let rateSum = 0;
  for (let k = 1; k <= lookBackYears; k++) {
    let earlierFrom: number;
    if (season !== null) {
      const earlierLebaran = holidays.lebaran[season - k];
      const lebaran = holidays.lebaran[season];
      if (earlierLebaran === undefined || lebaran === undefined) continue;
      earlierFrom = toDayNumber(earlierLebaran) + (from - toDayNumber(lebaran));
    } else {
      earlierFrom = from - 364 * k;
    }
    const earlier = { from: fromDayNumber(earlierFrom), to: fromDayNumber(earlierFrom + length) };
    // A fixed-season norm must not borrow a week that held an earlier year's Lebaran.
    if (season === null && lebaranSeasonOf(earlier, holidays) !== null) continue;
    const rate = ratePerDay(series, earlier);
    if (rate === null) continue;
    rateSum += rate;
    windows.push(earlier);
  }
  return {
    ratePerDay: windows.length > 0 ? rateSum / windows.length : null,
    yearsFound: windows.length,
    yearsRequested: lookBackYears,
    alignment,
    windows,
  };
}
