import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, test } from 'vitest';
import { createApiClient } from '../../../src/api/http-client';
import { DataSourceNotice } from '../../../src/features/data-import/data-source-notice';
import { useDataSourceStore } from '../../../src/data-source/data-source-store';
import {
  rememberImportedDataset,
  useActiveDataSource,
} from '../../../src/data-source/use-active-data-source';
import { importAndStore } from '../../../src/import/import-and-store';
import { createIndexedDbRepository } from '../../../src/import/imported-dataset-repository';
import { HEADER, csv } from './import-helpers';

const defaultClient = createApiClient({ baseUrl: 'http://arus-pangan.test/api/v1', timeoutMs: 1000 });

async function storedDataset() {
  const repository = createIndexedDbRepository({ factory: new IDBFactory() });
  const file = new File([csv(HEADER, '2024-01-01,32.09,rice-milled,PIBC,10,,')], 'januari.csv');
  const { dataset } = await importAndStore(
    { file, fileName: 'januari.csv', datasetName: 'Januari' },
    { repository, newId: () => 'ds-1' },
  );
  if (!dataset) throw new Error('not stored');
  return { repository, dataset };
}

/** A query cache of its own per test, as after a reload: nothing in memory, all in IndexedDB. */
function withQueries() {
  const queryClient = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return { queryClient, wrapper };
}

afterEach(() => {
  useDataSourceStore.setState({ active: 'default', fallback: null });
  localStorage.clear();
});

describe('useDataSourceStore', () => {
  test('remembers the choice in localStorage, and only the choice', () => {
    act(() => useDataSourceStore.getState().chooseImported('ds-9'));
    expect(JSON.parse(localStorage.getItem('arus-pangan:data-source') ?? '{}')).toEqual({
      state: { active: 'ds-9' },
      version: 1,
    });
    act(() => useDataSourceStore.getState().fallBackToDefault('missing'));
    expect(useDataSourceStore.getState()).toMatchObject({ active: 'default', fallback: 'missing' });
    expect(JSON.parse(localStorage.getItem('arus-pangan:data-source') ?? '{}').state).toEqual({
      active: 'default',
    });
  });

  test('a stored value that is not a short string means the built-in data', async () => {
    for (const active of [42, '', 'x'.repeat(500), null]) {
      localStorage.setItem('arus-pangan:data-source', JSON.stringify({ state: { active }, version: 1 }));
      useDataSourceStore.rehydrate();
      expect(useDataSourceStore.getState().active).toBe('default');
    }
    localStorage.setItem(
      'arus-pangan:data-source',
      JSON.stringify({ state: { active: 'ds-1' }, version: 1 }),
    );
    useDataSourceStore.rehydrate();
    expect(useDataSourceStore.getState().active).toBe('ds-1');
  });
});

describe('useActiveDataSource', () => {
  test('the built-in client while the default source is chosen', () => {
    const { result } = renderHook(() => useActiveDataSource(defaultClient), withQueries());
    expect(result.current).toEqual({ status: 'ready', client: defaultClient, imported: null });
  });

  test('after a reload: loading, then the imported client with its own base URL', async () => {
    const { repository } = await storedDataset();
    act(() => useDataSourceStore.getState().chooseImported('ds-1'));
    const { result } = renderHook(() => useActiveDataSource(defaultClient, { repository }), withQueries());
    expect(result.current).toEqual({ status: 'loading' });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    if (result.current.status !== 'ready') throw new Error('not ready');
    expect(result.current.client.baseUrl).toBe('local://imported/ds-1');
    expect(result.current.imported?.name).toBe('Januari');
    const flows = await result.current.client.getFlows({
      from: '2024-01-01',
      to: '2024-01-31',
      granularity: 'month',
      groupBy: [],
    });
    expect(flows.rows.map((row) => row.tonnes)).toEqual([10]);

    act(() => useDataSourceStore.getState().chooseDefault());
    expect(result.current).toEqual({ status: 'ready', client: defaultClient, imported: null });
  });

  test('a dataset handed over after an import is used without reading it back from storage', async () => {
    const { dataset } = await storedDataset();
    const { queryClient, wrapper } = withQueries();
    // Storage that refuses every read: the only way to the dataset is the one handed over.
    const refusing = createIndexedDbRepository({
      factory: {
        open: () => {
          throw new DOMException('blocked', 'SecurityError');
        },
      } as unknown as IDBFactory,
    });
    await rememberImportedDataset(queryClient, dataset);
    act(() => useDataSourceStore.getState().chooseImported('ds-1'));
    const { result } = renderHook(() => useActiveDataSource(defaultClient, { repository: refusing }), {
      wrapper,
    });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    if (result.current.status !== 'ready') throw new Error('not ready');
    expect(result.current.client.baseUrl).toBe('local://imported/ds-1');
    expect(useDataSourceStore.getState().fallback).toBeNull();
  });

  test('a dataset that is gone falls back to the built-in data, with a notice', async () => {
    const repository = createIndexedDbRepository({ factory: new IDBFactory() });
    act(() => useDataSourceStore.getState().chooseImported('deleted-elsewhere'));
    const { result } = renderHook(() => useActiveDataSource(defaultClient, { repository }), withQueries());
    await waitFor(() =>
      expect(result.current).toEqual({ status: 'ready', client: defaultClient, imported: null }),
    );
    expect(useDataSourceStore.getState().fallback).toBe('missing');

    render(<DataSourceNotice imported={null} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Dataset yang dipilih tidak ada lagi di peramban ini; data bawaan dipakai.',
    );
    act(() => screen.getByRole('button', { name: 'Tutup pemberitahuan' }).click());
    expect(screen.queryByRole('status')).toBeNull();
  });

  test('IndexedDB refused: the built-in data is shown, and the chosen dataset stays chosen', async () => {
    const refused = {
      open: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const repository = createIndexedDbRepository({ factory: refused });
    act(() => useDataSourceStore.getState().chooseImported('ds-1'));
    const { result } = renderHook(() => useActiveDataSource(defaultClient, { repository }), withQueries());
    await waitFor(() =>
      expect(result.current).toEqual({ status: 'ready', client: defaultClient, imported: null }),
    );
    expect(useDataSourceStore.getState()).toMatchObject({ active: 'ds-1', fallback: 'failed' });
    expect(JSON.parse(localStorage.getItem('arus-pangan:data-source') ?? '{}').state).toEqual({
      active: 'ds-1',
    });
  });

  test('the notice names the imported dataset in use', async () => {
    const { dataset } = await storedDataset();
    render(<DataSourceNotice imported={dataset.info} />);
    expect(screen.getByRole('note')).toHaveTextContent(/Data sendiri: “Januari” \(januari\.csv\), diimpor/);
  });
});
