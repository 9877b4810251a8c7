// The template an analyst downloads: the header and three example rows that show a reported
// figure, a day that was not reported (an empty cell, not 0) and a day when nothing came (0).
// Written with the same CSV writer as every download, so it opens cleanly in a spreadsheet.
import { toCsv, type CsvCell } from '../domain/csv';
import { IMPORT_COLUMNS, type ImportColumn } from './import-columns';

export type TemplateLanguage = 'id' | 'en';

/** Header names of the template; both sets are among the accepted aliases (import-columns.ts). */
export const TEMPLATE_HEADERS: Record<TemplateLanguage, Record<ImportColumn, string>> = {
  en: {
    date: 'date',
    origin: 'origin',
    commodity: 'commodity',
    entry_point: 'entry_point',
    tonnes: 'tonnes',
    status: 'status',
    source: 'source',
  },
  id: {
    date: 'tanggal',
    origin: 'asal',
    commodity: 'komoditas',
    entry_point: 'pintu_masuk',
    tonnes: 'ton',
    status: 'status',
    source: 'sumber',
  },
};

export function importTemplateCsv(language: TemplateLanguage, exampleSource: string): string {
  const columns = IMPORT_COLUMNS.map((column) => ({
    key: column,
    header: TEMPLATE_HEADERS[language][column],
  }));
  const rows: Record<string, CsvCell>[] = [
    {
      date: '2024-01-02',
      origin: '32.09',
      commodity: 'rice-milled',
      entry_point: 'PIBC',
      tonnes: 1012.5,
      status: 'reported',
      source: exampleSource,
    },
    {
      date: '2024-01-02',
      origin: 'AUS',
      commodity: 'meat-beef',
      entry_point: 'TANJUNG-PRIOK',
      tonnes: null,
      status: 'estimated',
      source: exampleSource,
    },
    {
      date: '2024-01-03',
      origin: '32.15',
      commodity: 'rice-milled',
      entry_point: 'PIBC',
      tonnes: 0,
      status: 'reported',
      source: null,
    },
  ];
  return toCsv(columns, rows);
}
