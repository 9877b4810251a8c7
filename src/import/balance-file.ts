// A balance table from a file as it arrives — CSV, XLSX or JSON — with the flows import's rules
// for telling them apart and for decoding text (UTF-8, UTF-16 by its mark, Windows-1252 when the
// bytes are not UTF-8). The browser's balance import and the server's upload both read through
// here, so a table gives the same rows and the same report wherever it is added. Balance tables
// are small, so the file is read whole.
import { addDays } from '../domain/calendar-date';
import { nextPeriodStart } from '../domain/period';
import {
  readBalanceRecords,
  type BalanceColumn,
  type BalanceRecord,
  type BalanceTableReading,
} from './balance-table';
import { detectDecimalMark } from './dialect';
import type { ByteSource } from './import-flow-file';
import { mapHeader } from './import-columns';
import type { ImportFormat } from './import-report';
import { readBalanceCsv } from './balance-table';
import { createChunkDecoder, InvalidUtf8Error, sniffEncoding, type TextEncodingName } from './text-decoding';
import { looksLikeOldExcel, looksLikeZip, readWorkbook, type WorkbookSheet } from './xlsx-workbook';

/** A balance table of a few thousand rows is well under this; larger is not a balance table. */
export const MAX_BALANCE_BYTES = 10 * 1024 * 1024;

/** Nothing of the file can be read as a balance table. */
export type BalanceFileProblem =
  | { kind: 'empty-file' }
  | { kind: 'missing-columns'; missing: BalanceColumn[]; found: string[] }
  | { kind: 'bad-json'; message: string }
  | { kind: 'json-shape' }
  | { kind: 'bad-xlsx'; message: string }
  | { kind: 'old-excel' }
  | { kind: 'too-large'; bytes: number; maxBytes: number }
  /** Server only: a balance table joins a dataset's flows, and the dataset has none yet. */
  | { kind: 'no-flows'; dataset: string };

export interface BalanceFileReading extends BalanceTableReading {
  format: ImportFormat;
  encoding: TextEncodingName;
  /** The sheet read (XLSX), and every sheet of the workbook. */
  sheet: string | null;
  sheets: string[];
  fileProblem: BalanceFileProblem | null;
}

const EMPTY_READING: BalanceTableReading = {
  missingColumns: [],
  totalRows: 0,
  rows: [],
  problems: [],
  rejectedRows: 0,
};

/** Keys under which a JSON file may hold its rows, besides being an array itself. */
const JSON_ROW_KEYS = ['balance', 'neraca', 'rows', 'records', 'data'];

function decode(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const guess = sniffEncoding(bytes.subarray(0, 4096));
  try {
    return { text: createChunkDecoder(guess.encoding).decode(bytes, true), encoding: guess.encoding };
  } catch (error) {
    if (!(error instanceof InvalidUtf8Error) || guess.certain) throw error;
    return { text: createChunkDecoder('windows-1252').decode(bytes, true), encoding: 'windows-1252' };
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function withProblem(
  base: Omit<BalanceFileReading, keyof BalanceTableReading | 'fileProblem'>,
  reading: BalanceTableReading,
  found: readonly string[] | null,
): BalanceFileReading {
  const fileProblem: BalanceFileProblem | null =
    reading.missingColumns.length > 0
      ? { kind: 'missing-columns', missing: reading.missingColumns, found: [...(found ?? [])] }
      : null;
  return { ...base, ...reading, fileProblem };
}

function failed(
  base: Omit<BalanceFileReading, keyof BalanceTableReading | 'fileProblem'>,
  fileProblem: BalanceFileProblem,
): BalanceFileReading {
  return { ...base, ...EMPTY_READING, fileProblem };
}

/** The sheet that holds the table: the first whose first row names the balance's columns. */
function balanceSheet(sheets: readonly WorkbookSheet[]): WorkbookSheet | undefined {
  const header = (sheet: WorkbookSheet) => (sheet.rows[0] ?? []).map((cell) => String(cell ?? ''));
  return (
    sheets.find((sheet) => readBalanceRecords(header(sheet), [], () => 'dot').missingColumns.length === 0) ??
    sheets[0]
  );
}

export async function readBalanceFile(source: ByteSource): Promise<BalanceFileReading> {
  const base = {
    format: 'csv' as ImportFormat,
    encoding: 'utf-8' as TextEncodingName,
    sheet: null,
    sheets: [],
  };
  if (source.size > MAX_BALANCE_BYTES)
    return failed(base, { kind: 'too-large', bytes: source.size, maxBytes: MAX_BALANCE_BYTES });
  const bytes = await source.read(0, source.size);
  if (looksLikeOldExcel(bytes)) return failed({ ...base, format: 'xlsx' }, { kind: 'old-excel' });
  if (looksLikeZip(bytes) || /\.xlsx$/i.test(source.name)) {
    const workbook = await readWorkbook(bytes);
    const xlsx = { ...base, format: 'xlsx' as const };
    if (!workbook.ok) return failed(xlsx, { kind: 'bad-xlsx', message: workbook.message });
    const sheet = balanceSheet(workbook.sheets);
    const found = { ...xlsx, sheet: sheet?.name ?? null, sheets: workbook.sheets.map((s) => s.name) };
    if (!sheet) return failed(found, { kind: 'empty-file' });
    // Rows counted from the sheet's first row, as a spreadsheet numbers them.
    const records: BalanceRecord[] = sheet.rows
      .map((fields, index) => ({ fields, line: index + 1 }))
      .filter((record) => record.fields.some((cell) => cell !== null && String(cell).trim() !== ''));
    const [header, ...data] = records;
    if (!header) return failed(found, { kind: 'empty-file' });
    const names = header.fields.map((cell) => String(cell ?? '').trim());
    // Text cells in a workbook carry the writer's decimal mark; number cells are numbers.
    const reading = readBalanceRecords(names, data, (tonnes) => detectDecimalMark(tonnes, ';'));
    return withProblem(found, reading, names);
  }

  const { text, encoding } = decode(bytes);
  const body = text.replace(/^\uFEFF/, '');
  const decoded = { ...base, encoding };
  if (body.trim() === '') return failed(decoded, { kind: 'empty-file' });
  if (/^\s*[[{]/.test(body) || /\.json$/i.test(source.name)) {
    const json = { ...decoded, format: 'json' as const };
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return failed(json, { kind: 'bad-json', message: message.slice(0, 300) });
    }
    const list = Array.isArray(parsed)
      ? parsed
      : isPlainObject(parsed)
        ? JSON_ROW_KEYS.map((key) => parsed[key]).find(Array.isArray)
        : undefined;
    if (!Array.isArray(list)) return failed(json, { kind: 'json-shape' });
    const names = [...new Set(list.flatMap((record) => (isPlainObject(record) ? Object.keys(record) : [])))];
    const objects: BalanceRecord[] = [];
    const notObjects: number[] = [];
    list.forEach((record: unknown, index) => {
      if (!isPlainObject(record)) notObjects.push(index + 1);
      else
        objects.push({
          fields: names.map((name) => {
            const value = record[name];
            return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
              ? value
              : value === null || value === undefined
                ? null
                : JSON.stringify(value);
          }),
          line: index + 1,
        });
    });
    // JSON numbers are numbers; a tonnes value given as a string is read with a decimal dot.
    const reading = readBalanceRecords(names, objects, () => 'dot');
    const problems = [
      ...notObjects.map((line) => ({ line, column: '', reason: 'not-an-object' as const, value: '' })),
      ...reading.problems,
    ].sort((a, b) => a.line - b.line);
    return withProblem(
      json,
      {
        ...reading,
        totalRows: list.length,
        rejectedRows: reading.rejectedRows + notObjects.length,
        problems,
      },
      names,
    );
  }
  const reading = readBalanceCsv(body);
  const firstLine = body.split(/\r\n|\n|\r/, 1)[0] ?? '';
  return withProblem(decoded, reading, [firstLine]);
}

/**
 * Whether a file's header is a balance table's rather than a flow file's: it names the balance's
 * period, commodity, item and tonnes, and lacks a column the flows need (an origin).
 */
export function isBalanceHeader(names: readonly string[]): boolean {
  const balance = readBalanceRecords(names, [], () => 'dot').missingColumns.length === 0;
  return balance && mapHeader(names).missing.length > 0;
}

/** A balance reading as the upload's row-level report: the fields of a flows report, same names. */
export interface BalanceImportReport {
  table: 'balance';
  fileName: string;
  fileBytes: number;
  format: ImportFormat;
  encoding: TextEncodingName;
  totalRows: number;
  acceptedRows: number;
  rejectedRows: number;
  problemCount: number;
  rejections: {
    line: number;
    column: string | null;
    reason: string;
    value: string;
    expected: string | null;
  }[];
  /** The first and last day the table's rows cover (a month or year row covers all its days). */
  firstDay: string | null;
  lastDay: string | null;
  fileProblem: BalanceFileProblem | null;
  sheet: string | null;
  sheets: string[];
}

export function balanceImportReport(
  source: Pick<ByteSource, 'name' | 'size'>,
  reading: BalanceFileReading,
): BalanceImportReport {
  const firstDays = reading.rows.map((row) =>
    row.period.length === 4
      ? `${row.period}-01-01`
      : row.period.length === 7
        ? `${row.period}-01`
        : row.period,
  );
  const lastDays = reading.rows.map((row) =>
    row.period.length === 4
      ? `${row.period}-12-31`
      : row.period.length === 7
        ? lastDayOfMonth(row.period)
        : row.period,
  );
  return {
    table: 'balance',
    fileName: source.name,
    fileBytes: source.size,
    format: reading.format,
    encoding: reading.encoding,
    totalRows: reading.totalRows,
    acceptedRows: reading.rows.length,
    rejectedRows: reading.rejectedRows,
    problemCount: reading.problems.length,
    rejections: reading.problems.map((problem) => ({
      line: problem.line,
      column: problem.column === '' ? null : problem.column,
      reason: problem.reason,
      value: problem.value,
      expected: problem.expected ?? null,
    })),
    firstDay: firstDays.sort()[0] ?? null,
    lastDay: lastDays.sort().at(-1) ?? null,
    fileProblem: reading.fileProblem,
    sheet: reading.sheet,
    sheets: reading.sheets,
  };
}

function lastDayOfMonth(month: string): string {
  return addDays(nextPeriodStart(`${month}-01`, 'month'), -1);
}
