import { toDayNumber, fromDayNumber, type IsoDate } from './calendar-date';
import { groupOf, type CommodityCode, type CommodityGroup } from './commodity';
import { weakestStatus, type DataStatus } from './data-status';
import { periodStart, periodStarts, type DateRange, type Granularity } from './period';

/** One daily series: what one origin sends of one commodity form through one entry point. */
export interface FlowSeries {
  origin: string;
  commodity: CommodityCode;
  entryPoint: string;
  status: DataStatus;
  sourceIds: readonly string[];
  /** Tonnes per day from the store's first day; NaN means "not reported", 0 means "nothing came". */
  values: Float64Array;
}

export interface FlowStore {
  firstDay: IsoDate;
  lastDay: IsoDate;
  series: readonly FlowSeries[];
}

export const FLOW_DIMENSIONS = ['commodity', 'group', 'origin', 'province', 'entryPoint'] as const;
export type FlowDimension = (typeof FLOW_DIMENSIONS)[number];

export interface FlowQuery {
  range: DateRange;
  granularity: Granularity;
  commodities?: ReadonlySet<CommodityCode>;
  origins?: ReadonlySet<string>;
  entryPoints?: ReadonlySet<string>;
  groupBy: readonly FlowDimension[];
}

export interface FlowAggregate {
  period: IsoDate;
  commodity?: CommodityCode;
  group?: CommodityGroup;
  origin?: string;
  province?: string;
  entryPoint?: string;
  /** null when no day of the period was reported for anything in the group. */
  tonnes: number | null;
  status: DataStatus;
  sourceIds: string[];
}

interface Accumulator {
  keys: Omit<FlowAggregate, 'period' | 'tonnes' | 'status' | 'sourceIds'>;
  sums: Float64Array;
  reportedDays: Int32Array;
  statuses: Set<DataStatus>;
  /** Statuses of every series in the group, used only when none of them reported anything. */
  idleStatuses: Set<DataStatus>;
  sourceIds: Set<string>;
}

/**
 * Sums daily series into periods, grouped by the requested dimensions. Works on whole-day
 * indices and typed arrays so that seven years of daily data aggregate in milliseconds.
 */
export function aggregateFlows(
  store: FlowStore,
  query: FlowQuery,
  provinceOf: (regionCode: string) => string,
): FlowAggregate[] {
  const storeFirst = toDayNumber(store.firstDay);
  const first = Math.max(toDayNumber(query.range.from), storeFirst);
  const last = Math.min(toDayNumber(query.range.to), toDayNumber(store.lastDay));
  const starts = periodStarts(query.range, query.granularity);
  if (last < first || starts.length === 0) return [];

  // Bucket of each day in the clipped range, computed once for all series.
  const bucketOfDay = new Int32Array(last - first + 1);
  let bucket = 0;
  for (let day = first; day <= last; day++) {
    const start = periodStart(fromDayNumber(day), query.granularity);
    while (starts[bucket] !== start) bucket++;
    bucketOfDay[day - first] = bucket;
  }

  const accumulators = new Map<string, Accumulator>();
  for (const series of store.series) {
    if (query.commodities && !query.commodities.has(series.commodity)) continue;
    if (query.origins && !query.origins.has(series.origin)) continue;
    if (query.entryPoints && !query.entryPoints.has(series.entryPoint)) continue;

    const keys = dimensionValues(series, query.groupBy, provinceOf);
    const key = query.groupBy.map((dimension) => keys[dimension]).join('\u0000');
    let acc = accumulators.get(key);
    if (!acc) {
      acc = {
        keys,
        sums: new Float64Array(starts.length),
        reportedDays: new Int32Array(starts.length),
        statuses: new Set(),
        idleStatuses: new Set(),
        sourceIds: new Set(),
      };
      accumulators.set(key, acc);
    }
    let contributed = false;
    const offset = first - storeFirst;
    for (let i = 0; i < bucketOfDay.length; i++) {
      const value = series.values[offset + i] ?? Number.NaN;
      if (Number.isNaN(value)) continue;
      const b = bucketOfDay[i] ?? 0;
      acc.sums[b] = (acc.sums[b] ?? 0) + value;
      acc.reportedDays[b] = (acc.reportedDays[b] ?? 0) + 1;
      contributed = true;
    }
    if (contributed) {
      acc.statuses.add(series.status);
      series.sourceIds.forEach((id) => acc.sourceIds.add(id));
    }
    acc.idleStatuses.add(series.status);
  }

  const rows: FlowAggregate[] = [];
  for (let b = 0; b < starts.length; b++) {
    for (const acc of accumulators.values()) {
      const reported = (acc.reportedDays[b] ?? 0) > 0;
      rows.push({
        period: starts[b] ?? '',
        ...acc.keys,
        tonnes: reported ? roundTonnes(acc.sums[b] ?? 0) : null,
        // A group with nothing reported carries its series' status, so an empty row never looks
        // like a reported figure.
        status: weakestStatus(acc.statuses.size > 0 ? acc.statuses : acc.idleStatuses),
        sourceIds: [...acc.sourceIds].sort(),
      });
    }
  }
  return rows;
}

function dimensionValues(
  series: FlowSeries,
  groupBy: readonly FlowDimension[],
  provinceOf: (regionCode: string) => string,
): Accumulator['keys'] {
  const keys: Accumulator['keys'] = {};
  for (const dimension of groupBy) {
    switch (dimension) {
      case 'commodity':
        keys.commodity = series.commodity;
        break;
      case 'group':
        keys.group = groupOf(series.commodity);
        break;
      case 'origin':
        keys.origin = series.origin;
        break;
      case 'province':
        keys.province = provinceOf(series.origin);
        break;
      case 'entryPoint':
        keys.entryPoint = series.entryPoint;
        break;
    }
  }
  return keys;
}

/** Tonnes are published to three decimals (kilograms); more digits would be false precision. */
export function roundTonnes(value: number): number {
  return Math.round(value * 1000) / 1000;
}
