import { relativeChange } from './change';
import { weakestStatus, type DataStatus } from './data-status';

export interface OriginRow {
  origin?: string;
  group?: string;
  tonnes: number | null;
  status: DataStatus;
}

/** Reported tonnes summed per origin; rows without an origin or with nothing reported add nothing. */
export function tonnesByOrigin(rows: readonly Pick<OriginRow, 'origin' | 'tonnes'>[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of rows) {
    if (!row.origin || row.tonnes === null) continue;
    totals.set(row.origin, (totals.get(row.origin) ?? 0) + row.tonnes);
  }
  return totals;
}

export interface OriginRanking {
  origin: string;
  tonnes: number;
  share: number;
  change: number | null;
  groups: string[];
  status: DataStatus;
}

/** One row per origin: its total, share of the total, change against the previous rows and what it sends. */
export function rankOrigins(rows: readonly OriginRow[], previousRows: readonly OriginRow[]): OriginRanking[] {
  const byOrigin = new Map<string, { groups: Set<string>; statuses: DataStatus[] }>();
  for (const row of rows) {
    if (!row.origin) continue;
    const entry = byOrigin.get(row.origin) ?? { groups: new Set<string>(), statuses: [] };
    if (row.group && row.tonnes) entry.groups.add(row.group);
    entry.statuses.push(row.status);
    byOrigin.set(row.origin, entry);
  }
  const tonnes = tonnesByOrigin(rows);
  const previous = tonnesByOrigin(previousRows);
  const total = [...tonnes.values()].reduce((sum, value) => sum + value, 0);
  return [...byOrigin].map(([origin, entry]) => {
    const own = tonnes.get(origin) ?? 0;
    return {
      origin,
      tonnes: own,
      share: total > 0 ? own / total : 0,
      change: relativeChange(own, previous.get(origin) ?? null),
      groups: [...entry.groups].sort(),
      status: weakestStatus(entry.statuses),
    };
  });
}
