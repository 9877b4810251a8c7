// The read side of the contract on the data store: the same parameter rules and error answers as
// the in-memory local API (src/contract/query-params.ts), with the figures computed by the database.
import type { Problem } from '../../src/contract/schemas';
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
import { periodStarts } from '../../src/domain/period';
import { demoLocalDataset } from '../../mocks/demo-dataset/demo-local-dataset';
import {
  createLocalApi,
  EMPTY_BALANCE,
  LOCAL_API_ROUTES,
  type LocalApi,
  type LocalApiRoute,
} from '../../src/local-api/local-api';
import { reduceFlowsToWidth } from '../../src/local-api/plot-reduction';
import { JAKARTA, PROVINCE_CODES } from '../../src/reference/provinces';
import type { DataStore, ReferenceKind, RevisionContext } from '../store/data-store';

export interface ApiAnswer {
  status: number;
  body: unknown;
  contentType: 'application/json' | 'application/problem+json';
}

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

// The food balance (onward shipments, stock change, own production by kind, spread by its
// seasonality) and the published needs are not tables in the database yet: the demo revision
// answers them from the demo model, as the browser demo does, and any other dataset has no
// balance, so every basis says what is missing.
const BALANCE_ROUTES: readonly string[] = ['/balance', '/needs'];
const DEMO_MODEL_ROUTES: readonly string[] = ['/production'];
let demoBalance: LocalApi | null = null;
let emptyBalance: LocalApi | null = null;
function balanceApi(kind: string): LocalApi {
  if (kind === 'demo') return (demoBalance ??= createLocalApi(demoLocalDataset()));
  return (emptyBalance ??= createLocalApi({ ...demoLocalDataset(), balance: EMPTY_BALANCE }));
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
        const expectedRows = periodStarts(range, granularity).length * plan.groups;
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
        const rows = await store.production(rev, groups, range, granularity);
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
      const demoModel = context.meta.dataset.kind === 'demo' && DEMO_MODEL_ROUTES.includes(route);
      if (BALANCE_ROUTES.includes(route) || demoModel) {
        const local = balanceApi(context.meta.dataset.kind).handle(route, params);
        return { status: local.status, body: local.body, contentType: local.contentType };
      }
      try {
        result = { status: 200, body: await answer(context, route, params), contentType: 'application/json' };
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
