#!/usr/bin/env node
// `npm start`: build the dashboard (without the in-browser demo API), then start the Arus Pangan
// server, which serves the build and the API on one origin from its DuckDB database. On first
// start the database gets the demo dataset (flagged "demo" in /meta); `npm start -- --empty`
// starts without it. Configuration: environment variables, see docs/server.md.
//
//   PORT=8080 HOST=0.0.0.0 npm start      defaults: 4173, 127.0.0.1
//   ARUS_DB_PATH=/srv/arus.duckdb npm start
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const serverArgs = process.argv.slice(2);

function run(args, env) {
  return new Promise((/** @type {(value?: unknown) => void} */ resolveRun, rejectRun) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', rejectRun);
    child.on('exit', (code, signal) =>
      code === 0
        ? resolveRun()
        : rejectRun(new Error(`${args.join(' ')} failed (${signal ?? `exit code ${code}`})`)),
    );
  });
}

try {
  console.log('Building the dashboard...');
  /** @type {NodeJS.ProcessEnv} */
  const buildEnv = { ...process.env, VITE_DEMO: 'false' };
  delete buildEnv.NODE_ENV; // vite build chooses production; a stray NODE_ENV=development would not
  await run([join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], buildEnv);
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}

const server = spawn(
  process.execPath,
  ['--import', 'tsx', join(root, 'server', 'cli', 'serve.ts'), ...serverArgs],
  {
    cwd: root,
    env: { ARUS_STATIC_DIR: join(root, 'dist'), ...process.env },
    stdio: 'inherit',
  },
);
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
  process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
