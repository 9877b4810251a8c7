// Builds for `npm run bench` and the preview servers that serve them. Every build goes into a
// directory under the bench's temp dir (never dist/) and is served by Vite's preview() on a free
// loopback port.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, preview } from 'vite';
import { contentSecurityPolicy } from '../csp.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const PAGES_DIR = join(here, 'pages');

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
  if (!existsSync(join(outDir, 'mockServiceWorker.js'))) {
    throw new Error('the app build has no mockServiceWorker.js: the bench needs the demo data (VITE_DEMO)');
  }
  return { outDir, serve: () => serve({ root: appRoot, configFile, outDir }) };
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
    // recharts alone is over Vite's 500 kB warning; the size is reported by the bench itself.
    build: {
      outDir,
      emptyOutDir: true,
      manifest: true,
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 5000,
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
