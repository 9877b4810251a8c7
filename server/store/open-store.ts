// Opens the data store the configuration names: DuckDB in a file by default, or ClickHouse.
import type { DatabaseLocation } from '../config';
import { openClickHouseStore } from './clickhouse/clickhouse-store';
import type { DataStore } from './data-store';
import { openDuckDbStore } from './duckdb/duckdb-store';

export interface OpenedStore {
  store: DataStore;
  /** True when the database held no Arus Pangan tables before: the caller may load the demo. */
  created: boolean;
}

export function openStore(location: DatabaseLocation, defaultDatasetId?: string): Promise<OpenedStore> {
  const options = defaultDatasetId ? { defaultDatasetId } : {};
  if (location.engine === 'duckdb') return openDuckDbStore({ path: location.path, ...options });
  return openClickHouseStore({ location, ...options });
}
