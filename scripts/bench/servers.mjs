// Builds for `npm run bench` and the servers that serve them. Every build goes into a directory
// under the bench's temp dir (never dist/) and is served on a free loopback port: by Vite's
// preview(), or, for the server build, by the Arus Pangan server itself (what `npm start` runs).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, preview } from 'vite';
import { contentSecurityPolicy } from '../csp.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const PAGES_DIR = join(here, 'pages');

/** Whether a build answers the demo API in the page: it ships the demo API worker's chunk. */
function hasDemoApiWorker(outDir) {
  const assets = join(outDir, 'assets');
  return existsSync(assets) && readdirSync(assets).some((file) => file.startsWith('demo-api.worker-'));
}

/** The production build of the app itself, with its own vite.config.ts (demo data on). */
export async function buildApp({ appRoot, outDir }) {
  const configFile = join(appRoot, 'vite.config.ts');
  await build({
    root: appRoot,
    configFile,
    mode: 'production',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, manifest: true },
  });
  if (!hasDemoApiWorker(outDir)) {
    throw new Error('the app build has no demo API worker: the bench needs the demo data (VITE_DEMO)');
  }
  return { outDir, serve: () => serve({ root: appRoot, configFile, outDir }) };
}

/**
 * The build `npm start` serves: the app without the in-browser demo API (VITE_DEMO=false), served
 * with the API on one origin by the server (server/cli/serve.ts) on its own DuckDB file, which it
 * fills with the demo dataset on first start.
 */
export async function buildServerApp({ appRoot, outDir }) {
  const previousDemo = process.env.VITE_DEMO;
  process.env.VITE_DEMO = 'false';
  try {
    await build({
      root: appRoot,
      configFile: join(appRoot, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, manifest: true },
    });
  } finally {
    if (previousDemo === undefined) delete process.env.VITE_DEMO;
    else process.env.VITE_DEMO = previousDemo;
  }
  if (hasDemoApiWorker(outDir)) {
    throw new Error('the server build has the demo API worker: VITE_DEMO=false was not honoured');
  }
  return { outDir, serve: () => startArusServer({ appRoot, staticDir: outDir }) };
}

const SERVER_START_TIMEOUT_MS = 180_000;

/** Starts the Arus Pangan server on a free loopback port; resolves once it says where it runs. */
function startArusServer({ appRoot, staticDir }) {
  const dataDir = join(dirname(staticDir), `${basename(staticDir)}-data`);
  const child = spawn(process.execPath, ['--import', 'tsx', join(appRoot, 'server', 'cli', 'serve.ts')], {
    cwd: appRoot,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      ARUS_STATIC_DIR: staticDir,
      ARUS_DB_PATH: join(dataDir, 'bench.duckdb'),
      ARUS_LOG: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
  return new Promise((resolveStart, rejectStart) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      rejectStart(
        new Error(`the Arus Pangan server did not start within ${SERVER_START_TIMEOUT_MS} ms:\n${output}`),
      );
    }, SERVER_START_TIMEOUT_MS);
    const onData = (chunk) => {
      output += String(chunk);
      const match = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.stdout.resume();
      resolveStart({
        url: `${match[1]}/`,
        close: async () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => {
      output += String(chunk);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      rejectStart(
        new Error(`the Arus Pangan server exited (${signal ?? code}) before it started:\n${output}`),
      );
    });
  });
}

/**
 * A reference page from scripts/bench/pages/<name>/, built with the same Vite and plugin-react but
 * none of the app's configuration. `@bench/time-series-chart` resolves to the app's chart.
 */
export async function buildReference({ name, appRoot, outDir }) {
  const root = join(PAGES_DIR, name);
  /** @type {import('vite').InlineConfig & { root: string, configFile: false }} */
  const config = {
    root,
    configFile: false,
    mode: 'production',
    logLevel: 'warn',
    plugins: [react()],
    resolve: {
      alias: { '@bench/time-series-chart': resolve(appRoot, 'src/charts/time-series-chart.tsx') },
      dedupe: ['react', 'react-dom'],
    },
    build: {
      outDir,
      emptyOutDir: true,
      manifest: true,
      target: 'es2022',
      sourcemap: false,
    },
    // The same header the app's preview sends, so both pay for the same policy.
    preview: { headers: { 'Content-Security-Policy': contentSecurityPolicy() } },
  };
  await build(config);
  return { outDir, serve: () => serve({ ...config, plugins: [], outDir }) };
}

/** @param {import('vite').InlineConfig & { outDir: string }} config */
async function serve({ root, configFile, outDir, ...rest }) {
  const server = await preview({
    ...rest,
    root,
    configFile,
    logLevel: 'warn',
    build: { ...rest.build, outDir },
    preview: { ...rest.preview, host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') {
    await server.close();
    throw new Error(`the preview server for ${outDir} has no TCP address`);
  }
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
