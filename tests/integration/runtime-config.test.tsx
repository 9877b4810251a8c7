import { beforeAll, describe, expect, test } from 'vitest';
import { createApiClient } from '../../src/api/http-client';
import { loadRuntimeConfig } from '../../src/api/runtime-config';
import { createHandlers } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { settledPanel } from '../helpers/panel';
import { renderApp, TEST_API_BASE_URL, warmUpApp } from '../helpers/render-app';

beforeAll(warmUpApp);

describe('runtime configuration', () => {
  test('changing apiBaseUrl in config.json makes the app call another server', async () => {
    const secondBase = 'http://data.example.test/arus-pangan/api/v2';
    server.use(...createHandlers(secondBase));
    const requested: string[] = [];
    server.events.on('request:start', ({ request }) => requested.push(request.url));

    const configFetch: typeof fetch = async () =>
      new Response(JSON.stringify({ apiBaseUrl: `${secondBase}/`, demo: false, requestTimeoutMs: 5000 }), {
        headers: { 'Content-Type': 'application/json' },
      });
    const config = await loadRuntimeConfig('/config.json', 'http://dasbor.example.test/', configFetch);
    expect(config.apiBaseUrl).toBe(secondBase);

    renderApp({
      client: createApiClient({ baseUrl: config.apiBaseUrl, timeoutMs: config.requestTimeoutMs }),
      demo: config.demo,
    });
    const panel = await settledPanel();
    expect(panel).toHaveAttribute('data-state', 'ready');

    expect(requested.length).toBeGreaterThanOrEqual(5);
    expect(requested.filter((url) => !url.startsWith(`${secondBase}/`))).toEqual([]);
    expect(requested.some((url) => url.startsWith(TEST_API_BASE_URL))).toBe(false);
    const endpoints = new Set(requested.map((url) => new URL(url).pathname.split('/').at(-1)));
    for (const endpoint of ['meta', 'flows', 'balance', 'claims', 'sources'])
      expect(endpoints).toContain(endpoint);
  });
});
