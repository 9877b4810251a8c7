// A flows query that would read more stored rows than ARUS_SCAN_BUDGET_ROWS is refused with 422
// before it runs, on both engines. The demo dataset holds 204,031 day rows (2019-01-01 …
// 2026-10-31); a budget of 100,000 lets one commodity's month through and refuses everything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness';

const BUDGET = '100000';
const EVERYTHING = '/flows?from=2019-01-01&to=2026-10-31&granularity=year';
const ONE_MONTH = '/flows?from=2024-03-01&to=2024-03-31&granularity=month&commodity=rice-milled';

for (const [engine, env] of [
  ['duckdb', {}],
  ['clickhouse', { DATABASE_URL: 'chdb:clickhouse' }],
] as const) {
  describe(`the scan budget on ${engine}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ env: { ...env, ARUS_SCAN_BUDGET_ROWS: BUDGET } });
      expect(server.store.engine).toBe(engine);
    });
    afterAll(async () => {
      await server.dispose();
    });

    it('refuses a query over the whole dataset with 422, naming the budget', async () => {
      const answer = await fetch(server.api(EVERYTHING));
      expect(answer.status).toBe(422);
      expect(answer.headers.get('Content-Type')).toBe('application/problem+json');
      const body = (await answer.json()) as { title: string; errors: { field: string; message: string }[] };
      expect(body.title).toBe('Query too large');
      expect(body.errors[0]?.field).toBe('from');
      expect(body.errors[0]?.message).toMatch(
        /would read about \d+ stored rows \(at most 100000, ARUS_SCAN_BUDGET_ROWS\)/,
      );
      const estimate = Number(/about (\d+)/.exec(body.errors[0]?.message ?? '')?.[1]);
      expect(estimate).toBeGreaterThanOrEqual(204_031);
    });

    it('answers a query within the budget', async () => {
      const answer = await fetch(server.api(ONE_MONTH));
      expect(answer.status).toBe(200);
      const body = (await answer.json()) as { rows: { period: string; tonnes: number | null }[] };
      expect(body.rows.map((r) => r.period)).toEqual(['2024-03-01']);
      expect(body.rows[0]?.tonnes).toBeGreaterThan(0);
    });
  });
}
