import type { FlowRow, FlowsResponse } from '../../contract/schemas';
import { weakestStatus, type DataStatus } from '../../domain/data-status';
import type { FlowDimension } from '../../domain/flow-store';
import type { MessageKey } from '../../i18n/messages-id';

/**
 * Both panels of the flows page draw the same breakdown, so they share one request; these are
 * also the dimensions a click can narrow the page to, in the order the Sankey draws them.
 */
export const FLOW_GROUP_BY = [
  'province',
  'origin',
  'commodity',
  'entryPoint',
] as const satisfies readonly FlowDimension[];

export type SelectionDimension = (typeof FLOW_GROUP_BY)[number];
export const SELECTION_LABELS: Record<SelectionDimension, MessageKey> = {
  province: 'flows.stage.province',
  origin: 'flows.stage.origin',
  commodity: 'flows.stage.commodity',
  entryPoint: 'flows.stage.entryPoint',
};
/** What the analyst narrowed the view to by clicking: at most one code per dimension. */
export type FlowSelection = Partial<Record<SelectionDimension, string>>;

/** One origin–commodity–entry-point combination over the whole chosen range. */
export type FlowTotal = Omit<FlowRow, 'period'>;

/**
 * Yearly rows → one row per combination for the whole range. A combination that was not
 * reported in any year stays null ("not reported"), never 0 ("nothing came").
 */
export function totalsOverPeriods(response: FlowsResponse): FlowTotal[] {
  const totals = new Map<string, { total: FlowTotal; statuses: DataStatus[]; sourceIds: Set<string> }>();
  for (const row of response.rows) {
    const key = FLOW_GROUP_BY.map((dimension) => row[dimension] ?? '').join('\u0000');
    let entry = totals.get(key);
    if (!entry) {
      const { period: _period, ...rest } = row;
      entry = { total: { ...rest, tonnes: null, sourceIds: [] }, statuses: [], sourceIds: new Set() };
      totals.set(key, entry);
    }
    if (row.tonnes !== null) entry.total.tonnes = (entry.total.tonnes ?? 0) + row.tonnes;
    entry.statuses.push(row.status);
    row.sourceIds.forEach((id) => entry.sourceIds.add(id));
  }
  return [...totals.values()].map(({ total, statuses, sourceIds }) => ({
    ...total,
    status: weakestStatus(statuses),
    sourceIds: [...sourceIds].sort(),
  }));
}

/** The rows that match every dimension of the selection. */
export function applySelection(rows: readonly FlowTotal[], selection: FlowSelection): FlowTotal[] {
  const active = FLOW_GROUP_BY.filter((dimension) => selection[dimension] !== undefined);
  if (active.length === 0) return [...rows];
  return rows.filter((row) => active.every((dimension) => row[dimension] === selection[dimension]));
}

/** Clicking what is already selected clears it; anything else selects it. */
export function toggleSelection(
  selection: FlowSelection,
  dimension: SelectionDimension,
  code: string,
): FlowSelection {
  if (selection[dimension] !== code) return { ...selection, [dimension]: code };
  const { [dimension]: _removed, ...rest } = selection;
  return rest;
}
