// The food balance's rows as both dialects store and read them: the same columns on DuckDB and
// ClickHouse, so writing a dataset's balance and reading it back is one mapping, not two.
import type { CommodityCode } from '../../src/domain/commodity';
import type { DataStatus } from '../../src/domain/data-status';
import type { Destination, ProductionKind } from '../../src/domain/food-balance';
import type { AnnualProduction } from '../../src/domain/production';
import type { LocalBalance } from '../../src/local-api/local-api';
import type { StoredBalance } from './data-store';

type Row = Record<string, unknown>;

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/**
 * A yearly figure from its row. The profile is the twelve monthly shares when the row has them
 * (DuckDB: a list, NULL without; ClickHouse: an array and has_profile, as arrays are never NULL).
 */
export function annualOf(row: Row, status: DataStatus): AnnualProduction {
  const profiled =
    row.has_profile === undefined ? Array.isArray(row.monthly_shares) : Number(row.has_profile) === 1;
  const entry: AnnualProduction = {
    year: Number(row.year),
    tonnes: Number(row.tonnes),
    status,
    sourceIds: strings(row.source_ids),
  };
  if (profiled) entry.monthlyShares = (row.monthly_shares as unknown[]).map(Number);
  if (row.profile_status !== null && row.profile_status !== undefined)
    entry.profileStatus = String(row.profile_status) as DataStatus;
  return entry;
}

/** A commodity's stock change as stored: a stock series' key, or null with the statement's status. */
export interface StockChangeEntry {
  commodity: CommodityCode;
  stock: string | null;
  status: DataStatus;
  sourceIds: readonly string[];
}

/** The stock-change statements of a balance, in its order, ready to be stored one row each. */
export function stockChangeEntries(balance: LocalBalance): StockChangeEntry[] {
  return Object.entries(balance.stockChange).flatMap(([commodity, source]): StockChangeEntry[] => {
    if (!source) return [];
    const code = commodity as CommodityCode;
    // A stock series carries its own status and sources; the row's are not read back.
    if ('stock' in source)
      return [{ commodity: code, stock: source.stock, status: 'reported', sourceIds: [] }];
    return [{ commodity: code, stock: null, status: source.status, sourceIds: source.sourceIds }];
  });
}

/** The stored balance from its four tables' rows (each in stored order). */
export function storedBalance(rows: {
  onward: readonly Row[];
  stockChange: readonly Row[];
  stocks: readonly Row[];
  production: readonly Row[];
}): StoredBalance {
  const production: StoredBalance['production'] = [];
  let ordinal: number | null = null;
  for (const row of rows.production) {
    const entry = annualOf(row, String(row.status) as DataStatus);
    if (Number(row.ordinal) !== ordinal || production.length === 0) {
      ordinal = Number(row.ordinal);
      production.push({
        commodity: String(row.commodity) as CommodityCode,
        kind: String(row.kind) as ProductionKind,
        annual: [entry],
      });
    } else {
      production.at(-1)?.annual.push(entry);
    }
  }
  return {
    onward: rows.onward.map((row) => ({
      ordinal: Number(row.ordinal),
      commodity: String(row.commodity) as CommodityCode,
      destination: String(row.destination) as Destination,
      status: String(row.status) as DataStatus,
      sourceIds: strings(row.source_ids),
    })),
    stockChange: rows.stockChange.map((row) => {
      const commodity = String(row.commodity) as CommodityCode;
      if (row.stock_key !== null && row.stock_key !== undefined)
        return { commodity, stock: String(row.stock_key) };
      return {
        commodity,
        none: true as const,
        status: String(row.status) as DataStatus,
        sourceIds: strings(row.source_ids),
      };
    }),
    stocks: new Map(
      rows.stocks.map((row) => [
        String(row.entry_point),
        { status: String(row.status) as DataStatus, sourceIds: strings(row.source_ids) },
      ]),
    ),
    production,
  };
}
