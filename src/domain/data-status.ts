// Every value the dashboard shows carries one of these statuses. They are ordered from the most
// to the least trustworthy, so that an aggregate takes the weakest status of what it adds up.
export const DATA_STATUSES = ['reported', 'derived', 'estimated', 'synthetic'] as const;
export type DataStatus = (typeof DATA_STATUSES)[number];

export function weakestStatus(statuses: Iterable<DataStatus>): DataStatus {
  let weakest = 0;
  for (const status of statuses) weakest = Math.max(weakest, DATA_STATUSES.indexOf(status));
  return DATA_STATUSES[weakest] ?? 'reported';
}

/** Statuses that must be flagged next to a figure because it is not a sourced measurement. */
export function needsBadge(status: DataStatus): boolean {
  return status === 'estimated' || status === 'synthetic';
}
