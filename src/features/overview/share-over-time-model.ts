import type { BalanceRow, FlowRow } from '../../contract/schemas';
import type { DataStatus } from '../../domain/data-status';
import {
  balancesFromRows,
  commoditiesOf,
  shareUnderBasis,
  type AccountingBasis,
  type BasketItem,
} from '../../domain/food-balance';
import type { Granularity } from '../../domain/period';
import { groupByPeriod, type PeriodRow } from '../../domain/period-rows';
import { trailingWindows } from '../../domain/trailing-window';
import { balanceInputsOf, inflowInputsOf } from './share-basis';

export interface ShareRowsInput {
  flowRows: readonly FlowRow[];
  balanceRows: readonly BalanceRow[];
  /** Commodity groups, or 'all', one series each. */
  groups: readonly string[];
  basis: AccountingBasis;
  basket: readonly BasketItem[] | null;
  granularity: Granularity;
  displayFrom: string;
  /** The basis as the table names it, on every row. */
  basisLabel: string;
  /** How a window's first and last day are written in its row. */
  dateLabel: (date: string) => string;
}

export interface ShareRows {
  rows: PeriodRow[];
  statuses: DataStatus[];
  sourceIds: Set<string>;
  /** The balance parts missing for some window (their names). */
  missing: Set<string>;
  /** Windows the data does not fill: drawn as gaps. */
  shortWindows: number;
}

/** Windows worked out between two yields: a seven-year weekly range has about 400. */
const WINDOWS_PER_STEP = 20;

/**
 * One chart row per shown period: the share under the basis for each group over the trailing
 * window that ends with the period (see trailing-window.ts), with its status. A generator that
 * yields every few windows (see charts/use-sliced.ts); its return value is the result.
 */
export function* shareRowsInSteps(input: ShareRowsInput): Generator<void, ShareRows> {
  const { flowRows, balanceRows, basis, basket, granularity, displayFrom } = input;
  const rows: PeriodRow[] = [];
  const statuses: DataStatus[] = [];
  const sourceIds = new Set<string>();
  const missing = new Set<string>();
  let shortWindows = 0;
  const groupForms = input.groups.map((group) => [group, commoditiesOf(group as 'all')] as const);
  // The rows are turned into the balance's inputs once, not once for every window they are in.
  const inflowWindows = trailingWindows(groupByPeriod(inflowInputsOf(flowRows)), granularity, displayFrom);
  const balanceWindows = new Map(
    trailingWindows(groupByPeriod(balanceInputsOf(balanceRows)), granularity, displayFrom).map((w) => [
      w.period,
      w.items,
    ]),
  );
  yield;
  let done = 0;
  for (const { period, window, items, complete } of inflowWindows) {
    const balances = balancesFromRows(items, balanceWindows.get(period) ?? []);
    const row: PeriodRow = {
      period,
      window: `${input.dateLabel(window.from)} – ${input.dateLabel(window.to)}`,
      basis: input.basisLabel,
    };
    if (!complete) shortWindows++;
    for (const [group, forms] of groupForms) {
      const share = shareUnderBasis(basis, balances, forms, basket);
      // A window the data does not fill would be a one-week share again: left as a gap.
      row[group] = complete ? share.share : null;
      row[`${group}-status`] = share.status;
      statuses.push(share.status);
      share.sourceIds.forEach((id) => sourceIds.add(id));
      share.missing.forEach((part) => missing.add(part.part));
    }
    rows.push(row);
    if (++done % WINDOWS_PER_STEP === 0) yield;
  }
  return { rows, statuses, sourceIds, missing, shortWindows };
}
