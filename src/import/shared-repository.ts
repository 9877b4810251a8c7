import { createIndexedDbRepository, type ImportedDatasetRepository } from './imported-dataset-repository';

let shared: ImportedDatasetRepository | undefined;

/** One IndexedDB connection for the page: the import page and the data source share it. */
export function sharedImportedDatasetRepository(): ImportedDatasetRepository {
  shared ??= createIndexedDbRepository();
  return shared;
}
