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
import { addDays, isIsoDate, toDayNumber, type IsoDate } from '../domain/calendar-date';
import {
  COMMODITY_CODES,
  COMMODITY_GROUPS,
  expandCommoditySelection,
  groupOf,
  isCommodityCode,
  isCommodityGroup,
  type CommodityCode,
  type CommodityGroup,
} from '../domain/commodity';
import { aggregateFlows, FLOW_DIMENSIONS, type FlowDimension, type FlowStore } from '../domain/flow-store';
import {
  GRANULARITIES,
  nextPeriodStart,
  periodStarts,
  type DateRange,
  type Granularity,
} from '../domain/period';
import type { DataStatus } from '../domain/data-status';
import type { Destination, ProductionKind } from '../domain/food-balance';
import { prorateProduction, spreadAnnual, type AnnualProduction } from '../domain/production';
import { closingStockByPeriod, type DailyStock } from '../domain/stock';
import { provinceOf } from '../reference/regions';

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

type FieldError = { field: string; message: string };

class BadRequest extends Error {
  constructor(
    readonly errors: FieldError[],
    readonly status = 400,
    readonly title = 'Invalid query parameters',
  ) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join('; '));
  }
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
      const groupBy = readList(params, 'groupBy', (v): v is FlowDimension =>
        (FLOW_DIMENSIONS as readonly string[]).includes(v),
      );
      const commodities = readCommodities(params);
      const origins = readCodes(params, 'origin', knownOrigins);
      const entryPoints = readCodes(params, 'entryPoint', knownEntryPoints);
      const groups = countGroups(dataset.flows, groupBy, toProvince, commodities, origins, entryPoints);
      const expectedRows = periodStarts(range, granularity).length * groups;
      if (expectedRows > dataset.meta.maxRows) {
        throw new BadRequest(
          [
            {
              field: 'granularity',
              message: `the query would return about ${expectedRows} rows (at most ${dataset.meta.maxRows}); choose a coarser granularity or a shorter range`,
            },
          ],
          422,
          'Result too large',
        );
      }
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
      return { from: range.from, to: range.to, granularity, groupBy, rows };
    },
    '/production': (params): ProductionResponse => {
      const range = readRange(params);
      const granularity = readGranularity(params);
      const groups = readList(params, 'group', (v): v is CommodityGroup => isCommodityGroup(v)) ?? [
        ...COMMODITY_GROUPS,
      ];
      const rows = groups.flatMap((group) =>
        prorateProduction(group, dataset.ownProduction[group], range, granularity),
      );
      rows.sort((a, b) => a.period.localeCompare(b.period));
      return { from: range.from, to: range.to, granularity, rows };
    },
    '/stocks': (params): StocksResponse => {
      const range = readRange(params);
      const granularity = readGranularity(params);
      const entryPoint = params.get('entryPoint') ?? 'PIBC';
      const stock = dataset.stocks[entryPoint];
      if (!stock)
        throw new BadRequest(
          [{ field: 'entryPoint', message: `no stock is recorded for "${entryPoint}"` }],
          404,
          'Not found',
        );
      const rows = closingStockByPeriod(stock, range, granularity).map((row) => ({
        ...row,
        status: stock.status,
        sourceIds: stock.sourceIds,
      }));
      return { entryPoint, from: range.from, to: range.to, granularity, rows };
    },
    '/balance': (params): BalanceResponse => {
      const range = readRange(params);
      const granularity = readGranularity(params);
      const commodities = readCommodities(params) ?? COMMODITY_CODES;
      const starts = periodStarts(range, granularity);
      const { balance } = dataset;
      const seriesCount =
        balance.onward.filter((s) => commodities.includes(s.commodity)).length +
        balance.production.filter((p) => commodities.includes(p.commodity)).length +
        commodities.filter((c) => balance.stockChange[c]).length;
      if (starts.length * seriesCount > dataset.meta.maxRows) {
        throw new BadRequest(
          [
            {
              field: 'granularity',
              message: `the query would return about ${starts.length * seriesCount} rows (at most ${dataset.meta.maxRows}); choose a coarser granularity or a shorter range`,
            },
          ],
          422,
          'Result too large',
        );
      }
      const rows: BalanceRow[] = [];
      for (const commodity of commodities) {
        for (const series of balance.onward.filter((s) => s.commodity === commodity)) {
          sumByPeriod(series, range, granularity).forEach((tonnes, i) =>
            rows.push({
              period: starts[i] ?? range.from,
              commodity,
              item: 'onward',
              detail: series.destination,
              tonnes,
              status: series.status,
              sourceIds: [...series.sourceIds],
            }),
          );
        }
        const stockSource = balance.stockChange[commodity];
        if (stockSource && 'stock' in stockSource) {
          const stock = dataset.stocks[stockSource.stock];
          if (stock) {
            stockChangeByPeriod(stock, range, granularity).forEach((tonnes, i) =>
              rows.push({
                period: starts[i] ?? range.from,
                commodity,
                item: 'stock-change',
                detail: null,
                tonnes,
                status: stock.status,
                sourceIds: stock.sourceIds,
              }),
            );
          }
        } else if (stockSource) {
          for (const period of starts) {
            rows.push({
              period,
              commodity,
              item: 'stock-change',
              detail: null,
              tonnes: 0,
              status: stockSource.status,
              sourceIds: [...stockSource.sourceIds],
            });
          }
        }
        for (const production of balance.production.filter((p) => p.commodity === commodity)) {
          for (const row of spreadAnnual(production.annual, range, granularity)) {
            rows.push({ ...row, commodity, item: 'production', detail: production.kind });
          }
        }
      }
      rows.sort((a, b) => a.period.localeCompare(b.period));
      return { from: range.from, to: range.to, granularity, rows };
    },
    '/needs': (params) => {
      const from = params.get('from');
      const to = params.get('to');
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

function readRange(params: URLSearchParams): DateRange {
  const errors: FieldError[] = [];
  const read = (field: 'from' | 'to'): IsoDate => {
    const value = params.get(field);
    if (!value) errors.push({ field, message: 'required' });
    else if (!isIsoDate(value)) errors.push({ field, message: `"${value}" is not a date (YYYY-MM-DD)` });
    return value ?? '';
  };
  const from = read('from');
  const to = read('to');
  if (errors.length === 0 && from > to) errors.push({ field: 'to', message: 'must not be before "from"' });
  if (errors.length > 0) throw new BadRequest(errors);
  return { from, to };
}

function readGranularity(params: URLSearchParams): Granularity {
  const value = params.get('granularity') ?? 'month';
  if (!(GRANULARITIES as readonly string[]).includes(value)) {
    throw new BadRequest([
      { field: 'granularity', message: `"${value}" is not one of ${GRANULARITIES.join(', ')}` },
    ]);
  }
  return value as Granularity;
}

function splitList(params: URLSearchParams, field: string): string[] | undefined {
  const raw = params.getAll(field).flatMap((v) => v.split(','));
  const values = raw.map((v) => v.trim()).filter(Boolean);
  return values.length > 0 ? values : undefined;
}

function readList<T extends string>(
  params: URLSearchParams,
  field: string,
  isValid: (v: string) => v is T,
): T[] | undefined;
function readList<T extends string>(
  params: URLSearchParams,
  field: 'groupBy',
  isValid: (v: string) => v is T,
): T[];
function readList<T extends string>(params: URLSearchParams, field: string, isValid: (v: string) => v is T) {
  const values = splitList(params, field);
  if (!values) return field === 'groupBy' ? [] : undefined;
  const unknown = values.filter((v) => !isValid(v));
  if (unknown.length > 0)
    throw new BadRequest([{ field, message: `unknown value(s): ${unknown.join(', ')}` }]);
  return [...new Set(values)] as T[];
}

function readCommodities(params: URLSearchParams): CommodityCode[] | undefined {
  const values = readList(
    params,
    'commodity',
    (v): v is CommodityGroup | CommodityCode => isCommodityGroup(v) || isCommodityCode(v),
  );
  return values && expandCommoditySelection(values);
}

function readCodes(params: URLSearchParams, field: string, known: ReadonlySet<string>): string[] | undefined {
  return readList(params, field, (v): v is string => known.has(v));
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
