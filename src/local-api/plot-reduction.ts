// The reduction of a flows answer to the plot it is drawn on, shared by every server of the
// contract so that they keep the same periods: a daily series of ten years sent to a chart a
// thousand pixels wide moves about as many periods as the plot has pixels, not 3,650.
import type { Reduction } from '../contract/schemas';
import { m4KeptPeriods } from '../domain/downsample';
import type { FlowAggregate, FlowDimension } from '../domain/flow-store';

export function reduceFlowsToWidth(
  rows: readonly FlowAggregate[],
  groupBy: readonly FlowDimension[],
  width: number | undefined,
): { rows: FlowAggregate[]; reduction?: Reduction } {
  if (width === undefined) return { rows: [...rows] };
  const seriesOf = (row: FlowAggregate) => groupBy.map((dimension) => row[dimension] ?? '').join('\u0000');
  const kept = m4KeptPeriods(rows, seriesOf, (row) => row.tonnes, width);
  if (!kept) return { rows: [...rows] };
  const periods = new Set(rows.map((row) => row.period)).size;
  return {
    rows: rows.filter((row) => kept.has(row.period)),
    reduction: { method: 'm4', width, periods, keptPeriods: kept.size },
  };
}
