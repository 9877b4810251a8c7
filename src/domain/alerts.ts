import { isIsoDate, toDayNumber, type IsoDate } from './calendar-date';
import { nextPeriodStart, periodStarts, type DateRange } from './period';
import {
  dailySeries,
  ratePerDayOfDays,
  seasonalNormOfDays,
  windowSum,
  type HolidayCalendar,
  type NormAlignment,
} from './seasonal-norm';

export interface AlertThresholds {
  /** Alert when supply falls this fraction below its seasonal norm (0.15 = 15 % below). */
  belowNormFraction: number;
  /** Alert when one origin sends more than this fraction of a period's supply. */
  originShareFraction: number;
  /** Alert when the stock would last fewer than this many days of consumption. */
  stockCoverDays: number;
}

// Starting points a user can change: 15 % below norm is beyond the usual week-to-week noise of
// the inflow series, 40 % from one origin means a single region's harvest or road can cut the
// city's supply noticeably, and ten days is a short runway to bring in replacement supply.
export const DEFAULT_ALERT_THRESHOLDS: AlertThresholds = {
  belowNormFraction: 0.15,
  originShareFraction: 0.4,
  stockCoverDays: 10,
};

export type AlertKind = 'below-norm' | 'origin-share' | 'stock-cover';

/** The norm a below-norm alert was measured against, so the alert can say what it means. */
export interface AlertNorm {
  /**
   * The norm for the alert's whole period: the period's tonnes scaled by the earlier years' level
   * against this period's on the days both can be compared (quiet weekdays left out).
   */
  tonnes: number;
  /** `tonnes` per day of the period. */
  ratePerDay: number;
  yearsFound: number;
  yearsRequested: number;
  alignment: NormAlignment;
}

export interface Alert {
  /** Start of the period the alert is about. */
  date: string;
  /** The period's granularity, so the alert can point at the chart and period that show it. */
  granularity: AlertGranularity;
  /** A commodity group ('rice') or form ('meat-beef'). */
  group: string;
  kind: AlertKind;
  /** What was observed: tonnes (below-norm), a 0–1 share (origin-share) or days (stock-cover). */
  value: number;
  /** The threshold in force: a fraction for below-norm and origin-share, days for stock-cover. */
  threshold: number;
  norm?: AlertNorm;
  origin?: string;
  /** For an alert that holds over consecutive periods: the start of the last one. */
  until?: string;
  /** How many consecutive periods the alert covers (1 when absent). */
  periods?: number;
}

export type AlertGranularity = 'day' | 'week' | 'month';

/** Years the seasonal norm looks back, as the alerts panel states it. */
export const NORM_LOOK_BACK_YEARS = 3;

export interface BelowNormResult {
  alerts: Alert[];
  /** Starts of the periods cut by the range: they are not assessed, never compared with a full one. */
  partial: IsoDate[];
}

/**
 * Whole periods inside `range` whose per-day supply falls more than `thresholdFraction` below
 * their seasonal norm (see seasonal-norm.ts). `daily` holds one group's tonnes per day over the
 * range and the look-back before it. Periods cut by the range are listed in `partial` and raise
 * nothing; periods without a value or without a norm raise nothing either: a gap is shown as a
 * gap elsewhere, not as a shortfall.
 */
export function belowNormAlerts(input: {
  daily: readonly { period: string; tonnes: number | null }[];
  range: DateRange;
  granularity: AlertGranularity;
  group: string;
  thresholdFraction: number;
  lookBackYears?: number;
  holidays?: HolidayCalendar;
}): BelowNormResult {
  const { range, granularity, group, thresholdFraction } = input;
  const lookBackYears = input.lookBackYears ?? NORM_LOOK_BACK_YEARS;
  const series = dailySeries(input.daily);
  const alerts: Alert[] = [];
  const partial: IsoDate[] = [];
  if (!isIsoDate(range.from) || !isIsoDate(range.to) || range.from > range.to) return { alerts, partial };
  // By day number: a seven-year range has hundreds of weeks, each read against earlier years.
  const rangeFrom = toDayNumber(range.from);
  const rangeTo = toDayNumber(range.to);
  for (const start of periodStarts(range, granularity)) {
    const from = toDayNumber(start);
    const to = toDayNumber(nextPeriodStart(start, granularity)) - 1;
    // A period the range cuts holds fewer days than a whole one (isPartialPeriod).
    if (from < rangeFrom || to > rangeTo) {
      partial.push(start);
      continue;
    }
    if (ratePerDayOfDays(series, from, to) === null) continue;
    const observed = windowSum(series, from, to);
    const norm = seasonalNormOfDays(series, from, to, lookBackYears, input.holidays);
    if (norm.ratePerDay === null || norm.observedRatePerDay === null) continue;
    // Judged on the comparable days only (see seasonal-norm.ts), so a quiet Sunday in this period
    // against a busy day in an earlier one is not read as a shortfall.
    if (norm.observedRatePerDay < norm.ratePerDay * (1 - thresholdFraction)) {
      const days = to - from + 1;
      // The norm for the whole period: this period's tonnes at the earlier years' level on the
      // comparable days, so it carries this period's own mix of weekdays.
      const normTonnes =
        norm.observedRatePerDay > 0
          ? observed.tonnes * (norm.ratePerDay / norm.observedRatePerDay)
          : norm.ratePerDay * days;
      alerts.push({
        date: start,
        granularity,
        group,
        kind: 'below-norm',
        value: observed.tonnes,
        threshold: thresholdFraction,
        norm: {
          tonnes: normTonnes,
          ratePerDay: normTonnes / days,
          yearsFound: norm.yearsFound,
          yearsRequested: norm.yearsRequested,
          alignment: norm.alignment,
        },
      });
    }
  }
  return { alerts, partial };
}

/**
 * Origins that sent more than `thresholdFraction` of a period's supply. Rows without an origin
 * count towards the period's total (they are real supply) but are never named in an alert, since
 * there is no region to point at. Within a period the largest share comes first.
 */
export function originShareAlerts(
  rows: readonly { period: string; origin?: string; tonnes: number | null }[],
  group: string,
  thresholdFraction: number,
  granularity: AlertGranularity,
): Alert[] {
  const periods = new Map<string, { total: number; byOrigin: Map<string, number> }>();
  for (const { period, origin, tonnes } of rows) {
    if (tonnes === null || !Number.isFinite(tonnes) || tonnes <= 0) continue;
    const entry = periods.get(period) ?? { total: 0, byOrigin: new Map<string, number>() };
    entry.total += tonnes;
    if (origin !== undefined && origin !== '') {
      entry.byOrigin.set(origin, (entry.byOrigin.get(origin) ?? 0) + tonnes);
    }
    periods.set(period, entry);
  }
  const alerts: Alert[] = [];
  for (const period of [...periods.keys()].sort()) {
    const entry = periods.get(period);
    if (!entry || entry.total <= 0) continue;
    const found: Alert[] = [];
    for (const [origin, tonnes] of entry.byOrigin) {
      const share = tonnes / entry.total;
      if (share > thresholdFraction) {
        found.push({
          date: period,
          granularity,
          group,
          kind: 'origin-share',
          value: share,
          threshold: thresholdFraction,
          origin,
        });
      }
    }
    found.sort((a, b) => b.value - a.value || compareCodes(a.origin ?? '', b.origin ?? ''));
    alerts.push(...found);
  }
  return alerts;
}

// The only stock series the data has is rice at Pasar Induk Beras Cipinang, so stock alerts are
// about rice.
const STOCK_GROUP = 'rice';

/**
 * Periods whose closing stock would last fewer than `thresholdDays` days of consumption. Nothing
 * is raised for unreported stock, or when the consumption rate is unknown (≤ 0 or not finite).
 */
export function stockCoverAlerts(
  rows: readonly { period: string; closingTonnes: number | null }[],
  dailyConsumptionTonnes: number,
  thresholdDays: number,
  granularity: AlertGranularity,
): Alert[] {
  if (!Number.isFinite(dailyConsumptionTonnes) || dailyConsumptionTonnes <= 0) return [];
  const alerts: Alert[] = [];
  for (const { period, closingTonnes } of rows) {
    if (closingTonnes === null || !Number.isFinite(closingTonnes)) continue;
    const days = closingTonnes / dailyConsumptionTonnes;
    if (days < thresholdDays) {
      alerts.push({
        date: period,
        granularity,
        group: STOCK_GROUP,
        kind: 'stock-cover',
        value: days,
        threshold: thresholdDays,
      });
    }
  }
  return alerts;
}

/**
 * Merges alerts of the same kind, group and origin that hold in consecutive periods into one,
 * dated by its first period, with `until` and `periods`, and the largest value of the run. A
 * region that sends 70 % of the beef every month is one standing fact, not twelve alarms.
 */
export function mergeConsecutive(alerts: readonly Alert[]): Alert[] {
  const byKey = new Map<string, Alert[]>();
  for (const alert of alerts) {
    const key = [alert.kind, alert.group, alert.origin ?? '', alert.granularity].join('\u0000');
    byKey.set(key, [...(byKey.get(key) ?? []), alert]);
  }
  const merged: Alert[] = [];
  for (const group of byKey.values()) {
    const runs: Alert[] = [];
    for (const alert of [...group].sort((a, b) => compareCodes(a.date, b.date))) {
      const last = runs.at(-1);
      if (last && nextPeriodStart(last.until ?? last.date, alert.granularity) === alert.date) {
        last.until = alert.date;
        last.periods = (last.periods ?? 1) + 1;
        last.value = Math.max(last.value, alert.value);
      } else {
        runs.push({ ...alert });
      }
    }
    merged.push(...runs);
  }
  return merged;
}

/** Code-point order, so the list reads the same whatever the reader's language. */
function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Newest first, then by group and kind. The sort is stable, so alerts that tie keep the order
 * their producer gave them (the largest origin share first). Returns a new array.
 */
export function sortAlerts(alerts: readonly Alert[]): Alert[] {
  return [...alerts].sort(
    (a, b) => compareCodes(b.date, a.date) || compareCodes(a.group, b.group) || compareCodes(a.kind, b.kind),
  );
}
