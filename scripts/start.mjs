#!/usr/bin/env node
// `npm start`: build the production bundle, then serve dist/ with `vite preview` (which sends the
// Content-Security-Policy header from vite.config.ts and compresses responses).
//
//   PORT=8080 HOST=0.0.0.0 npm start      defaults: 4173 (next free one if busy), 127.0.0.1
//   VITE_DEMO=false npm start             a build without the built-in demo data (no MSW)
//   ARUS_CONNECT_SRC="https://api.example" npm start   allow that API origin in connect-src
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const host = process.env.HOST?.trim() || '127.0.0.1';
const port = Number.parseInt(process.env.PORT ?? '', 10) || 4173;
const demo = process.env.VITE_DEMO !== 'false';

function build() {
  const env = { ...process.env };
  delete env.NODE_ENV; // vite build chooses production; a stray NODE_ENV=development would not
  return new Promise((/** @type {(value?: unknown) => void} */ resolveBuild, rejectBuild) => {
    const child = spawn(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
      cwd: root,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', rejectBuild);
    child.on('exit', (code, signal) =>
      code === 0
        ? resolveBuild()
        : rejectBuild(new Error(`vite build failed (${signal ?? `exit code ${code}`})`)),
    );
  });
}

try {
  console.log('Building the production bundle...');
  await build();

  const server = await preview({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    preview: { host, port, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  const actualPort = address && typeof address === 'object' ? address.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${shownHost}:${actualPort}/`;
  const demoNote =
    demo && existsSync(join(root, 'dist', 'mockServiceWorker.js'))
      ? 'demo data built in'
      : 'no demo data: the app calls the real API';
  if (actualPort !== port) console.log(`Port ${port} was busy; using ${actualPort}.`);
  console.log(`Arus Pangan is running at ${url} (${demoNote}) — press Ctrl+C to stop`);

  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
