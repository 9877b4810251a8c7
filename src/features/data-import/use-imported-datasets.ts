import { useCallback, useEffect, useState } from 'react';
import type {
  ImportedDatasetInfo,
  ImportedDatasetRepository,
} from '../../import/imported-dataset-repository';
import { classifyStorageError, type StorageProblem } from '../../storage/stored-value';

export type DatasetList =
  | { kind: 'loading' }
  | { kind: 'ready'; datasets: ImportedDatasetInfo[] }
  | { kind: 'failed'; problem: StorageProblem; message: string };

/** The stored datasets, read again after every import and deletion. */
export function useImportedDatasets(repository: ImportedDatasetRepository): [DatasetList, () => void] {
  const [list, setList] = useState<DatasetList>({ kind: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    repository.list().then(
      (datasets) => {
        if (live) setList({ kind: 'ready', datasets });
      },
      (error: unknown) => {
        if (live)
          setList({
            kind: 'failed',
            problem: classifyStorageError(error),
            message: error instanceof Error ? error.message : String(error),
          });
      },
    );
    return () => {
      live = false;
    };
  }, [repository, version]);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  return [list, refresh];
}
