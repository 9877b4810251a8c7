import type { ReactNode } from 'react';
import type { DataStatus } from '../domain/data-status';
import { useI18n, type I18n } from '../i18n/use-i18n';
import type { CellKind, TableColumn, TableData } from './table-data';
import type { CsvCell } from '../domain/csv';

/** `change`: a relative change, signed (+2,0 %), where a table shows growth. */
export type DisplayKind = CellKind | 'change';

export type TableRow = Record<string, CsvCell>;

/** A column as a summary table shows it: a CSV column, or one with its own header or cell. */
export interface DisplayColumn<Row extends TableRow = TableRow> {
  key: string;
  header: ReactNode;
  kind: DisplayKind;
  /** The column's sort state, for a table the reader can sort (aria-sort on the header). */
  sort?: 'ascending' | 'descending' | 'none';
  /** What the cell shows when the formatted value is not enough (a link, a checkbox, a flag). */
  cell?: (row: Row) => ReactNode;
}

export function formatCell(value: CsvCell, kind: DisplayKind, i18n: I18n): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number') {
    switch (kind) {
      case 'tonnes':
        return i18n.tonnes(value);
      case 'percent':
        // One number of decimals per column, so shares line up and compare.
        return i18n.percentFixed(value, 1);
      case 'change':
        return `${value > 0 ? '+' : ''}${i18n.percentFixed(value, 1)}`;
      default:
        return i18n.number(value, 2);
    }
  }
  switch (kind) {
    case 'date':
      return i18n.date(value);
    case 'month':
      return i18n.month(value);
    case 'status':
      return i18n.t(`status.${value as DataStatus}`);
    default:
      return value;
  }
}

const NUMERIC: ReadonlySet<DisplayKind> = new Set(['tonnes', 'percent', 'number', 'change']);
const numericClass = (kind: DisplayKind) => (NUMERIC.has(kind) ? 'numeric' : undefined);

export interface SummaryTableProps<Row extends TableRow> {
  columns: readonly DisplayColumn<Row>[];
  rows: readonly Row[];
  caption: string;
  /** The caption is read out but not shown (the frame's title already says it). */
  captionHidden?: boolean;
  /** The column whose cell names the row (a row header); the first column unless said. */
  rowHeader?: string;
  rowKey?: (row: Row, index: number) => string;
  className?: string;
  /** Scrolls within a taller box (long rankings). */
  tall?: boolean;
}

/** Every table in the dashboard: the frame's table view and the summary tables beside charts. */
export function SummaryTable<Row extends TableRow>({
  columns,
  rows,
  caption,
  captionHidden = false,
  rowHeader = columns[0]?.key,
  rowKey = (_row, index) => String(index),
  className,
  tall = false,
}: SummaryTableProps<Row>) {
  const i18n = useI18n();
  return (
    <div className={tall ? 'data-table-scroll tall' : 'data-table-scroll'}>
      <table className={className ? `data-table ${className}` : 'data-table'}>
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={numericClass(column.kind)} aria-sort={column.sort}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)}>
              {columns.map((column) => {
                const content = column.cell
                  ? column.cell(row)
                  : formatCell(row[column.key], column.kind, i18n);
                return column.key === rowHeader ? (
                  <th key={column.key} scope="row">
                    {content}
                  </th>
                ) : (
                  <td key={column.key} className={numericClass(column.kind)}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The table view of a chart: the same rows the chart draws, formatted for the chosen language. */
export function DataTable({ table, caption }: { table: TableData; caption: string }) {
  return (
    <SummaryTable
      columns={table.columns satisfies readonly TableColumn[]}
      rows={table.rows}
      caption={caption}
    />
  );
}
