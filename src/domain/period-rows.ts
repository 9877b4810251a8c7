/** One row per period with a value per series key: what a time chart and its table draw. */
export type PeriodRow = { period: string } & Record<string, number | string | null>;

/**
 * Gathers items into one row per period, in time order. `place` writes an item's values into
 * the row of its period. A period's row exists as soon as one item names it, even when `place`
 * writes nothing, so a period with only missing values is a gap in a line, not a missing date.
 */
export function periodRows<T extends { period: string }>(
  items: Iterable<T>,
  place: (row: PeriodRow, item: T) => void,
): PeriodRow[] {
  const byPeriod = new Map<string, PeriodRow>();
  for (const item of items) {
    let row = byPeriod.get(item.period);
    if (!row) {
      row = { period: item.period };
      byPeriod.set(item.period, row);
    }
    place(row, item);
  }
  return [...byPeriod.values()].sort((a, b) => a.period.localeCompare(b.period));
}

/** The items of each period, in time order of the periods and input order within one. */
export function groupByPeriod<T extends { period: string }>(items: Iterable<T>): Map<string, T[]> {
  const byPeriod = new Map<string, T[]>();
  for (const item of items) {
    const list = byPeriod.get(item.period);
    if (list) list.push(item);
    else byPeriod.set(item.period, [item]);
  }
  return new Map([...byPeriod].sort(([a], [b]) => a.localeCompare(b)));
}
