// The read side of the contract on the data store: the same parameter rules and error answers as
// the in-memory local API (src/contract/query-params.ts), with the figures computed by the database.
import { createHash, randomBytes } from 'node:crypto';
import type { BalanceRow, Problem, ProductionRow } from '../../src/contract/schemas';
import {
  BadRequest,
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
} from '../../src/contract/query-params';
import { assembleBalanceRows, balanceSeriesCount } from '../../src/domain/balance-rows';
import { COMMODITY_CODES, type CommodityCode } from '../../src/domain/commodity';
import { periodCount, periodStarts, type DateRange, type Granularity } from '../../src/domain/period';
import { prorateProduction } from '../../src/domain/production';
import { LOCAL_API_ROUTES, type LocalApiRoute } from '../../src/local-api/local-api';
import { reduceFlowsToWidth } from '../../src/local-api/plot-reduction';
import { JAKARTA, PROVINCE_CODES } from '../../src/reference/provinces';
import type { DataStore, ReferenceKind, RevisionContext } from '../store/data-store';

export interface ApiAnswer {
  status: number;
  body: unknown;
  contentType: 'application/json' | 'application/problem+json';
  /**
   * A weak ETag for a 200 answer, known without hashing its body: a revision never changes, so
   * the revision and the request name the answer. The process's own tag comes first, so that an
   * answer of a newer server (a change of code) never matches a tag an older one gave.
   */
  etag?: string;
}

/** Differs from one start of the server to the next. */
const PROCESS_TAG = randomBytes(6).toString('hex');

export function problemAnswer(body: Omit<Problem, 'type'>): ApiAnswer {
  return {
    status: body.status,
    body: { type: 'about:blank', ...body },
    contentType: 'application/problem+json',
  };
}

const REFERENCE_ROUTES: Partial<Record<LocalApiRoute, ReferenceKind>> = {
  '/regions': 'regions',
  '/commodities': 'commodities',
  '/entry-points': 'entry-points',
  '/sources': 'sources',
  '/claims': 'claims',
  '/agreements': 'agreements',
};

export function isReadRoute(route: string): route is LocalApiRoute {
  return (LOCAL_API_ROUTES as readonly string[]).includes(route);
}

/** Answers kept per revision: a revision never changes, so a kept answer is never stale. */
const CACHED_ANSWERS = 500;

/** Thousandths of a tonne (kilograms), rounded as the local API rounds a balance figure. */
const toKilograms = (tonnes: number) => Math.round(tonnes * 1000) / 1000;

/**
 * The food balance of a revision besides the inflow, assembled as the local API assembles it
 * (src/domain/balance-rows.ts): the database sums the onward day rows and the stock changes per
 * period; the yearly production figures (a few per series) are spread by the domain's own rule.
 */
async function balanceRows(
  store: DataStore,
  rev: number,
  commodities: readonly CommodityCode[],
  range: DateRange,
  granularity: Granularity,
  maxRows: number,
): Promise<BalanceRow[]> {
  const starts = periodStarts(range, granularity);
  const balance = await store.balance(rev);
  const stockChangeOf = new Map(balance.stockChange.map((entry) => [entry.commodity, entry]));
  const parts = {
    ...balance,
    stockChange: (commodity: CommodityCode) => stockChangeOf.get(commodity),
    stock: (key: string) => balance.stocks.get(key),
  };
  const expectedRows = starts.length * balanceSeriesCount(parts, commodities);
  if (expectedRows > maxRows) throw resultTooLarge(expectedRows, maxRows);
  const onward = balance.onward.filter((s) => commodities.includes(s.commodity));
  const sums = await store.onwardSums(
    rev,
    onward.map((s) => s.ordinal),
    range,
    granularity,
  );
  const sumOf = new Map(sums.map((sum) => [`${sum.ordinal}|${sum.period}`, sum.tonnes]));
  const stockKeys = [
    ...new Set(
      commodities.flatMap((c) => {
        const entry = stockChangeOf.get(c);
        return entry && 'stock' in entry && balance.stocks.has(entry.stock) ? [entry.stock] : [];
      }),
    ),
  ];
  const changes = await store.stockChanges(rev, stockKeys, range, granularity);
  const changeOf = new Map(changes.map((change) => [`${change.stock}|${change.period}`, change.change]));
  // A period the database has no sum or change for was not reported: a gap, not 0.
  const kilograms = (value: number | undefined) => (value === undefined ? null : toKilograms(value));
  return assembleBalanceRows(
    parts,
    {
      onward: (series) => starts.map((period) => kilograms(sumOf.get(`${series.ordinal}|${period}`))),
      stockChange: (stock) => starts.map((period) => kilograms(changeOf.get(`${stock}|${period}`))),
    },
    commodities,
    range,
    granularity,
  );
}

/** The 422 for a flows query that would read more rows than the operator allows. */
function scanBudgetExceeded(rows: number, budget: number): BadRequest {
  return new BadRequest(
    [
      {
        field: 'from',
        message: `the query would read about ${rows} stored rows (at most ${budget}, ARUS_SCAN_BUDGET_ROWS); choose a shorter range or fewer origins, commodities or entry points`,
      },
    ],
    422,
    'Query too large',
  );
}

export interface ReadApiOptions {
  /** Stored rows a flows query may read; null: no limit. */
  scanBudgetRows?: number | null;
}

export function createReadApi(store: DataStore, { scanBudgetRows = null }: ReadApiOptions = {}) {
  const cache = new Map<string, ApiAnswer>();
  const answer = async (context: RevisionContext, route: LocalApiRoute, params: URLSearchParams) => {
    const rev = context.revisionId;
    const destinations = context.meta.destinations ?? [JAKARTA];
    // Own production and stocks are the home destination's (the first), as in the local API.
    const home = destinations[0] ?? JAKARTA;
    const reference = REFERENCE_ROUTES[route];
    if (reference) return store.referenceItems(rev, reference);
    switch (route) {
      case '/meta':
        return context.meta;
      case '/region-facts':
        return store.referenceItems(rev, 'region-facts', readCodes(params, 'region', context.regionCodes));
      case '/flows': {
        const range = readRange(params);
        const granularity = readGranularity(params);
        const groupBy = readGroupBy(params);
        const commodities = readCommodities(params);
        const origins = readCodes(params, 'origin', context.regionCodes);
        const entryPoints = readCodes(params, 'entryPoint', context.entryPointCodes);
        const width = readPlotWidth(params);
        const destination = readDestination(params, PROVINCE_CODES);
        if (!destinations.includes(destination))
          return { from: range.from, to: range.to, destination, granularity, groupBy, rows: [] };
        const filter = {
          destination,
          ...(commodities && { commodities }),
          ...(origins && { origins }),
          ...(entryPoints && { entryPoints }),
        };
        // One round trip before the query, to refuse an oversized one without running it.
        const plan = await store.flowPlan(rev, filter, range, groupBy, scanBudgetRows !== null);
        if (scanBudgetRows !== null && plan.scanRows !== null && plan.scanRows > scanBudgetRows)
          throw scanBudgetExceeded(plan.scanRows, scanBudgetRows);
        const expectedRows = periodCount(range, granularity) * plan.groups;
        if (expectedRows > context.meta.maxRows) throw resultTooLarge(expectedRows, context.meta.maxRows);
        const all = await store.flows(rev, { range, granularity, groupBy, ...filter });
        const reduced = reduceFlowsToWidth(all, groupBy, width);
        return {
          from: range.from,
          to: range.to,
          destination,
          granularity,
          groupBy,
          ...(reduced.reduction && { reduction: reduced.reduction }),
          rows: reduced.rows,
        };
      }
      case '/production': {
        const range = readRange(params);
        const granularity = readGranularity(params);
        const groups = readProductionGroups(params);
        const destination = readDestination(params, PROVINCE_CODES);
        if (destination !== home)
          return { from: range.from, to: range.to, destination, granularity, rows: [] };
        const annual = await store.ownProduction(rev, groups);
        // Keys in the contract's order, so every server sends the same JSON text.
        const rows: ProductionRow[] = groups.flatMap((group) =>
          prorateProduction(group, annual.get(group) ?? [], range, granularity).map(
            ({ period, tonnes, status, sourceIds }) => ({ period, group, tonnes, status, sourceIds }),
          ),
        );
        rows.sort((a, b) => a.period.localeCompare(b.period));
        return { from: range.from, to: range.to, destination, granularity, rows };
      }
      case '/stocks': {
        const range = readRange(params);
        const granularity = readGranularity(params);
        const entryPoint = readStockEntryPoint(params);
        const destination = readDestination(params, PROVINCE_CODES);
        if (destination !== home)
          return { entryPoint, from: range.from, to: range.to, destination, granularity, rows: [] };
        if (!context.stockEntryPoints.has(entryPoint)) throw noStockRecorded(entryPoint);
        const rows = await store.stocks(rev, entryPoint, range, granularity);
        return { entryPoint, from: range.from, to: range.to, destination, granularity, rows };
      }
      case '/balance': {
        const range = readRange(params);
        const granularity = readGranularity(params);
        const commodities = readCommodities(params) ?? COMMODITY_CODES;
        const destination = readDestination(params, PROVINCE_CODES);
        if (destination !== home)
          return { from: range.from, to: range.to, destination, granularity, rows: [] };
        const rows = await balanceRows(store, rev, commodities, range, granularity, context.meta.maxRows);
        return { from: range.from, to: range.to, destination, granularity, rows };
      }
      case '/needs': {
        // The needs published are the home destination's (Jakarta's).
        if (readDestination(params, PROVINCE_CODES) !== home) return [];
        if (!params.get('from') && !params.get('to')) return store.needs(rev, null);
        return store.needs(rev, readRange(params));
      }
      default:
        throw new Error(`unrouted ${route}`);
    }
  };

  return {
    /** `datasetId` null: the default dataset. */
    async handle(datasetId: string | null, route: string, params: URLSearchParams): Promise<ApiAnswer> {
      if (!isReadRoute(route))
        return problemAnswer({ title: 'Not found', status: 404, detail: `No resource at ${route}` });
      const id = datasetId ?? (await store.defaultDatasetId());
      const context = id === null ? null : await store.revisionContext(id);
      if (!context) {
        return problemAnswer({
          title: 'Not found',
          status: 404,
          detail:
            id === null
              ? 'The server holds no dataset yet: upload one (POST /api/v1/datasets or npm run ingest).'
              : `No dataset "${id}"`,
        });
      }
      const key = `${context.revisionId}\u0000${route}\u0000${params.toString()}`;
      const kept = cache.get(key);
      if (kept) {
        cache.delete(key);
        cache.set(key, kept);
        return kept;
      }
      let result: ApiAnswer;
      try {
        result = {
          status: 200,
          body: await answer(context, route, params),
          contentType: 'application/json',
          etag: `W/"${PROCESS_TAG}-${context.revisionId}-${createHash('sha1').update(key).digest('base64url')}"`,
        };
      } catch (error) {
        if (!(error instanceof BadRequest)) throw error;
        result = problemAnswer({
          title: error.title,
          status: error.status,
          detail: error.message,
          errors: error.errors,
        });
      }
      cache.set(key, result);
      if (cache.size > CACHED_ANSWERS) cache.delete(cache.keys().next().value ?? key);
      return result;
    },
  };
}
