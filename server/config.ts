// Server configuration, from environment variables only (documented in docs/server.md).
import { dirname, join, resolve } from 'node:path';

export interface ServerConfig {
  host: string;
  port: number;
  dbPath: string;
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

export function readConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): ServerConfig {
  const dbPath = env.ARUS_DB_PATH?.trim() || join(root, 'data', 'arus-pangan.duckdb');
  const resolvedDb = dbPath === ':memory:' ? dbPath : resolve(root, dbPath);
  const staticDir = env.ARUS_STATIC_DIR?.trim();
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    port: env.PORT?.trim() === '0' ? 0 : positiveInt(env, 'PORT', 4173),
    dbPath: resolvedDb,
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
