// Server configuration, from environment variables only (documented in docs/server.md).
import { dirname, join, resolve } from 'node:path';

/** Where the data lives: the embedded DuckDB file (default) or a ClickHouse database. */
export type DatabaseLocation =
  | { engine: 'duckdb'; path: string }
  /** A ClickHouse server over its HTTP interface (the official client). */
  | { engine: 'clickhouse'; url: string; username: string; password: string; database: string }
  /** ClickHouse's engine inside this process (the optional `chdb` package): a folder, or ':memory:'. */
  | { engine: 'chdb'; path: string; database: string };

export interface ServerConfig {
  host: string;
  port: number;
  /** The DuckDB file; with DATABASE_URL pointing at ClickHouse it is not used. */
  dbPath: string;
  database: DatabaseLocation;
  /** Rows a flows query may read at most; past it the query is refused with 422 before it runs. */
  scanBudgetRows: number | null;
  tokensFile: string;
  /** The dashboard build served beside the API; null serves the API only. */
  staticDir: string | null;
  corsOrigins: readonly string[];
  defaultDatasetId: string | undefined;
  uploadMaxBytes: number;
  uploadsPerMinute: number;
  requestTimeoutMs: number;
  shutdownGraceMs: number;
  maxUrlBytes: number;
  log: boolean;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new ConfigError(`${name} must be a whole number above 0, not "${raw}"`);
  return value;
}

const CLICKHOUSE_DEFAULT_DATABASE = 'arus_pangan';

/**
 * DATABASE_URL: unset or `duckdb:` (the DuckDB file of ARUS_DB_PATH), `duckdb:PATH`,
 * `clickhouse://USER:PASSWORD@HOST:PORT/DATABASE` (HTTP; `clickhouses://` for HTTPS), or
 * `chdb:PATH` / `chdb::memory:` (ClickHouse embedded in the process).
 */
export function readDatabaseLocation(
  raw: string | undefined,
  dbPath: string,
  root: string,
): DatabaseLocation {
  const value = raw?.trim();
  if (!value || value === 'duckdb:') return { engine: 'duckdb', path: dbPath };
  const scheme = /^([a-z]+):/.exec(value)?.[1];
  if (scheme === 'duckdb') {
    const path = value.slice('duckdb:'.length).replace(/^\/\//, '');
    return { engine: 'duckdb', path: path === ':memory:' ? path : resolve(root, path) };
  }
  if (scheme === 'chdb') {
    const path = value.slice('chdb:'.length).replace(/^\/\//, '');
    if (!path)
      throw new ConfigError('DATABASE_URL chdb: needs a folder (chdb:./data/clickhouse) or chdb::memory:');
    return {
      engine: 'chdb',
      path: path === ':memory:' ? path : resolve(root, path),
      database: 'default',
    };
  }
  if (scheme === 'clickhouse' || scheme === 'clickhouses') {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new ConfigError(
        'DATABASE_URL is not a valid URL (clickhouse://USER:PASSWORD@HOST:8123/DATABASE)',
      );
    }
    if (!url.hostname) throw new ConfigError('DATABASE_URL names no ClickHouse host');
    const database = decodeURIComponent(url.pathname.replace(/^\/+/, '')) || CLICKHOUSE_DEFAULT_DATABASE;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(database)) {
      throw new ConfigError(`DATABASE_URL names the database "${database}": letters, digits and _ only`);
    }
    const secure = scheme === 'clickhouses';
    return {
      engine: 'clickhouse',
      url: `${secure ? 'https' : 'http'}://${url.host}${url.port ? '' : secure ? ':8443' : ':8123'}`,
      username: decodeURIComponent(url.username) || 'default',
      password: decodeURIComponent(url.password),
      database,
    };
  }
  throw new ConfigError(
    `DATABASE_URL "${value.replace(/\/\/[^@/]*@/, '//…@')}" names no engine this server knows (duckdb:, clickhouse://, chdb:)`,
  );
}

/** The database as a log line may show it: never the password. */
export function describeDatabase(location: DatabaseLocation): string {
  if (location.engine === 'duckdb') return `DuckDB ${location.path}`;
  if (location.engine === 'chdb')
    return `ClickHouse (embedded) ${location.path}, database ${location.database}`;
  return `ClickHouse ${location.url}, database ${location.database}, user ${location.username}`;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): ServerConfig {
  const dbPath = env.ARUS_DB_PATH?.trim() || join(root, 'data', 'arus-pangan.duckdb');
  const resolvedDb = dbPath === ':memory:' ? dbPath : resolve(root, dbPath);
  const staticDir = env.ARUS_STATIC_DIR?.trim();
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    port: env.PORT?.trim() === '0' ? 0 : positiveInt(env, 'PORT', 4173),
    dbPath: resolvedDb,
    database: readDatabaseLocation(env.DATABASE_URL, resolvedDb, root),
    scanBudgetRows: env.ARUS_SCAN_BUDGET_ROWS?.trim() ? positiveInt(env, 'ARUS_SCAN_BUDGET_ROWS', 1) : null,
    tokensFile: resolve(
      root,
      env.ARUS_TOKENS_FILE?.trim() ||
        (resolvedDb === ':memory:'
          ? join(root, 'data', 'tokens.json')
          : join(dirname(resolvedDb), 'tokens.json')),
    ),
    staticDir: staticDir === 'none' ? null : resolve(root, staticDir || 'dist'),
    corsOrigins: (env.ARUS_CORS_ORIGINS ?? '').split(/[\s,]+/).filter(Boolean),
    defaultDatasetId: env.ARUS_DEFAULT_DATASET?.trim() || undefined,
    uploadMaxBytes: positiveInt(env, 'ARUS_UPLOAD_MAX_BYTES', 100 * 1024 * 1024),
    uploadsPerMinute: positiveInt(env, 'ARUS_UPLOADS_PER_MINUTE', 10),
    requestTimeoutMs: positiveInt(env, 'ARUS_REQUEST_TIMEOUT_MS', 30_000),
    shutdownGraceMs: positiveInt(env, 'ARUS_SHUTDOWN_GRACE_MS', 10_000),
    maxUrlBytes: positiveInt(env, 'ARUS_MAX_URL_BYTES', 8 * 1024),
    log: env.ARUS_LOG !== 'off',
  };
}
