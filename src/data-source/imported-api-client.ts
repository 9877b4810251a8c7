// An imported dataset answers the same API as the server and the demo: the normal ApiClient
// with a `fetch` that asks the local API instead of the network. Every view, query and schema
// check works unchanged, and the base URL (local://imported/<id>) keeps its cached queries apart
// from those of any other source.
import { createApiClient, type ApiClient } from '../api/http-client';
import type { ImportedDataset } from '../import/imported-dataset-repository';
import { importedLocalDataset } from '../local-api/imported-local-dataset';
import { createLocalApi, type LocalApi } from '../local-api/local-api';

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * The base URL of an imported dataset. A balance table added later changes the answers, so its
 * import time is part of the URL: cached answers from before it are never shown as current.
 */
export function importedBaseUrl(id: string, balanceImportedAt?: string): string {
  const base = `local://imported/${encodeURIComponent(id)}`;
  return balanceImportedAt === undefined ? base : `${base}/balance-${Date.parse(balanceImportedAt)}`;
}

/** A `fetch` that answers requests under `baseUrl` from the local API, as a server would. */
export function createLocalFetch(api: LocalApi, baseUrl: string): typeof fetch {
  const basePath = new URL(baseUrl).pathname.replace(/\/$/, '');
  return async (input, init) => {
    const signal = init?.signal;
    if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
    // Answer on a later turn, as the network would: callers never see a synchronous response.
    await Promise.resolve();
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const local = url.href.startsWith(baseUrl)
      ? api.handle(url.pathname.slice(basePath.length), url.searchParams)
      : null;
    const response = local ?? {
      status: 404,
      contentType: 'application/problem+json',
      body: { type: 'about:blank', title: 'Not found', status: 404, detail: `No resource at ${url.href}` },
    };
    if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
    return new Response(JSON.stringify(response.body), {
      status: response.status,
      headers: { 'Content-Type': response.contentType },
    });
  };
}

export interface ImportedApiClientOptions {
  timeoutMs?: number;
}

export function createImportedApiClient(
  dataset: ImportedDataset,
  { timeoutMs = DEFAULT_TIMEOUT_MS }: ImportedApiClientOptions = {},
): ApiClient {
  const baseUrl = importedBaseUrl(dataset.info.id, dataset.balance?.importedAt);
  const api = createLocalApi(importedLocalDataset(dataset));
  return createApiClient({ baseUrl, timeoutMs, fetch: createLocalFetch(api, baseUrl) });
}
