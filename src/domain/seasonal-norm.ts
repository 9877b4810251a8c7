import { fromDayNumber, isIsoDate, toDayNumber, weekdayIndex, type IsoDate } from './calendar-date';
import { eventsOfKind } from './calendar-events';
import type { DateRange } from './period';

// What a period "usually" brings, built so that like is compared with like:
// - per-day rates, so a period of any length compares with windows of the same length;
// - windows near Idul Fitri (from a week before 1 Ramadan to two weeks after Lebaran) are compared
//   with the windows the same number of days from Lebaran in earlier (Hijri) years, because the
//   holiday moves about eleven days earlier every year and empties the markets on the day itself;
// - every other window is compared with the same weekdays 52 weeks (364 days) per year earlier,
//   which keeps fixed seasons (harvests, monsoon) in place, and skips earlier windows that fell in
//   their own year's Lebaran season, so a holiday never leaks into a fixed-season norm;
// - day by day: each day of the window is paired with its aligned day in the earlier year, and a
//   pair is left out when either day falls on a quiet weekday (Sunday, when PIBC takes in less
//   than a tenth of a usual day). Lebaran alignment moves the weekdays, so without this a week
//   whose Sunday meets an earlier year's ordinary Monday reads as a fall that is only the calendar.

export type NormAlignment = 'lebaran' | 'calendar';

export interface SeasonalNorm {
  /** Mean tonnes per day of the earlier years on the comparable days; null when none was found. */
  ratePerDay: number | null;
  /**
   * Mean tonnes per day of the window itself on the same comparable days, so it can be set
   * against `ratePerDay` like with like; null when no earlier year was found.
   */
  observedRatePerDay: number | null;
  /** Day pairs compared, summed over the years found. */
  comparableDays: number;
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
/** Weekdays (0 = Monday … 6 = Sunday) left out of day-by-day comparisons: the market's quiet day. */
export const QUIET_WEEKDAYS: readonly number[] = [6];

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
  // Each date is read once: the alerts build this from years of daily rows per group.
  const days = rows.map((row) => (isIsoDate(row.period) ? toDayNumber(row.period) : Number.NaN));
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = Number.NEGATIVE_INFINITY;
  for (const day of days) {
    if (Number.isNaN(day)) continue;
    if (day < firstDay) firstDay = day;
    if (day > lastDay) lastDay = day;
  }
  if (firstDay > lastDay) return { firstDay: 0, values: new Float64Array(0) };
  const values = new Float64Array(lastDay - firstDay + 1).fill(Number.NaN);
  rows.forEach((row, i) => {
    const day = days[i] ?? Number.NaN;
    if (Number.isNaN(day) || row.tonnes === null || !Number.isFinite(row.tonnes)) return;
    const index = day - firstDay;
    const before = values[index] ?? Number.NaN;
    values[index] = (Number.isNaN(before) ? 0 : before) + row.tonnes;
  });
  return { firstDay, values };
}

/** Tonnes and reported days inside [from, to] (day numbers, inclusive). */
export function windowSum(
  series: DailySeries,
  from: number,
  to: number,
): { tonnes: number; reportedDays: number } {
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

/** As ratePerDay, on day numbers (inclusive). */
export function ratePerDayOfDays(series: DailySeries, from: number, to: number): number | null {
  const { tonnes, reportedDays } = windowSum(series, from, to);
  if (reportedDays === 0 || reportedDays < (to - from + 1) * MIN_REPORTED_SHARE) return null;
  return tonnes / reportedDays;
}

/** The mean tonnes per day of a window over its reported days; null below the reported minimum. */
export function ratePerDay(series: DailySeries, window: DateRange): number | null {
  return ratePerDayOfDays(series, toDayNumber(window.from), toDayNumber(window.to));
}

/** Each Lebaran's season as day numbers, in calendar order; null where the calendar has a hole. */
type SeasonSpans = readonly ({ start: number; end: number } | null)[];

// The seasons of a calendar are worked out once: the norm asks for them for every earlier window
// of every week of a seven-year range.
const seasonSpansOf = new WeakMap<HolidayCalendar, SeasonSpans>();

function seasonSpans(holidays: HolidayCalendar): SeasonSpans {
  const known = seasonSpansOf.get(holidays);
  if (known) return known;
  const spans = holidays.lebaran.map((lebaranDate) => {
    if (lebaranDate === undefined) return null;
    const lebaran = toDayNumber(lebaranDate);
    // Ramadan lasts 29 or 30 days; without its date the season starts 30 days before Lebaran.
    const ramadan = holidays.ramadanStart.find(
      (start) => start < lebaranDate && toDayNumber(start) >= lebaran - RAMADAN_MAX_DAYS,
    );
    return {
      start: (ramadan ? toDayNumber(ramadan) : lebaran - RAMADAN_MAX_DAYS) - SEASON_DAYS_BEFORE_RAMADAN,
      end: lebaran + SEASON_DAYS_AFTER_LEBARAN,
    };
  });
  seasonSpansOf.set(holidays, spans);
  return spans;
}

/** As lebaranSeasonOf, on day numbers (inclusive). */
function seasonOfDays(from: number, to: number, holidays: HolidayCalendar): number | null {
  const spans = seasonSpans(holidays);
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    if (span && from <= span.end && to >= span.start) return i;
  }
  return null;
}

/** The Lebaran (its index in the calendar) whose season the window overlaps, or null. */
export function lebaranSeasonOf(window: DateRange, holidays: HolidayCalendar): number | null {
  return seasonOfDays(toDayNumber(window.from), toDayNumber(window.to), holidays);
}

/**
 * The seasonal norm of `window`: the per-day rate of the matching window in each of the
 * `lookBackYears` years before it (exactly those years, never more), aligned to Lebaran or to
 * the calendar as described above, on the days comparable with the window's own (both days
 * reported, neither on a quiet weekday). Years with fewer comparable days than half the window
 * are skipped and not counted.
 */
export function seasonalNorm(
  series: DailySeries,
  window: DateRange,
  lookBackYears: number,
  holidays: HolidayCalendar = INDONESIAN_HOLIDAYS,
  quietWeekdays: readonly number[] = QUIET_WEEKDAYS,
): SeasonalNorm {
  return seasonalNormOfDays(
    series,
    toDayNumber(window.from),
    toDayNumber(window.to),
    lookBackYears,
    holidays,
    quietWeekdays,
  );
}

/** As seasonalNorm, for the window of day numbers [from, to] (inclusive). */
export function seasonalNormOfDays(
  series: DailySeries,
  from: number,
  to: number,
  lookBackYears: number,
  holidays: HolidayCalendar = INDONESIAN_HOLIDAYS,
  quietWeekdays: readonly number[] = QUIET_WEEKDAYS,
): SeasonalNorm {
  const length = to - from;
  const season = seasonOfDays(from, from + length, holidays);
  const alignment: NormAlignment = season === null ? 'calendar' : 'lebaran';
  const windows: DateRange[] = [];
  let earlierTonnes = 0;
  let observedTonnes = 0;
  let comparableDays = 0;
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
    // A fixed-season norm must not borrow a week that held an earlier year's Lebaran.
    if (season === null && seasonOfDays(earlierFrom, earlierFrom + length, holidays) !== null) continue;
    const pairs = comparablePairs(series, from, earlierFrom, length + 1, quietWeekdays);
    if (pairs.days === 0 || pairs.days < (length + 1) * MIN_REPORTED_SHARE) continue;
    earlierTonnes += pairs.earlierTonnes;
    observedTonnes += pairs.observedTonnes;
    comparableDays += pairs.days;
    windows.push({ from: fromDayNumber(earlierFrom), to: fromDayNumber(earlierFrom + length) });
  }
  const found = comparableDays > 0;
  return {
    ratePerDay: found ? earlierTonnes / comparableDays : null,
    observedRatePerDay: found ? observedTonnes / comparableDays : null,
    comparableDays,
    yearsFound: windows.length,
    yearsRequested: lookBackYears,
    alignment,
    windows,
  };
}

/** Sums over the day pairs (window day, aligned earlier day) that can be compared. */
function comparablePairs(
  series: DailySeries,
  from: number,
  earlierFrom: number,
  length: number,
  quietWeekdays: readonly number[],
): { days: number; observedTonnes: number; earlierTonnes: number } {
  let days = 0;
  let observedTonnes = 0;
  let earlierTonnes = 0;
  for (let i = 0; i < length; i++) {
    if (
      quietWeekdays.includes(weekdayIndex(from + i)) ||
      quietWeekdays.includes(weekdayIndex(earlierFrom + i))
    )
      continue;
    const observed = series.values[from + i - series.firstDay];
    const earlier = series.values[earlierFrom + i - series.firstDay];
    if (observed === undefined || earlier === undefined || Number.isNaN(observed) || Number.isNaN(earlier))
      continue;
    days++;
    observedTonnes += observed;
    earlierTonnes += earlier;
  }
  return { days, observedTonnes, earlierTonnes };
}
