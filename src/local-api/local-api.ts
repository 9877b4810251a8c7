// Answers the Arus Pangan API from data held in memory. MSW serves the built-in demo dataset
// through it, and an analyst's imported dataset can be served through the same contract, so the
// HTTP client never needs to know where its data lives.
import type {
  Agreement,
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
  noStockRecorded,
  readCodes,
  readCommodities,
  readGranularity,
  readGroupBy,
  readProductionGroups,
  readRange,
  readStockEntryPoint,
  resultTooLarge,
} from '../contract/query-params';
import { groupOf, type CommodityCode, type CommodityGroup } from '../domain/commodity';
import { aggregateFlows, type FlowDimension, type FlowStore } from '../domain/flow-store';
import { periodStarts } from '../domain/period';
import { prorateProduction, type AnnualProduction } from '../domain/production';
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
  stocks: Record<
    string,
    DailyStock & { status: 'reported' | 'derived' | 'estimated' | 'synthetic'; sourceIds: string[] }
  >;
}

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
      const groupBy = readGroupBy(params);
      const commodities = readCommodities(params);
      const origins = readCodes(params, 'origin', knownOrigins);
      const entryPoints = readCodes(params, 'entryPoint', knownEntryPoints);
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
      return { from: range.from, to: range.to, granularity, groupBy, rows };
    },
    '/production': (params): ProductionResponse => {
      const range = readRange(params);
      const granularity = readGranularity(params);
      const groups = readProductionGroups(params);
      const rows = groups.flatMap((group) =>
        prorateProduction(group, dataset.ownProduction[group], range, granularity),
      );
      rows.sort((a, b) => a.period.localeCompare(b.period));
      return { from: range.from, to: range.to, granularity, rows };
    },
    '/stocks': (params): StocksResponse => {
      const range = readRange(params);
      const granularity = readGranularity(params);
      const entryPoint = readStockEntryPoint(params);
      const stock = dataset.stocks[entryPoint];
      if (!stock) throw noStockRecorded(entryPoint);
      const rows = closingStockByPeriod(stock, range, granularity).map((row) => ({
        ...row,
        status: stock.status,
        sourceIds: stock.sourceIds,
      }));
      return { entryPoint, from: range.from, to: range.to, granularity, rows };
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
