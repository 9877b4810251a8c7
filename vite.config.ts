import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
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
      // A build answers the demo API inside the page (src/app/demo-api.ts); MSW's worker would
      // claim the scope the offline service worker needs, so it is for `npm run dev` only.
      await rm(resolve(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

const DAY_SECONDS = 24 * 60 * 60;

/**
 * The service worker of a build: every file of the build precached (all pages' chunks, CSS, the
 * map, the workers), navigations answered with the app shell, the API's answers kept
 * stale-while-revalidate so a view opened once presents offline. Registered by src/app/offline.ts.
 */
function offlineServiceWorker() {
  return VitePWA({
    strategies: 'generateSW',
    injectRegister: false,
    manifest: false,
    // `npm run dev` keeps MSW on the page's scope.
    devOptions: { enabled: false },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
      // The runtime configuration may change without a new build: fetched first, cached as a fallback.
      globIgnores: ['config.json', 'mockServiceWorker.js'],
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/\/api\//],
      cleanupOutdatedCaches: true,
      // The first visit is controlled at once, so its API answers are kept; an update waits for the
      // reader (src/app/offline.ts offers the reload) instead of swapping files under an open talk.
      clientsClaim: true,
      skipWaiting: false,
      runtimeCaching: [
        {
          urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.endsWith('/config.json'),
          handler: 'NetworkFirst',
          options: { cacheName: 'arus-config', networkTimeoutSeconds: 4 },
        },
        {
          // The API's base comes from config.json at run time, so any `/api/v<n>/` path is matched.
          urlPattern: ({ url, request }) => request.method === 'GET' && /\/api\/v\d+\//.test(url.pathname),
          handler: 'StaleWhileRevalidate',
          options: {
            cacheName: 'arus-api',
            cacheableResponse: { statuses: [200] },
            expiration: { maxEntries: 3000, maxAgeSeconds: 60 * DAY_SECONDS },
          },
        },
      ],
    },
  });
}

export default defineConfig({
  plugins: [react(), securityAndDemoAssets(), offlineServiceWorker()],
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
