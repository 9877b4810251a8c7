// The server part of `npm run bench`: on a generated flows table of 10 million rows, the
// overview's set of requests (p50/p95, against the same server sending a static JSON file of the
// same size), 50 concurrent clients for 20 s on loopback (autocannon), and the ingest of a
// 1,000,000-row CSV through the API with the server's peak memory, beside that of a file half
// its size (memory that grows with the file shows as the difference). Everything on 127.0.0.1.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  createReadStream,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import autocannon from 'autocannon';
import { demoLocalDataset } from '../../mocks/demo-dataset/demo-local-dataset';
import { addDays, fromDayNumber, toDayNumber } from '../../src/domain/calendar-date';
import { COMMODITY_CODES } from '../../src/domain/commodity';
import type { FlowSeries } from '../../src/domain/flow-store';
import { createToken } from '../auth/tokens';
import { openDuckDbStore } from '../store/duckdb/duckdb-store';

const root = resolve(import.meta.dirname, '../..');
const ROWS = Number(process.env.BENCH_SERVER_ROWS ?? 10_000_000);
const INGEST_ROWS = Number(process.env.BENCH_INGEST_ROWS ?? 1_000_000);
/** The smaller upload the memory of the larger one is set against. */
const SMALL_INGEST_ROWS = Math.round(INGEST_ROWS / 2);
/**
 * "Server memory bounded during ingest", as a figure: what the larger upload adds to the server's
 * resident memory (its peak during the upload minus the memory before it) may exceed what the
 * smaller one adds by at most this share of the larger file's size. Growth has a part that does
 * not depend on the file (the parser's working set, the runtime's heap reserve, the database's
 * buffers), which a ratio of growth to file size would count against small files; the difference
 * between two sizes leaves what grows with the file. Each upload goes to a server just started
 * on the database, and growth is counted from its memory before the upload (the smaller upload's
 * revision is in the database the larger one finds). What may grow: the series the file makes (8 bytes per series and day, capped by the import's cell
 * limit) and the database's own buffers for the rows it writes, not the file's text or its rows.
 */
const INGEST_GROWTH_SHARE = 0.25;
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
const SET_RUNS = Number(process.env.BENCH_SET_RUNS ?? 30);
const FIRST_DAY = '2000-01-01';

function log(line: string) {
  console.log(`[bench:server] ${line}`);
}

const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;

export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

/** 10M daily values: 1,000 series (origins × commodity forms × entry points) × 10,000 days. */
async function buildDatabase(dbPath: string) {
  const demo = demoLocalDataset();
  const origins = demo.regions.filter((r) => r.level !== 'province' || r.code.length > 2).map((r) => r.code);
  const entryPoints = demo.entryPoints.map((e) => e.code);
  const seriesCount = 1000;
  const days = Math.ceil(ROWS / seriesCount);
  const series: FlowSeries[] = [];
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < seriesCount; i++) {
    const values = new Float64Array(days);
    for (let d = 0; d < days; d++) values[d] = Math.round(random() * 100_000) / 1000;
    series.push({
      origin: origins[i % origins.length] ?? '32.09',
      commodity: COMMODITY_CODES[Math.floor(i / origins.length) % COMMODITY_CODES.length] ?? 'rice-milled',
      entryPoint: entryPoints[i % entryPoints.length] ?? 'PIBC',
      status: 'synthetic',
      sourceIds: ['bench'],
      values,
    });
  }
  const lastDay = addDays(FIRST_DAY, days - 1);
  const { store } = await openDuckDbStore({ path: dbPath });
  const t0 = performance.now();
  await store.writeRevision({
    datasetId: 'bench',
    datasetName: 'Generated bench flows',
    kind: 'server',
    dataset: {
      ...demo,
      meta: { ...demo.meta, coverage: { from: FIRST_DAY, to: lastDay } },
      flows: { firstDay: FIRST_DAY, lastDay, series },
    },
    record: {
      tokenName: null,
      fileName: null,
      fileHash: null,
      fileBytes: null,
      totalRows: seriesCount * days,
      acceptedRows: seriesCount * days,
      rejectedRows: 0,
    },
  });
  await store.close();
  log(`generated ${seriesCount * days} flow rows in ${Math.round(performance.now() - t0)} ms`);
  return { lastDay };
}

function overviewRequests(lastDay: string, shiftDays = 0): string[] {
  // The requests the overview page makes for the last twelve months (see src/features/overview);
  // shifted by some days, the same set that no cache has seen.
  const to = fromDayNumber(toDayNumber(lastDay) - shiftDays);
  const from = fromDayNumber(toDayNumber(lastDay) - 364);
  const prevTo = fromDayNumber(toDayNumber(from) - 1);
  const prevFrom = fromDayNumber(toDayNumber(prevTo) - 364);
  const range = (f: string, t: string, extra: string) => `/api/v1/flows?from=${f}&to=${t}&${extra}`;
  return [
    '/api/v1/meta',
    range(from, to, 'granularity=month&groupBy=group'),
    range(prevFrom, prevTo, 'granularity=month&groupBy=group'),
    range(from, to, 'granularity=month&groupBy=origin'),
    range(from, to, 'granularity=month&groupBy=group,origin'),
    range(from, to, 'granularity=week&groupBy=group'),
    `/api/v1/production?from=${from}&to=${to}&granularity=month`,
    `/api/v1/stocks?from=${from}&to=${to}&granularity=week&entryPoint=PIBC`,
  ];
}

export interface Server {
  child: ChildProcess;
  url: string;
  /** The process's peak resident memory so far (VmHWM), in KiB. */
  peakRssKb: () => number;
  /** Its resident memory now (VmRSS), in KiB. */
  rssKb: () => number;
  /** Sets the peak back to the present resident memory; false where the kernel does not allow it. */
  resetPeakRss: () => boolean;
}

export async function startServer(env: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'server/cli/serve.ts')], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ARUS_LOG: 'off', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    const match = /running at (http:\/\/\S+\/)/.exec(output);
    if (match?.[1]) {
      const url = match[1];
      return {
        child,
        url,
        peakRssKb: () =>
          Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0),
        rssKb: () =>
          Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0),
        resetPeakRss: () => {
          try {
            // "5": reset the peak resident set size (Documentation/filesystems/proc.rst).
            writeFileSync(`/proc/${child.pid}/clear_refs`, '5');
            return true;
          } catch {
            return false;
          }
        },
      };
    }
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`the server did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function stopServer(server: Server) {
  const exited = new Promise((r) => server.child.on('exit', r));
  server.child.kill('SIGTERM');
  await exited;
}

export async function timeSet(base: string, paths: string[]): Promise<number> {
  const t0 = performance.now();
  await Promise.all(
    paths.map(async (path) => {
      const response = await fetch(new URL(path, base));
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      await response.arrayBuffer();
    }),
  );
  return performance.now() - t0;
}

function load(url: string, paths: string[]) {
  return new Promise<autocannon.Result>((resolveLoad, rejectLoad) => {
    autocannon(
      {
        url,
        connections: 50,
        duration: LOAD_SECONDS,
        requests: paths.map((path) => ({ method: 'GET', path })),
      },
      (error, result) => (error ? rejectLoad(error) : resolveLoad(result)),
    );
  });
}

/** A valid file: 50 series (25 regencies × 2 forms) of daily rows from 1970 on, within the import's dates. */
function ingestCsv(rows: number): string {
  const origins = demoLocalDataset()
    .regions.filter((r) => r.level === 'regency')
    .slice(0, 25)
    .map((r) => r.code);
  const lines = ['date,origin,commodity,entry_point,tonnes,status,source'];
  const perSeries = Math.ceil(rows / (origins.length * 2));
  let n = 0;
  for (const origin of origins) {
    for (const commodity of ['rice-milled', 'meat-beef']) {
      for (let d = 0; d < perSeries && n < rows; d++, n++) {
        lines.push(
          `${fromDayNumber(toDayNumber('1970-01-01') + d)},${origin},${commodity},${commodity === 'rice-milled' ? 'PIBC' : 'RPH-CAKUNG'},${(d % 997) + 0.5},reported,Bench`,
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A generated CSV of `rows` rows on disk. */
function writeIngestCsv(dir: string, rows: number): string {
  const file = join(dir, `bench-ingest-${rows}.csv`);
  writeFileSync(file, ingestCsv(rows));
  return file;
}

/**
 * Posts a CSV of `rows` rows (written by writeIngestCsv) as a client would send a file: streamed
 * from disk, not built as one string in memory.
 */
export async function measureIngest(server: Server, token: string, file: string, rows: number) {
  const { url, rssKb } = server;
  const fileBytes = statSync(file).size;
  log(`ingest: ${rows} rows, ${fileBytes} bytes`);
  // The server's peak resident memory while it takes the file: the kernel's high-water mark
  // (VmHWM), set back to the present before the upload (else it would hold the load test's), and
  // samples every 20 ms where the kernel does not allow that.
  const rssBeforeKb = rssKb();
  const kernelPeak = server.resetPeakRss();
  let peakKb = rssBeforeKb;
  const sampler = setInterval(() => {
    try {
      peakKb = Math.max(peakKb, rssKb());
    } catch {
      // the process is gone: the answer says why
    }
  }, 20);
  const t0 = performance.now();
  let ingestStatus: string;
  let accepted = 0;
  try {
    const response = await fetch(
      new URL(`/api/v1/datasets?dataset=Bench%20ingest%20${rows}&filename=bench.csv`, url),
      {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'text/csv',
          'Content-Length': String(fileBytes),
        },
        body: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>,
        duplex: 'half',
      } as RequestInit,
    );
    ingestStatus = `HTTP ${response.status}`;
    accepted = ((await response.json()) as { report?: { acceptedRows: number } }).report?.acceptedRows ?? 0;
  } catch (error) {
    ingestStatus = `broke: ${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)}`;
  } finally {
    clearInterval(sampler);
  }
  peakKb = Math.max(peakKb, rssKb(), kernelPeak ? server.peakRssKb() : 0);
  return { ingestStatus, accepted, ingestMs: performance.now() - t0, fileBytes, rssBeforeKb, peakKb };
}

export async function runServerBench(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'arus-bench-server-'));
  try {
    const dbPath = join(dir, 'bench.duckdb');
    const { lastDay } = await buildDatabase(dbPath);
    const paths = overviewRequests(lastDay);
    // Written before the server starts: generating a file blocks this process for seconds, and an
    // idle connection the server closes meanwhile would break the next upload sent on it.
    const smallFile = writeIngestCsv(dir, SMALL_INGEST_ROWS);
    const largeFile = writeIngestCsv(dir, INGEST_ROWS);

    const staticDir = join(dir, 'static');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>bench</title>');
    const tokensFile = join(dir, 'tokens.json');
    const token = createToken(tokensFile, 'bench');
    const server = await startServer({
      ARUS_DB_PATH: dbPath,
      ARUS_DEFAULT_DATASET: 'bench',
      ARUS_STATIC_DIR: staticDir,
      ARUS_TOKENS_FILE: tokensFile,
      ARUS_UPLOAD_MAX_BYTES: String(1024 * 1024 * 1024),
      ARUS_UPLOADS_PER_MINUTE: '1000',
    });
    // The reference: the largest answer of the set as a file, served by the same server.
    const sizes = await Promise.all(
      paths.map(async (p) => (await (await fetch(new URL(p, server.url))).arrayBuffer()).byteLength),
    );
    const largest = Math.max(...sizes);
    await stopServer(server);
    writeFileSync(
      join(staticDir, 'static.json'),
      JSON.stringify({ padding: 'x'.repeat(Math.max(0, largest - 15)) }),
    );
    const serverEnv = {
      ARUS_DB_PATH: dbPath,
      ARUS_DEFAULT_DATASET: 'bench',
      ARUS_STATIC_DIR: staticDir,
      ARUS_TOKENS_FILE: tokensFile,
      ARUS_UPLOAD_MAX_BYTES: String(1024 * 1024 * 1024),
      ARUS_UPLOADS_PER_MINUTE: '1000',
    };
    const running = await startServer(serverEnv);
    const staticPaths = paths.map(() => '/static.json');
    log(
      `overview set: ${paths.length} requests, answers ${sizes.join(', ')} bytes; static file ${largest} bytes`,
    );

    // Interleaved: the set, then the same number of static requests, SET_RUNS times (after a warm-up).
    await timeSet(running.url, paths);
    await timeSet(running.url, staticPaths);
    const setTimes: number[] = [];
    const coldTimes: number[] = [];
    const staticTimes: number[] = [];
    for (let i = 0; i < SET_RUNS; i++) {
      coldTimes.push(await timeSet(running.url, overviewRequests(lastDay, i + 1)));
      setTimes.push(await timeSet(running.url, paths));
      staticTimes.push(await timeSet(running.url, staticPaths));
    }

    log(`load: 50 connections × ${LOAD_SECONDS} s, the overview set`);
    const loaded = await load(running.url, paths);
    log(`load: 50 connections × ${LOAD_SECONDS} s, the static file`);
    const loadedStatic = await load(running.url, staticPaths);
    const peakBeforeIngestKb = running.peakRssKb();
    await stopServer(running);
    // Each upload on a server just started on the database: memory one upload leaves reserved
    // would otherwise serve the next, and the difference would hide (or invent) growth.
    const ingestOnFreshServer = async (file: string, rows: number) => {
      const fresh = await startServer(serverEnv);
      try {
        return await measureIngest(fresh, token, file, rows);
      } finally {
        await stopServer(fresh);
      }
    };
    const small = await ingestOnFreshServer(smallFile, SMALL_INGEST_ROWS);
    const ingest = await ingestOnFreshServer(largeFile, INGEST_ROWS);
    const { ingestStatus, accepted, ingestMs, fileBytes, rssBeforeKb, peakKb } = ingest;
    // What each upload added to the memory it found, the larger against the smaller.
    const peakGrowthBytes = (peakKb - rssBeforeKb - (small.peakKb - small.rssBeforeKb)) * 1024;
    const peakRss = Math.max(peakBeforeIngestKb, small.peakKb, peakKb);

    const c50 = quantile(coldTimes, 0.5);
    const c95 = quantile(coldTimes, 0.95);
    const p50 = quantile(setTimes, 0.5);
    const p95 = quantile(setTimes, 0.95);
    const s50 = quantile(staticTimes, 0.5);
    const s95 = quantile(staticTimes, 0.95);
    const errors = loaded.errors + loaded.timeouts + loaded.non2xx;
    const rows: [string, string, string, string][] = [
      ['overview set p50, new', `${c50.toFixed(1)} ms`, `${s50.toFixed(1)} ms`, `${(c50 / s50).toFixed(2)}×`],
      [
        'overview set p95, new',
        `${c95.toFixed(1)} ms`,
        `${s95.toFixed(1)} ms`,
        `${(c95 / s95).toFixed(2)}× (target ≤ 5×)`,
      ],
      [
        'overview set p50, again',
        `${p50.toFixed(1)} ms`,
        `${s50.toFixed(1)} ms`,
        `${(p50 / s50).toFixed(2)}×`,
      ],
      [
        'overview set p95, again',
        `${p95.toFixed(1)} ms`,
        `${s95.toFixed(1)} ms`,
        `${(p95 / s95).toFixed(2)}× (target ≤ 5×)`,
      ],
      [
        'throughput, 50 clients',
        `${Math.round(loaded.requests.average)} req/s`,
        `${Math.round(loadedStatic.requests.average)} req/s`,
        `${(loaded.requests.average / loadedStatic.requests.average).toFixed(2)}×`,
      ],
      [
        'latency p99 under load',
        `${loaded.latency.p99} ms`,
        `${loadedStatic.latency.p99} ms`,
        `${(loaded.latency.p99 / Math.max(1, loadedStatic.latency.p99)).toFixed(2)}×`,
      ],
      [
        'errors under load',
        `${errors} of ${loaded.requests.total}`,
        `${loadedStatic.errors + loadedStatic.non2xx}`,
        errors === 0 ? 'target 0: met' : 'target 0: NOT met',
      ],
      [
        `ingest ${INGEST_ROWS.toLocaleString('en-US')}-row CSV`,
        `${(ingestMs / 1000).toFixed(1)} s, ${Math.round(INGEST_ROWS / (ingestMs / 1000))} rows/s`,
        ingestStatus,
        `${accepted} accepted`,
      ],
      [
        `ingest ${SMALL_INGEST_ROWS.toLocaleString('en-US')}-row CSV`,
        `${(small.ingestMs / 1000).toFixed(1)} s, ${Math.round(SMALL_INGEST_ROWS / (small.ingestMs / 1000))} rows/s`,
        small.ingestStatus,
        `${small.accepted} accepted`,
      ],
      [
        `RSS, ${SMALL_INGEST_ROWS.toLocaleString('en-US')} rows`,
        `peak ${mib(small.peakKb * 1024)}, +${mib((small.peakKb - small.rssBeforeKb) * 1024)}`,
        `${mib(small.rssBeforeKb * 1024)} before; file ${mib(small.fileBytes)}`,
        '',
      ],
      [
        `RSS, ${INGEST_ROWS.toLocaleString('en-US')} rows`,
        `peak ${mib(peakKb * 1024)}, +${mib((peakKb - rssBeforeKb) * 1024)}`,
        `${mib(rssBeforeKb * 1024)} before; file ${mib(fileBytes)}`,
        '',
      ],
      [
        'growth: larger − smaller',
        `${peakGrowthBytes < 0 ? '−' : '+'}${mib(Math.abs(peakGrowthBytes))}`,
        `file +${mib(fileBytes - small.fileBytes)}`,
        `${(peakGrowthBytes / fileBytes).toFixed(2)}× the larger file`,
      ],
      ['peak RSS, load and ingest', mib(peakRss * 1024), '', ''],
    ];
    console.log(
      `\nServer (${ROWS.toLocaleString('en-US')}-row flows table, loopback; reference: the same server sending a static JSON file of the same size)`,
    );
    console.log(`${'measure'.padEnd(26)}${'server'.padEnd(26)}${'reference'.padEnd(28)}ratio`);
    for (const [name, value, reference, ratio] of rows)
      console.log(`${name.padEnd(26)}${value.padEnd(26)}${reference.padEnd(28)}${ratio}`);
    console.log(
      '"new": a set of ranges no request has asked for yet (SQL each time); "again": the same set (answers kept per revision).',
    );
    // The targets; "memory bounded during ingest" as INGEST_GROWTH_SHARE says.
    const targets: [string, boolean, string][] = [
      ['overview set p95, new ≤ 5 × the static file', c95 / s95 <= 5, `${(c95 / s95).toFixed(2)}×`],
      ['overview set p95, again ≤ 5 × the static file', p95 / s95 <= 5, `${(p95 / s95).toFixed(2)}×`],
      [
        'zero errors under load (50 clients, overview set)',
        // No answer at all in the whole load test is a failure, not zero errors.
        errors === 0 && loaded.requests.total > 0,
        `${errors} errors in ${loaded.requests.total} requests`,
      ],
      [
        `ingest of ${INGEST_ROWS.toLocaleString('en-US')} rows stored whole`,
        ingestStatus === 'HTTP 201' && accepted === INGEST_ROWS,
        `${ingestStatus}, ${accepted} accepted`,
      ],
      [
        `ingest of ${SMALL_INGEST_ROWS.toLocaleString('en-US')} rows stored whole`,
        small.ingestStatus === 'HTTP 201' && small.accepted === SMALL_INGEST_ROWS,
        `${small.ingestStatus}, ${small.accepted} accepted`,
      ],
      [
        `memory bounded during ingest: growth, larger − smaller ≤ ${INGEST_GROWTH_SHARE * 100}% of the larger file`,
        peakGrowthBytes <= INGEST_GROWTH_SHARE * fileBytes,
        `${peakGrowthBytes < 0 ? '−' : '+'}${mib(Math.abs(peakGrowthBytes))} for ${mib(small.fileBytes)} → ${mib(fileBytes)}`,
      ],
    ];
    console.log('\nServer targets');
    for (const [label, ok, figure] of targets)
      console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${label.padEnd(56)}${figure}`);
    const failed = targets.filter(([, ok]) => !ok).length;
    console.log(failed === 0 ? 'Server targets met.' : `${failed} server target(s) not met.`);
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runServerBench().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error('[bench:server] broke:', error);
      process.exit(1);
    },
  );
}
