#!/usr/bin/env node
// `npm run bench`: how fast the production build loads and responds in Chromium with the CPU
// slowed down, against references built and measured in the same run (interleaved runs, medians,
// ratios: absolute times on a shared machine are noisy). A report, not a test: it exits 0 when a
// target fails, 1 only when the measurement itself broke (build error, page error, a selector
// that never appears within BENCH_TIMEOUT_MS).
//
//   npm run bench
//   BENCH_RUNS=9 npm run bench          runs per page (default 5); medians are reported
//   BENCH_CPU_RATE=6 npm run bench      CDP CPU slowdown (default 4)
//   BENCH_WARMUP=0 npm run bench        skip the discarded warm-up round (default 1 round)
//   BENCH_TIMEOUT_MS=90000 npm run bench  per wait (default 60 000)
//   BENCH_APP_ROOT=/path/to/checkout npm run bench   measure another checkout of the app
//   BENCH_ONLY=import npm run bench     only these measurement ids and their references
//                                       (comma-separated: app, reactOnly, chart100, sevenYear, growth,
//                                       serverApp, serverSevenYear, import, csvRead, js, server, scale);
//                                       only their builds are made and only their rows and targets
//                                       printed
//   BENCH_ONLY=scale BENCH_SCALE_ROWS=1000000,10000000 npm run bench   the growth curve on smaller sizes
//                                       (server/bench/scale-bench.ts lists its settings)
//
// What happens:
//   1. builds the app (its vite.config.ts, production, demo data on), the app as `npm start`
//      serves it (demo API off, served with the API by the server on a fresh DuckDB file) and two
//      reference pages (scripts/bench/pages/: React only; the app's TimeSeriesChart on 100 points)
//      into a temp dir, and serves each on a free loopback port;
//   2. measures gzipped JS sizes (scripts/bench/sizes.mjs);
//   3. launches Chromium once and runs every measurement of scripts/bench/measurements.mjs
//      BENCH_RUNS times, interleaved (round i takes them in an order rotated by i), each in a
//      fresh browser context with CDP Emulation.setCPUThrottlingRate;
//   4. prints medians beside their references, the ratios and the targets (scripts/bench/report.mjs).
//
// Adding a measurement: a function in scripts/bench/measurements.mjs (listed in MEASUREMENTS with
// the builds it loads), its rows and targets in REPORT (scripts/bench/report.mjs), and, if it
// needs its own page, a build in BUILDS below.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, MeasurementError } from './bench/browser.mjs';
import { MEASUREMENTS } from './bench/measurements.mjs';
import { medianRunDetails, renderReport } from './bench/report.mjs';
import { buildApp, buildReference, buildServerApp } from './bench/servers.mjs';
import { bundleSizes, hasProductionReact } from './bench/sizes.mjs';
import { ensureChromium } from './ensure-chromium.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function intFromEnv(name, fallback, min) {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${name} must be an integer ≥ ${min}, got "${raw}"`);
  return value;
}

const log = (line) => console.log(`[bench] ${line}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** The pages the measurements load: each is built, then served at ctx.servers.<name>.url. */
const BUILDS = {
  app: (ctx, outDir) => buildApp({ appRoot: ctx.appRoot, outDir }),
  reactOnly: (ctx, outDir) => buildReference({ name: 'react-only', appRoot: ctx.appRoot, outDir }),
  chart100: (ctx, outDir) => buildReference({ name: 'chart-100', appRoot: ctx.appRoot, outDir }),
  csvRead: (ctx, outDir) => buildReference({ name: 'csv-read', appRoot: ctx.appRoot, outDir }),
  // What `npm start` serves: the build without the demo API, and the API on the same origin.
  server: (ctx, outDir) => buildServerApp({ appRoot: ctx.appRoot, outDir }),
};

/** Builds with no React in them (the CSV read reference is a plain page and worker). */
const WITHOUT_REACT = new Set(['csvRead']);

/** Measurements that need no browser: run once on the builds. Same result shape as MEASUREMENTS. */
const STATIC_MEASUREMENTS = [
  {
    id: 'js',
    title: 'JavaScript of the builds',
    builds: ['app', 'server', 'reactOnly'],
    run(builds) {
      const app = bundleSizes(builds.app.outDir);
      const server = bundleSizes(builds.server.outDir);
      const reference = bundleSizes(builds.reactOnly.outDir);
      const list = (sizes) =>
        sizes.files.map(
          ({ file, gzip, kind }) =>
            `${`${(gzip / 1000).toFixed(1)} kB`.padStart(9)}  ${kind.padEnd(11)}  ${file}`,
        );
      const notes = [...app.notes, ...server.notes, ...reference.notes];
      return {
        metrics: {
          appInitial: app.initial,
          appTotal: app.total,
          appLazy: app.lazy,
          appDemo: app.demo,
          appDemoWorker: app.demoWorker,
          appOffline: app.offline,
          serverInitial: server.initial,
          serverTotal: server.total,
          serverDemo: server.demo + server.demoWorker,
          reactOnly: reference.initial,
        },
        details: {
          'static demo build, JS files (gzip)': list(app),
          'server build (npm start), JS files (gzip)': list(server),
          notes: notes.length > 0 ? notes : undefined,
        },
      };
    },
  },
];

/**
 * BENCH_ONLY: the measurements (browser and static) to run; all of them when unset. A
 * measurement's references (`references` in MEASUREMENTS) run with it, so its ratios are printed.
 */
function selectMeasurements() {
  const raw = process.env.BENCH_ONLY?.trim();
  if (!raw) return { browser: MEASUREMENTS, statics: STATIC_MEASUREMENTS };
  const ids = raw
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const known = [...MEASUREMENTS, ...STATIC_MEASUREMENTS].map((m) => m.id);
  const unknownIds = ids.filter((id) => !known.includes(id));
  if (unknownIds.length > 0 || ids.length === 0)
    throw new Error(
      `BENCH_ONLY: unknown measurement "${unknownIds.join(', ')}" (known: ${known.join(', ')})`,
    );
  const withReferences = new Set(
    ids.flatMap((id) => [id, ...(MEASUREMENTS.find((m) => m.id === id)?.references ?? [])]),
  );
  return {
    browser: MEASUREMENTS.filter((m) => withReferences.has(m.id)),
    statics: STATIC_MEASUREMENTS.filter((m) => withReferences.has(m.id)),
  };
}

const cleanups = [];
async function cleanUp() {
  while (cleanups.length > 0) {
    const step = cleanups.pop();
    try {
      await step();
    } catch (error) {
      console.error(`[bench] clean-up: ${error instanceof Error ? error.message : error}`);
    }
  }
}
// On Ctrl+C the browser and servers are closed under the running measurement: from then on
// nothing is reported (the failures that follow are ours), the process just exits.
let interrupted = false;
const untilExit = () => new Promise(() => undefined);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    interrupted = true;
    console.error(`[bench] ${signal}: cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });
}

function printDetails(title, details, indent = '  ') {
  if (!details) return;
  console.log(`${indent}${title}`);
  for (const [key, value] of Object.entries(details)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      console.log(`${indent}  ${key}:`);
      for (const item of value) console.log(`${indent}    ${item}`);
    } else console.log(`${indent}  ${key}: ${value}`);
  }
}

async function main() {
  const started = Date.now();
  const runs = intFromEnv('BENCH_RUNS', 5, 1);
  const cpuRate = intFromEnv('BENCH_CPU_RATE', 4, 1);
  const warmup = intFromEnv('BENCH_WARMUP', 1, 0);
  const timeout = intFromEnv('BENCH_TIMEOUT_MS', 60_000, 1000);
  const appRoot = resolve(process.env.BENCH_APP_ROOT?.trim() || repoRoot);
  const selected = selectMeasurements();
  const neededBuilds = new Set([...selected.browser, ...selected.statics].flatMap((m) => m.builds));
  if (process.env.BENCH_ONLY?.trim()) {
    log(`BENCH_ONLY: ${[...selected.browser, ...selected.statics].map((m) => m.id).join(', ')}`);
  }

  // React's production build is chosen by NODE_ENV at build time; the bench measures production.
  if (process.env.NODE_ENV !== undefined && process.env.NODE_ENV !== 'production') {
    log(`NODE_ENV=${process.env.NODE_ENV} ignored: building for production`);
  }
  delete process.env.NODE_ENV;
  if (process.env.VITE_DEMO === 'false') {
    log('VITE_DEMO=false ignored: the bench needs the built-in demo data');
    process.env.VITE_DEMO = 'true';
  }

  const chromiumPath = ensureChromium({ log: (line) => log(`chromium: ${line}`) });

  const tempDir = mkdtempSync(join(tmpdir(), 'arus-bench-'));
  cleanups.push(() => rmSync(tempDir, { recursive: true, force: true, maxRetries: 3 }));
  // What every measurement gets: the browser, the servers by BUILDS name, the settings, a temp dir
  // for files it needs (removed at the end), and a Set that collects non-fatal page warnings.
  /** @type {import('./bench/browser.mjs').BenchContext} */
  const ctx = { appRoot, tempDir, cpuRate, timeout, browser: null, servers: {}, warnings: new Set() };

  const builds = {};
  for (const [name, buildIt] of Object.entries(BUILDS)) {
    if (!neededBuilds.has(name)) continue;
    const t0 = Date.now();
    builds[name] = await buildIt(ctx, join(tempDir, name));
    if (!WITHOUT_REACT.has(name) && !hasProductionReact(builds[name].outDir)) {
      throw new MeasurementError(`the ${name} build does not contain React's production build (NODE_ENV?)`);
    }
    log(`built ${name} in ${seconds(Date.now() - t0)}`);
  }

  const samples = {};
  for (const measurement of selected.statics) samples[measurement.id] = [measurement.run(builds)];

  for (const [name, built] of Object.entries(builds)) {
    const server = await built.serve();
    cleanups.push(() => server.close());
    ctx.servers[name] = server;
    log(`serving ${name} at ${server.url}`);
  }

  const browserTemp = join(tempDir, 'chromium');
  mkdirSync(browserTemp);
  const { browser, version } = await launchBrowser(chromiumPath, { tempDir: browserTemp });
  cleanups.push(() => browser.close());
  ctx.browser = browser;
  log(`Chromium ${version}, CPU slowdown ${cpuRate}×, ${runs} runs per page (+${warmup} warm-up)`);

  // A measurement that breaks is not run again; the others go on, the report says what broke,
  // and the exit code is 1.
  const broken = new Map();
  const measurements = selected.browser;
  for (const measurement of measurements) samples[measurement.id] = [];
  for (let round = -warmup; round < runs && measurements.length > 0; round += 1) {
    const shift = ((round % measurements.length) + measurements.length) % measurements.length;
    const order = [...measurements.slice(shift), ...measurements.slice(0, shift)];
    for (const measurement of order) {
      if (broken.has(measurement.id)) continue;
      const t0 = Date.now();
      let result;
      try {
        result = await measurement.run(ctx);
      } catch (error) {
        if (interrupted) await untilExit();
        const reason = error instanceof Error ? error.message : String(error);
        broken.set(measurement.id, reason);
        log(`BROKEN ${measurement.title}: ${reason}`);
        if (!(error instanceof MeasurementError) && error instanceof Error) console.error(error.stack);
        continue;
      }
      const summary = Object.entries(result.metrics)
        .map(([key, value]) => `${key} ${Math.round(value)}`)
        .join(', ');
      log(
        `${round < 0 ? 'warm-up' : `run ${round + 1}/${runs}`} ${measurement.title}: ${summary} (${seconds(Date.now() - t0)})`,
      );
      if (round >= 0) samples[measurement.id].push(result);
    }
  }

  const { lines, failed, unknown } = renderReport(samples, { broken });
  console.log('');
  console.log('='.repeat(100));
  console.log(
    `Arus Pangan bench: Chromium ${version}, viewport 1280×900, CPU slowdown ${cpuRate}×, ${runs} interleaved run${runs === 1 ? '' : 's'} per page, medians`,
  );
  console.log(
    'Absolute times are only indicative (shared, noisy machine); the ratios against the references measured',
  );
  console.log('in the same run are what count. Ratio = median of the per-run ratios.');
  for (const line of lines) console.log(line);

  console.log('\nDetails (the median run of each page)');
  for (const measurement of measurements) {
    const runsOf = samples[measurement.id];
    const metric =
      measurement.medianBy ??
      ('longestInteraction' in (runsOf[0]?.metrics ?? {}) ? 'longestInteraction' : 'lcp');
    printDetails(`${measurement.title} (median by ${metric})`, medianRunDetails(runsOf, metric));
  }
  for (const measurement of selected.statics)
    printDetails(measurement.title, samples[measurement.id][0].details);

  if (ctx.warnings.size > 0) {
    console.log('\nWarnings from the pages (not fatal)');
    for (const line of [...ctx.warnings].slice(0, 30)) console.log(`  ${line}`);
    if (ctx.warnings.size > 30) console.log(`  … and ${ctx.warnings.size - 30} more`);
  }

  if (broken.size > 0) {
    console.log('\nBROKEN measurements (no figures; exit code 1)');
    for (const [id, reason] of broken) {
      const title = MEASUREMENTS.find((m) => m.id === id)?.title ?? id;
      console.log(`  ${title}:\n    ${reason}`);
    }
  }

  console.log('');
  const verdict =
    failed === 0 && unknown === 0
      ? 'All targets met'
      : [failed > 0 ? `${failed} target(s) not met` : '', unknown > 0 ? `${unknown} not measured` : '']
          .filter(Boolean)
          .join(', ');
  console.log(`${verdict}. Bench took ${seconds(Date.now() - started)}.`);
  return broken.size > 0 ? 1 : 0;
}

/**
 * The server parts (server/bench/server-bench.ts; the growth with the data,
 * server/bench/scale-bench.ts) run each in its own process, after the browser part.
 */
function runServerBench(file = 'server/bench/server-bench.ts') {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, file)], {
      cwd: repoRoot,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('exit', (code) => resolveRun(code ?? 1));
  });
}

// BENCH_ONLY=server or scale: only that server part; BENCH_ONLY unset: every part.
const onlyIds = (process.env.BENCH_ONLY ?? '')
  .split(',')
  .map((id) => id.trim())
  .filter(Boolean);
const withServer = onlyIds.length === 0 || onlyIds.includes('server');
const withScale = onlyIds.length === 0 || onlyIds.includes('scale');
const browserIds = onlyIds.filter((id) => id !== 'server' && id !== 'scale');
if (onlyIds.length > 0) process.env.BENCH_ONLY = browserIds.join(',');

let exitCode;
try {
  exitCode = onlyIds.length > 0 && browserIds.length === 0 ? 0 : await main();
  if (withServer && !interrupted) exitCode = Math.max(exitCode, await runServerBench());
  if (withScale && !interrupted)
    exitCode = Math.max(exitCode, await runServerBench('server/bench/scale-bench.ts'));
} catch (error) {
  if (interrupted) await untilExit();
  exitCode = 1;
  const kind = error instanceof MeasurementError ? 'the measurement broke' : 'the bench failed';
  console.error(
    `[bench] ${kind}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
} finally {
  await cleanUp();
}
process.exit(exitCode);
