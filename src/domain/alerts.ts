import { addDays, addMonths, isIsoDate, type IsoDate } from './calendar-date';
import type { DateRange } from './period';

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

export interface Alert {
  /** Start of the period the alert is about. */
  date: string;
  group: string;
  kind: AlertKind;
  /** What was observed: tonnes (below-norm), a 0–1 share (origin-share) or days (stock-cover). */
  value: number;
  /** The threshold in force: a fraction for below-norm and origin-share, days for stock-cover. */
  threshold: number;
  norm?: number;
  origin?: string;
}

export type NormGranularity = 'day' | 'week' | 'month';

interface SeriesIndex {
  /** Tonnes per period start; null when every row of the period was "not reported". */
  byPeriod: Map<string, number | null>;
  earliest: string | null;
}

/** Duplicate periods are summed, as everywhere in the app; null only when all of them are null. */
function indexSeries(series: readonly { period: string; tonnes: number | null }[]): SeriesIndex {
  const byPeriod = new Map<string, number | null>();
  let earliest: string | null = null;
  for (const { period, tonnes } of series) {
    const known = tonnes !== null && Number.isFinite(tonnes) ? tonnes : null;
    const before = byPeriod.get(period) ?? null;
    byPeriod.set(period, known === null ? before : (before ?? 0) + known);
    // Only real dates bound the look-back; a malformed one ('' sorts first) would never end it.
    if (isIsoDate(period) && (earliest === null || period < earliest)) earliest = period;
  }
  return { byPeriod, earliest };
}

/**
 * The same window k years back. Weeks and days step back 364 days (52 weeks) so they land on the
 * same weekday: market days and weekends shape daily and weekly inflow more than the date does.
 */
function sameWindowYearsBack(period: IsoDate, granularity: NormGranularity, years: number): IsoDate {
  return granularity === 'month' ? addMonths(period, -12 * years) : addDays(period, -364 * years);
}

function normFromIndex(index: SeriesIndex, period: IsoDate, granularity: NormGranularity): number | null {
  // A malformed period has no "same window"; date arithmetic on it would throw mid-render.
  if (index.earliest === null || !isIsoDate(period)) return null;
  let sum = 0;
  let count = 0;
  for (let k = 1; ; k++) {
    const earlier = sameWindowYearsBack(period, granularity, k);
    if (earlier < index.earliest) break;
    const tonnes = index.byPeriod.get(earlier);
    if (tonnes === undefined || tonnes === null) continue;
    sum += tonnes;
    count++;
  }
  return count > 0 ? sum / count : null;
}

/**
 * The seasonal norm of `period`: the mean of the same window in every earlier year of `series`
 * (the same calendar month; for weeks and days, 364 × k days earlier). Years that are missing or
 * not reported are skipped, not counted as 0; null when no earlier year has a value.
 */
export function seasonalNorm(
  series: readonly { period: string; tonnes: number | null }[],
  period: string,
  granularity: NormGranularity,
): number | null {
  return normFromIndex(indexSeries(series), period, granularity);
}

/**
 * Periods starting inside `range` whose reported tonnes fall more than `thresholdFraction` below
 * their seasonal norm. Periods without a value or without a norm raise nothing: a gap is shown as
 * a gap elsewhere, not as a shortfall.
 */
export function belowNormAlerts(
  series: readonly { period: string; tonnes: number | null }[],
  range: DateRange,
  granularity: NormGranularity,
  group: string,
  thresholdFraction: number,
): Alert[] {
  const index = indexSeries(series);
  const alerts: Alert[] = [];
  const periods = [...index.byPeriod.keys()].filter((p) => p >= range.from && p <= range.to).sort();
  for (const period of periods) {
    const tonnes = index.byPeriod.get(period);
    if (tonnes === undefined || tonnes === null) continue;
    const norm = normFromIndex(index, period, granularity);
    if (norm === null) continue;
    if (tonnes < norm * (1 - thresholdFraction)) {
      alerts.push({
        date: period,
        group,
        kind: 'below-norm',
        value: tonnes,
        threshold: thresholdFraction,
        norm,
      });
    }
  }
  return alerts;
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
): Alert[] {
  if (!Number.isFinite(dailyConsumptionTonnes) || dailyConsumptionTonnes <= 0) return [];
  const alerts: Alert[] = [];
  for (const { period, closingTonnes } of rows) {
    if (closingTonnes === null || !Number.isFinite(closingTonnes)) continue;
    const days = closingTonnes / dailyConsumptionTonnes;
    if (days < thresholdDays) {
      alerts.push({
        date: period,
        group: STOCK_GROUP,
        kind: 'stock-cover',
        value: days,
        threshold: thresholdDays,
      });
    }
  }
  return alerts;
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
