import type { DataStatus } from './data-status';
import { weakestStatus } from './data-status';

export interface StatusedValue {
  tonnes: number | null;
  status: DataStatus;
}

/** Sums values that may be missing: null only when every value is null (a gap, not a zero). */
export function sumTonnes(values: Iterable<StatusedValue>): StatusedValue {
  let total: number | null = null;
  const statuses: DataStatus[] = [];
  for (const value of values) {
    statuses.push(value.status);
    if (value.tonnes === null) continue;
    total = (total ?? 0) + value.tonnes;
  }
  return { tonnes: total, status: weakestStatus(statuses) };
}
