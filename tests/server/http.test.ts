// The HTTP surface: security headers, CORS for configured origins only, caching, oversized
// requests, health checks, and static files that cannot be escaped.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness';

const outside = mkdtempSync(join(tmpdir(), 'arus-http-'));
const build = join(outside, 'dist');
let server: TestServer;

beforeAll(async () => {
  mkdirSync(join(build, 'assets'), { recursive: true });
  writeFileSync(join(build, 'index.html'), '<!doctype html><title>Arus Pangan</title>');
  writeFileSync(join(build, 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(join(outside, 'secret.txt'), 'SECRET');
  server = await startTestServer({
    env: {
      ARUS_STATIC_DIR: build,
      ARUS_CORS_ORIGINS: 'https://intranet.example',
      ARUS_MAX_URL_BYTES: '2048',
    },
  });
});
afterAll(async () => {
  await server.dispose();
  rmSync(outside, { recursive: true, force: true });
});

/** A raw request, so the path reaches the server exactly as written (fetch would normalise it). */
function raw(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const url = new URL(server.url);
  return new Promise((resolveRequest, rejectRequest) => {
    const req = request({ host: url.hostname, port: url.port, path, headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolveRequest({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', rejectRequest);
    req.end();
  });
}

describe('static files', () => {
  it('serves the build, with long caching for hashed assets only', async () => {
    const index = await raw('/');
    expect(index.status).toBe(200);
    expect(index.headers['cache-control']).toBe('no-cache');
    const asset = await raw('/assets/app-1234.js');
    expect([asset.status, asset.body, asset.headers['cache-control']]).toEqual([
      200,
      'console.log(1)',
      'public, max-age=31536000, immutable',
    ]);
    const again = await raw('/assets/app-1234.js', { 'If-None-Match': String(asset.headers.etag) });
    expect(again.status).toBe(304);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%5c..%5csecret.txt',
    '/index.html%00.js',
    '/%00',
    '//etc/passwd',
    '/mockServiceWorker.js',
  ])('answers %s with 404 and never a file outside the build', async (path) => {
    const answer = await raw(path);
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain('SECRET');
  });
});

describe('headers', () => {
  it('sends the security headers on pages, API answers and errors', async () => {
    for (const path of ['/', '/api/v1/meta', '/api/v1/flows', '/nope']) {
      const answer = await raw(path);
      expect(answer.headers['content-security-policy']).toMatch(/frame-ancestors 'self'/);
      expect(answer.headers['content-security-policy']).toMatch(/script-src 'self';/);
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    }
  });

  it('allows cross-origin reads only from configured origins, and never writes', async () => {
    const allowed = await raw('/api/v1/meta', { Origin: 'https://intranet.example' });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://intranet.example');
    const other = await raw('/api/v1/meta', { Origin: 'https://evil.example' });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const preflightGet = await fetch(server.api('/meta'), {
      method: 'OPTIONS',
      headers: { Origin: 'https://intranet.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect([preflightGet.status, preflightGet.headers.get('access-control-allow-methods')]).toEqual([
      204,
      'GET, HEAD',
    ]);
    const preflightPost = await fetch(server.api('/datasets'), {
      method: 'OPTIONS',
      headers: { Origin: 'https://intranet.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflightPost.status).toBe(403);
    expect(preflightPost.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('revalidates reads with an ETag and compresses them', async () => {
    const first = await fetch(server.api('/flows?from=2024-01-01&to=2024-12-31&groupBy=origin'), {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(first.headers.get('content-encoding')).toBe('gzip');
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    const tag = first.headers.get('etag') ?? '';
    expect(tag).toMatch(/^W\//);
    const second = await fetch(server.api('/flows?from=2024-01-01&to=2024-12-31&groupBy=origin'), {
      headers: { 'If-None-Match': tag },
    });
    expect(second.status).toBe(304);
  });
});

describe('bad requests', () => {
  it('names the field of a malformed parameter', async () => {
    const response = await fetch(server.api('/flows?from=2024-13-01&to=2024-12-31&granularity=fortnight'));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: unknown }).errors).toEqual([
      { field: 'from', message: '"2024-13-01" is not a date (YYYY-MM-DD)' },
    ]);
  });

  it('answers an oversized address with a page in both languages, not a bare failure', async () => {
    const long = await raw(`/?commodity=${'rice,'.repeat(600)}`);
    expect(long.status).toBe(414);
    expect(long.body).toContain('Alamat (URL) terlalu panjang');
    expect(long.body).toContain('The address (URL) is too long');
    const huge = await raw(`/?x=${'a'.repeat(40_000)}`);
    expect(huge.status).toBe(431);
    expect(huge.body).toContain('Header permintaan terlalu besar');
  });

  it('refuses other methods on the read API', async () => {
    const response = await fetch(server.api('/flows'), { method: 'DELETE' });
    expect([response.status, response.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
  });
});

describe('health', () => {
  it('reports live and ready', async () => {
    expect(await (await fetch(new URL('/healthz', server.url))).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(new URL('/readyz', server.url))).json()).toEqual({
      status: 'ready',
      datasets: 1,
    });
  });

  it('logs one structured line per request', async () => {
    await fetch(server.api('/meta?probe=log'));
    const line = server.logLines().find((l) => l.path === '/api/v1/meta' && l.status === 200);
    expect(line).toMatchObject({ msg: 'request', method: 'GET', path: '/api/v1/meta', status: 200 });
    expect(typeof line?.ms).toBe('number');
  });
});
