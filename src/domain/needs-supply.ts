import type { IsoDate } from './calendar-date';
import type { CommodityCode } from './commodity';
import type { DataStatus } from './data-status';
import {
  basketCommodities,
  shareUnderBasis,
  type BalanceWarning,
  type BasketItem,
  type CommodityBalance,
  type MissingPart,
} from './food-balance';

// A published need (the DKPKP prognosis, an official statement) set against the supply Jakarta
// retained over the same days. The publisher's window is kept as given: a two-month prognosis is
// compared with two months of supply, never cut into days or months. Where the dashboard records
// no supply of what a need names (eggs), the comparison says so instead of showing nothing.

export interface PublishedNeed {
  id: string;
  from: IsoDate;
  to: IsoDate;
  items: readonly BasketItem[];
  tonnes: number;
  status: DataStatus;
  sourceIds: readonly string[];
}

export type NeedComparison<N extends PublishedNeed = PublishedNeed> =
  | {
      kind: 'compared';
      need: N;
      commodities: CommodityCode[];
      /** Retained supply: inflow + landings from elsewhere − onward − stock change + own (local) production. */
      supply: number;
      /** supply ÷ need; above 1 when more was retained than the publisher said Jakarta needs. */
      ratio: number;
      /** supply − need, in tonnes. */
      gap: number;
      supplyStatus: DataStatus;
      supplySourceIds: string[];
      /** Commodity forms whose retained supply is negative: the balance does not close. */
      warnings: BalanceWarning[];
    }
  /** The need names items the dashboard does not record (eggs, chili …): nothing to compare. */
  | { kind: 'not-recorded'; need: N; items: BasketItem[] }
  /** The need's window is not wholly inside the dataset's coverage. */
  | { kind: 'outside-coverage'; need: N }
  /** The dataset lacks a part of the balance over the window (no onward outflow, no production …). */
  | { kind: 'missing'; need: N; commodities: CommodityCode[]; missing: MissingPart[] };

/**
 * One need against the retained supply of the forms it names. `balances` must cover exactly the
 * need's own window (`need.from`–`need.to`); `coverage` is the dataset's.
 */
export function compareNeed<N extends PublishedNeed>(
  need: N,
  balances: readonly CommodityBalance[],
  coverage: { from: IsoDate; to: IsoDate },
): NeedComparison<N> {
  const notRecorded = need.items.filter((item) => basketCommodities([item]).length === 0);
  if (notRecorded.length > 0) return { kind: 'not-recorded', need, items: notRecorded };
  if (need.from < coverage.from || need.to > coverage.to) return { kind: 'outside-coverage', need };
  const commodities = basketCommodities(need.items);
  const retained = shareUnderBasis('retained', balances, commodities);
  if (retained.outside === null || retained.own === null) {
    return { kind: 'missing', need, commodities, missing: retained.missing };
  }
  const supply = retained.outside + retained.own;
  return {
    kind: 'compared',
    need,
    commodities,
    supply,
    ratio: need.tonnes > 0 ? supply / need.tonnes : Number.NaN,
    gap: supply - need.tonnes,
    supplyStatus: retained.status,
    supplySourceIds: retained.sourceIds,
    warnings: retained.warnings,
  };
}

/** The distinct windows a list of needs was published over, so each is asked for once. */
export function needWindows(needs: readonly PublishedNeed[]): { from: IsoDate; to: IsoDate }[] {
  const seen = new Map<string, { from: IsoDate; to: IsoDate }>();
  for (const need of needs) seen.set(`${need.from}/${need.to}`, { from: need.from, to: need.to });
  return [...seen.values()];
}
