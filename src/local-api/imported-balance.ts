// An analyst's balance table (see import/balance-table.ts) in the shape the local API serves
// `/balance` from: daily onward series, closing-stock series, annual production.
import type { Source } from '../contract/schemas';
import { addDays, daysBetweenInclusive, toDayNumber, type IsoDate } from '../domain/calendar-date';
import type { CommodityCode } from '../domain/commodity';
import { weakestStatus, type DataStatus } from '../domain/data-status';
import type { Destination, ProductionKind } from '../domain/food-balance';
import { nextPeriodStart } from '../domain/period';
import type { DailyStock } from '../domain/stock';
import type { ImportedBalance, ImportedBalanceRow } from '../import/balance-table';
import type { LocalBalance, OnwardSeries } from './local-api';

export const BALANCE_FILE_SOURCE_ID = 'imported-balance-file';
/** Rice stock is PIBC's: the stock the tiles and the stock-cover alert read. */
const RICE_STOCK_KEY = 'PIBC';

export interface ImportedBalanceParts {
  balance: LocalBalance;
  stocks: Record<string, DailyStock & { status: DataStatus; sourceIds: string[] }>;
  sources: Source[];
}

/** The days a row's period covers: a day, or every day of a month. */
function daysOf(period: string): { from: IsoDate; to: IsoDate } {
  if (period.length === 7) {
    const from = `${period}-01`;
    return { from, to: addDays(nextPeriodStart(from, 'month'), -1) };
  }
  return { from: period, to: period };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

export function importedBalanceParts(
  imported: ImportedBalance,
  datasetName: string,
  importedOn: IsoDate,
): ImportedBalanceParts {
  const titles = [...new Set(imported.rows.flatMap((row) => (row.source ? [row.source] : [])))];
  const sourceIdOf = new Map(titles.map((title, i) => [title, `imported-balance-source-${i + 1}`]));
  const sourceIdsOf = (rows: readonly ImportedBalanceRow[]) => [
    ...new Set(rows.map((row) => (row.source ? (sourceIdOf.get(row.source) ?? '') : BALANCE_FILE_SOURCE_ID))),
  ];
  const source = (id: string, title: string): Source => ({
    id,
    title,
    publisher: datasetName,
    url: null,
    date: importedOn,
    kind: 'report',
  });
  const sources = [
    source(BALANCE_FILE_SOURCE_ID, imported.fileName),
    ...titles.map((title) => source(sourceIdOf.get(title) ?? '', title)),
  ];

  // Onward outflow: a month's tonnes spread evenly over its days, so any period sums what fell in it.
  const onward: OnwardSeries[] = [];
  const onwardRows = imported.rows.filter((row) => row.item === 'onward');
  for (const rows of groupBy(onwardRows, (row) => `${row.commodity}|${row.detail}`).values()) {
    const spans = rows.map((row) => ({ row, ...daysOf(row.period) }));
    const firstDay = spans.map((s) => s.from).sort()[0] ?? '1970-01-01';
    const lastDay =
      spans
        .map((s) => s.to)
        .sort()
        .at(-1) ?? firstDay;
    const values = new Float64Array(daysBetweenInclusive(firstDay, lastDay)).fill(Number.NaN);
    const start = toDayNumber(firstDay);
    for (const { row, from, to } of spans) {
      const days = daysBetweenInclusive(from, to);
      for (let day = toDayNumber(from); day <= toDayNumber(to); day++) {
        const before = values[day - start] ?? Number.NaN;
        values[day - start] = (Number.isNaN(before) ? 0 : before) + row.tonnes / days;
      }
    }
    const first = rows[0];
    if (!first) continue;
    onward.push({
      commodity: first.commodity,
      destination: first.detail as Destination,
      status: weakestStatus(rows.map((row) => row.status)),
      sourceIds: sourceIdsOf(rows),
      firstDay,
      values,
    });
  }

  // Closing stock per commodity; a commodity stated to hold no stock gets a change of zero.
  const stocks: ImportedBalanceParts['stocks'] = {};
  const stockChange: LocalBalance['stockChange'] = {};
  const stockRows = imported.rows.filter((row) => row.item === 'stock');
  for (const [commodity, rows] of groupBy(stockRows, (row) => row.commodity)) {
    const dates = rows.map((row) => row.period).sort();
    const firstDay = dates[0] ?? '1970-01-01';
    const lastDay = dates.at(-1) ?? firstDay;
    const values = new Float64Array(daysBetweenInclusive(firstDay, lastDay)).fill(Number.NaN);
    for (const row of rows) values[toDayNumber(row.period) - toDayNumber(firstDay)] = row.tonnes;
    const key = commodity === 'rice-milled' ? RICE_STOCK_KEY : `stock:${commodity}`;
    stocks[key] = {
      firstDay,
      lastDay,
      values,
      status: weakestStatus(rows.map((row) => row.status)),
      sourceIds: sourceIdsOf(rows),
    };
    stockChange[commodity as CommodityCode] = { stock: key };
  }
  const noStock = imported.rows.filter((row) => row.item === 'no-stock');
  for (const [commodity, rows] of groupBy(noStock, (row) => row.commodity)) {
    if (stockChange[commodity as CommodityCode]) continue; // a recorded stock says more
    stockChange[commodity as CommodityCode] = {
      none: true,
      status: weakestStatus(rows.map((row) => row.status)),
      sourceIds: sourceIdsOf(rows),
    };
  }

  // Own production: one figure per year, spread evenly over its days (the table has no profile).
  const productionRows = imported.rows.filter((row) => row.item === 'production');
  const production: LocalBalance['production'] = [
    ...groupBy(productionRows, (row) => `${row.commodity}|${row.detail}`).values(),
  ].flatMap((rows) => {
    const first = rows[0];
    if (!first) return [];
    return [
      {
        commodity: first.commodity,
        kind: first.detail as ProductionKind,
        annual: rows.map((row) => ({
          year: Number(row.period),
          tonnes: row.tonnes,
          status: row.status,
          sourceIds: sourceIdsOf([row]),
        })),
      },
    ];
  });

  return { balance: { onward, stockChange, production }, stocks, sources };
}
