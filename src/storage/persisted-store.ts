// A Zustand store whose saved part goes through a stored-value definition: read (migrated,
// checked, bad values set aside) when the store is created, written after every change. A write
// that fails does not throw into the click that caused it: the store keeps working in memory and
// the storage status says what was not saved, so the control the person used can say so.
import { create, type StateCreator, type StoreApi, type UseBoundStore } from 'zustand';
import {
  browserStorage,
  markQuarantineSeen,
  readQuarantine,
  readStoredValue,
  writeStoredValue,
  type QuarantinedValue,
  type StorageProblem,
  type StoredValueDefinition,
} from './stored-value';

interface StorageStatus {
  /** Keys whose latest change is only in memory, and why. */
  unsaved: Readonly<Record<string, StorageProblem>>;
  /** Values set aside during this visit. */
  quarantined: readonly QuarantinedValue[];
  dismissQuarantined: () => void;
}

export const useStorageStatus = create<StorageStatus>()((set) => ({
  unsaved: {},
  // Values set aside on an earlier visit whose notice nobody closed (e.g. read by the full-screen
  // presentation, which has no room for it) are announced again.
  quarantined: readQuarantine(browserStorage()).filter((entry) => !entry.seen),
  dismissQuarantined: () => {
    markQuarantineSeen(browserStorage());
    set({ quarantined: [] });
  },
}));

function reportWrite(key: string, problem: StorageProblem | null): void {
  const { unsaved } = useStorageStatus.getState();
  if ((unsaved[key] ?? null) === problem) return;
  const next = Object.fromEntries(Object.entries(unsaved).filter(([known]) => known !== key));
  useStorageStatus.setState({ unsaved: problem === null ? next : { ...next, [key]: problem } });
}

function reportQuarantined(entry: QuarantinedValue): void {
  useStorageStatus.setState((state) => ({
    quarantined: [
      ...state.quarantined.filter((known) => known.at !== entry.at || known.key !== entry.key),
      entry,
    ],
  }));
}

export interface PersistedStoreOptions<S, P> {
  definition: StoredValueDefinition<P>;
  /** The part of the state that is saved. */
  partialize: (state: S) => P;
  /** Tests hand in a storage; the browser's localStorage by default. */
  storage?: () => Storage | null;
}

export type PersistedStore<S> = UseBoundStore<StoreApi<S>> & {
  /** Reads the stored value again (another tab, a test). */
  rehydrate: () => void;
};

export function createPersistedStore<S extends object, P extends Partial<S>>(
  initializer: StateCreator<S>,
  { definition, partialize, storage = browserStorage }: PersistedStoreOptions<S, P>,
): PersistedStore<S> {
  const store = create<S>()(initializer);
  let written = '';
  let hydrating = false;

  function rehydrate(): void {
    const read = readStoredValue(storage(), definition);
    if (read.quarantined) reportQuarantined(read.quarantined);
    hydrating = true;
    store.setState(read.value);
    hydrating = false;
    written = JSON.stringify(partialize(store.getState()));
    // Blocked storage: everything a person changes stays in this tab only, and the page says so.
    reportWrite(definition.key, read.problem === 'blocked' ? 'blocked' : null);
  }

  store.subscribe((state) => {
    if (hydrating) return;
    const value = partialize(state);
    const serialized = JSON.stringify(value);
    if (serialized === written) return;
    written = serialized;
    reportWrite(definition.key, writeStoredValue(storage(), definition, value));
  });

  rehydrate();
  return Object.assign(store, { rehydrate });
}

/** The problem, if the latest change to this key was not saved. */
export function useUnsaved(key: string): StorageProblem | null {
  return useStorageStatus((state) => state.unsaved[key] ?? null);
}
