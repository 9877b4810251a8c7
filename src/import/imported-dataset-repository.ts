// Imported datasets live in this browser's IndexedDB, so they survive a reload and never leave the
// machine. Two object stores: the small descriptions (listed without touching the data) and the
// series buffers (read only when a dataset is chosen as the data source). The same code runs in
// the import worker, which stores what it built without sending it through the page first.
import * as z from 'zod/mini';
import { isIsoDate, type IsoDate } from '../domain/calendar-date';
import { BALANCE_ITEMS, type ImportedBalance } from './balance-table';
import { COMMODITY_CODES } from '../domain/commodity';
import { DATA_STATUSES } from '../domain/data-status';
import { DESTINATIONS, PRODUCTION_KINDS } from '../domain/food-balance';
import { checkPackedFlowStore, type ImportedSource, type PackedFlowStore } from './packed-flow-store';

export interface ImportedDatasetInfo {
  id: string;
  name: string;
  fileName: string;
  fileBytes: number;
  /** When it was imported, as an ISO timestamp. */
  importedAt: string;
  totalRows: number;
  acceptedRows: number;
  rejectedRows: number;
  firstDay: IsoDate;
  lastDay: IsoDate;
  origins: string[];
  seriesCount: number;
  /** Rows of the balance table stored with the flows; absent when none was added. */
  balanceRows?: number;
}

export interface ImportedDataset {
  info: ImportedDatasetInfo;
  flows: PackedFlowStore;
  sources: ImportedSource[];
  /** The balance table added to the flows (onward outflow, stock, own production), if any. */
  balance?: ImportedBalance;
}

export interface ImportedDatasetRepository {
  /** Newest first. */
  list(): Promise<ImportedDatasetInfo[]>;
  /** Null when there is no dataset with that id (deleted here or in another tab). */
  load(id: string): Promise<ImportedDataset | null>;
  save(dataset: ImportedDataset): Promise<void>;
  remove(id: string): Promise<void>;
}

interface StoredFlows {
  id: string;
  flows: PackedFlowStore;
  sources: ImportedSource[];
  balance?: unknown;
}

export const IMPORT_DATABASE_NAME = 'arus-pangan-imports';
const DATABASE_VERSION = 1;
const INFO_STORE = 'datasets';
const FLOWS_STORE = 'flows';

export interface IndexedDbRepositoryOptions {
  /** Tests pass fake-indexeddb's IDBFactory; the browser's is the default. */
  factory?: IDBFactory;
  name?: string;
}

/** The browser's IndexedDB, or undefined where reading it throws (storage blocked for this site). */
function browserIndexedDb(): IDBFactory | undefined {
  try {
    return globalThis.indexedDB;
  } catch {
    return undefined;
  }
}

export function createIndexedDbRepository({
  factory = browserIndexedDb(),
  name = IMPORT_DATABASE_NAME,
}: IndexedDbRepositoryOptions = {}): ImportedDatasetRepository {
  let opening: Promise<IDBDatabase> | undefined;

  function open(): Promise<IDBDatabase> {
    if (opening) return opening;
    const attempt = new Promise<IDBDatabase>((resolve, reject) => {
      if (!factory) {
        // Named as the browser names a refusal, so that the page can say it in the reader's language.
        reject(new DOMException('This browser does not offer IndexedDB storage', 'SecurityError'));
        return;
      }
      let request: IDBOpenDBRequest;
      try {
        request = factory.open(name, DATABASE_VERSION);
      } catch (error) {
        // Chromium throws at once when site data is blocked.
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      request.onupgradeneeded = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains(INFO_STORE)) db.createObjectStore(INFO_STORE, { keyPath: 'id' });
        if (!db.objectStoreNames.contains(FLOWS_STORE)) db.createObjectStore(FLOWS_STORE, { keyPath: 'id' });
      };
      request.onsuccess = () => {
        const db = request.result;
        // A newer version opened in another tab: let it upgrade, and reopen on next use.
        db.onversionchange = () => {
          db.close();
          opening = undefined;
        };
        resolve(db);
      };
      request.onerror = () => reject(request.error ?? new Error(`Could not open ${name}`));
    });
    opening = attempt;
    // A failure (private mode, storage switched off) is not remembered: the next call tries again.
    attempt.catch(() => {
      if (opening === attempt) opening = undefined;
    });
    return attempt;
  }

  async function transaction(
    stores: string[],
    mode: IDBTransactionMode,
    body: (tx: IDBTransaction) => void,
  ): Promise<void> {
    const db = await open();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(stores, mode);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
      body(tx);
    });
  }

  return {
    async list() {
      let request: IDBRequest<unknown[]> | undefined;
      await transaction([INFO_STORE], 'readonly', (tx) => {
        request = tx.objectStore(INFO_STORE).getAll();
      });
      const infos = (request?.result ?? []).filter(isDatasetInfo);
      return infos.sort((a, b) => b.importedAt.localeCompare(a.importedAt));
    },

    async load(id) {
      let infoRequest: IDBRequest<unknown> | undefined;
      let flowsRequest: IDBRequest<unknown> | undefined;
      await transaction([INFO_STORE, FLOWS_STORE], 'readonly', (tx) => {
        infoRequest = tx.objectStore(INFO_STORE).get(id);
        flowsRequest = tx.objectStore(FLOWS_STORE).get(id);
      });
      const info = infoRequest?.result;
      const stored = flowsRequest?.result as StoredFlows | undefined;
      if (!isDatasetInfo(info) || !stored) return null;
      checkPackedFlowStore(stored.flows);
      const balance = readStoredBalance(stored.balance);
      return { info, flows: stored.flows, sources: stored.sources, ...(balance && { balance }) };
    },

    async save(dataset) {
      const stored: StoredFlows = {
        id: dataset.info.id,
        flows: dataset.flows,
        sources: dataset.sources,
        ...(dataset.balance && { balance: dataset.balance }),
      };
      await transaction([INFO_STORE, FLOWS_STORE], 'readwrite', (tx) => {
        tx.objectStore(FLOWS_STORE).put(stored);
        tx.objectStore(INFO_STORE).put(dataset.info);
      });
    },

    async remove(id) {
      await transaction([INFO_STORE, FLOWS_STORE], 'readwrite', (tx) => {
        tx.objectStore(INFO_STORE).delete(id);
        tx.objectStore(FLOWS_STORE).delete(id);
      });
    },
  };
}

// The Content-Security-Policy forbids eval (see contract/schemas.ts).
z.config({ jitless: true });

const count = z.number().check(z.nonnegative());
const day = z.string().check(z.refine(isIsoDate));

/**
 * A stored description is read like every other stored value: checked field by field, so a record
 * written by another version (or damaged) is skipped with a warning instead of breaking the list.
 */
const datasetInfoSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.string(),
  fileName: z.string(),
  fileBytes: count,
  importedAt: z.string().check(z.refine((value) => Number.isFinite(Date.parse(value)))),
  totalRows: count,
  acceptedRows: count,
  rejectedRows: count,
  firstDay: day,
  lastDay: day,
  origins: z.array(z.string()),
  seriesCount: count,
  balanceRows: z.optional(count),
});

function isDatasetInfo(value: unknown): value is ImportedDatasetInfo {
  const parsed = datasetInfoSchema.safeParse(value);
  // Absent (a dataset deleted elsewhere) is not damage.
  if (!parsed.success && value !== undefined)
    console.warn('Arus Pangan: a stored dataset description could not be read', parsed.error.issues);
  return parsed.success;
}

const balanceSchema = z.object({
  fileName: z.string(),
  importedAt: z.string(),
  rows: z.array(
    z.object({
      period: z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)),
      commodity: z.enum(COMMODITY_CODES),
      item: z.enum(BALANCE_ITEMS),
      detail: z.nullable(z.enum([...DESTINATIONS, ...PRODUCTION_KINDS])),
      tonnes: count,
      status: z.enum(DATA_STATUSES),
      source: z.nullable(z.string()),
    }),
  ),
});

/** A stored balance table, or undefined when there is none or it cannot be read (with a warning). */
function readStoredBalance(value: unknown): ImportedBalance | undefined {
  if (value === undefined) return undefined;
  const parsed = balanceSchema.safeParse(value);
  if (!parsed.success) {
    console.warn('Arus Pangan: a stored balance table could not be read', parsed.error.issues);
    return undefined;
  }
  return parsed.data;
}
