// CSV that spreadsheet programs open safely and correctly:
// - a UTF-8 byte-order mark so Excel reads Indonesian text and "—" correctly;
// - numbers written as numbers with a dot decimal and no thousands separator, so the decimal
//   comma of id-ID can never collide with the comma delimiter;
// - text that a spreadsheet would run as a formula (=, +, -, @, tab, CR, also after leading
//   spaces) gets a leading apostrophe (OWASP "CSV injection");
// - quotes, delimiters and line breaks inside a cell are quoted as RFC 4180 says.

export type CsvCell = string | number | null | undefined;

export interface CsvColumn {
  key: string;
  header: string;
}

const FORMULA_START = /^[\s]*[=+\-@\t\r]/;
const BOM = '\uFEFF';

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return quote(neutraliseFormula(value));
}

export function toCsv(
  columns: readonly CsvColumn[],
  rows: readonly Record<string, CsvCell>[],
  { bom = true }: { bom?: boolean } = {},
): string {
  const lines = [columns.map((column) => csvCell(column.header)).join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvCell(row[column.key])).join(','));
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
