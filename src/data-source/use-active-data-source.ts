// The API client for the chosen data source, for src/app to put in ApiClientProvider. An imported
// dataset is read from IndexedDB by a query keyed by its id; until it is read the page shows a
// skeleton rather than a flash of the built-in data.
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ApiClient } from '../api/http-client';
import type {
  ImportedDataset,
  ImportedDatasetInfo,
  ImportedDatasetRepository,
} from '../import/imported-dataset-repository';
import { DEFAULT_DATA_SOURCE } from '../storage/stored-values';
import { useDataSourceStore } from './data-source-store';
import { serverDatasetClient, serverDatasetOf } from './server-datasets';

export type ActiveDataSource =
  { status: 'loading' } | { status: 'ready'; client: ApiClient; imported: ImportedDatasetInfo | null };

interface LoadedImport {
  info: ImportedDatasetInfo;
  client: ApiClient;
}

// A dataset's series can be tens of megabytes: one no longer in use is dropped soon after (the
// short grace lets a dataset handed over by the import page be picked up by the shell).
const UNUSED_DATASET_MS = 5_000;

const importedDatasetKey = (id: string) => ['imported-dataset', id] as const;

// The shell uses this hook, but the local API and the reference catalogue behind an imported
// client are loaded only once someone chooses imported data: they stay out of the initial JS.
async function clientFor(dataset: ImportedDataset, timeoutMs: number | undefined): Promise<LoadedImport> {
  const { createImportedApiClient } = await import('./imported-api-client');
  return { info: dataset.info, client: createImportedApiClient(dataset, { timeoutMs }) };
}

async function defaultRepository(): Promise<ImportedDatasetRepository> {
  // IndexedDB code loads only when imported data is in use.
  const { sharedImportedDatasetRepository } = await import('../import/shared-repository');
  return sharedImportedDatasetRepository();
}

function importedDatasetQuery(id: string, load: () => Promise<LoadedImport | null>) {
  return queryOptions({
    queryKey: importedDatasetKey(id),
    queryFn: load,
    // The stored dataset does not change under its id; reading it is local, so it never waits
    // for the network, and a failed read is not tried again until the dataset is chosen anew.
    staleTime: Infinity,
    gcTime: UNUSED_DATASET_MS,
    networkMode: 'always',
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

/** Hands a dataset just imported (its buffers already in the page) to the data source. */
export function rememberImportedDataset(
  queryClient: QueryClient,
  dataset: ImportedDataset,
  timeoutMs?: number,
): Promise<void> {
  return queryClient.prefetchQuery(
    importedDatasetQuery(dataset.info.id, () => clientFor(dataset, timeoutMs)),
  );
}

export function forgetImportedDataset(queryClient: QueryClient, id: string): void {
  queryClient.removeQueries({ queryKey: importedDatasetKey(id), exact: true });
}

// One client per server dataset, so its cached queries survive re-renders.
const serverClients = new Map<string, ApiClient>();
function serverDatasetClientFor(defaultClient: ApiClient, id: string): ApiClient {
  const key = `${defaultClient.baseUrl} ${id}`;
  let client = serverClients.get(key);
  if (!client) {
    client = serverDatasetClient(defaultClient, id);
    serverClients.set(key, client);
  }
  return client;
}

export interface ActiveDataSourceOptions {
  repository?: ImportedDatasetRepository;
  timeoutMs?: number;
}

export function useActiveDataSource(
  defaultClient: ApiClient,
  { repository, timeoutMs }: ActiveDataSourceOptions = {},
): ActiveDataSource {
  const chosen = useDataSourceStore((state) => state.active);
  const failed = useDataSourceStore((state) => state.fallback === 'failed');
  // A chosen dataset that could not be read is not asked for again until it is chosen anew.
  const active = failed ? DEFAULT_DATA_SOURCE : chosen;
  const fallBackToDefault = useDataSourceStore((state) => state.fallBackToDefault);
  const importedId = active !== DEFAULT_DATA_SOURCE && serverDatasetOf(active) === null ? active : null;

  const imported = useQuery({
    ...importedDatasetQuery(importedId ?? '', async () => {
      const store = await (repository ?? defaultRepository());
      const dataset = await store.load(importedId ?? '');
      return dataset && clientFor(dataset, timeoutMs);
    }),
    enabled: importedId !== null,
  });

  const missing = imported.isSuccess && imported.data === null;
  useEffect(() => {
    if (importedId === null) return;
    if (imported.isError) fallBackToDefault('failed');
    // Deleted here or in another tab, or storage cleared.
    else if (missing) fallBackToDefault('missing');
  }, [importedId, imported.isError, missing, fallBackToDefault]);

  if (active === DEFAULT_DATA_SOURCE) return { status: 'ready', client: defaultClient, imported: null };
  const serverDataset = serverDatasetOf(active);
  if (serverDataset !== null) {
    return { status: 'ready', client: serverDatasetClientFor(defaultClient, serverDataset), imported: null };
  }
  if (!imported.data) return { status: 'loading' };
  return { status: 'ready', client: imported.data.client, imported: imported.data.info };
}
