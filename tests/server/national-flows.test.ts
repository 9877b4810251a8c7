// The national synthetic table on both engines, at a size a test can afford: 40 series of ten
// years. Which series goes where is worked out by hand from the generator's rules (destination
// i mod 38, commodity form ⌊i / 38⌋ mod forms, origin 7919·i mod 514 in idn-area-data's order).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNationalFlows, nationalPlan } from '../../server/bench/national-flows';
import { startTestServer, type TestServer } from './harness';

const ROWS = 40 * 3653;

describe('the plan', () => {
  it('rounds the rows up to whole ten-year series and counts those into Jakarta', () => {
    expect(nationalPlan(ROWS)).toEqual({
      series: 40,
      days: 3653,
      rows: 146_120,
      firstDay: '2016-01-01',
      lastDay: '2025-12-31',
      jakartaSeries: 1, // series 10 (Jakarta is the 11th province); the next would be 48
    });
    expect(nationalPlan(3654).series).toBe(2);
    // 50M rows: 13,688 series, of which 360 into Jakarta (10, 48, …, 13,652).
    expect(nationalPlan(50_000_000)).toMatchObject({ series: 13_688, jakartaSeries: 360 });
    expect(() => nationalPlan(100)).toThrow(/at least 3653/);
  });
});

describe.each([
  ['duckdb', (dir: string) => ({ engine: 'duckdb' as const, path: join(dir, 'test.duckdb') }), {}],
  [
    'clickhouse',
    (dir: string) => ({ engine: 'chdb' as const, path: join(dir, 'clickhouse'), database: 'default' }),
    { DATABASE_URL: 'chdb:clickhouse' },
  ],
])('generated on %s and served', (_engine, location, env) => {
  let dir: string;
  let server: TestServer;
  const get = async (path: string) => (await fetch(server.api(path))).json();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'arus-national-'));
    await generateNationalFlows(location(dir), ROWS);
    server = await startTestServer({
      dir,
      empty: true,
      env: { ...env, ARUS_DEFAULT_DATASET: 'national-synthetic' },
    });
  }, 120_000);
  afterAll(async () => {
    await server?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('holds all 38 destinations, Jakarta first, over ten years', async () => {
    const meta = await get('/meta');
    expect(meta.dataset).toEqual({
      id: 'national-synthetic',
      name: 'National flows, synthetic (generated for load tests, not data): 146120 rows',
      kind: 'server',
    });
    expect(meta.coverage).toEqual({ from: '2016-01-01', to: '2025-12-31' });
    expect(meta.destinations).toHaveLength(38);
    expect(meta.destinations[0]).toBe('31');
    expect(new Set(meta.destinations).size).toBe(38);
  });

  it('every row is synthetic and cites the model that made it', async () => {
    const answer = await get('/flows?from=2016-01-01&to=2025-12-31&granularity=year&groupBy=origin');
    expect(answer.destination).toBe('31');
    // Jakarta has one series: i = 10, origin index 79,190 mod 514 = 34 (12.12), form 0 (rice-milled).
    expect(answer.rows.map((r: { origin: string }) => r.origin)).toEqual(Array(10).fill('12.12'));
    for (const row of answer.rows) {
      expect(row.status).toBe('synthetic');
      expect(row.sourceIds).toEqual(['national-synthetic-model']);
      expect(row.tonnes).toBeGreaterThan(0);
    }
    const sources = await get('/sources');
    expect(sources.find((s: { id: string }) => s.id === 'national-synthetic-model').title).toMatch(
      /not data/,
    );
  });

  it('Aceh (11) receives series 0 and 38: two origins, two commodity forms', async () => {
    const answer = await get(
      '/flows?from=2020-01-01&to=2020-12-31&granularity=year&groupBy=origin,commodity&destination=11',
    );
    // Series 0: origin 0 (11.01), form 0; series 38: origin 38 · 7919 mod 514 = 232 (35.06), form 1.
    expect(answer.rows.map((r: { origin: string; commodity: string }) => [r.origin, r.commodity])).toEqual([
      ['11.01', 'rice-milled'],
      ['35.06', 'meat-beef'],
    ]);
  });

  it('a daily decade moves only what the plot can draw', async () => {
    const answer = await get('/flows?from=2016-01-01&to=2025-12-31&granularity=day&groupBy=group&width=1200');
    // One group (rice) at 1200 px: 300 columns of about 12 days, at most 4 days each.
    expect(answer.reduction).toMatchObject({ method: 'm4', width: 1200, periods: 3653 });
    expect(answer.rows.length).toBeLessThanOrEqual(1200);
    expect(answer.rows.length).toBe(answer.reduction.keptPeriods);
  });
});
