// Read at start-up from config.json next to index.html, so an operator can point a deployed
// build at another API (or switch demo data off) by editing one file, without a rebuild.
// Checked by hand rather than with zod so that no validation library is in the initial JS.

export interface RuntimeConfig {
  /** Absolute URL without a trailing slash. */
  apiBaseUrl: string;
  demo: boolean;
  requestTimeoutMs: number;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const DEFAULT_TIMEOUT_MS = 15_000;
const MAX_TIMEOUT_MS = 120_000;

export function parseRuntimeConfig(raw: unknown, pageUrl: string, configUrl = 'config.json'): RuntimeConfig {
  const problems: string[] = [];
  const record =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
  if (!record) throw new ConfigError(`${configUrl} is not valid: (root): expected an object`);
  const { apiBaseUrl, demo = false, requestTimeoutMs = DEFAULT_TIMEOUT_MS } = record;
  if (typeof apiBaseUrl !== 'string' || apiBaseUrl.trim() === '')
    problems.push('apiBaseUrl: expected a non-empty string');
  if (typeof demo !== 'boolean') problems.push('demo: expected true or false');
  if (
    typeof requestTimeoutMs !== 'number' ||
    !Number.isInteger(requestTimeoutMs) ||
    requestTimeoutMs <= 0 ||
    requestTimeoutMs > MAX_TIMEOUT_MS
  ) {
    problems.push(`requestTimeoutMs: expected a whole number of milliseconds from 1 to ${MAX_TIMEOUT_MS}`);
  }
  let base = '';
  if (problems.length === 0) {
    try {
      base = new URL(apiBaseUrl as string, pageUrl).href.replace(/\/$/, '');
    } catch {
      problems.push('apiBaseUrl: not a URL');
    }
  }
  if (problems.length > 0) throw new ConfigError(`${configUrl} is not valid: ${problems.join('; ')}`);
  return { apiBaseUrl: base, demo: demo as boolean, requestTimeoutMs: requestTimeoutMs as number };
}

export async function loadRuntimeConfig(
  configUrl: string,
  pageUrl: string,
  fetchImpl: typeof fetch = fetch,
): Promise<RuntimeConfig> {
  let raw: unknown;
  try {
    const response = await fetchImpl(configUrl, { cache: 'no-store' });
    if (!response.ok) throw new ConfigError(`${configUrl} answered HTTP ${response.status}`);
    raw = await response.json();
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(
      `Could not read ${configUrl}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return parseRuntimeConfig(raw, pageUrl, configUrl);
}
