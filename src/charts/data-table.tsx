import type { DataStatus } from '../domain/data-status';
import { useI18n, type I18n } from '../i18n/use-i18n';
import type { CellKind, TableData } from './table-data';
import type { CsvCell } from '../domain/csv';

function formatCell(value: CsvCell, kind: CellKind, i18n: I18n): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number') {
    switch (kind) {
      case 'tonnes':
        return i18n.tonnes(value);
      case 'percent':
        // One number of decimals per column, so shares line up and compare.
        return i18n.percentFixed(value, 1);
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

const NUMERIC: ReadonlySet<CellKind> = new Set(['tonnes', 'percent', 'number']);

/** The table view of a chart: the same rows the chart draws, formatted for the chosen language. */
export function DataTable({ table, caption }: { table: TableData; caption: string }) {
  const i18n = useI18n();
  return (
    <div className="data-table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column.key} scope="col" className={NUMERIC.has(column.kind) ? 'numeric' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={index}>
              {table.columns.map((column, columnIndex) => {
                const text = formatCell(row[column.key], column.kind, i18n);
                return columnIndex === 0 ? (
                  <th key={column.key} scope="row">
                    {text}
                  </th>
                ) : (
                  <td key={column.key} className={NUMERIC.has(column.kind) ? 'numeric' : undefined}>
                    {text}
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
