// A chart's table as a CSV people can open: in the dialect of their spreadsheet, each value
// rounded to the precision it is shown with (no float noise such as 3862.0759999999996), shares
// as percentages, units in the headers, statuses in the page's language, and above the table
// what the file holds: title, period, sources, data status, the demo note, when it was made.
import { CSV_DIALECTS, toCsv, type CsvCell, type CsvColumn, type CsvDialectName } from '../domain/csv';
import type { DataStatus } from '../domain/data-status';
import type { I18n } from '../i18n/use-i18n';
import type { CellKind, TableData } from './table-data';

/** Decimals kept per kind: tonnes to 0.1 t, shares to 0.1 percentage point, indices to 4. */
export const CSV_DECIMALS: Partial<Record<CellKind, number>> = { tonnes: 1, percent: 1, number: 4 };

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded; // no "-0"
}

function headerOf(header: string, kind: CellKind): string {
  if (kind === 'tonnes' && !/\(t\)$/.test(header)) return `${header} (t)`;
  if (kind === 'percent' && !/\(%\)$/.test(header)) return `${header} (%)`;
  return header;
}

function cellOf(value: CsvCell, kind: CellKind, i18n: I18n): CsvCell {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    const scaled = kind === 'percent' ? value * 100 : value;
    const decimals = CSV_DECIMALS[kind];
    return decimals === undefined ? scaled : roundTo(scaled, decimals);
  }
  if (kind === 'status' && typeof value === 'string' && value !== '') {
    return i18n.t(`status.${value as DataStatus}`);
  }
  return value;
}

export function csvDialectFor(choice: CsvDialectName | null, i18n: Pick<I18n, 'language'>): CsvDialectName {
  return choice ?? (i18n.language === 'id' ? 'id' : 'en');
}

export function tableCsv(
  table: TableData,
  i18n: I18n,
  { dialect, preamble }: { dialect: CsvDialectName; preamble: readonly string[] },
): string {
  const columns: CsvColumn[] = table.columns.map((column) => ({
    key: column.key,
    header: headerOf(column.header, column.kind),
  }));
  const rows = table.rows.map((row) => {
    const out: Record<string, CsvCell> = {};
    for (const column of table.columns) out[column.key] = cellOf(row[column.key], column.kind, i18n);
    return out;
  });
  return toCsv(columns, rows, { dialect: CSV_DIALECTS[dialect], preamble });
}
