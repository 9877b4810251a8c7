import { defineConfig } from 'vitest/config';

// Two projects, each extending vite.config.ts (its plugins and `define`, e.g. __DEMO_ENABLED__):
//   unit     jsdom, tests/unit + tests/integration
//   server   node, tests/server: the DuckDB server over loopback HTTP (after the browser project)
//   browser  node, tests/e2e: a production build served by `vite preview`, driven by a real
//            Chromium through playwright-core (see tests/e2e/global-setup.ts and browser.ts).
// `npx vitest run --project unit` runs one of them. The browser project runs after the unit project
// (groupOrder) so the two do not fight over the two CPU cores.
// (`extends: './vite.config.ts'` rather than `mergeConfig(viteConfig, …)`: importing the config
// file here would need an extension-less import, which Vite 8's config loader warns about.)
export default defineConfig({
  test: {
    projects: [
      {
        extends: './vite.config.ts',
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup.ts'],
          // A safety net against a hang, not a measure of speed: walks through the whole app take
          // a few seconds alone and several times that when the two cores are shared.
          testTimeout: 60_000,
          hookTimeout: 90_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: './vite.config.ts',
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 2 },
        },
      },
      {
        extends: './vite.config.ts',
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
