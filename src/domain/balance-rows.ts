// The rows of the food balance besides the inflow, as the contract's /balance serves them. The
// in-memory local API and the database server hold the parts differently (daily arrays; day rows
// summed by the database), so each hands over its figures per period; the rows are assembled here
// once, so both send the same rows in the same order with the same statuses and sources.
import type { CommodityCode } from './commodity';
import type { DataStatus } from './data-status';
import type { Destination, ProductionKind } from './food-balance';
import { periodStarts, type DateRange, type Granularity } from './period';
import { spreadAnnual, type AnnualProduction } from './production';

interface Provenance {
  status: DataStatus;
  sourceIds: readonly string[];
}

/** One onward series: tonnes leaving Jakarta's hubs for one destination. */
export interface OnwardPart extends Provenance {
  commodity: CommodityCode;
  destination: Destination;
}

/**
 * Where a commodity's stock change comes from: a stock series (closing − opening), or a statement
 * that no stock is held (a change of 0, with the status and sources of that statement).
 */
export type StockChangePart = { stock: string } | ({ none: true } & Provenance);

export interface BalanceParts<Onward extends OnwardPart> {
  onward: readonly Onward[];
  stockChange: (commodity: CommodityCode) => StockChangePart | undefined;
  /** The stock series a change names, or undefined when the dataset does not hold it. */
  stock: (key: string) => Provenance | undefined;
  production: readonly {
    commodity: CommodityCode;
    kind: ProductionKind;
    annual: readonly AnnualProduction[];
  }[];
}

/** A series' tonnes, one per period of the range in order; null where nothing was reported. */
export interface BalanceFigures<Onward extends OnwardPart> {
  onward: (series: Onward) => readonly (number | null)[];
  stockChange: (stock: string) => readonly (number | null)[];
}

export interface AssembledBalanceRow {
  period: string;
  commodity: CommodityCode;
  item: 'onward' | 'stock-change' | 'production';
  /** The destination (onward), the kind of production (production); null for stock change. */
  detail: Destination | ProductionKind | null;
  tonnes: number | null;
  status: DataStatus;
  sourceIds: string[];
}

/** The series an answer for these commodities holds: times its periods, the rows it returns. */
export function balanceSeriesCount(
  parts: BalanceParts<OnwardPart>,
  commodities: readonly CommodityCode[],
): number {
  return (
    parts.onward.filter((s) => commodities.includes(s.commodity)).length +
    parts.production.filter((p) => commodities.includes(p.commodity)).length +
    commodities.filter((c) => parts.stockChange(c) !== undefined).length
  );
}

/**
 * Per commodity asked for: its onward series, its stock change, its own production by kind (the
 * yearly figures spread over the periods by their seasonality), each over every period of the
 * range; then stably by period. A stock change naming a stock the dataset lacks has no rows.
 */
export function assembleBalanceRows<Onward extends OnwardPart>(
  parts: BalanceParts<Onward>,
  figures: BalanceFigures<Onward>,
  commodities: readonly CommodityCode[],
  range: DateRange,
  granularity: Granularity,
): AssembledBalanceRow[] {
  const starts = periodStarts(range, granularity);
  const rows: AssembledBalanceRow[] = [];
  const push = (
    commodity: CommodityCode,
    item: AssembledBalanceRow['item'],
    detail: AssembledBalanceRow['detail'],
    tonnes: readonly (number | null)[],
    { status, sourceIds }: Provenance,
  ) =>
    starts.forEach((period, i) =>
      rows.push({
        period,
        commodity,
        item,
        detail,
        tonnes: tonnes[i] ?? null,
        status,
        sourceIds: [...sourceIds],
      }),
    );
  for (const commodity of commodities) {
    for (const series of parts.onward.filter((s) => s.commodity === commodity)) {
      push(commodity, 'onward', series.destination, figures.onward(series), series);
    }
    const source = parts.stockChange(commodity);
    if (source && 'stock' in source) {
      const stock = parts.stock(source.stock);
      if (stock) push(commodity, 'stock-change', null, figures.stockChange(source.stock), stock);
    } else if (source) {
      push(
        commodity,
        'stock-change',
        null,
        starts.map(() => 0),
        source,
      );
    }
    for (const production of parts.production.filter((p) => p.commodity === commodity)) {
      for (const { period, tonnes, status, sourceIds } of spreadAnnual(
        production.annual,
        range,
        granularity,
      )) {
        rows.push({
          period,
          commodity,
          item: 'production',
          detail: production.kind,
          tonnes,
          status,
          sourceIds,
        });
      }
    }
  }
  return rows.sort((a, b) => a.period.localeCompare(b.period));
}
