// The API client for the chosen data source, for src/app to put in ApiClientProvider. An imported
// dataset is read from IndexedDB once and kept while it is the active one; until it is read the
// page shows a skeleton rather than a flash of the built-in data.
import { useEffect, useState } from 'react';
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

// At most the active dataset is held: its series can be tens of megabytes.
const loaded = new Map<string, Promise<LoadedImport | null>>();

// The shell uses this hook, but the local API and the reference catalogue behind an imported
// client are loaded only once someone chooses imported data: they stay out of the initial JS.
async function clientFor(dataset: ImportedDataset, timeoutMs: number | undefined): Promise<LoadedImport> {
  const { createImportedApiClient } = await import('./imported-api-client');
  return { info: dataset.info, client: createImportedApiClient(dataset, { timeoutMs }) };
}

function keepOnly(id: string, value: Promise<LoadedImport | null>) {
  loaded.clear();
  loaded.set(id, value);
}

/** Hands a dataset just imported (its buffers already in the page) to the data source. */
export function rememberImportedDataset(dataset: ImportedDataset, timeoutMs?: number): void {
  keepOnly(dataset.info.id, clientFor(dataset, timeoutMs));
}

export function forgetImportedDataset(id: string): void {
  loaded.delete(id);
}

async function defaultRepository(): Promise<ImportedDatasetRepository> {
  // IndexedDB code loads only when imported data is in use.
  const { sharedImportedDatasetRepository } = await import('../import/shared-repository');
  return sharedImportedDatasetRepository();
}

function loadImported(
  id: string,
  repository: ImportedDatasetRepository | undefined,
  timeoutMs: number | undefined,
): Promise<LoadedImport | null> {
  const known = loaded.get(id);
  if (known) return known;
  const loading = (repository ? Promise.resolve(repository) : defaultRepository())
    .then((store) => store.load(id))
    .then((dataset) => dataset && clientFor(dataset, timeoutMs));
  keepOnly(id, loading);
  loading.catch(() => forgetImportedDataset(id));
  return loading;
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
  const revision = useDataSourceStore((state) => state.revision);
  const [current, setCurrent] = useState<{ id: string; value: LoadedImport } | null>(null);

  useEffect(() => {
    if (active === DEFAULT_DATA_SOURCE || serverDatasetOf(active) !== null) return;
    let stillWanted = true;
    loadImported(active, repository, timeoutMs).then(
      (value) => {
        if (!stillWanted) return;
        if (value) setCurrent({ id: active, value });
        else fallBackToDefault('missing'); // deleted here or in another tab, or storage cleared
      },
      () => {
        if (stillWanted) fallBackToDefault('failed');
      },
    );
    return () => {
      stillWanted = false;
    };
  }, [active, repository, timeoutMs, fallBackToDefault, revision]);

  if (active === DEFAULT_DATA_SOURCE) return { status: 'ready', client: defaultClient, imported: null };
  const serverDataset = serverDatasetOf(active);
  if (serverDataset !== null) {
    return { status: 'ready', client: serverDatasetClientFor(defaultClient, serverDataset), imported: null };
  }
  if (current?.id !== active) return { status: 'loading' };
  return { status: 'ready', client: current.value.client, imported: current.value.info };
}
