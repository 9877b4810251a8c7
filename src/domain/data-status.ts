// Every value the dashboard shows carries one of these statuses. The list keeps its order for
// stored data (imports store a status as its index); STATUS_RANK orders them from the most to the
// least trustworthy, so that an aggregate takes the weakest status of what it adds up.
export const DATA_STATUSES = [
  'reported',
  'derived',
  'estimated',
  'synthetic',
  'preliminary',
  'forecast',
] as const;
export type DataStatus = (typeof DATA_STATUSES)[number];

/**
 * reported: published as final; preliminary: published, to be revised (BPS "angka sementara");
 * derived: computed from published numbers; forecast: a publisher's own projection or "potensi";
 * estimated: a model calibrated to published figures; synthetic: invented, no source exists.
 */
export const STATUS_RANK: Record<DataStatus, number> = {
  reported: 0,
  preliminary: 1,
  derived: 2,
  forecast: 3,
  estimated: 4,
  synthetic: 5,
};

export function weakestStatus(statuses: Iterable<DataStatus>): DataStatus {
  let weakest: DataStatus = 'reported';
  for (const status of statuses) if (STATUS_RANK[status] > STATUS_RANK[weakest]) weakest = status;
  return weakest;
}

/**
 * The status of a row that shows figures: the weakest of the figures it adds up. A value that was
 * not reported (null) shows nothing, so it qualifies nothing; with no figure at all the status is
 * null, never "reported".
 */
export function figuresStatus(
  figures: Iterable<{ tonnes: number | null; status: DataStatus }>,
): DataStatus | null {
  const statuses: DataStatus[] = [];
  for (const figure of figures) if (figure.tonnes !== null) statuses.push(figure.status);
  return statuses.length > 0 ? weakestStatus(statuses) : null;
}

/** Statuses that must be flagged next to a figure because it is not a sourced measurement. */
export function needsBadge(status: DataStatus): boolean {
  return status === 'estimated' || status === 'synthetic' || status === 'forecast';
}
