// The HTTP surface: the read API (public, cacheable), uploads (bearer token), health checks and
// the dashboard build, all on one origin with the same security headers.
import type { IncomingMessage } from 'node:http';
import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import { etag } from 'hono/etag';
import { timeout } from 'hono/timeout';
import { HTTPException } from 'hono/http-exception';
import { contentSecurityPolicy } from '../../scripts/csp.mjs';
import type { ServerConfig } from '../config';
import { ingestFile, datasetIdOf, isTableKind, TABLE_KINDS } from '../ingest';
import { spoolUpload, UploadTooLargeError, type SpooledFile } from '../spooled-file';
import type { DataStore } from '../store/data-store';
import { StoreUnavailableError } from '../store/store-errors';
import { createReadApi, problemAnswer, type ApiAnswer } from './read-api';
import { oversizedUrlPage } from './error-pages';
import { createRateLimiter } from './rate-limit';
import { createStaticFiles } from './static-files';
import type { Logger } from './log';

export const API_BASE = '/api/v1';

export interface AppOptions {
  store: DataStore;
  config: Pick<
    ServerConfig,
    | 'staticDir'
    | 'corsOrigins'
    | 'uploadMaxBytes'
    | 'uploadsPerMinute'
    | 'requestTimeoutMs'
    | 'maxUrlBytes'
    | 'scanBudgetRows'
  >;
  verifyToken: (token: string) => string | null;
  logger: Logger;
  /** False once shutdown has begun: /readyz answers 503 so a balancer stops sending. */
  isReady: () => boolean;
  /** Test hook: runs inside each upload's write transaction, before commit. */
  beforeCommit?: () => Promise<void> | void;
}

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${contentSecurityPolicy()}; frame-ancestors 'self'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

function send(c: Context, answer: ApiAnswer, extraHeaders: Record<string, string> = {}) {
  return c.body(JSON.stringify(answer.body), answer.status as 200, {
    'Content-Type': answer.contentType,
    // The etag middleware takes a tag already set instead of hashing the body.
    ...(answer.etag && { ETag: answer.etag }),
    ...extraHeaders,
  });
}

function problem(
  c: Context,
  status: number,
  title: string,
  detail: string,
  headers: Record<string, string> = {},
) {
  return send(c, problemAnswer({ title, status, detail }), headers);
}

export function createApp({ store, config, verifyToken, logger, isReady, beforeCommit }: AppOptions) {
  const app = new Hono();
  const readApi = createReadApi(store, { scanBudgetRows: config.scanBudgetRows });
  const uploadLimiter = createRateLimiter(config.uploadsPerMinute, 60_000);
  const staticFiles = config.staticDir ? createStaticFiles(config.staticDir) : null;
  const allowedOrigins = new Set(config.corsOrigins);

  // One log line per request, and the security headers on every answer (errors included).
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value);
    logger.request({
      method: c.req.method,
      path: new URL(c.req.url).pathname,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      ...(c.get('auth') && { auth: c.get('auth') }),
    });
  });

  app.use(async (c, next) => {
    const url = c.req.url;
    if (Buffer.byteLength(url) > config.maxUrlBytes) {
      return c.html(oversizedUrlPage(414), 414);
    }
    await next();
  });

  app.use(compress());

  // CORS: reads only, and only for the origins the operator listed.
  app.use(`${API_BASE}/*`, async (c, next) => {
    const origin = c.req.header('Origin');
    const allowed = origin !== undefined && allowedOrigins.has(origin);
    if (c.req.method === 'OPTIONS') {
      if (!allowed || c.req.header('Access-Control-Request-Method')?.toUpperCase() !== 'GET') {
        return c.body(null, 403);
      }
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': 'GET, HEAD',
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      });
    }
    await next();
    c.header('Vary', 'Origin', { append: true });
    if (allowed && (c.req.method === 'GET' || c.req.method === 'HEAD')) {
      c.header('Access-Control-Allow-Origin', origin);
    }
  });

  // Reads get the request timeout. An upload is not cut short: its answer must say whether the
  // revision was stored, and a write, once begun, runs to its commit or its rollback.
  const readTimeout = timeout(
    config.requestTimeoutMs,
    () =>
      new HTTPException(503, {
        res: new Response(
          JSON.stringify({
            type: 'about:blank',
            title: 'Request timed out',
            status: 503,
            detail: `No answer within ${config.requestTimeoutMs} ms`,
          }),
          { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      }),
  );
  app.use(`${API_BASE}/*`, (c, next) => (c.req.method === 'POST' ? next() : readTimeout(c, next)));

  app.get('/healthz', (c) => c.json({ status: 'ok' }, 200, { 'Cache-Control': 'no-store' }));
  app.get('/readyz', async (c) => {
    if (!isReady()) return c.json({ status: 'shutting-down' }, 503, { 'Cache-Control': 'no-store' });
    try {
      await store.checkReady();
      const datasets = await store.datasetCount();
      return c.json({ status: 'ready', datasets }, 200, { 'Cache-Control': 'no-store' });
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) throw error;
      logger.error('database unavailable', error.message);
      return c.json({ status: 'database-unavailable', detail: error.message }, 503, {
        'Cache-Control': 'no-store',
      });
    }
  });

  // The page reads where its API is from config.json; served here, it is this server's API.
  app.get('/config.json', (c) =>
    c.json({ apiBaseUrl: API_BASE, demo: false, requestTimeoutMs: 15_000 }, 200, {
      'Cache-Control': 'no-cache',
    }),
  );

  const reads = new Hono();
  reads.use(etag({ weak: true }));
  reads.use(async (c, next) => {
    await next();
    // Data changes only with a new revision; the ETag makes revalidation cheap.
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=0, must-revalidate');
    else c.header('Cache-Control', 'no-store');
  });

  reads.get('/datasets', async (c) => c.json(await store.listDatasets()));
  reads.get('/datasets/:id/revisions', async (c) => {
    const revisions = await store.revisions(c.req.param('id'));
    if (!revisions) return problem(c, 404, 'Not found', `No dataset "${c.req.param('id')}"`);
    return c.json(revisions);
  });
  reads.get('/datasets/:id/*', async (c) => {
    const id = c.req.param('id');
    // The route is what follows the id's segment, however the id was spelled in the URL.
    const afterDatasets = c.req.path.slice(`${API_BASE}/datasets/`.length);
    const route = afterDatasets.slice(afterDatasets.indexOf('/'));
    return send(c, await readApi.handle(id, route, new URL(c.req.url).searchParams));
  });
  reads.get('/*', async (c) => {
    const route = c.req.path.slice(API_BASE.length);
    return send(c, await readApi.handle(null, route, new URL(c.req.url).searchParams));
  });

  app.post(
    `${API_BASE}/datasets`,
    async (c, next) => {
      const header = c.req.header('Authorization') ?? '';
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const tokenName = match?.[1] ? verifyToken(match[1]) : null;
      if (!tokenName) {
        c.set('auth', header ? 'refused: unknown or revoked token' : 'refused: no token');
        return problem(
          c,
          401,
          'Unauthorized',
          'Writing needs a valid bearer token (npm run token -- create NAME).',
          {
            'WWW-Authenticate': 'Bearer realm="arus-pangan"',
          },
        );
      }
      c.set('auth', `token ${tokenName}`);
      c.set('tokenName', tokenName);
      const wait = uploadLimiter.take(tokenName);
      if (wait > 0) {
        return problem(
          c,
          429,
          'Too many uploads',
          `At most ${config.uploadsPerMinute} uploads a minute per token.`,
          {
            'Retry-After': String(Math.ceil(wait / 1000)),
          },
        );
      }
      await next();
    },
    async (c, next) => {
      // A declared size over the limit is refused before reading; a body without one is counted
      // as it is written to disk (spoolUpload), never gathered in memory first.
      const declared = Number(c.req.header('Content-Length') ?? Number.NaN);
      if (declared > config.uploadMaxBytes) {
        return problem(
          c,
          413,
          'File too large',
          `An upload may be at most ${config.uploadMaxBytes} bytes; nothing was stored.`,
        );
      }
      await next();
    },
    async (c) => {
      const params = new URL(c.req.url).searchParams;
      const fileName = (params.get('filename') ?? c.req.header('X-File-Name') ?? 'upload.csv').slice(0, 200);
      const datasetName = params.get('dataset') ?? fileName.replace(/\.[^.]+$/, '');
      const table = params.get('table');
      if (table !== null && !isTableKind(table)) {
        return send(
          c,
          problemAnswer({
            title: 'Invalid query parameters',
            status: 400,
            detail: `table: one of ${TABLE_KINDS.join(', ')}`,
            errors: [{ field: 'table', message: `one of ${TABLE_KINDS.join(', ')}` }],
          }),
        );
      }
      if (!datasetIdOf(datasetName)) {
        return send(
          c,
          problemAnswer({
            title: 'Invalid query parameters',
            status: 400,
            detail: 'dataset: needs at least one letter or digit',
            errors: [{ field: 'dataset', message: 'needs at least one letter or digit' }],
          }),
        );
      }
      let file: SpooledFile;
      try {
        // Behind the Node adapter, the request's own stream: read with backpressure, while the web
        // stream made from it (Node 20's Readable.toWeb) would take the whole body into memory
        // as fast as it arrives.
        const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
        file = await spoolUpload(incoming ?? c.req.raw.body, fileName, config.uploadMaxBytes);
      } catch (error) {
        if (!(error instanceof UploadTooLargeError)) throw error;
        return problem(
          c,
          413,
          'File too large',
          `An upload may be at most ${config.uploadMaxBytes} bytes; nothing was stored.`,
        );
      }
      let outcome: Awaited<ReturnType<typeof ingestFile>>;
      try {
        outcome = await ingestFile(store, {
          source: file.source,
          fileHash: file.hash,
          fileName,
          datasetName,
          tokenName: c.get('tokenName') ?? null,
          ...(table !== null && { table }),
          ...(beforeCommit && { beforeCommit }),
        });
      } finally {
        await file.dispose();
      }
      if (outcome.kind === 'rejected') {
        return c.json(
          {
            type: 'about:blank',
            title: 'Nothing to import',
            status: 422,
            detail:
              outcome.report.fileProblem?.kind === 'no-flows'
                ? "A balance table joins a dataset's flows, and this dataset has none yet: upload its flows first. Nothing was stored."
                : 'table' in outcome.report
                  ? 'The balance table has rejected rows (or none to accept); nothing was stored. The report says which.'
                  : 'No row of the file could be accepted; nothing was stored. The report says why.',
            dataset: outcome.datasetId,
            report: outcome.report,
          },
          422,
          { 'Content-Type': 'application/problem+json' },
        );
      }
      return c.json(
        {
          dataset: outcome.datasetId,
          created: outcome.kind === 'stored',
          revision: outcome.revision,
          report: outcome.report,
        },
        outcome.kind === 'stored' ? 201 : 200,
        { Location: `${API_BASE}/datasets/${outcome.datasetId}/revisions` },
      );
    },
  );
  app.all(`${API_BASE}/*`, async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return problem(c, 405, 'Method not allowed', `${c.req.method} is not allowed here`, {
      Allow: 'GET, HEAD',
    });
  });
  app.route(API_BASE, reads);

  app.get('*', async (c) => {
    if (!staticFiles) return problem(c, 404, 'Not found', 'This server serves the API only.');
    const file = await staticFiles.lookup(c.req.raw.url);
    if (!file) return c.html(staticFiles.notFoundPage(), 404);
    const headers: Record<string, string> = {
      'Content-Type': file.contentType,
      'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      ETag: file.etag,
    };
    if (c.req.header('If-None-Match') === file.etag) return c.body(null, 304, headers);
    return c.body(file.bytes, 200, headers);
  });

  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    if (error instanceof StoreUnavailableError) {
      logger.error('database unavailable', error.message);
      return problem(
        c,
        503,
        'Database unavailable',
        'The database cannot answer now; nothing was read or stored.',
        {
          'Retry-After': '5',
        },
      );
    }
    logger.error('request failed', error);
    return problem(c, 500, 'Internal server error', 'The server could not answer; the error is in its log.');
  });

  return app;
}

declare module 'hono' {
  interface ContextVariableMap {
    auth: string;
    tokenName: string;
  }
}
