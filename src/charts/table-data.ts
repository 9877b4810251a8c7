import type { CsvCell } from '../domain/csv';

export type CellKind = 'text' | 'date' | 'month' | 'tonnes' | 'percent' | 'number' | 'status';

export interface TableColumn {
  key: string;
  header: string;
  kind: CellKind;
}

/** What a chart shows, as a table: the table view and the CSV download both come from this. */
export interface TableData {
  columns: TableColumn[];
  rows: Record<string, CsvCell>[];
  /** Base name for downloads, without extension; says what the file holds. */
  fileName: string;
}
