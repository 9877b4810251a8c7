// CSV that spreadsheet programs open safely and correctly:
// - a UTF-8 byte-order mark so Excel reads Indonesian text and "—" correctly;
// - two dialects, as the spreadsheet expects them: "," between fields with a decimal dot
//   (English locales), or ";" with a decimal comma (Indonesian Excel, which splits on ";" and
//   reads "1234,5" as a number). Numbers never carry a thousands separator, so the decimal mark
//   can never be mistaken for a delimiter or a grouping;
// - text that a spreadsheet would run as a formula (=, +, -, @, tab, CR, also after leading
//   spaces) gets a leading apostrophe (OWASP "CSV injection");
// - quotes, delimiters and line breaks inside a cell are quoted as RFC 4180 says.

export type CsvCell = string | number | null | undefined;

export interface CsvColumn {
  key: string;
  header: string;
}

export interface CsvDialect {
  delimiter: ',' | ';';
  decimalMark: '.' | ',';
}

export const CSV_DIALECTS = {
  /** Indonesian Excel (and most of Europe): "1234,5;Beras". */
  id: { delimiter: ';', decimalMark: ',' },
  /** English locales: "1234.5,Rice". */
  en: { delimiter: ',', decimalMark: '.' },
} as const satisfies Record<string, CsvDialect>;
export type CsvDialectName = keyof typeof CSV_DIALECTS;

const DEFAULT_DIALECT: CsvDialect = CSV_DIALECTS.en;

const FORMULA_START = /^[\s]*[=+\-@\t\r]/;
const BOM = '\uFEFF';

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(text: string, delimiter: string): string {
  return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A number as a spreadsheet reads it: no exponent, no grouping, the dialect's decimal mark. */
function numberText(value: number, decimalMark: CsvDialect['decimalMark']): string {
  let text = String(value === 0 ? 0 : value);
  if (/e/i.test(text)) {
    // 1e-7 or 1e21: written out (up to 20 decimals, trailing zeros dropped).
    text =
      Math.abs(value) >= 1 ? BigInt(Math.round(value)).toString() : value.toFixed(20).replace(/\.?0+$/, '');
  }
  return decimalMark === ',' ? text.replace('.', ',') : text;
}

export function csvCell(value: CsvCell, dialect: CsvDialect = DEFAULT_DIALECT): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? numberText(value, dialect.decimalMark) : '';
  return quote(neutraliseFormula(value), dialect.delimiter);
}

export interface CsvOptions {
  bom?: boolean;
  dialect?: CsvDialect;
  /**
   * Lines above the table (title, period, sources, status), one cell each, then an empty line:
   * what the file holds travels with it, the way a chart's title and source line do.
   */
  preamble?: readonly string[];
}

export function toCsv(
  columns: readonly CsvColumn[],
  rows: readonly Record<string, CsvCell>[],
  { bom = true, dialect = DEFAULT_DIALECT, preamble = [] }: CsvOptions = {},
): string {
  const join = (cells: string[]) => cells.join(dialect.delimiter);
  const lines = preamble.length > 0 ? [...preamble.map((line) => csvCell(line, dialect)), ''] : [];
  lines.push(join(columns.map((column) => csvCell(column.header, dialect))));
  for (const row of rows) lines.push(join(columns.map((column) => csvCell(row[column.key], dialect))));
  return `${bom ? BOM : ''}${lines.join('\r\n')}\r\n`;
}

/** A file name that says what it holds and is safe on every file system. */
export function safeFileName(...parts: string[]): string {
  return parts
    .join('_')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 120);
}
