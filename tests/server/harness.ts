// Starts the real server on loopback with a database in a temporary folder, for tests that talk
// to it over HTTP.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createToken } from '../../server/auth/tokens';
import { readConfig, type ServerConfig } from '../../server/config';
import { createLogger } from '../../server/http/log';
import { startServer, type RunningServer } from '../../server/server';

export interface TestServer extends RunningServer {
  dir: string;
  config: ServerConfig;
  api: (path: string) => string;
  /** The log lines written so far, parsed. */
  logLines: () => Record<string, unknown>[];
  /** A fresh write token. */
  token: (name?: string) => string;
  dispose: () => Promise<void>;
}

export async function startTestServer(
  options: {
    empty?: boolean;
    env?: Record<string, string>;
    dir?: string;
    beforeCommit?: () => Promise<void>;
    /** The database engine: DuckDB (default) or ClickHouse embedded in the test process. */
    engine?: 'duckdb' | 'clickhouse';
  } = {},
): Promise<TestServer> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'arus-server-'));
  const config = readConfig(
    {
      ARUS_DB_PATH: join(dir, 'test.duckdb'),
      ARUS_STATIC_DIR: 'none',
      PORT: '0',
      ARUS_LOG: 'off',
      ...(options.engine === 'clickhouse' && { DATABASE_URL: 'chdb:clickhouse' }),
      ...options.env,
    },
    dir,
  );
  const lines: string[] = [];
  const server = await startServer({
    config,
    logger: createLogger(
      true,
      (line) => lines.push(line),
      (line) => lines.push(line),
    ),
    empty: options.empty ?? false,
    ...(options.beforeCommit && { beforeCommit: options.beforeCommit }),
  });
  let tokens = 0;
  return {
    ...server,
    dir,
    config,
    api: (path) => new URL(`api/v1${path}`, server.url).href,
    logLines: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    token: (name) => createToken(config.tokensFile, name ?? `test-${++tokens}`),
    dispose: async () => {
      await server.close();
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function upload(
  server: TestServer,
  body: string | Uint8Array,
  {
    token,
    dataset = 'Kantor',
    fileName = 'flows.csv',
  }: { token?: string; dataset?: string; fileName?: string } = {},
): Promise<Response> {
  const query = new URLSearchParams({ dataset, filename: fileName });
  return fetch(`${server.api('/datasets')}?${query}`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/csv', ...(token && { Authorization: `Bearer ${token}` }) },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
}
