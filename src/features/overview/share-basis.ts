import type { BalanceRow, Claim, FlowRow } from '../../contract/schemas';
import { isCommodityCode } from '../../domain/commodity';
import {
  ACCOUNTING_BASES,
  balancesFromRows,
  commoditiesOf,
  isDestination,
  isProductionKind,
  shareUnderBasis,
  type AccountingBasis,
  type BalanceRowInput,
  type BasisShare,
  type CommodityBalance,
  type InflowRowInput,
} from '../../domain/food-balance';

export const SHARE_GROUPS = ['rice', 'meat', 'fish', 'all'] as const;
export type ShareGroup = (typeof SHARE_GROUPS)[number];

/** Flow rows grouped by commodity as the domain's inflow rows, each keeping its period. */
export function inflowInputsOf(flowRows: readonly FlowRow[]): (InflowRowInput & { period: string })[] {
  return flowRows.flatMap((row) =>
    row.commodity && isCommodityCode(row.commodity)
      ? [
          {
            period: row.period,
            commodity: row.commodity,
            tonnes: row.tonnes,
            status: row.status,
            sourceIds: row.sourceIds,
          },
        ]
      : [],
  );
}

/** Balance rows as the domain's balance parts (unknown destinations and kinds left out). */
export function balanceInputsOf(
  balanceRows: readonly BalanceRow[],
): (BalanceRowInput & { period: string })[] {
  return balanceRows.flatMap((row): (BalanceRowInput & { period: string })[] => {
    const detail = row.item === 'stock-change' ? null : row.detail;
    if (row.item === 'onward' && !isDestination(detail)) return [];
    if (row.item === 'production' && !isProductionKind(detail)) return [];
    return [{ ...row, detail: detail as BalanceRowInput['detail'] }];
  });
}

/** Flow rows grouped by commodity and balance rows, as the domain's balance per commodity form. */
export function balancesOf(
  flowRows: readonly FlowRow[],
  balanceRows: readonly BalanceRow[],
): CommodityBalance[] {
  return balancesFromRows(inflowInputsOf(flowRows), balanceInputsOf(balanceRows));
}

export type SharesByBasis = Record<AccountingBasis, Record<ShareGroup, BasisShare>>;

/** The share of every group under every basis; the claim basis uses the claim's basket. */
export function sharesByBasis(
  balances: readonly CommodityBalance[],
  claim: Claim | undefined,
): SharesByBasis {
  const basket = claim?.basket ?? null;
  const entries = ACCOUNTING_BASES.map((basis) => [
    basis,
    Object.fromEntries(
      SHARE_GROUPS.map((group) => [group, shareUnderBasis(basis, balances, commoditiesOf(group), basket)]),
    ) as Record<ShareGroup, BasisShare>,
  ]);
  return Object.fromEntries(entries) as SharesByBasis;
}
