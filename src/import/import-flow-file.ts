// The whole import of one file, as a pure function of its bytes: decode, find the dialect, read
// and check every record, build the daily series, and report. The Web Worker is a thin wrapper
// around this (src/import/import.worker.ts), and tests call it directly.
//
// The file is read in chunks from the start to the end once (twice only when it turns out not to
// be UTF-8), and never held whole as text — except JSON, which has to be parsed in one piece.
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
import { FlowRowChecker, type CellValue, type ImportReference, type RecordCells } from './flow-rows';
import { buildPackedFlowStore, DEFAULT_MAX_CELLS } from './flow-store-builder';
import { IMPORT_COLUMNS, mapHeader, type HeaderMapping, type ImportColumn } from './import-columns';
import {
  DEFAULT_DETAILED_REJECTIONS,
  emptyReasonCounts,
  mergeRejections,
  RejectionLog,
  type FileProblem,
  type ImportFormat,
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
}

export interface ImportOutcome {
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

type ReportBase = Pick<ImportReport, 'fileName' | 'fileBytes' | 'encoding' | 'format'>;

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

  const cap = options.detailCap ?? DEFAULT_DETAILED_REJECTIONS;
  const log = new RejectionLog(cap);
  const checker = new FlowRowChecker({
    reference: options.reference,
    decimalMark,
    headerText: mapping.headerText,
    log,
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

  return finish(base, { delimiter, decimalMark, mapping, checker, log, totalRows, emptyLines }, options);
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
  const checker = new FlowRowChecker({
    reference: options.reference,
    decimalMark,
    headerText: mapping.headerText,
    log,
  });
  const keyOf = IMPORT_COLUMNS.map((column) => {
    const position = mapping.index[column];
    return position >= 0 ? names[position] : undefined;
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
    { delimiter: null, decimalMark, mapping, checker, log, totalRows: records.length, emptyLines: 0 },
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
  const { delimiter, decimalMark, mapping, checker, log, totalRows, emptyLines } = checked;
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
    ...base,
    delimiter,
    decimalMark,
    columns: columnsOf(mapping),
    ignoredColumns: mapping.ignored,
    totalRows,
    emptyLines,
  };
  if (built && 'problem' in built) {
    return {
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
      },
      flows: null,
      sources: [],
    };
  }
  const problemCounts = { ...log.counts, duplicate: built?.duplicateCount ?? 0 };
  const usesFileSource = built?.packed.series.some((s) => s.sourceIds.includes(fileSourceId)) ?? false;
  const usedSourceIds = new Set(built?.packed.series.flatMap((s) => s.sourceIds));
  return {
    report: {
      ...common,
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
): ImportOutcome {
  return {
    report: {
      ...base,
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
