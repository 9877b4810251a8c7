// What an import tells the analyst: every data row is either accepted or rejected (the two add up
// to the rows of the file), and every problem of a rejected row names its line, its column and
// why. A file with a million bad rows must not need a million objects, so only the first problems
// are kept in detail; the counts by reason are always exact.
import type { IsoDate } from '../domain/calendar-date';
import type { DateOrder } from './date-order';
import type { DecimalMark, Delimiter } from './dialect';
import type { NameMatch } from './flow-rows';
import type { ImportColumn } from './import-columns';
import type { TextEncodingName } from './text-decoding';

export const REJECT_REASONS = [
  'missing-value',
  'bad-date',
  'date-out-of-range',
  'unknown-origin',
  'unknown-commodity',
  'commodity-group',
  'unknown-entry-point',
  'entry-point-commodity',
  'bad-number',
  'negative-tonnes',
  'unknown-status',
  'source-too-long',
  'too-many-sources',
  'field-count',
  'short-row',
  'unclosed-quote',
  'line-too-long',
  'not-an-object',
  'duplicate',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export interface Rejection {
  /** Physical line where the record starts (CSV), or the record's position from 1 (JSON). */
  line: number;
  /** The column as the file names it; null when the problem is the whole record. */
  column: string | null;
  reason: RejectReason;
  /** What the cell held, cut to a readable length. */
  value: string;
  /**
   * What would have been accepted, when that can be said: a code the value probably meant, the
   * forms of a group, the number of fields the header has, the line a duplicate repeats.
   */
  expected: string | null;
}

export const DEFAULT_DETAILED_REJECTIONS = 10_000;
const MAX_VALUE_LENGTH = 120;

export function shortValue(value: string): string {
  return value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH - 1)}…` : value;
}

export function emptyReasonCounts(): Record<RejectReason, number> {
  return Object.fromEntries(REJECT_REASONS.map((reason) => [reason, 0])) as Record<RejectReason, number>;
}

/** Keeps the first `cap` problems in detail and counts all of them by reason. */
export class RejectionLog {
  readonly kept: Rejection[] = [];
  readonly counts = emptyReasonCounts();
  total = 0;

  constructor(readonly cap: number) {}

  add(rejection: Rejection): void {
    this.total++;
    this.counts[rejection.reason]++;
    if (this.kept.length < this.cap) this.kept.push(rejection);
  }
}

/**
 * Two logs whose entries are each in line order, merged in line order and cut to the cap. Each
 * log holds its own first `cap` problems, so the first `cap` of the merge are exact.
 */
export function mergeRejections(a: readonly Rejection[], b: readonly Rejection[], cap: number): Rejection[] {
  const merged: Rejection[] = [];
  let i = 0;
  let j = 0;
  while (merged.length < cap && (i < a.length || j < b.length)) {
    const next = j >= b.length || (i < a.length && (a[i]?.line ?? 0) <= (b[j]?.line ?? 0)) ? a[i++] : b[j++];
    if (next) merged.push(next);
  }
  return merged;
}

/** A problem with the file as a whole: nothing of it is imported. */
export type FileProblem =
  | { kind: 'empty-file' }
  | { kind: 'missing-columns'; missing: ImportColumn[]; found: string[] }
  | { kind: 'duplicate-column'; column: ImportColumn; headers: string[] }
  | { kind: 'bad-json'; message: string }
  | { kind: 'json-shape' }
  /** Not a workbook that can be read: a damaged or truncated file, or not an .xlsx at all. */
  | { kind: 'bad-xlsx'; message: string }
  /** The binary format of Excel 97–2003 (.xls), which only Excel itself reads well. */
  | { kind: 'old-excel' }
  | { kind: 'xlsx-too-large'; bytes: number; maxBytes: number }
  | { kind: 'unknown-sheet'; sheet: string; sheets: string[] }
  | {
      kind: 'too-large';
      seriesCount: number;
      dayCount: number;
      maxCells: number;
      firstDate: IsoDate;
      firstDateLine: number;
      lastDate: IsoDate;
      lastDateLine: number;
    };

export type ImportFormat = 'csv' | 'json' | 'xlsx';

export interface ImportReport {
  fileName: string;
  fileBytes: number;
  format: ImportFormat;
  encoding: TextEncodingName;
  delimiter: Delimiter | null;
  decimalMark: DecimalMark | null;
  /** The file's own header text of each column it has. */
  columns: Partial<Record<ImportColumn, string>>;
  ignoredColumns: string[];
  /** Data rows (CSV) or records (JSON): acceptedRows + rejectedRows. */
  totalRows: number;
  acceptedRows: number;
  rejectedRows: number;
  /** Lines with nothing in them (or only delimiters), not counted as data rows. */
  emptyLines: number;
  /** Problems by reason; a row with two problems counts under both. */
  problemCounts: Record<RejectReason, number>;
  problemCount: number;
  /** The first problems, in line order (at most the detail cap). */
  rejections: Rejection[];
  firstDay: IsoDate | null;
  lastDay: IsoDate | null;
  origins: string[];
  seriesCount: number;
  fileProblem: FileProblem | null;
  /** The sheet read (XLSX), and every sheet the workbook has. */
  sheet: string | null;
  sheets: string[];
  /** How numeric dates were read, when the file had any; null when every date was YYYY-MM-DD. */
  dateOrder: DateOrder | null;
  /** Names the file used instead of codes, and the codes they were read as. */
  nameMatches: NameMatch[];
}

/**
 * What the import needs to know before it reads any row. Nothing is stored until it is answered;
 * the answer goes back in as an import option (`sheet`, `dateOrder`).
 */
export type ImportQuestion =
  | { kind: 'sheet'; sheets: string[]; suggested: string }
  | { kind: 'date-order'; detected: DateOrder; ambiguous: boolean; examples: string[]; column: string };
