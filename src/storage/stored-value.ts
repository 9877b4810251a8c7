// Everything the dashboard keeps in this browser is read through here. Stored text is untrusted
// input: another version of the app, a person editing it by hand, or a full disk may have left
// anything under a key. Each value has one versioned definition; on read it is migrated from the
// version it was written with, then checked. What fails the check is set aside (quarantined, so
// nothing is lost and it can be exported), and the app carries on with the defaults.

/** Why a value could not be written (or the storage cannot be used at all). */
export type StorageProblem = 'quota' | 'blocked' | 'unknown';

export type ParseOutcome<T> =
  | {
      ok: true;
      value: T;
      /** How many parts (slides, notes, fields) were set aside while the rest was kept. */
      rejectedParts: number;
    }
  | { ok: false; reason: string };

export interface StoredValueDefinition<T> {
  key: string;
  /** The version written now; stored values of a lower version are migrated step by step. */
  version: number;
  defaults: () => T;
  /** migrations[n] turns the state of version n into the state of version n + 1. */
  migrations?: Readonly<Record<number, (state: unknown) => unknown>>;
  /** Checks the state of the current version; may keep the usable part and reject the rest. */
  parse: (state: unknown) => ParseOutcome<T>;
}

/** A stored value that could not be used, kept as it was found. */
export interface QuarantinedValue {
  key: string;
  /** When it was set aside (ISO timestamp). */
  at: string;
  reason: string;
  /** The stored text, unchanged. */
  raw: string;
  /** True when the usable part was kept and only the rest was set aside. */
  partial: boolean;
  /** Set once the person has closed the notice about it; it stays set aside. */
  seen?: boolean;
}

export interface ReadResult<T> {
  value: T;
  quarantined: QuarantinedValue | null;
  /** Set when the storage itself could not be read. */
  problem: StorageProblem | null;
}

export const QUARANTINE_KEY = 'arus-pangan:quarantine';
const MAX_QUARANTINED = 10;

/** The browser's localStorage, or null when it is switched off or blocked for this site. */
export function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function classifyStorageError(error: unknown): StorageProblem {
  if (error instanceof DOMException || (typeof error === 'object' && error !== null && 'name' in error)) {
    const { name, code } = error as { name?: unknown; code?: unknown };
    // Chromium and Safari say QuotaExceededError (code 22), older Firefox NS_ERROR_DOM_QUOTA_REACHED.
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22) return 'quota';
    if (name === 'SecurityError') return 'blocked';
  }
  return 'unknown';
}

function envelopeOf(raw: string): { state: unknown; version: number } | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return 'not JSON';
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return 'not an object';
  const { state, version } = parsed as { state?: unknown; version?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return 'version: not a version';
  return { state, version };
}

/** Migrates and checks a stored text; never throws. */
export function decodeStoredValue<T>(
  definition: StoredValueDefinition<T>,
  raw: string,
): { ok: true; value: T; rejectedParts: number } | { ok: false; reason: string } {
  const envelope = envelopeOf(raw);
  if (typeof envelope === 'string') return { ok: false, reason: envelope };
  if (envelope.version > definition.version) {
    return { ok: false, reason: `version: ${envelope.version} is newer than this dashboard reads` };
  }
  let state = envelope.state;
  try {
    for (let version = envelope.version; version < definition.version; version += 1) {
      const migrate = definition.migrations?.[version];
      if (!migrate) return { ok: false, reason: `version: no migration from version ${version}` };
      state = migrate(state);
    }
    return definition.parse(state);
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

export function encodeStoredValue<T>(definition: StoredValueDefinition<T>, value: T): string {
  // The envelope zustand's persist middleware wrote, so values saved by earlier versions still read.
  return JSON.stringify({ state: value, version: definition.version });
}

function isQuarantinedValue(value: unknown): value is QuarantinedValue {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<QuarantinedValue>;
  return (
    typeof entry.key === 'string' &&
    typeof entry.at === 'string' &&
    typeof entry.reason === 'string' &&
    typeof entry.raw === 'string'
  );
}

/** What was set aside in this browser (the list itself is checked like any stored value). */
export function readQuarantine(storage: Storage | null): QuarantinedValue[] {
  try {
    const stored = envelopeOf(storage?.getItem(QUARANTINE_KEY) ?? '');
    return typeof stored !== 'string' && Array.isArray(stored.state)
      ? stored.state.filter(isQuarantinedValue)
      : [];
  } catch {
    return [];
  }
}

function writeQuarantine(storage: Storage, list: readonly QuarantinedValue[]): void {
  storage.setItem(QUARANTINE_KEY, JSON.stringify({ state: list.slice(-MAX_QUARANTINED), version: 1 }));
}

/** Closes the notice for everything set aside so far; the values themselves are kept. */
export function markQuarantineSeen(storage: Storage | null): void {
  if (!storage) return;
  try {
    writeQuarantine(
      storage,
      readQuarantine(storage).map((entry) => ({ ...entry, seen: true })),
    );
  } catch {
    // Not writable: the notice comes back on the next visit, which is the safe side.
  }
}

function setAside(storage: Storage, entry: QuarantinedValue): void {
  try {
    const kept = [...readQuarantine(storage), entry];
    writeQuarantine(storage, kept);
    storage.removeItem(entry.key);
  } catch {
    // Storage full or blocked: the entry stays in memory for this visit (the notice can export it).
  }
}

/** Reads one value; a value that fails is set aside and the defaults are returned. */
export function readStoredValue<T>(
  storage: Storage | null,
  definition: StoredValueDefinition<T>,
  now: () => Date = () => new Date(),
): ReadResult<T> {
  if (!storage) return { value: definition.defaults(), quarantined: null, problem: 'blocked' };
  let raw: string | null;
  try {
    raw = storage.getItem(definition.key);
  } catch (error) {
    return { value: definition.defaults(), quarantined: null, problem: classifyStorageError(error) };
  }
  if (raw === null) return { value: definition.defaults(), quarantined: null, problem: null };
  const decoded = decodeStoredValue(definition, raw);
  if (decoded.ok && decoded.rejectedParts === 0)
    return { value: decoded.value, quarantined: null, problem: null };
  const quarantined: QuarantinedValue = {
    key: definition.key,
    at: now().toISOString(),
    reason: decoded.ok ? `${decoded.rejectedParts} part(s) could not be read` : decoded.reason,
    raw,
    partial: decoded.ok,
  };
  setAside(storage, quarantined);
  return { value: decoded.ok ? decoded.value : definition.defaults(), quarantined, problem: null };
}

/** Writes one value; returns what went wrong instead of throwing. */
export function writeStoredValue<T>(
  storage: Storage | null,
  definition: StoredValueDefinition<T>,
  value: T,
): StorageProblem | null {
  if (!storage) return 'blocked';
  try {
    storage.setItem(definition.key, encodeStoredValue(definition, value));
    return null;
  } catch (error) {
    return classifyStorageError(error);
  }
}
