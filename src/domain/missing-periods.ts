import type { DataStatus } from './data-status';
import { periodStarts, type DateRange, type Granularity } from './period';

interface PeriodRow {
  period: string;
  status: DataStatus;
  sourceIds: string[];
}

/**
 * Every period of the range for every series in an answer: a period the answer leaves out is a
 * period nothing was reported for, so it becomes a row with a null value — a gap in a line and a
 * "not reported" row in a table — instead of the neighbours being joined across it as if it
 * were not there. `keyOf` names the series a row belongs to (its group-by values).
 */
export function fillMissingPeriods<R extends PeriodRow>(
  rows: readonly R[],
  range: DateRange,
  granularity: Granularity,
  keyOf: (row: R) => string,
  emptyRow: (template: R, period: string) => R,
): R[] {
  const starts = periodStarts(range, granularity);
  const expected = new Set(starts);
  const templates = new Map<string, R>();
  const present = new Set<string>();
  for (const row of rows) {
    const key = keyOf(row);
    if (!templates.has(key)) templates.set(key, row);
    present.add(`${row.period}\u0000${key}`);
  }
  let missing = false;
  for (const start of starts) {
    for (const key of templates.keys()) if (!present.has(`${start}\u0000${key}`)) missing = true;
  }
  if (!missing) return [...rows];
  const filled: R[] = [];
  const byPeriod = new Map<string, R[]>();
  for (const row of rows) {
    const list = byPeriod.get(row.period);
    if (list) list.push(row);
    else byPeriod.set(row.period, [row]);
  }
  for (const start of starts) {
    const inPeriod = byPeriod.get(start) ?? [];
    const keys = new Set(inPeriod.map(keyOf));
    filled.push(...inPeriod);
    for (const [key, template] of templates) if (!keys.has(key)) filled.push(emptyRow(template, start));
  }
  // Rows off the period grid are kept as they came; the answer's own checks judge them.
  for (const row of rows) if (!expected.has(row.period)) filled.push(row);
  return filled;
}
