import { replaceEqualDeep } from '@tanstack/react-query';

// When the server produced each answer, from its `Date` header. An answer the service worker kept
// (stale-while-revalidate) keeps the date it was made, so a view shown offline says how old its
// data is. Kept beside the data, not in it: the answers stay exactly what the contract defines.
const servedAt = new WeakMap<object, number>();

export function markServedAt<T>(data: T, time: number | null): T {
  if (time !== null && typeof data === 'object' && data !== null) servedAt.set(data, time);
  return data;
}

/** The time `data` was made on the server, in ms since the epoch, if the answer said. */
export function servedAtOf(data: unknown): number | undefined {
  return typeof data === 'object' && data !== null ? servedAt.get(data) : undefined;
}

/** `derived` was computed from `answer`: it carries the answer's time. */
export function keepServedAt<T>(answer: object, derived: T): T {
  const time = servedAt.get(answer);
  return time === undefined ? derived : markServedAt(derived, time);
}

/** The `Date` header as ms since the epoch; null when absent or not a date. */
export function responseDate(headers: Headers): number | null {
  const header = headers.get('date');
  if (header === null) return null;
  const time = Date.parse(header);
  return Number.isNaN(time) ? null : time;
}

/**
 * TanStack Query's structural sharing, keeping the newer answer's time on the data it keeps: an
 * unchanged answer fetched again is still the same object, now made at the newer time.
 */
export function shareStructureKeepingServedAt(previous: unknown, next: unknown): unknown {
  const shared = replaceEqualDeep(previous, next);
  const time = servedAtOf(next);
  if (time !== undefined) markServedAt(shared, time);
  return shared;
}
