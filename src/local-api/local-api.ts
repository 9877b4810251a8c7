// Answers the Arus Pangan API from data held in memory. MSW serves the built-in demo dataset
// through it, and an analyst's imported dataset can be served through the same contract, so the
// HTTP client never needs to know where its data lives.
import type {
  Agreement,
  BalanceResponse,
  BalanceRow,
  Need,
  Claim,
  Commodity,
  DatasetMeta,
  EntryPoint,
  FlowsResponse,
  Problem,
  ProductionResponse,
  Region,
  RegionFact,
  Source,
  StocksResponse,
} from '../contract/schemas';
import {
  BadRequest,
  DEFAULT_DESTINATION,
  noStockRecorded,
  readCodes,
  readCommodities,
  readDestination,
  readGranularity,
  readPlotWidth,
  readGroupBy,
  readProductionGroups,
  readRange,
  readStockEntryPoint,
  resultTooLarge,
} from '../contract/query-params';
import { assembleBalanceRows, balanceSeriesCount } from '../domain/balance-rows';
import { addDays, toDayNumber, type IsoDate } from '../domain/calendar-date';
import { COMMODITY_CODES, groupOf, type CommodityCode, type CommodityGroup } from '../domain/commodity';
import type { DataStatus } from '../domain/data-status';
import { aggregateFlows, type FlowDimension, type FlowStore } from '../domain/flow-store';
import type { Destination, ProductionKind } from '../domain/food-balance';
import { nextPeriodStart, periodStarts, type DateRange, type Granularity } from '../domain/period';
import { prorateProduction, type AnnualProduction } from '../domain/production';
import { closingStockByPeriod, type DailyStock } from '../domain/stock';
import { PROVINCE_CODES } from '../reference/provinces';
import { provinceOf } from '../reference/regions';
import { reduceFlowsToWidth } from './plot-reduction';

export interface LocalDataset {
  meta: DatasetMeta;
  regions: readonly Region[];
  commodities: readonly Commodity[];
  entryPoints: readonly EntryPoint[];
  sources: readonly Source[];
  claims: readonly Claim[];
  agreements: readonly Agreement[];
  regionFacts: readonly RegionFact[];
  flows: FlowStore;
  ownProduction: Record<CommodityGroup, readonly AnnualProduction[]>;
  stocks: Record<string, DailyStock & { status: DataStatus; sourceIds: string[] }>;
  /** The parts of the food balance besides the inflow; empty parts are served as no rows. */
  balance: LocalBalance;
  /** Published estimates of need, as published. */
  needs: readonly Need[];
}

/** Tonnes per day leaving Jakarta's hubs for one destination; NaN means "not reported". */
export interface OnwardSeries {
  commodity: CommodityCode;
  destination: Destination;
  status: DataStatus;
  sourceIds: readonly string[];
  firstDay: IsoDate;
  values: Float64Array;
}

export interface LocalBalance {
  onward: readonly OnwardSeries[];
  /**
   * Where each commodity's stock change comes from: a key of `stocks` (closing − opening), or a
   * statement that no stock is held (a change of 0, with the status and sources of that statement).
   */
  stockChange: Partial<
    Record<
      CommodityCode,
      { stock: string } | { none: true; status: DataStatus; sourceIds: readonly string[] }
    >
  >;
  production: readonly {
    commodity: CommodityCode;
    kind: ProductionKind;
    annual: readonly AnnualProduction[];
  }[];
}

export const EMPTY_BALANCE: LocalBalance = { onward: [], stockChange: {}, production: [] };

export interface LocalResponse {
  status: number;
  body: unknown;
  contentType: 'application/json' | 'application/problem+json';
}

export const LOCAL_API_ROUTES = [
  '/meta',
  '/regions',
  '/commodities',
  '/entry-points',
  '/sources',
  '/claims',
  '/agreements',
  '/region-facts',
  '/flows',
  '/production',
  '/stocks',
  '/balance',
  '/needs',
] as const;
export type LocalApiRoute = (typeof LOCAL_API_ROUTES)[number];

export function createLocalApi(dataset: LocalDataset) {
  const toProvince = provinceOf(dataset.regions);
  const knownOrigins = new Set(dataset.regions.map((r) => r.code));
  const knownEntryPoints = new Set(dataset.entryPoints.map((e) => e.code));
  // An in-memory dataset holds the inflows of one destination (the demo and imports: Jakarta's);
  // any other province is answered with no rows, under its own code.
  const heldDestination = dataset.meta.destinations?.[0] ?? DEFAULT_DESTINATION;
  const destinationOf = (params: URLSearchParams) => {
    const destination = readDestination(params, PROVINCE_CODES);
    return { destination, held: destination === heldDestination };
  };

  const routes: Record<LocalApiRoute, (params: URLSearchParams) => unknown> = {
    '/meta': () => dataset.meta,
    '/regions': () => dataset.regions,
    '/commodities': () => dataset.commodities,
    '/entry-points': () => dataset.entryPoints,
    '/sources': () => dataset.sources,
    '/claims': () => dataset.claims,
    '/agreements': () => dataset.agreements,
    '/region-facts': (params) => {
      const regions = readCodes(params, 'region', knownOrigins);
      return regions
        ? dataset.regionFacts.filter((fact) => regions.includes(fact.regionCode))
        : dataset.regionFacts;
    },
    '/flows': (params): FlowsResponse => {
      const range = readRange(params);
      const granularity = readGranularity(params);
      const groupBy = readGroupBy(params);
      const commodities = readCommodities(params);
      const origins = readCodes(params, 'origin', knownOrigins);
      const entryPoints = readCodes(params, 'entryPoint', knownEntryPoints);
      const width = readPlotWidth(params);
      const { destination, held } = destinationOf(params);
      if (!held) return { from: range.from, to: range.to, destination, granularity, groupBy, rows: [] };
      const groups = countGroups(dataset.flows, groupBy, toProvince, commodities, origins, entryPoints);
      const expectedRows = periodStarts(range, granularity).length * groups;
      if (expectedRows > dataset.meta.maxRows) throw resultTooLarge(expectedRows, dataset.meta.maxRows);
      const rows = aggregateFlows(
        dataset.flows,
        {
          range,
          granularity,
          groupBy,
          ...(commodities && { commodities: new Set(commodities) }),
          ...(origins && { origins: new Set(origins) }),
          ...(entryPoints && { entryPoints: new Set(entryPoints) }),
        },
        toProvince,
      );
      const reduced = reduceFlowsToWidth(rows, groupBy, width);
      return {
        from: range.from,
        to: range.to,
        destination,
        granularity,
        groupBy,
        ...(reduced.reduction && { reduction: reduced.reduction }),
        rows: reduced.rows,
      };
    },
    '/production': (params): ProductionResponse => {
      const range = readRange(params);
      const granularity = readGranularity(params);
      const groups = readProductionGroups(params);
      const { destination, held } = destinationOf(params);
      if (!held) return { from: range.from, to: range.to, destination, granularity, rows: [] };
      // Keys in the contract's order, so every server sends the same JSON text.
      const rows = groups.flatMap((group) =>
        prorateProduction(group, dataset.ownProduction[group], range, granularity).map(
          ({ period, tonnes, status, sourceIds }) => ({ period, group, tonnes, status, sourceIds }),
        ),
      );
      rows.sort((a, b) => a.period.localeCompare(b.period));
      return { from: range.from, to: range.to, destination, granularity, rows };
    },
    '/stocks': (params): StocksResponse => {
      const range = readRange(params);
      const granularity = readGranularity(params);
      const entryPoint = readStockEntryPoint(params);
      const { destination, held } = destinationOf(params);
      if (!held) return { entryPoint, from: range.from, to: range.to, destination, granularity, rows: [] };
      const stock = dataset.stocks[entryPoint];
      if (!stock) throw noStockRecorded(entryPoint);
      const rows = closingStockByPeriod(stock, range, granularity).map((row) => ({
        ...row,
        status: stock.status,
        sourceIds: stock.sourceIds,
      }));
      return { entryPoint, from: range.from, to: range.to, destination, granularity, rows };
    },
    '/balance': (params): BalanceResponse => {
      const range = readRange(params);
      const granularity = readGranularity(params);
      const commodities = readCommodities(params) ?? COMMODITY_CODES;
      const { destination, held } = destinationOf(params);
      if (!held) return { from: range.from, to: range.to, destination, granularity, rows: [] };
      const { balance } = dataset;
      const parts = {
        ...balance,
        stockChange: (commodity: CommodityCode) => balance.stockChange[commodity],
        stock: (key: string) => dataset.stocks[key],
      };
      const expectedRows = periodStarts(range, granularity).length * balanceSeriesCount(parts, commodities);
      if (expectedRows > dataset.meta.maxRows) throw resultTooLarge(expectedRows, dataset.meta.maxRows);
      const rows: BalanceRow[] = assembleBalanceRows(
        parts,
        {
          onward: (series) => sumByPeriod(series, range, granularity),
          stockChange: (key) => {
            const stock = dataset.stocks[key];
            return stock ? stockChangeByPeriod(stock, range, granularity) : [];
          },
        },
        commodities,
        range,
        granularity,
      );
      return { from: range.from, to: range.to, destination, granularity, rows };
    },
    '/needs': (params) => {
      const from = params.get('from');
      const to = params.get('to');
      // The needs published are Jakarta's (or, for another dataset, its one destination's).
      if (!destinationOf(params).held) return [];
      if (!from && !to) return dataset.needs;
      const range = readRange(params);
      return dataset.needs.filter((need) => need.from <= range.to && need.to >= range.from);
    },
  };

  return {
    handle(route: string, params: URLSearchParams): LocalResponse {
      const handler = (routes as Record<string, ((p: URLSearchParams) => unknown) | undefined>)[route];
      if (!handler) return problem({ title: 'Not found', status: 404, detail: `No resource at ${route}` });
      try {
        return { status: 200, body: handler(params), contentType: 'application/json' };
      } catch (error) {
        if (error instanceof BadRequest) {
          return problem({
            title: error.title,
            status: error.status,
            detail: error.message,
            errors: error.errors,
          });
        }
        throw error;
      }
    },
  };
}

export type LocalApi = ReturnType<typeof createLocalApi>;

function problem(body: Omit<Problem, 'type'>): LocalResponse {
  return {
    status: body.status,
    body: { type: 'about:blank', ...body },
    contentType: 'application/problem+json',
  };
}

/** Sums a daily series into periods; null for a period with no reported day (a gap, not 0). */
function sumByPeriod(series: OnwardSeries, range: DateRange, granularity: Granularity): (number | null)[] {
  const first = toDayNumber(series.firstDay);
  return periodStarts(range, granularity).map((start) => {
    const from = Math.max(toDayNumber(start), toDayNumber(range.from));
    const to = Math.min(toDayNumber(nextPeriodStart(start, granularity)) - 1, toDayNumber(range.to));
    let sum = 0;
    let reported = false;
    for (let day = from; day <= to; day++) {
      const value = series.values[day - first];
      if (value === undefined || Number.isNaN(value)) continue;
      sum += value;
      reported = true;
    }
    return reported ? Math.round(sum * 1000) / 1000 : null;
  });
}

/**
 * Closing stock at the end of each period minus the closing stock of the day before it starts
 * (both inside the range's reach): positive when stock was built up. Null when either end is not
 * reported.
 */
function stockChangeByPeriod(
  stock: DailyStock,
  range: DateRange,
  granularity: Granularity,
): (number | null)[] {
  const first = toDayNumber(stock.firstDay);
  const at = (date: IsoDate) => {
    const value = stock.values[toDayNumber(date) - first];
    return value === undefined || Number.isNaN(value) ? null : value;
  };
  return periodStarts(range, granularity).map((start) => {
    const opening = at(addDays(start < range.from ? range.from : start, -1));
    const end = addDays(nextPeriodStart(start, granularity), -1);
    const closing = at(end > range.to ? range.to : end);
    return opening === null || closing === null ? null : Math.round((closing - opening) * 1000) / 1000;
  });
}

/** How many groups the query makes: one pass over the series (dozens), not over the days. */
function countGroups(
  store: FlowStore,
  groupBy: readonly FlowDimension[],
  provinceOfOrigin: (code: string) => string,
  commodities: readonly CommodityCode[] | undefined,
  origins: readonly string[] | undefined,
  entryPoints: readonly string[] | undefined,
): number {
  if (groupBy.length === 0) return 1;
  const keys = new Set<string>();
  for (const series of store.series) {
    if (commodities && !commodities.includes(series.commodity)) continue;
    if (origins && !origins.includes(series.origin)) continue;
    if (entryPoints && !entryPoints.includes(series.entryPoint)) continue;
    const values: Record<FlowDimension, string> = {
      commodity: series.commodity,
      group: groupOf(series.commodity),
      origin: series.origin,
      province: provinceOfOrigin(series.origin),
      entryPoint: series.entryPoint,
    };
    keys.add(groupBy.map((dimension) => values[dimension]).join('\u0000'));
  }
  return Math.max(1, keys.size);
}
