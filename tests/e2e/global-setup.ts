// Global setup of the `browser` test project (vitest.config.ts). Runs once, in the Vitest main
// process, before the first e2e file:
//   1. checks that Chromium is there (throws, naming what is missing: browser tests never skip),
//   2. builds the production bundle into dist/ (`vite build` in a child process, demo data on),
//   3. starts the Arus Pangan server (server/) on a free loopback port with a fresh database holding
//      the demo dataset: it serves dist/ and the API on one origin, as `npm start` does,
//   4. serves the same dist/ with `vite preview` too: the static demo build (MSW in the page), for
//      its smoke test,
//   5. provides the URLs to the tests: `inject('baseUrl')` (the server; tests/e2e/browser.ts uses
//      it), `inject('demoBaseUrl')` (the static build) and `inject('tokensFile')` (write tokens).
// The returned teardown closes both.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium, missingChromiumMessage } from '../../scripts/ensure-chromium.mjs';
import { readConfig } from '../../server/config';
import { startServer } from '../../server/server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Arus Pangan server under test (build + API), with a trailing slash: http://127.0.0.1:PORT/ */
    baseUrl: string;
    /** The same build served statically, with the in-browser demo API. */
    demoBaseUrl: string;
    /** Where the server under test reads its write tokens. */
    tokensFile: string;
    /** The Chromium binary that tests/e2e/browser.ts launches. */
    chromiumPath: string;
  }
}

function buildProduction(root: string): Promise<void> {
  const viteBin = resolve(root, 'node_modules/vite/bin/vite.js');
  const [cmd, args] = existsSync(viteBin)
    ? [process.execPath, [viteBin, 'build', '--logLevel', 'warn']]
    : ['npx', ['--no-install', 'vite', 'build', '--logLevel', 'warn']];
  // Vitest sets NODE_ENV=test in this process; a build must see production (or nothing), otherwise
  // React's development build would be bundled. The e2e tests expect the built-in demo data.
  const env: NodeJS.ProcessEnv = { ...process.env, VITE_DEMO: 'true' };
  delete env.NODE_ENV;
  return new Promise((resolveBuild, rejectBuild) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', rejectBuild);
    child.on('exit', (code, signal) => {
      if (code === 0) resolveBuild();
      else
        rejectBuild(new Error(`e2e global setup: \`vite build\` failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let chromiumPath: string | null;
  try {
    chromiumPath = findChromium();
  } catch (err) {
    throw new Error(`Browser tests cannot run: ${err instanceof Error ? err.message : String(err)}`, {
      cause: err,
    });
  }
  if (!chromiumPath) {
    throw new Error(
      `Browser tests cannot run.\n${missingChromiumMessage()}\n(\`npm test\` installs it when run as root.)`,
    );
  }

  const root = project.config.root;
  const started = Date.now();
  await buildProduction(root);

  const dataDir = mkdtempSync(join(tmpdir(), 'arus-e2e-'));
  const config = readConfig(
    {
      ARUS_DB_PATH: join(dataDir, 'e2e.duckdb'),
      ARUS_STATIC_DIR: resolve(root, 'dist'),
      PORT: '0',
      ARUS_LOG: 'off',
    },
    root,
  );
  const server = await startServer({ config });

  const demoServer = await preview({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = demoServer.httpServer.address();
  if (!address || typeof address === 'string') {
    await demoServer.close();
    await server.close();
    throw new Error('e2e global setup: the preview server has no TCP address');
  }
  const demoBaseUrl = `http://127.0.0.1:${address.port}/`;
  console.log(
    `[e2e] server at ${server.url}, static demo build at ${demoBaseUrl} (built in ${Date.now() - started} ms)`,
  );

  project.provide('baseUrl', server.url);
  project.provide('demoBaseUrl', demoBaseUrl);
  project.provide('tokensFile', config.tokensFile);
  project.provide('chromiumPath', chromiumPath);

  return async () => {
    await demoServer.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
