import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export const DEFAULT_DATA_SOURCE = 'default';

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
export const useDataSourceStore = create<DataSourceState>()(
  persist(
    (set) => ({
      active: DEFAULT_DATA_SOURCE,
      fallback: null,
      chooseDefault: () => set({ active: DEFAULT_DATA_SOURCE, fallback: null }),
      chooseImported: (id) => set({ active: id, fallback: null }),
      fallBackToDefault: (reason) => set({ active: DEFAULT_DATA_SOURCE, fallback: reason }),
      dismissFallback: () => set({ fallback: null }),
    }),
    {
      name: 'arus-pangan:data-source',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ active }) => ({ active }),
      // Whatever is stored is untrusted: anything but a short string means the built-in data.
      merge: (persisted, current) => {
        const active = (persisted as { active?: unknown } | undefined)?.active;
        return typeof active === 'string' && active.length > 0 && active.length <= 100
          ? { ...current, active }
          : current;
      },
    },
  ),
);
