// The scale part of `npm run bench` (BENCH_ONLY=scale): how the cost of the overview grows with
// the data, on DuckDB and on ClickHouse (embedded, chdb), as the national synthetic table grows
// 1M → 10M → 50M rows. For each engine and size: a fresh database, the table generated, the
// server started on it (loopback), then the overview's set of requests for Jakarta's last twelve
// months, each run over a range no earlier run asked for (so every answer is computed), p50 and
// p95 of the whole set; and the rows in range per second.
//
// "Rows in range" is a definition, not the engine's own count: the stored day rows whose day lies
// in the range of each flows request of the set, over every destination (the table holds the
// same number of rows each day, so it is series × days). It is what a scan without an index on
// destination would read; ClickHouse's ordering by commodity and destination reads less, which is
// what the curve shows.
//
//   BENCH_SCALE_ROWS=1000000,10000000,50000000   sizes (default)
//   BENCH_SCALE_ENGINES=duckdb,chdb              engines (default both)
//   BENCH_SCALE_RUNS=15                          runs of the set per size (default)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromDayNumber, toDayNumber } from '../../src/domain/calendar-date';
import { generateNationalFlows, type NationalEngine, type NationalPlan } from './national-flows';
import { quantile, startServer, stopServer, timeSet } from './server-bench';

const SIZES = (process.env.BENCH_SCALE_ROWS ?? '1000000,10000000,50000000')
  .split(',')
  .map((size) => Number(size.trim().replaceAll('_', '')))
  .filter((size) => Number.isInteger(size) && size > 0);
const ENGINES = (process.env.BENCH_SCALE_ENGINES ?? 'duckdb,chdb')
  .split(',')
  .map((engine) => engine.trim())
  .filter((engine): engine is NationalEngine => engine === 'duckdb' || engine === 'chdb');
const RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 15);
/** The width the ten-year daily view is asked at: a wide desktop plot. */
const PLOT_WIDTH = 1200;

function log(line: string) {
  console.log(`[bench:scale] ${line}`);
}

interface Request {
  path: string;
  /** The days a flows request covers (none for the other endpoints). */
  days: number;
}

/** The overview's requests (src/features/overview) for the twelve months before `shift` days ago. */
function overviewSet(plan: NationalPlan, shift: number): Request[] {
  const last = toDayNumber(plan.lastDay) - shift;
  const to = fromDayNumber(last);
  const from = fromDayNumber(last - 364);
  const prevTo = fromDayNumber(last - 365);
  const prevFrom = fromDayNumber(last - 729);
  const flows = (f: string, t: string, extra: string): Request => ({
    path: `/api/v1/flows?from=${f}&to=${t}&${extra}`,
    days: toDayNumber(t) - toDayNumber(f) + 1,
  });
  const firstDay = fromDayNumber(toDayNumber(plan.firstDay) + shift);
  return [
    { path: '/api/v1/meta', days: 0 },
    flows(from, to, 'granularity=month&groupBy=group'),
    flows(prevFrom, prevTo, 'granularity=month&groupBy=group'),
    flows(from, to, 'granularity=month&groupBy=origin'),
    flows(from, to, 'granularity=month&groupBy=group,origin'),
    flows(from, to, 'granularity=week&groupBy=group'),
    // The ten-year daily view, reduced on the server to the plot.
    flows(firstDay, plan.lastDay, `granularity=day&groupBy=group&width=${PLOT_WIDTH}`),
    { path: `/api/v1/production?from=${from}&to=${to}&granularity=month`, days: 0 },
    { path: `/api/v1/stocks?from=${from}&to=${to}&granularity=week&entryPoint=PIBC`, days: 0 },
  ];
}

interface Measured {
  engine: NationalEngine;
  plan: NationalPlan;
  generateMs: number;
  p50: number;
  p95: number;
  rowsInRange: number;
  decadePoints: number;
  decadePeriods: number;
}

async function measure(engine: NationalEngine, rows: number): Promise<Measured> {
  const dir = mkdtempSync(join(tmpdir(), `arus-bench-scale-${engine}-`));
  try {
    const t0 = performance.now();
    const plan = await generateNationalFlows(
      engine === 'duckdb'
        ? { engine, path: join(dir, 'national.duckdb') }
        : { engine, path: join(dir, 'clickhouse'), database: 'default' },
      rows,
    );
    const generateMs = performance.now() - t0;
    log(
      `${engine}: generated ${plan.rows} rows (${plan.series} series) in ${(generateMs / 1000).toFixed(1)} s`,
    );
    const server = await startServer({
      ...(engine === 'duckdb'
        ? { ARUS_DB_PATH: join(dir, 'national.duckdb') }
        : { DATABASE_URL: `chdb:${join(dir, 'clickhouse')}` }),
      ARUS_DEFAULT_DATASET: 'national-synthetic',
      ARUS_STATIC_DIR: 'none',
      ARUS_TOKENS_FILE: join(dir, 'tokens.json'),
    });
    try {
      const decade = overviewSet(plan, 0).find((r) => r.path.includes('width='))?.path ?? '';
      const decadeAnswer = (await (await fetch(new URL(decade, server.url))).json()) as {
        rows: unknown[];
        reduction?: { periods: number };
      };
      await timeSet(
        server.url,
        overviewSet(plan, 0).map((r) => r.path),
      ); // warm-up
      const times: number[] = [];
      for (let run = 1; run <= RUNS; run++)
        times.push(
          await timeSet(
            server.url,
            overviewSet(plan, run).map((r) => r.path),
          ),
        );
      const set = overviewSet(plan, 1);
      return {
        engine,
        plan,
        generateMs,
        p50: quantile(times, 0.5),
        p95: quantile(times, 0.95),
        rowsInRange: set.reduce((sum, request) => sum + request.days * plan.series, 0),
        decadePoints: decadeAnswer.rows.length,
        decadePeriods: decadeAnswer.reduction?.periods ?? decadeAnswer.rows.length,
      };
    } finally {
      await stopServer(server);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const millions = (rows: number) => `${(rows / 1e6).toFixed(rows < 1e7 ? 2 : 1)}M`;

export async function runScaleBench(): Promise<number> {
  const results: Measured[] = [];
  for (const engine of ENGINES) {
    for (const size of SIZES) {
      log(`${engine}, ${size} rows`);
      const r = await measure(engine, size);
      log(
        `${engine} ${r.plan.rows} rows: set p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms, ` +
          `${Math.round(r.rowsInRange / (r.p50 / 1000))} rows in range/s, decade view ${r.decadePoints} rows`,
      );
      results.push(r);
    }
  }
  const setSize = results[0] ? overviewSet(results[0].plan, 1).length : 0;
  console.log(
    `\nScale: the overview set (${setSize} requests: Jakarta, last 12 months, and a ten-year daily view at ${PLOT_WIDTH} px) on the national synthetic table, ${RUNS} runs each over ranges not asked before`,
  );
  const header = [
    'engine',
    'rows',
    'generate',
    'set p50',
    'set p95',
    'p50 vs smallest',
    'rows in range/s',
    'decade view',
  ];
  const widths = [12, 9, 10, 11, 11, 17, 17, 22];
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 10)).join('');
  console.log(line(header));
  for (const engine of ENGINES) {
    const rows = results.filter((r) => r.engine === engine);
    const smallest = rows[0]?.p50 ?? Number.NaN;
    for (const r of rows) {
      console.log(
        line([
          engine === 'chdb' ? 'clickhouse' : engine,
          millions(r.plan.rows),
          `${(r.generateMs / 1000).toFixed(1)} s`,
          `${r.p50.toFixed(0)} ms`,
          `${r.p95.toFixed(0)} ms`,
          `${(r.p50 / smallest).toFixed(2)}×`,
          `${millions(r.rowsInRange / (r.p50 / 1000))}/s`,
          `${r.decadePoints} rows, ${r.decadePeriods} days`,
        ]),
      );
    }
  }
  console.log(
    '"rows in range": stored day rows (all destinations) in the days each flows request covers; "decade view": rows (points) the ten-year daily request moved after M4 reduction, and the days it covers.',
  );
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runScaleBench().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error('[bench:scale] broke:', error);
      process.exit(1);
    },
  );
}
