// Start and stop the server: open the database (loading the demo dataset on first start unless
// told not to), then listen. Used by the command line (server/cli/serve.ts) and by the tests.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { describeDatabase, type ServerConfig } from './config';
import { createTokenVerifier } from './auth/tokens';
import { loadDemoDataset } from './demo-dataset';
import { createApp } from './http/app';
import { oversizedUrlPage } from './http/error-pages';
import { createLogger, type Logger } from './http/log';
import type { DataStore } from './store/data-store';
import { openStore } from './store/open-store';

export interface StartOptions {
  config: ServerConfig;
  /** Do not load the demo dataset into a new database. */
  empty?: boolean;
  logger?: Logger;
  beforeCommit?: () => Promise<void> | void;
}

export interface RunningServer {
  url: string;
  store: DataStore;
  /** Stops accepting, lets requests in flight finish (up to the grace period), closes the database. */
  close(): Promise<void>;
}

export async function startServer({
  config,
  empty = false,
  logger,
  beforeCommit,
}: StartOptions): Promise<RunningServer> {
  const log = logger ?? createLogger(config.log);
  const { store, created } = await openStore(config.database, config.defaultDatasetId);
  const database = describeDatabase(config.database);
  if (created && !empty) {
    log.info('loading the demo dataset into a new database', { db: database });
    await loadDemoDataset(store);
  }
  await store.checkReady().then(
    () => log.info('database ready', { db: database }),
    (error: unknown) =>
      log.error(
        `database unavailable: ${database}; /readyz answers 503 until it answers`,
        error instanceof Error ? error.message : error,
      ),
  );
  let ready = true;
  const verifier = createTokenVerifier(config.tokensFile);
  const app = createApp({
    store,
    config,
    verifyToken: (token) => verifier.verify(token),
    logger: log,
    isReady: () => ready,
    ...(beforeCommit && { beforeCommit }),
  });

  const server = await new Promise<ReturnType<typeof serve>>((resolveListen, rejectListen) => {
    const s = serve(
      {
        fetch: app.fetch,
        hostname: config.host,
        port: config.port,
        // Node's own limit on receiving a whole request: generous, since a large upload on a slow
        // office link takes minutes; reads are bounded by the app's request timeout.
        serverOptions: { requestTimeout: 15 * 60_000, headersTimeout: 20_000 },
      },
      () => resolveListen(s),
    );
    s.once('error', rejectListen);
  });
  // Headers past Node's limit never reach the app: answer them with a page, not a bare close.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return;
    if (error.code === 'HPE_HEADER_OVERFLOW') {
      const body = oversizedUrlPage(431);
      socket.end(
        `HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Type: text/html; charset=utf-8\r\n` +
          `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    } else {
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    }
  });

  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}/`;

  let closing: Promise<void> | null = null;
  return {
    url,
    store,
    close() {
      closing ??= (async () => {
        ready = false;
        const closed = new Promise<void>((resolveClose) => server.close(() => resolveClose()));
        if ('closeIdleConnections' in server) server.closeIdleConnections();
        const grace = new Promise<void>((resolveGrace) =>
          setTimeout(resolveGrace, config.shutdownGraceMs).unref(),
        );
        await Promise.race([closed, grace]);
        if ('closeAllConnections' in server) server.closeAllConnections();
        await store.close();
      })();
      return closing;
    },
  };
}
