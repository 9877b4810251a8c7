import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import { createLocalApi } from '../src/local-api/local-api';
import { demoLocalDataset } from './demo-dataset/demo-local-dataset';

// Named fault scenarios. Tests switch one on for a route ("flows", "claims" …) and read like the
// situation they test: makeRouteFail(server, base, 'flows').
type Route = 'meta' | 'flows' | 'production' | 'stocks' | 'claims' | 'sources' | 'regions' | 'agreements';
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
      if (route === 'production') return HttpResponse.json({ from, to, granularity, rows: [] });
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
