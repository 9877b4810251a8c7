// The whole import of one file, as a pure function of its bytes: decode, find the dialect, read
// and check every record, build the daily series, and report. The Web Worker is a thin wrapper
// around this (src/import/import.worker.ts), and tests call it directly.
//
// The file is read in chunks from the start to the end once (twice only when it turns out not to
// be UTF-8), and never held whole as text — except JSON, which has to be parsed in one piece, and
// XLSX, a zip that is read whole.
//
// What the file cannot tell by itself is asked, never guessed: which sheet of a workbook, and
// whether 01/09/2026 is the first of September or the ninth of January. Such an import stops
// before reading any row and returns the question; the answer comes back as an option.
import { fromDayNumber } from '../domain/calendar-date';
import { dateOrderQuestion, type DateOrder } from './date-order';
import {
  looksLikeOldExcel,
  looksLikeZip,
  MAX_XLSX_BYTES,
  readWorkbook,
  type WorkbookSheet,
} from './xlsx-workbook';
import { createChunkDecoder, InvalidUtf8Error, sniffEncoding, type TextEncodingName } from './text-decoding';
import { CsvRecordReader } from './csv-records';
import {
  detectDecimalMark,
  detectDelimiter,
  isEmptyRecord,
  sampleRecords,
  sampleTonnes,
  type DecimalMark,
  type Delimiter,
} from './dialect';
import {
  FlowRowChecker,
  type CellValue,
  type ImportReference,
  type RecordCells,
  type RowSpill,
} from './flow-rows';
import { buildPackedFlowStore, DEFAULT_MAX_CELLS } from './flow-store-builder';
import {
  IMPORT_COLUMNS,
  mapHeader,
  recognisedColumnCount,
  type HeaderMapping,
  type ImportColumn,
} from './import-columns';
import {
  DEFAULT_DETAILED_REJECTIONS,
  emptyReasonCounts,
  mergeRejections,
  RejectionLog,
  type FileProblem,
  type ImportFormat,
  type ImportQuestion,
  type ImportReport,
} from './import-report';
import type { ImportedSource, PackedFlowStore } from './packed-flow-store';

/** Where the bytes come from: a File in the browser, a Uint8Array in tests. */
export interface ByteSource {
  name: string;
  size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

export function blobByteSource(blob: Blob, name: string): ByteSource {
  return {
    name,
    size: blob.size,
    read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
  };
}

export function bytesByteSource(bytes: Uint8Array, name: string): ByteSource {
  return {
    name,
    size: bytes.length,
    read: (offset, length) => Promise.resolve(bytes.subarray(offset, offset + length)),
  };
}

export interface ImportProgress {
  phase: 'reading' | 'building';
  bytesRead: number;
  totalBytes: number;
  encoding: TextEncodingName;
}

export interface ImportOptions {
  reference: ImportReference;
  /** Id of the source that stands for the file itself (for rows that name none). */
  fileSourceId?: string;
  /** 1 MiB: progress moves often enough, and each chunk is a few milliseconds of work. */
  chunkBytes?: number;
  detailCap?: number;
  maxCells?: number;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** The answer to a "sheet" question: the name of the sheet to read. */
  sheet?: string;
  /** The answer to a "date-order" question. */
  dateOrder?: DateOrder;
  /** Where the accepted rows wait until the series are built; in memory when absent. */
  rowSpill?: RowSpill;
}

export interface ImportOutcome {
  /** Set when the import stopped to ask; then nothing was read and `flows` is null. */
  question: ImportQuestion | null;
  report: ImportReport;
  /** Null when no row was accepted or the file was rejected as a whole. */
  flows: PackedFlowStore | null;
  sources: ImportedSource[];
}

export class ImportCancelledError extends Error {
  override readonly name = 'ImportCancelledError';
  constructor() {
    super('The import was cancelled');
  }
}

export const FILE_SOURCE_ID = 'imported-file';
const SAMPLE_CHARS = 64 * 1024;

export async function importFlowFile(source: ByteSource, options: ImportOptions): Promise<ImportOutcome> {
  const head = await source.read(0, Math.min(source.size, 4096));
  if (looksLikeZip(head) || looksLikeOldExcel(head) || /\.xlsx?$/i.test(source.name)) {
    return importWorkbook(source, head, options);
  }
  const guess = sniffEncoding(head);
  try {
    return await importAs(source, guess.encoding, options);
  } catch (error) {
    if (error instanceof InvalidUtf8Error && !guess.certain) return importAs(source, 'windows-1252', options);
    throw error;
  }
}

async function* decodedChunks(
  source: ByteSource,
  encoding: TextEncodingName,
  { chunkBytes = 1024 * 1024, signal, onProgress }: ImportOptions,
): AsyncGenerator<string> {
  const decoder = createChunkDecoder(encoding);
  let offset = 0;
  if (source.size === 0) {
    yield decoder.decode(new Uint8Array(0), true);
    return;
  }
  while (offset < source.size) {
    if (signal?.aborted) throw new ImportCancelledError();
    const bytes = await source.read(offset, Math.min(chunkBytes, source.size - offset));
    if (bytes.length === 0) throw new Error(`Could not read ${source.name} past byte ${offset}`);
    offset += bytes.length;
    onProgress?.({ phase: 'reading', bytesRead: offset, totalBytes: source.size, encoding });
    yield decoder.decode(bytes, offset >= source.size);
  }
}

interface Reading {
  chunks: AsyncGenerator<string>;
  sample: string;
  /** Whether the sample is the whole file. */
  complete: boolean;
}

async function readSample(chunks: AsyncGenerator<string>): Promise<Reading> {
  let sample = '';
  for (;;) {
    if (sample.length >= SAMPLE_CHARS) return { chunks, sample, complete: false };
    const next = await chunks.next();
    if (next.done) return { chunks, sample, complete: true };
    sample += next.value;
  }
}

async function importAs(
  source: ByteSource,
  encoding: TextEncodingName,
  options: ImportOptions,
): Promise<ImportOutcome> {
  const reading = await readSample(decodedChunks(source, encoding, options));
  const text = reading.sample.replace(/^\uFEFF/, '');
  const json = /^\s*[[{]/.test(text) || (/\.json$/i.test(source.name) && text.trim() !== '');
  const base = {
    fileName: source.name,
    fileBytes: source.size,
    encoding,
    format: (json ? 'json' : 'csv') as ImportFormat,
  };
  if (reading.complete && text.trim() === '') return rejectedFile(base, null, null, { kind: 'empty-file' });
  return json ? importJson(reading, base, options) : importCsv(reading, base, options);
}

type ReportBase = Pick<ImportReport, 'fileName' | 'fileBytes' | 'encoding' | 'format'> &
  Partial<Pick<ImportReport, 'sheet' | 'sheets'>>;

/** The question about the dates of the sample, when they need one and it is not answered yet. */
function dateQuestion(
  values: readonly string[],
  header: string,
  options: ImportOptions,
): ImportQuestion | null {
  if (options.dateOrder) return null;
  const question = dateOrderQuestion(values);
  return question && { kind: 'date-order', ...question, column: header };
}

/** The order numeric dates are read in: the answer, when the sample had numeric dates. */
function dateOrderFor(values: readonly string[], options: ImportOptions): DateOrder | null {
  if (!options.dateOrder) return null;
  return dateOrderQuestion(values) ? options.dateOrder : null;
}

function sampleColumn(rows: readonly (readonly CellValue[])[], position: number): string[] {
  if (position < 0) return [];
  return rows.flatMap((row) => {
    const value = row[position];
    return typeof value === 'string' ? [value] : [];
  });
}

function headerProblem(mapping: HeaderMapping, found: string[]): FileProblem | null {
  const duplicated = mapping.duplicated[0];
  if (duplicated) return { kind: 'duplicate-column', column: duplicated.column, headers: duplicated.headers };
  if (mapping.missing.length > 0) return { kind: 'missing-columns', missing: mapping.missing, found };
  return null;
}

async function importCsv(reading: Reading, base: ReportBase, options: ImportOptions): Promise<ImportOutcome> {
  const delimiter = detectDelimiter(reading.sample, reading.complete);
  const records = sampleRecords(reading.sample, delimiter, reading.complete);
  const header = records[0];
  if (!header) return rejectedFile(base, delimiter, null, { kind: 'empty-file' });
  const mapping = mapHeader(header);
  const problem = headerProblem(
    mapping,
    header.map((name) => name.replace(/^\uFEFF/, '').trim()).filter(Boolean),
  );
  if (problem) return rejectedFile(base, delimiter, null, problem, mapping);
  const decimalMark = detectDecimalMark(sampleTonnes(records), delimiter);
  const dates = sampleColumn(records.slice(1), mapping.index.date);
  const question = dateQuestion(dates, mapping.headerText.date ?? 'date', options);
  if (question) return asking(base, question, delimiter, decimalMark, mapping);
  const dateOrder = dateOrderFor(dates, options);

  const cap = options.detailCap ?? DEFAULT_DETAILED_REJECTIONS;
  const log = new RejectionLog(cap);
  const checker = new FlowRowChecker({
    reference: options.reference,
    decimalMark,
    headerText: mapping.headerText,
    log,
    dateOrder,
    rowSpill: options.rowSpill ?? null,
  });
  const positions = IMPORT_COLUMNS.map((column) => mapping.index[column]);
  const width = header.length;
  const cells: RecordCells = new Array<CellValue>(IMPORT_COLUMNS.length);
  let headerSeen = false;
  let emptyLines = 0;
  let totalRows = 0;

  const reader = new CsvRecordReader(delimiter, {
    record(fields, line) {
      if (isEmptyRecord(fields)) {
        emptyLines++;
        return;
      }
      if (!headerSeen) {
        headerSeen = true;
        return;
      }
      totalRows++;
      // Surplus cells that are empty come from a trailing delimiter; others mean the record was
      // split where it should not be (often an unquoted decimal comma in a comma-delimited file).
      if (fields.length > width && !isEmptyRecord(fields.slice(width))) {
        checker.rejectRecord(line, 'field-count', String(fields.length), String(width));
        return;
      }
      // A record with fewer cells than the header was cut short: its empty tonnes would otherwise
      // read as "not reported". Only trailing cells left empty by the writing program are allowed.
      if (fields.length < width) {
        checker.rejectRecord(line, 'short-row', String(fields.length), String(width));
        return;
      }
      for (let k = 0; k < positions.length; k++) {
        const position = positions[k] ?? -1;
        cells[k] = position >= 0 ? fields[position] : undefined;
      }
      checker.check(cells, line);
    },
    broken(reason, line) {
      totalRows++;
      checker.rejectRecord(line, reason, '');
    },
  });
  reader.push(reading.sample);
  for await (const chunk of reading.chunks) reader.push(chunk);
  reader.finish();

  return finish(
    base,
    { delimiter, decimalMark, dateOrder, mapping, checker, log, totalRows, emptyLines },
    options,
  );
}

async function importJson(
  reading: Reading,
  base: ReportBase,
  options: ImportOptions,
): Promise<ImportOutcome> {
  const parts = [reading.sample];
  for await (const chunk of reading.chunks) parts.push(chunk);
  let parsed: unknown;
  try {
    parsed = JSON.parse(parts.join('').replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return rejectedFile(base, null, null, { kind: 'bad-json', message: message.slice(0, 300) });
  }
  const records = recordsOf(parsed);
  if (!records) return rejectedFile(base, null, null, { kind: 'json-shape' });

  const keys = new Set<string>();
  for (const record of records) if (isPlainObject(record)) for (const key in record) keys.add(key);
  const names = [...keys];
  const mapping = mapHeader(names);
  const problem = headerProblem(mapping, names);
  if (problem) return rejectedFile(base, null, null, problem, mapping);

  const cap = options.detailCap ?? DEFAULT_DETAILED_REJECTIONS;
  const log = new RejectionLog(cap);
  // JSON numbers are numbers; a tonnes value given as a string is read with a decimal dot.
  const decimalMark: DecimalMark = 'dot';
  const keyOf = IMPORT_COLUMNS.map((column) => {
    const position = mapping.index[column];
    return position >= 0 ? names[position] : undefined;
  });
  const dateKey = keyOf[0];
  const dates =
    dateKey === undefined
      ? []
      : records.slice(0, 200).flatMap((record) => {
          const value = isPlainObject(record) ? record[dateKey] : undefined;
          return typeof value === 'string' ? [value] : [];
        });
  const question = dateQuestion(dates, dateKey ?? 'date', options);
  if (question) return asking(base, question, null, decimalMark, mapping);
  const dateOrder = dateOrderFor(dates, options);
  const checker = new FlowRowChecker({
    reference: options.reference,
    decimalMark,
    headerText: mapping.headerText,
    log,
    dateOrder,
    rowSpill: options.rowSpill ?? null,
  });
  const cells: RecordCells = new Array<CellValue>(IMPORT_COLUMNS.length);
  records.forEach((record, index) => {
    const line = index + 1;
    if (!isPlainObject(record)) {
      checker.rejectRecord(line, 'not-an-object', preview(record));
      return;
    }
    for (let k = 0; k < keyOf.length; k++) {
      const key = keyOf[k];
      cells[k] = key === undefined ? undefined : cellOf(record[key]);
    }
    checker.check(cells, line);
  });
  return finish(
    base,
    {
      delimiter: null,
      decimalMark,
      dateOrder,
      mapping,
      checker,
      log,
      totalRows: records.length,
      emptyLines: 0,
    },
    options,
  );
}

function recordsOf(parsed: unknown): unknown[] | null {
  if (Array.isArray(parsed)) return parsed;
  if (isPlainObject(parsed)) {
    for (const key of ['records', 'rows', 'data', 'flows']) {
      const value = parsed[key];
      if (Array.isArray(value)) return value;
    }
  }
  return null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cellOf(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return preview(value);
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

interface Checked {
  delimiter: Delimiter | null;
  decimalMark: DecimalMark;
  dateOrder: DateOrder | null;
  mapping: HeaderMapping;
  checker: FlowRowChecker;
  log: RejectionLog;
  totalRows: number;
  emptyLines: number;
}

function columnsOf(mapping: HeaderMapping): Partial<Record<ImportColumn, string>> {
  const columns: Partial<Record<ImportColumn, string>> = {};
  for (const column of IMPORT_COLUMNS) {
    const header = mapping.headerText[column];
    if (header !== null) columns[column] = header;
  }
  return columns;
}

function finish(base: ReportBase, checked: Checked, options: ImportOptions): ImportOutcome {
  const { delimiter, decimalMark, dateOrder, mapping, checker, log, totalRows, emptyLines } = checked;
  options.onProgress?.({
    phase: 'building',
    bytesRead: base.fileBytes,
    totalBytes: base.fileBytes,
    encoding: base.encoding,
  });
  const cap = options.detailCap ?? DEFAULT_DETAILED_REJECTIONS;
  const fileSourceId = options.fileSourceId ?? FILE_SOURCE_ID;
  const built = buildPackedFlowStore(checker, {
    maxCells: options.maxCells ?? DEFAULT_MAX_CELLS,
    cap,
    headerText: mapping.headerText,
    fileSourceId,
  });
  const common = {
    sheet: null,
    sheets: [],
    ...base,
    delimiter,
    decimalMark,
    dateOrder,
    columns: columnsOf(mapping),
    ignoredColumns: mapping.ignored,
    totalRows,
    emptyLines,
  };
  if (built && 'problem' in built) {
    return {
      question: null,
      report: {
        ...common,
        acceptedRows: 0,
        rejectedRows: totalRows,
        problemCounts: log.counts,
        problemCount: log.total,
        rejections: log.kept,
        firstDay: null,
        lastDay: null,
        origins: [],
        seriesCount: 0,
        fileProblem: built.problem,
        nameMatches: [],
      },
      flows: null,
      sources: [],
    };
  }
  const problemCounts = { ...log.counts, duplicate: built?.duplicateCount ?? 0 };
  const usesFileSource = built?.packed.series.some((s) => s.sourceIds.includes(fileSourceId)) ?? false;
  const usedSourceIds = new Set(built?.packed.series.flatMap((s) => s.sourceIds));
  return {
    question: null,
    report: {
      ...common,
      nameMatches: checker.nameMatches,
      acceptedRows: built?.acceptedRows ?? 0,
      rejectedRows: checker.rejectedRows + (built?.duplicateCount ?? 0),
      problemCounts,
      problemCount: log.total + (built?.duplicateCount ?? 0),
      rejections: mergeRejections(log.kept, built?.duplicates ?? [], cap),
      firstDay: built?.packed.firstDay ?? null,
      lastDay: built?.packed.lastDay ?? null,
      origins: built?.origins ?? [],
      seriesCount: built?.packed.series.length ?? 0,
      fileProblem: null,
    },
    flows: built?.packed ?? null,
    sources: [
      ...checker.sources.imported.filter((s) => usedSourceIds.has(s.id)),
      ...(usesFileSource ? [{ id: fileSourceId, title: base.fileName }] : []),
    ],
  };
}

function rejectedFile(
  base: ReportBase,
  delimiter: Delimiter | null,
  decimalMark: DecimalMark | null,
  fileProblem: FileProblem,
  mapping?: HeaderMapping,
  question: ImportQuestion | null = null,
): ImportOutcome {
  return {
    question,
    report: {
      sheet: null,
      sheets: [],
      ...base,
      dateOrder: null,
      nameMatches: [],
      delimiter,
      decimalMark,
      columns: mapping ? columnsOf(mapping) : {},
      ignoredColumns: mapping?.ignored ?? [],
      totalRows: 0,
      acceptedRows: 0,
      rejectedRows: 0,
      emptyLines: 0,
      problemCounts: emptyReasonCounts(),
      problemCount: 0,
      rejections: [],
      firstDay: null,
      lastDay: null,
      origins: [],
      seriesCount: 0,
      fileProblem,
    },
    flows: null,
    sources: [],
  };
}

/** An import that stopped before reading any row, to ask what the file cannot tell. */
function asking(
  base: ReportBase,
  question: ImportQuestion,
  delimiter: Delimiter | null,
  decimalMark: DecimalMark | null,
  mapping?: HeaderMapping,
): ImportOutcome {
  const outcome = rejectedFile(base, delimiter, decimalMark, { kind: 'empty-file' }, mapping, question);
  return { ...outcome, report: { ...outcome.report, fileProblem: null } };
}

async function importWorkbook(
  source: ByteSource,
  head: Uint8Array,
  options: ImportOptions,
): Promise<ImportOutcome> {
  const base: ReportBase = {
    fileName: source.name,
    fileBytes: source.size,
    encoding: 'utf-8',
    format: 'xlsx',
  };
  if (looksLikeOldExcel(head)) return rejectedFile(base, null, null, { kind: 'old-excel' });
  if (source.size > MAX_XLSX_BYTES) {
    return rejectedFile(base, null, null, {
      kind: 'xlsx-too-large',
      bytes: source.size,
      maxBytes: MAX_XLSX_BYTES,
    });
  }
  if (options.signal?.aborted) throw new ImportCancelledError();
  const bytes = await source.read(0, source.size);
  options.onProgress?.({
    phase: 'reading',
    bytesRead: source.size,
    totalBytes: source.size,
    encoding: 'utf-8',
  });
  const workbook = await readWorkbook(bytes);
  if (options.signal?.aborted) throw new ImportCancelledError();
  if (!workbook.ok) return rejectedFile(base, null, null, { kind: 'bad-xlsx', message: workbook.message });
  const sheets = workbook.sheets.map((sheet) => sheet.name);
  const withSheets = { ...base, sheets };
  let sheet: WorkbookSheet | undefined;
  if (options.sheet !== undefined) {
    sheet = workbook.sheets.find((candidate) => candidate.name === options.sheet);
    if (!sheet) {
      return rejectedFile(withSheets, null, null, { kind: 'unknown-sheet', sheet: options.sheet, sheets });
    }
  } else if (workbook.sheets.length > 1) {
    // The sheet whose header names the most known columns is offered first.
    const suggested = [...workbook.sheets].sort(
      (a, b) => recognisedColumnCount(headerRow(b.rows)) - recognisedColumnCount(headerRow(a.rows)),
    )[0];
    return asking(
      withSheets,
      { kind: 'sheet', sheets, suggested: suggested?.name ?? sheets[0] ?? '' },
      null,
      null,
    );
  } else {
    sheet = workbook.sheets[0];
  }
  if (!sheet) return rejectedFile(withSheets, null, null, { kind: 'empty-file' });
  return importSheet(sheet, { ...withSheets, sheet: sheet.name }, options);
}

function headerRow(rows: readonly CellValue[][]): string[] {
  const row = rows.find((cells) => !isEmptyRecord(cells.map(textOf)));
  return row ? row.map(textOf) : [];
}

function textOf(value: CellValue): string {
  return value === null || value === undefined ? '' : String(value);
}

/** Rows of a sheet, checked like CSV records: the line of a row is its row number in Excel. */
function importSheet(sheet: WorkbookSheet, base: ReportBase, options: ImportOptions): ImportOutcome {
  const headerIndex = sheet.rows.findIndex((cells) => !isEmptyRecord(cells.map(textOf)));
  if (headerIndex < 0) return rejectedFile(base, null, null, { kind: 'empty-file' });
  const header = (sheet.rows[headerIndex] ?? []).map(textOf);
  const mapping = mapHeader(header);
  const problem = headerProblem(mapping, header.map((name) => name.trim()).filter(Boolean));
  if (problem) return rejectedFile(base, null, null, problem, mapping);
  const body = sheet.rows.slice(headerIndex + 1);
  // Numbers in a workbook are numbers; text that looks like one is read in the format it shows.
  const decimalMark = detectDecimalMark(sampleColumn(body.slice(0, 200), mapping.index.tonnes), ',');
  const dates = sampleColumn(body.slice(0, 200), mapping.index.date);
  const question = dateQuestion(dates, mapping.headerText.date ?? 'date', options);
  if (question) return asking(base, question, null, decimalMark, mapping);
  const dateOrder = dateOrderFor(dates, options);

  const cap = options.detailCap ?? DEFAULT_DETAILED_REJECTIONS;
  const log = new RejectionLog(cap);
  const checker = new FlowRowChecker({
    reference: options.reference,
    decimalMark,
    headerText: mapping.headerText,
    log,
    dateOrder,
    rowSpill: options.rowSpill ?? null,
  });
  const positions = IMPORT_COLUMNS.map((column) => mapping.index[column]);
  const cells: RecordCells = new Array<CellValue>(IMPORT_COLUMNS.length);
  let totalRows = 0;
  let emptyLines = 0;
  body.forEach((row, index) => {
    const line = headerIndex + index + 2;
    if (isEmptyRecord(row.map(textOf))) {
      emptyLines++;
      return;
    }
    totalRows++;
    for (let k = 0; k < positions.length; k++) {
      const position = positions[k] ?? -1;
      const value = position >= 0 ? row[position] : undefined;
      if (typeof value === 'number' && k === DATE_INDEX) cells[k] = excelSerialDate(value);
      // A code such as 32.09 typed into a number cell arrives as the number 32.09.
      else cells[k] = typeof value === 'number' && k !== TONNES_INDEX ? String(value) : value;
    }
    checker.check(cells, line);
  });
  return finish(
    base,
    { delimiter: null, decimalMark, dateOrder, mapping, checker, log, totalRows, emptyLines },
    options,
  );
}

const TONNES_INDEX = IMPORT_COLUMNS.indexOf('tonnes');
const DATE_INDEX = IMPORT_COLUMNS.indexOf('date');
/** Day 0 of Excel's 1900 date system is 1899-12-30; serial 25569 is 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25_569;

/**
 * A date cell without a date format shows as its serial number (46266 for 2026-09-01); a whole
 * number in the date column is read as that day. Anything else stays text, to be reported.
 */
function excelSerialDate(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 2_958_465) return String(value);
  return fromDayNumber(value - EXCEL_EPOCH_OFFSET);
}
