import * as z from 'zod/mini';

// Read at start-up from config.json next to index.html, so an operator can point a deployed
// build at another API (or switch demo data off) by editing one file, without a rebuild.
const runtimeConfigSchema = z.object({
  apiBaseUrl: z.string().check(z.minLength(1)),
  demo: z._default(z.boolean(), false),
  requestTimeoutMs: z._default(z.int().check(z.positive(), z.lte(120_000)), 15_000),
});

export interface RuntimeConfig {
  /** Absolute URL without a trailing slash. */
  apiBaseUrl: string;
  demo: boolean;
  requestTimeoutMs: number;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
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
  const parsed = runtimeConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const fields = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new ConfigError(`${configUrl} is not valid: ${fields.join('; ')}`);
  }
  return {
    ...parsed.data,
    apiBaseUrl: new URL(parsed.data.apiBaseUrl, pageUrl).href.replace(/\/$/, ''),
  };
}
