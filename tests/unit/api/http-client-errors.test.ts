import { describe, expect, test } from 'vitest';
import { HttpError, InvalidDataError, NetworkError, ParseError, TimeoutError } from '../../../src/api/errors';
import { createApiClient, type FlowsParams } from '../../../src/api/http-client';
import { createQueryClient } from '../../../src/api/queries';
import { TEST_API_BASE_URL } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import {
  makeRouteFail,
  makeRouteHang,
  makeRouteMalformed,
  makeRouteNetworkError,
} from '../../../mocks/scenarios';
import { as, caught } from '../../helpers/caught';

const client = createApiClient({ baseUrl: TEST_API_BASE_URL, timeoutMs: 5_000 });
const FLOWS: FlowsParams = { from: '2025-01-01', to: '2025-12-31', granularity: 'month', groupBy: ['group'] };

describe('API client errors, through the fault scenarios', () => {
  test('503 with a problem+json body → HttpError with the status and the problem detail, retryable', async () => {
    makeRouteFail(server, TEST_API_BASE_URL, 'flows');
    const error = as(await caught(client.getFlows(FLOWS)), HttpError);
    expect(error.status).toBe(503);
    expect(error.problem?.title).toBe('Service unavailable');
    expect(error.problem?.detail).toBe('The flows service is down for maintenance.');
    expect(error.message).toBe('The flows service is down for maintenance.');
    expect(error.retryable).toBe(true);
    expect(error.kind).toBe('http');
    expect(error.url.startsWith(`${TEST_API_BASE_URL}/flows?`)).toBe(true);
  });

  test('500 is retryable too; a 4xx is not', async () => {
    makeRouteFail(server, TEST_API_BASE_URL, 'claims', 500);
    expect(as(await caught(client.getClaims()), HttpError).retryable).toBe(true);
    makeRouteFail(server, TEST_API_BASE_URL, 'claims', 404);
    const notFound = as(await caught(client.getClaims()), HttpError);
    expect(notFound.status).toBe(404);
    expect(notFound.retryable).toBe(false);
  });

  test('network failure → NetworkError, retryable', async () => {
    makeRouteNetworkError(server, TEST_API_BASE_URL, 'flows');
    const error = as(await caught(client.getFlows(FLOWS)), NetworkError);
    expect(error.kind).toBe('network');
    expect(error.retryable).toBe(true);
  });

  test('a response that hangs → TimeoutError after the client’s timeoutMs', async () => {
    makeRouteHang(server, TEST_API_BASE_URL, 'meta');
    const impatient = createApiClient({ baseUrl: TEST_API_BASE_URL, timeoutMs: 200 });
    const error = as(await caught(impatient.getMeta()), TimeoutError);
    expect(error.timeoutMs).toBe(200);
    expect(error.retryable).toBe(true);
  });

  test('200 with an HTML page → ParseError, not retryable', async () => {
    makeRouteMalformed(server, TEST_API_BASE_URL, 'flows', 'html');
    const error = as(await caught(client.getFlows(FLOWS)), ParseError);
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('text/html');
  });

  test('200 with truncated JSON → ParseError', async () => {
    makeRouteMalformed(server, TEST_API_BASE_URL, 'flows', 'truncated');
    expect(as(await caught(client.getFlows(FLOWS)), ParseError).kind).toBe('parse');
  });

  test('a schema violation (tonnes as a string) → InvalidDataError naming rows.0.tonnes', async () => {
    makeRouteMalformed(server, TEST_API_BASE_URL, 'flows', 'schema');
    const error = as(await caught(client.getFlows(FLOWS)), InvalidDataError);
    expect(error.retryable).toBe(false);
    expect(error.issues.map((issue) => issue.field)).toContain('rows.0.tonnes');
    expect(error.message).toContain('rows.0.tonnes');
  });

  test('a caller abort is passed on as the abort, not reported as a NetworkError or TimeoutError', async () => {
    makeRouteHang(server, TEST_API_BASE_URL, 'flows');
    const controller = new AbortController();
    const request = caught(client.getFlows(FLOWS, controller.signal));
    controller.abort();
    const error = await request;
    expect(error).not.toBeInstanceOf(NetworkError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });
});

describe('createQueryClient retry rule', () => {
  const url = `${TEST_API_BASE_URL}/flows`;

  function retryRule(retries?: number) {
    const queryClient = createQueryClient({ servedLocally: true, ...(retries !== undefined && { retries }) });
    const retry = queryClient.getDefaultOptions().queries?.retry;
    if (typeof retry !== 'function') throw new Error('expected a retry function');
    return retry;
  }

  test('invalid data and parse errors are never retried', () => {
    const retry = retryRule();
    expect(retry(0, new InvalidDataError(url, [{ field: 'rows.0.tonnes', message: 'x' }]))).toBe(false);
    expect(retry(0, new ParseError('not JSON', url))).toBe(false);
  });

  test('HTTP 503 and network errors are retried twice by default, then given up', () => {
    const retry = retryRule();
    const unavailable = new HttpError(url, 503, null);
    expect(retry(0, unavailable)).toBe(true);
    expect(retry(1, unavailable)).toBe(true);
    expect(retry(2, unavailable)).toBe(false);
    expect(retry(0, new NetworkError('down', url))).toBe(true);
    expect(retry(0, new TimeoutError(url, 200))).toBe(true);
  });

  test('4xx answers and errors that are not API errors are not retried', () => {
    const retry = retryRule();
    expect(retry(0, new HttpError(url, 400, null))).toBe(false);
    expect(retry(0, new HttpError(url, 404, null))).toBe(false);
    expect(retry(0, new HttpError(url, 429, null))).toBe(true);
    expect(retry(0, new Error('a bug'))).toBe(false);
  });

  test('retries: 0 (as in tests) retries nothing', () => {
    expect(retryRule(0)(0, new HttpError(url, 503, null))).toBe(false);
  });
});
