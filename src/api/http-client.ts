import type * as z from 'zod/mini';
import type { CommodityCode, CommodityGroup } from '../domain/commodity';
import type { FlowDimension } from '../domain/flow-store';
import type { Granularity } from '../domain/period';
import {
  HttpError,
  InvalidDataError,
  NetworkError,
  ParseError,
  TimeoutError,
  type FieldIssue,
} from './errors';
import { CHECKED_ANSWER_HEADER } from '../contract/checked-answer';
import type * as schemas from '../contract/schemas';
import { markServedAt, responseDate } from './served-at';

type Schemas = typeof schemas;
type ResponseSchemaName = {
  [K in keyof Schemas]: Schemas[K] extends z.ZodMiniType ? K : never;
}[keyof Schemas];

// The schemas (and zod) load on the first request, in parallel with it, so they are not part of
// the JavaScript the page needs before it can paint.
let schemasModule: Promise<Schemas> | undefined;
function loadSchemas(): Promise<Schemas> {
  schemasModule ??= import('../contract/schemas');
  return schemasModule;
}

export interface RangeParams {
  from: string;
  to: string;
  granularity: Granularity;
}

export interface FlowsParams extends RangeParams {
  commodities?: readonly (CommodityGroup | CommodityCode)[];
  origins?: readonly string[];
  entryPoints?: readonly string[];
  groupBy: readonly FlowDimension[];
  /** Reduce the series (M4) to a plot this many pixels wide; absent: every period. */
  width?: number;
}

export interface ProductionParams extends RangeParams {
  groups?: readonly CommodityGroup[];
}

export interface BalanceParams extends RangeParams {
  commodities?: readonly (CommodityGroup | CommodityCode)[];
}

export interface StocksParams extends RangeParams {
  entryPoint: string;
}

export interface ApiClientOptions {
  baseUrl: string;
  timeoutMs: number;
  fetch?: typeof fetch;
  /**
   * The province (Kemendagri code) every series is asked for; absent or Jakarta (31, the
   * contract's default) sends no parameter, so a server that predates it answers the same.
   */
  destination?: string;
  /**
   * `fetch` is an API inside the browser that checks its answers against the contract before it
   * sends them (the demo API worker): an answer it marks as checked is parsed, not checked again,
   * so no schema runs on the main thread. Never set for a server: its answers are always checked.
   */
  checkedAnswers?: boolean;
}

type Query = Record<string, string | readonly string[] | undefined>;

const DEFAULT_DESTINATION = '31';

export function createApiClient(options: ApiClientOptions) {
  const { baseUrl, timeoutMs, fetch: fetchImpl = (...args) => fetch(...args) } = options;
  const base = baseUrl.replace(/\/$/, '');
  const destination = options.destination ?? DEFAULT_DESTINATION;
  const destinationQuery = destination === DEFAULT_DESTINATION ? {} : { destination };

  async function get<N extends ResponseSchemaName>(
    path: string,
    query: Query,
    schemaName: N,
    signal?: AbortSignal,
  ): Promise<z.output<Schemas[N]>> {
    const url = buildUrl(base, path, query);
    // Answers checked where they were made need no schema, unless one turns out not to be.
    const schemasLoading = options.checkedAnswers ? null : loadSchemas();
    const timeout = AbortSignal.timeout(timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;

    let response: Response;
    try {
      response = await fetchImpl(url, { signal: combined, headers: { Accept: 'application/json' } });
    } catch (error) {
      if (signal?.aborted) throw signal.reason ?? error; // the caller cancelled: not a failure to report
      if (timeout.aborted) throw new TimeoutError(url, timeoutMs);
      throw new NetworkError(
        `Could not reach ${url}: ${error instanceof Error ? error.message : String(error)}`,
        url,
      );
    }

    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (signal?.aborted) throw signal.reason ?? error;
      if (timeout.aborted) throw new TimeoutError(url, timeoutMs);
      throw new NetworkError(`The answer from ${url} broke off`, url);
    }

    if (!response.ok) {
      const { problemSchema } = await (schemasLoading ?? loadSchemas());
      throw new HttpError(url, response.status, readProblem(problemSchema, text));
    }

    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      const type = response.headers.get('content-type') ?? 'no content type';
      throw new ParseError(`The answer from ${url} is not JSON (${type}, ${text.length} characters)`, url);
    }

    if (options.checkedAnswers === true && response.headers.has(CHECKED_ANSWER_HEADER)) {
      // The body is the schema's own output (mocks/demo-api-check.ts).
      return markServedAt(body as z.output<Schemas[N]>, responseDate(response.headers));
    }
    const parsed = await validate(await (schemasLoading ?? loadSchemas()), schemaName, body);
    if (!parsed.success) throw new InvalidDataError(url, parsed.issues);
    return markServedAt(parsed.data, responseDate(response.headers));
  }

  return {
    baseUrl: base,
    /** What the client was made with: the same client for another destination is one call away. */
    options,
    destination,
    /** Tells cached answers apart: the same server asked for another destination answers otherwise. */
    scope: destination === DEFAULT_DESTINATION ? base : `${base} destination=${destination}`,
    getMeta: (signal?: AbortSignal) => get('/meta', {}, 'datasetMetaSchema', signal),
    getRegions: (signal?: AbortSignal) => get('/regions', {}, 'regionsResponseSchema', signal),
    getCommodities: (signal?: AbortSignal) => get('/commodities', {}, 'commoditiesResponseSchema', signal),
    getEntryPoints: (signal?: AbortSignal) => get('/entry-points', {}, 'entryPointsResponseSchema', signal),
    getSources: (signal?: AbortSignal) => get('/sources', {}, 'sourcesResponseSchema', signal),
    getClaims: (signal?: AbortSignal) => get('/claims', {}, 'claimsResponseSchema', signal),
    getAgreements: (signal?: AbortSignal) => get('/agreements', {}, 'agreementsResponseSchema', signal),
    getRegionFacts: (regions: readonly string[], signal?: AbortSignal) =>
      get('/region-facts', { region: regions }, 'regionFactsResponseSchema', signal),
    getFlows: (params: FlowsParams, signal?: AbortSignal) =>
      get(
        '/flows',
        {
          from: params.from,
          to: params.to,
          granularity: params.granularity,
          commodity: params.commodities,
          origin: params.origins,
          entryPoint: params.entryPoints,
          groupBy: params.groupBy,
          width: params.width === undefined ? undefined : String(params.width),
          ...destinationQuery,
        },
        'flowsResponseSchema',
        signal,
      ),
    getProduction: (params: ProductionParams, signal?: AbortSignal) =>
      get(
        '/production',
        {
          from: params.from,
          to: params.to,
          granularity: params.granularity,
          group: params.groups,
          ...destinationQuery,
        },
        'productionResponseSchema',
        signal,
      ),
    getBalance: (params: BalanceParams, signal?: AbortSignal) =>
      get(
        '/balance',
        {
          from: params.from,
          to: params.to,
          granularity: params.granularity,
          commodity: params.commodities,
          ...destinationQuery,
        },
        'balanceResponseSchema',
        signal,
      ),
    getNeeds: (signal?: AbortSignal) => get('/needs', destinationQuery, 'needsResponseSchema', signal),
    getStocks: (params: StocksParams, signal?: AbortSignal) =>
      get(
        '/stocks',
        {
          from: params.from,
          to: params.to,
          granularity: params.granularity,
          entryPoint: params.entryPoint,
          ...destinationQuery,
        },
        'stocksResponseSchema',
        signal,
      ),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** Responses whose rows can number thousands (daily series over years), with the schema of one row. */
const ROW_SCHEMAS: Partial<Record<ResponseSchemaName, ResponseSchemaName>> = {
  flowsResponseSchema: 'flowRowSchema',
  productionResponseSchema: 'productionRowSchema',
  stocksResponseSchema: 'stockRowSchema',
};
/** Rows checked between two yields to the event loop: a few milliseconds of work at most. */
const ROWS_PER_SLICE = 500;
const MAX_ISSUES = 20;

type Validation<T> = { success: true; data: T } | { success: false; issues: FieldIssue[] };

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function fieldIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): FieldIssue[] {
  return issues.slice(0, MAX_ISSUES).map((issue) => ({
    field: [...prefix, ...issue.path].map(String).join('.') || '(root)',
    message: issue.message,
  }));
}

/**
 * Checks a body against its schema. A long `rows` array is checked in slices with a yield to the
 * event loop between them, so a seven-year daily series never blocks a frame while it is checked;
 * the result is the same as one parse of the whole body.
 */
async function validate<N extends ResponseSchemaName>(
  loaded: Schemas,
  schemaName: N,
  body: unknown,
): Promise<Validation<z.output<Schemas[N]>>> {
  // Indexing the module by a generic name loses the link to that one schema; it is the same object.
  const schema = loaded[schemaName] as unknown as z.ZodMiniType<z.output<Schemas[N]>>;
  const rowSchemaName = ROW_SCHEMAS[schemaName];
  const rows = isRecord(body) ? body.rows : undefined;
  if (!rowSchemaName || !Array.isArray(rows) || rows.length <= ROWS_PER_SLICE) {
    const parsed = schema.safeParse(body);
    return parsed.success
      ? { success: true, data: parsed.data }
      : { success: false, issues: fieldIssues(parsed.error.issues) };
  }
  const envelope = schema.safeParse({ ...(body as Record<string, unknown>), rows: [] });
  if (!envelope.success) return { success: false, issues: fieldIssues(envelope.error.issues) };
  const rowSchema = loaded[rowSchemaName] as unknown as z.ZodMiniType<unknown>;
  const checked: unknown[] = new Array(rows.length);
  const issues: FieldIssue[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_SLICE) {
    if (start > 0) await yieldToEventLoop();
    const end = Math.min(rows.length, start + ROWS_PER_SLICE);
    for (let i = start; i < end && issues.length < MAX_ISSUES; i++) {
      const row = rowSchema.safeParse(rows[i]);
      if (row.success) checked[i] = row.data;
      else issues.push(...fieldIssues(row.error.issues, ['rows', i]).slice(0, MAX_ISSUES - issues.length));
    }
    if (issues.length >= MAX_ISSUES) break;
  }
  if (issues.length > 0) return { success: false, issues };
  return { success: true, data: { ...(envelope.data as object), rows: checked } as z.output<Schemas[N]> };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function buildUrl(base: string, path: string, query: Query): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (typeof value === 'string') search.set(key, value);
    else if (value.length > 0) search.set(key, [...value].sort().join(','));
  }
  const qs = search.toString();
  return `${base}${path}${qs ? `?${qs}` : ''}`;
}

function readProblem(problemSchema: Schemas['problemSchema'], text: string) {
  try {
    const parsed = problemSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
