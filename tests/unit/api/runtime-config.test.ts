import { describe, expect, test } from 'vitest';
import { ConfigError, loadRuntimeConfig } from '../../../src/api/runtime-config';
import { as, caught } from '../../helpers/caught';

const PAGE = 'https://dasbor.example.go.id/arus-pangan/index.html';

/** A fetch that answers every request with one body, and remembers what it was asked. */
function fakeFetch(body: string, init: ResponseInit = { status: 200 }) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetchImpl: typeof fetch = async (input, requestInit) => {
    calls.push({ url: String(input), init: requestInit });
    return new Response(body, { headers: { 'Content-Type': 'application/json' }, ...init });
  };
  return { fetchImpl, calls };
}

const json = (value: unknown) => JSON.stringify(value);

describe('loadRuntimeConfig', () => {
  test('an absolute apiBaseUrl is taken as it is; defaults fill what is missing', async () => {
    const { fetchImpl, calls } = fakeFetch(
      json({ apiBaseUrl: 'https://data.example.org/api/v2', demo: false }),
    );
    const config = await loadRuntimeConfig('/arus-pangan/config.json', PAGE, fetchImpl);
    expect(config).toEqual({
      apiBaseUrl: 'https://data.example.org/api/v2',
      demo: false,
      requestTimeoutMs: 15_000,
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('/arus-pangan/config.json');
    expect(calls[0]?.init?.cache).toBe('no-store');
  });

  test('a trailing slash is dropped', async () => {
    const { fetchImpl } = fakeFetch(json({ apiBaseUrl: 'https://data.example.org/api/v2/' }));
    expect((await loadRuntimeConfig('config.json', PAGE, fetchImpl)).apiBaseUrl).toBe(
      'https://data.example.org/api/v2',
    );
  });

  test('a relative "/api/v1" resolves against the page URL', async () => {
    const { fetchImpl } = fakeFetch(json({ apiBaseUrl: '/api/v1', demo: true, requestTimeoutMs: 8000 }));
    const config = await loadRuntimeConfig('config.json', PAGE, fetchImpl);
    expect(config).toEqual({
      apiBaseUrl: 'https://dasbor.example.go.id/api/v1',
      demo: true,
      requestTimeoutMs: 8000,
    });
  });

  test('a path without a leading slash resolves against the page’s folder', async () => {
    const { fetchImpl } = fakeFetch(json({ apiBaseUrl: 'api/v1' }));
    expect((await loadRuntimeConfig('config.json', PAGE, fetchImpl)).apiBaseUrl).toBe(
      'https://dasbor.example.go.id/arus-pangan/api/v1',
    );
  });

  test.each([
    ['apiBaseUrl', { demo: true }],
    ['apiBaseUrl', { apiBaseUrl: 42 }],
    ['apiBaseUrl', { apiBaseUrl: '' }],
    ['demo', { apiBaseUrl: '/api/v1', demo: 'yes' }],
    ['requestTimeoutMs', { apiBaseUrl: '/api/v1', requestTimeoutMs: -5 }],
    ['requestTimeoutMs', { apiBaseUrl: '/api/v1', requestTimeoutMs: 1e9 }],
  ])('an invalid config → ConfigError naming %s (%j)', async (field, body) => {
    const { fetchImpl } = fakeFetch(json(body));
    const error = as(await caught(loadRuntimeConfig('config.json', PAGE, fetchImpl)), ConfigError);
    expect(error.message).toContain(`${field}:`);
  });

  test('an apiBaseUrl that is no URL at all → ConfigError naming apiBaseUrl', async () => {
    const { fetchImpl } = fakeFetch(json({ apiBaseUrl: 'https://' }));
    const error = as(await caught(loadRuntimeConfig('config.json', PAGE, fetchImpl)), ConfigError);
    expect(error.message).toContain('apiBaseUrl:');
  });

  test('a config that is not JSON → ConfigError', async () => {
    const { fetchImpl } = fakeFetch('<!doctype html><p>Not found</p>');
    const error = as(await caught(loadRuntimeConfig('config.json', PAGE, fetchImpl)), ConfigError);
    expect(error.message).toContain('config.json');
  });

  test('a missing config file (HTTP 404) → ConfigError with the status', async () => {
    const { fetchImpl } = fakeFetch('', { status: 404 });
    const error = as(await caught(loadRuntimeConfig('config.json', PAGE, fetchImpl)), ConfigError);
    expect(error.message).toContain('404');
  });

  test('a network failure → ConfigError', async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError('fetch failed');
    };
    const error = as(await caught(loadRuntimeConfig('config.json', PAGE, failing)), ConfigError);
    expect(error.message).toContain('fetch failed');
  });
});
