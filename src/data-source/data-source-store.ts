import { createPersistedStore } from '../storage/persisted-store';
import { DEFAULT_DATA_SOURCE, STORED_DATA_SOURCE } from '../storage/stored-values';

/** Why the built-in data took the place of a chosen imported dataset. */
export type DataSourceFallback = 'missing' | 'failed';

interface DataSourceState {
  /** 'default' (the configured API or the demo) or the id of an imported dataset. */
  active: string;
  /** Set when the chosen dataset could not be loaded; not kept across reloads. */
  fallback: DataSourceFallback | null;
  chooseDefault: () => void;
  chooseImported: (id: string) => void;
  fallBackToDefault: (reason: DataSourceFallback) => void;
  dismissFallback: () => void;
}

/**
 * Which data every view shows. A person's own choice in this browser (localStorage), like the
 * alert thresholds: imported data exists only here, so a shared link cannot carry it.
 */
export const useDataSourceStore = createPersistedStore<DataSourceState, { active: string }>(
  (set) => ({
    active: DEFAULT_DATA_SOURCE,
    fallback: null,
    chooseDefault: () => set({ active: DEFAULT_DATA_SOURCE, fallback: null }),
    chooseImported: (id) => set({ active: id, fallback: null }),
    // A dataset that is gone is forgotten; one that could not be read this time (storage refused,
    // a broken record) stays chosen, so that it is used again once the browser lets it be read.
    fallBackToDefault: (reason) =>
      set(reason === 'missing' ? { active: DEFAULT_DATA_SOURCE, fallback: reason } : { fallback: reason }),
    dismissFallback: () => set({ fallback: null }),
  }),
  { definition: STORED_DATA_SOURCE, partialize: ({ active }) => ({ active }) },
);
