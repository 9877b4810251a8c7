// Global setup of the `browser` test project (vitest.config.ts). Runs once, in the Vitest main
// process, before the first e2e file:
//   1. checks that Chromium is there (throws, naming what is missing: browser tests never skip),
//   2. builds the production bundle into dist/ (`vite build` in a child process, demo data on),
//   3. serves dist/ with `vite preview` on a free loopback port (the preview config in
//      vite.config.ts sends the Content-Security-Policy header),
//   4. provides the base URL to the tests: `inject('baseUrl')` (tests/e2e/browser.ts does it).
// The returned teardown closes the server.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium, missingChromiumMessage } from '../../scripts/ensure-chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the production build under test, with a trailing slash: http://127.0.0.1:PORT/ */
    baseUrl: string;
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

  const server = await preview({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') {
    await server.close();
    throw new Error('e2e global setup: the preview server has no TCP address');
  }
  const baseUrl = `http://127.0.0.1:${address.port}/`;
  console.log(`[e2e] production build served at ${baseUrl} (built in ${Date.now() - started} ms)`);

  project.provide('baseUrl', baseUrl);
  project.provide('chromiumPath', chromiumPath);

  return async () => {
    await server.close();
  };
}
