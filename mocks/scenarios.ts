import { delay, http, HttpResponse, type RequestHandler } from 'msw';

// Named fault scenarios. Tests switch one on for a route ("flows", "claims" …) and read like the
// situation they test: makeRouteFail(server, base, 'flows').
type Route =
  'meta' | 'flows' | 'production' | 'balance' | 'stocks' | 'claims' | 'sources' | 'regions' | 'agreements';
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
