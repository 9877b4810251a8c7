import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from './scripts/csp.mjs';

// Demo mode (MSW serving the built-in dataset) is on unless the build says otherwise. With
// VITE_DEMO=false the dynamic import of the mocks is dead code and the worker file is removed,
// so such a build ships no MSW at all.
const demoEnabled = process.env.VITE_DEMO !== 'false';

function securityAndDemoAssets(): Plugin {
  let outDir = 'dist';
  return {
    name: 'arus-pangan:csp-and-demo-assets',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        // The dev server injects inline scripts (React refresh), so only the build gets the meta tag.
        if (ctx.server) return [];
        return [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
    async closeBundle() {
      if (!demoEnabled) await rm(resolve(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

export default defineConfig({
  plugins: [react(), securityAndDemoAssets()],
  define: {
    __DEMO_ENABLED__: JSON.stringify(demoEnabled),
  },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  preview: {
    headers: { 'Content-Security-Policy': contentSecurityPolicy() },
  },
});
