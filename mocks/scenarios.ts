import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import { createLocalApi } from '../src/local-api/local-api';
import { demoLocalDataset } from './demo-dataset/demo-local-dataset';

// Named fault scenarios. Tests switch one on for a route ("flows", "claims" …) and read like the
// situation they test: makeRouteFail(server, base, 'flows').
type Route =
  | 'meta'
  | 'flows'
  | 'production'
  | 'balance'
  | 'needs'
  | 'stocks'
  | 'claims'
  | 'sources'
  | 'regions'
  | 'agreements';
/** A Node server or a browser worker: both take override handlers through use(). */
type Mockable = { use(...handlers: RequestHandler[]): void };

const url = (base: string, route: Route) => `${base.replace(/\/$/, '')}/${route}`;

export function makeRouteFail(server: Mockable, base: string, route: Route, status = 503): void {
  server.use(
    http.get(url(base, route), () =>
      HttpResponse.json(
        {
          type: 'about:blank',
          title: 'Service unavailable',
          status,
          detail: `The ${route} service is down for maintenance.`,
        },
        { status, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    ),
  );
}

/** 200 with a body that is not the contract: an HTML error page, truncated JSON, or a schema violation. */
export function makeRouteMalformed(
  server: Mockable,
  base: string,
  route: Route,
  kind: 'html' | 'truncated' | 'schema' = 'schema',
): void {
  server.use(
    http.get(url(base, route), () => {
      if (kind === 'html') return HttpResponse.html('<!doctype html><html><body>Gateway error</body></html>');
      if (kind === 'truncated')
        return new HttpResponse('{"rows":[{"period":"2025-01-01","ton', {
          headers: { 'Content-Type': 'application/json' },
        });
      return HttpResponse.json({
        from: '2025-01-01',
        to: '2025-12-31',
        granularity: 'month',
        groupBy: [],
        rows: [{ period: '2025-01-01', tonnes: '12', status: 'reported', sourceIds: [] }],
      });
    }),
  );
}

/** A response that never arrives (until the client gives up). */
export function makeRouteHang(server: Mockable, base: string, route: Route): void {
  server.use(
    http.get(url(base, route), async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }),
  );
}

/** A valid response with no data in it. */
export function makeRouteEmpty(server: Mockable, base: string, route: Route): void {
  server.use(
    http.get(url(base, route), ({ request }) => {
      const params = new URL(request.url).searchParams;
      const from = params.get('from') ?? '2025-01-01';
      const to = params.get('to') ?? '2025-12-31';
      const granularity = params.get('granularity') ?? 'month';
      if (route === 'flows')
        return HttpResponse.json({
          from,
          to,
          granularity,
          groupBy: params.get('groupBy')?.split(',').filter(Boolean) ?? [],
          rows: [],
        });
      if (route === 'production' || route === 'balance')
        return HttpResponse.json({ from, to, granularity, rows: [] });
      if (route === 'stocks')
        return HttpResponse.json({ entryPoint: 'PIBC', from, to, granularity, rows: [] });
      return HttpResponse.json([]);
    }),
  );
}

/** The network itself fails (DNS, connection refused, offline). */
export function makeRouteNetworkError(server: Mockable, base: string, route: Route): void {
  server.use(http.get(url(base, route), () => HttpResponse.error()));
}

/**
 * Answers arrive late: each request whose URL `matches` waits `ms`, then gets the normal answer.
 * With a filter in `matches`, one answer can be made to arrive after a newer one.
 */
export function makeRouteSlow(
  server: Mockable,
  base: string,
  route: Route,
  { ms, matches = () => true }: { ms: number; matches?: (url: URL) => boolean },
): void {
  server.use(
    http.get(url(base, route), async ({ request }) => {
      if (matches(new URL(request.url))) await delay(ms);
      // Nothing returned: the request goes on to the demo API.
    }),
  );
}

/**
 * The normal answer of the demo dataset, changed by `edit` before it is sent: duplicate rows, a
 * missing period, an unknown code, a hostile name … each test states the one thing that is wrong.
 */
export function makeRouteAnswer(
  server: Mockable,
  base: string,
  route: Route | 'region-facts',
  edit: (body: unknown) => unknown,
): void {
  server.use(
    http.get(`${base.replace(/\/$/, '')}/${route}`, ({ request }) => {
      const api = createLocalApi(demoLocalDataset());
      const answer = api.handle(`/${route}`, new URL(request.url).searchParams);
      return HttpResponse.json(edit(structuredClone(answer.body)) as Record<string, unknown>, {
        status: answer.status,
        headers: { 'Content-Type': answer.contentType },
      });
    }),
  );
}

type Rows = { rows: Record<string, unknown>[] };

/** Every flow row sent twice, as a server joining one table too many would. */
export const duplicateRows = (body: unknown): unknown => {
  const { rows } = body as Rows;
  return { ...(body as object), rows: rows.flatMap((row) => [row, row]) };
};

/** Origin codes the region catalogue does not know, in place of the first origin of every answer. */
export const unknownOrigin =
  (code: string) =>
  (body: unknown): unknown => {
    const { rows } = body as Rows;
    const first = rows.find((row) => typeof row.origin === 'string')?.origin;
    for (const row of rows) if (row.origin === first) row.origin = code;
    return body;
  };

/** The demo API's own answer to a request, changed by `change` before it is sent. */
function rewriteDemoAnswer(
  server: Mockable,
  base: string,
  route: Route,
  change: (body: Record<string, unknown>) => unknown,
): void {
  makeRouteAnswer(server, base, route, (body) => change(body as Record<string, unknown>));
}

type Row = Record<string, unknown>;
const rowsOf = (body: Record<string, unknown>): Row[] =>
  Array.isArray(body.rows) ? (body.rows as Row[]) : [];

/**
 * Values the contract rules out, in an answer that is otherwise fine: negative tonnes in a series,
 * or a claimed share given in percent (98) where the contract has fractions 0–1.
 */
export function makeRouteOutOfRange(
  server: Mockable,
  base: string,
  route: 'flows' | 'production' | 'claims',
): void {
  rewriteDemoAnswer(server, base, route, (body) => {
    if (route === 'claims') {
      const claims = Object.values(body) as Row[];
      return claims.map((claim, index) => (index === 0 ? { ...claim, share: 98 } : claim));
    }
    const rows = rowsOf(body);
    const first = rows.findIndex((row) => typeof row.tonnes === 'number');
    if (first >= 0) rows[first] = { ...rows[first], tonnes: -120 };
    return body;
  });
}

/**
 * Flows from an origin the dashboard has never heard of: every row of the largest origin in the
 * answer carries `code` instead (a code outside src/reference/regions.ts).
 */
export function makeFlowsFromUnknownOrigin(server: Mockable, base: string, code = '99.99'): void {
  rewriteDemoAnswer(server, base, 'flows', (body) => {
    const rows = rowsOf(body);
    const tonnes = new Map<string, number>();
    for (const row of rows) {
      if (typeof row.origin !== 'string' || typeof row.tonnes !== 'number') continue;
      tonnes.set(row.origin, (tonnes.get(row.origin) ?? 0) + row.tonnes);
    }
    const largest = [...tonnes].sort((a, b) => b[1] - a[1])[0]?.[0];
    body.rows = rows.map((row) => (row.origin === largest ? { ...row, origin: code } : row));
    return body;
  });
}

/** The browser is offline: every route of the API fails as a network error. */
export function makeOffline(server: Mockable, base: string): void {
  server.use(http.get(`${base.replace(/\/$/, '')}/*`, () => HttpResponse.error()));
}
