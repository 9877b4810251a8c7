// Datasets kept on the Arus Pangan server: listed from GET /datasets, read through the same API
// under /datasets/{id}, added with POST /datasets. A data source "server:<id>" is one of them.
import { queryOptions } from '@tanstack/react-query';
import { createApiClient, type ApiClient } from '../api/http-client';
import type { ServerDataset, UploadRejected, UploadResponse } from '../contract/server-datasets';

// The schemas (and zod) load with the first server request, keeping them out of the initial JS.
const schemas = () => import('../contract/server-datasets');

export const SERVER_SOURCE_PREFIX = 'server:';
const DEFAULT_TIMEOUT_MS = 15_000;
const UPLOAD_TIMEOUT_MS = 300_000;

export function serverSourceId(datasetId: string): string {
  return `${SERVER_SOURCE_PREFIX}${datasetId}`;
}

/** The server dataset a data-source id names, or null for any other source. */
export function serverDatasetOf(source: string): string | null {
  return source.startsWith(SERVER_SOURCE_PREFIX) ? source.slice(SERVER_SOURCE_PREFIX.length) : null;
}

export function serverDatasetClient(defaultClient: ApiClient, datasetId: string): ApiClient {
  return createApiClient({
    baseUrl: `${defaultClient.baseUrl}/datasets/${encodeURIComponent(datasetId)}`,
    timeoutMs: DEFAULT_TIMEOUT_MS,
  });
}

/** The server's datasets, or null where the API has none (the in-browser demo). */
export const serverDatasetsQuery = (baseUrl: string) =>
  queryOptions({
    queryKey: ['server-datasets', baseUrl],
    queryFn: async ({ signal }): Promise<ServerDataset[] | null> => {
      const response = await fetch(`${baseUrl}/datasets`, {
        signal: AbortSignal.any([signal, AbortSignal.timeout(DEFAULT_TIMEOUT_MS)]),
      });
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const { serverDatasetsResponseSchema } = await schemas();
      return serverDatasetsResponseSchema.parse(await response.json());
    },
    staleTime: 30_000,
    retry: false,
  });

export type UploadOutcome =
  | { kind: 'stored'; response: UploadResponse }
  | { kind: 'rejected'; response: UploadRejected }
  | { kind: 'refused'; status: number; detail: string };

export async function uploadToServer(
  baseUrl: string,
  { file, datasetName, token }: { file: File; datasetName: string; token: string },
): Promise<UploadOutcome> {
  const query = new URLSearchParams({
    dataset: datasetName || file.name.replace(/\.[^.]+$/, ''),
    filename: file.name,
  });
  const response = await fetch(`${baseUrl}/datasets?${query}`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token.trim()}`,
      'Content-Type': file.type || 'application/octet-stream',
    },
    body: file,
    signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
  });
  const body: unknown = await response.json().catch(() => null);
  const { uploadRejectedSchema, uploadResponseSchema } = await schemas();
  if (response.ok) return { kind: 'stored', response: uploadResponseSchema.parse(body) };
  if (response.status === 422) {
    const rejected = uploadRejectedSchema.safeParse(body);
    if (rejected.success) return { kind: 'rejected', response: rejected.data };
  }
  const detail =
    typeof body === 'object' && body !== null && 'detail' in body && typeof body.detail === 'string'
      ? body.detail
      : response.statusText;
  return { kind: 'refused', status: response.status, detail };
}
