import type { DataStatus } from './data-status';
import { weakestStatus } from './data-status';

export interface SupplyTotals {
  /** Tonnes that came into Jakarta from outside the province (other regions and imports). */
  inflow: number | null;
  /** Tonnes produced inside DKI Jakarta in the same period. */
  ownProduction: number | null;
}

/**
 * The observed external share: what came from outside divided by all supply (outside + own).
 * Null when either part is unknown or there is no supply at all, so "no data" never reads as 0%.
 */
export function externalShare({ inflow, ownProduction }: SupplyTotals): number | null {
  if (inflow === null || ownProduction === null) return null;
  const total = inflow + ownProduction;
  if (total <= 0) return null;
  return inflow / total;
}

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

export interface GroupTonnes {
  group: string;
  tonnes: number | null;
  status: DataStatus;
}

export interface GroupShare {
  /** A commodity group, or "all" for the three together. */
  group: string;
  inflow: number | null;
  ownProduction: number | null;
  share: number | null;
  status: DataStatus;
}

/**
 * External share per commodity group and for all groups together, from inflow rows and own
 * production rows (any granularity; they are summed over the whole range first). A group with no
 * reported inflow or production gets a null share, and "all" counts only groups with both.
 */
export function externalSharesByGroup(
  groups: readonly string[],
  inflowRows: readonly GroupTonnes[],
  productionRows: readonly GroupTonnes[],
): GroupShare[] {
  const perGroup = groups.map((group): GroupShare => {
    const inflow = sumTonnes(inflowRows.filter((row) => row.group === group));
    const own = sumTonnes(productionRows.filter((row) => row.group === group));
    return {
      group,
      inflow: inflow.tonnes,
      ownProduction: own.tonnes,
      share: externalShare({ inflow: inflow.tonnes, ownProduction: own.tonnes }),
      status: weakestStatus([inflow.status, own.status]),
    };
  });
  const complete = perGroup.filter((g) => g.share !== null);
  const inflow = complete.length > 0 ? complete.reduce((sum, g) => sum + (g.inflow ?? 0), 0) : null;
  const ownProduction =
    complete.length > 0 ? complete.reduce((sum, g) => sum + (g.ownProduction ?? 0), 0) : null;
  return [
    ...perGroup,
    {
      group: 'all',
      inflow,
      ownProduction,
      share: externalShare({ inflow, ownProduction }),
      status: weakestStatus(complete.map((g) => g.status)),
    },
  ];
}
