// Checks one record of an imported flow file against the reference catalogue and, when it is
// sound, appends it to typed-array columns (about 25 bytes a row) — never to an object per row, so
// a million rows cost megabytes, not hundreds of them.
import { isIsoDate, toDayNumber } from '../domain/calendar-date';
import {
  COMMODITY_CODES,
  formsOfGroup,
  groupOf,
  isCommodityGroup,
  type CommodityCode,
} from '../domain/commodity';
import { DATA_STATUSES, type DataStatus } from '../domain/data-status';
import type { DecimalMark } from './dialect';
import { parseNumber } from './dialect';
import type { ImportColumn } from './import-columns';
import { shortValue, type RejectionLog, type RejectReason } from './import-report';
import type { ImportedSource } from './packed-flow-store';

/** What the import needs to know of the reference catalogue (src/reference supplies it). */
export interface ImportReference {
  regions: readonly NamedCode[];
  /** With the commodity groups each entry point takes in: rice never comes through a fishing port. */
  entryPoints: readonly (NamedCode & { commodityGroups?: readonly string[] })[];
  commodities: readonly NamedCode[];
  /** Ids of the reference sources: a "source" cell holding one of them refers to it. */
  sourceIds: readonly string[];
}

export interface NamedCode {
  code: string;
  name: { id: string; en: string };
}

/** A cell as the file gave it: CSV cells are strings; JSON may give numbers, booleans or null. */
export type CellValue = string | number | boolean | null | undefined;

/** Cells of one record, in the order of IMPORT_COLUMNS. */
export type RecordCells = CellValue[];

// Dates far outside any food-flow record are typos (0224-01-05, 2204-01-05); every series spans
// the file's whole day range, so one of them would cost memory for centuries of days.
export const MIN_IMPORT_DATE = '1970-01-01';
export const MAX_IMPORT_DATE = '2099-12-31';
const MIN_DAY = toDayNumber(MIN_IMPORT_DATE);
const MAX_DAY = toDayNumber(MAX_IMPORT_DATE);

/** Source titles are labels; a longer cell is a paste mistake. */
export const MAX_SOURCE_LENGTH = 300;
/** Distinct source titles per file; beyond this the catalogue would drown in them. */
export const MAX_SOURCES = 1_000;

const STATUS_ALIASES = new Map<string, number>([
  ...DATA_STATUSES.map((status, index) => [status, index] as const),
  ['dilaporkan', 0],
  ['turunan', 1],
  ['perkiraan', 2],
  ['sintetis', 3],
  ['sementara', 4],
  ['prakiraan', 5],
]);

/** Growable typed-array columns of the accepted rows, in file order. */
export class AcceptedRows {
  length = 0;
  series = new Int32Array(1024);
  day = new Int32Array(1024);
  tonnes = new Float64Array(1024);
  status = new Uint8Array(1024);
  source = new Int32Array(1024);
  line = new Int32Array(1024);

  push(series: number, day: number, tonnes: number, status: number, source: number, line: number): void {
    if (this.length === this.series.length) this.grow();
    const i = this.length++;
    this.series[i] = series;
    this.day[i] = day;
    this.tonnes[i] = tonnes;
    this.status[i] = status;
    this.source[i] = source;
    this.line[i] = line;
  }

  private grow(): void {
    const size = this.series.length * 2;
    const grown = <T extends Int32Array | Float64Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(old);
      return next;
    };
    this.series = grown(this.series, (n) => new Int32Array(n));
    this.day = grown(this.day, (n) => new Int32Array(n));
    this.tonnes = grown(this.tonnes, (n) => new Float64Array(n));
    this.status = grown(this.status, (n) => new Uint8Array(n));
    this.source = grown(this.source, (n) => new Int32Array(n));
    this.line = grown(this.line, (n) => new Int32Array(n));
  }
}

/** Source titles met in the file, each given an id once. */
export class SourceRegistry {
  /** Source ids by index; rows refer to sources by index. */
  readonly ids: string[] = [];
  readonly imported: ImportedSource[] = [];
  private readonly indexByKey = new Map<string, number>();

  constructor(private readonly referenceIds: ReadonlySet<string>) {}

  /** The index of a source, or -1 when the file already named too many distinct sources. */
  indexOf(title: string): number {
    const known = this.indexByKey.get(title);
    if (known !== undefined) return known;
    if (this.referenceIds.has(title)) return this.register(title, title);
    if (this.imported.length >= MAX_SOURCES) return -1;
    const id = `imported-source-${this.imported.length + 1}`;
    this.imported.push({ id, title });
    return this.register(title, id);
  }

  private register(key: string, id: string): number {
    const index = this.ids.length;
    this.ids.push(id);
    this.indexByKey.set(key, index);
    return index;
  }
}

/** The series a row belongs to: one per (origin, commodity form, entry point). */
export class SeriesKeys {
  readonly origin: number[] = [];
  readonly commodity: number[] = [];
  readonly entryPoint: number[] = [];
  private readonly table: Int32Array;

  constructor(
    origins: number,
    private readonly commodities: number,
    private readonly entryPoints: number,
  ) {
    this.table = new Int32Array(origins * commodities * entryPoints).fill(-1);
  }

  get count(): number {
    return this.origin.length;
  }

  indexOf(origin: number, commodity: number, entryPoint: number): number {
    const key = (origin * this.commodities + commodity) * this.entryPoints + entryPoint;
    let index = this.table[key] ?? -1;
    if (index === -1) {
      index = this.origin.length;
      this.origin.push(origin);
      this.commodity.push(commodity);
      this.entryPoint.push(entryPoint);
      this.table[key] = index;
    }
    return index;
  }
}

function text(value: CellValue): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value.trim() : String(value);
}

function lowerNameKey(value: string): string {
  return value.toLowerCase().replace(/\s+/g, ' ').trim();
}

function nameIndex(items: readonly NamedCode[]): Map<string, string> {
  const counts = new Map<string, number>();
  const codes = new Map<string, string>();
  for (const item of items) {
    for (const name of new Set([item.name.id, item.name.en])) {
      const variants = new Set([lowerNameKey(name), lowerNameKey(name.replace(/^(kabupaten|kota)\s+/i, ''))]);
      for (const variant of variants) {
        counts.set(variant, (counts.get(variant) ?? 0) + 1);
        codes.set(variant, item.code);
      }
    }
  }
  // A name shared by two areas ("Bandung" for the regency and the city) suggests nothing.
  return new Map([...codes].filter(([name]) => counts.get(name) === 1));
}

export interface FlowRowCheckerOptions {
  reference: ImportReference;
  decimalMark: DecimalMark;
  /** How the file names each column, for the report. */
  headerText: Record<ImportColumn, string | null>;
  log: RejectionLog;
}

export class FlowRowChecker {
  readonly rows = new AcceptedRows();
  readonly keys: SeriesKeys;
  readonly sources: SourceRegistry;
  readonly originCodes: readonly string[];
  readonly commodityCodes: readonly CommodityCode[] = COMMODITY_CODES;
  readonly entryPointCodes: readonly string[];
  /** Earliest and latest accepted day and the line they came from, for a "too large" report. */
  minDay = Number.POSITIVE_INFINITY;
  minDayLine = 0;
  maxDay = Number.NEGATIVE_INFINITY;
  maxDayLine = 0;
  rejectedRows = 0;

  private readonly originIndex = new Map<string, number>();
  private readonly entryPointIndex = new Map<string, number>();
  private readonly commodityIndex = new Map<string, number>();
  private readonly dayCache = new Map<string, number>();
  private readonly originNames: Map<string, string>;
  private readonly entryPointNames: Map<string, string>;
  private readonly commodityNames: Map<string, string>;
  /** Per entry point (by index), the commodity groups it takes; null where the catalogue does not say. */
  private readonly entryPointGroups: (ReadonlySet<string> | null)[];
  private readonly header: Record<ImportColumn, string | null>;
  private readonly log: RejectionLog;
  private readonly decimalMark: DecimalMark;
  private line = 0;
  private problems = 0;

  constructor({ reference, decimalMark, headerText, log }: FlowRowCheckerOptions) {
    this.originCodes = reference.regions.map((r) => r.code);
    this.entryPointCodes = reference.entryPoints.map((e) => e.code);
    this.entryPointGroups = reference.entryPoints.map((e) =>
      e.commodityGroups ? new Set(e.commodityGroups) : null,
    );
    this.originCodes.forEach((code, i) => {
      this.originIndex.set(code, i);
      this.originIndex.set(code.toUpperCase(), i);
    });
    this.entryPointCodes.forEach((code, i) => this.entryPointIndex.set(code.toUpperCase(), i));
    this.commodityCodes.forEach((code, i) => this.commodityIndex.set(code, i));
    this.originNames = nameIndex(reference.regions);
    this.entryPointNames = nameIndex(reference.entryPoints);
    this.commodityNames = nameIndex(reference.commodities);
    this.keys = new SeriesKeys(
      this.originCodes.length,
      this.commodityCodes.length,
      this.entryPointCodes.length,
    );
    this.sources = new SourceRegistry(new Set(reference.sourceIds));
    this.header = headerText;
    this.log = log;
    this.decimalMark = decimalMark;
  }

  /** A record that could not even be split into cells (CSV) or is not an object (JSON). */
  rejectRecord(line: number, reason: RejectReason, value: string, expected: string | null = null): void {
    this.log.add({ line, column: null, reason, value: shortValue(value), expected });
    this.rejectedRows++;
  }

  /** Checks one record; accepted rows are appended to `rows`. Returns whether it was accepted. */
  check(cells: RecordCells, line: number): boolean {
    this.line = line;
    this.problems = 0;
    const day = this.readDay(cells[0]);
    const origin = this.readCode(
      cells[1],
      'origin',
      this.originIndex,
      (v) => v.toUpperCase(),
      'unknown-origin',
    );
    const commodity = this.readCommodity(cells[2]);
    const entryPoint = this.readCode(
      cells[3],
      'entry_point',
      this.entryPointIndex,
      (v) => v.toUpperCase(),
      'unknown-entry-point',
    );
    if (commodity >= 0 && entryPoint >= 0) this.checkPair(commodity, entryPoint, cells[3]);
    const tonnes = this.readTonnes(cells[4]);
    const status = this.readStatus(cells[5]);
    if (this.problems > 0) {
      this.rejectedRows++;
      return false;
    }
    // The source is registered only for rows that are otherwise sound, so a rejected row adds no
    // source to the catalogue.
    const source = this.readSource(cells[6]);
    if (this.problems > 0) {
      this.rejectedRows++;
      return false;
    }
    const series = this.keys.indexOf(origin, commodity, entryPoint);
    this.rows.push(series, day, tonnes ?? Number.NaN, status, source, line);
    if (day < this.minDay) {
      this.minDay = day;
      this.minDayLine = line;
    }
    if (day > this.maxDay) {
      this.maxDay = day;
      this.maxDayLine = line;
    }
    return true;
  }

  private reject(column: ImportColumn, reason: RejectReason, value: string, expected: string | null = null) {
    this.problems++;
    this.log.add({
      line: this.line,
      column: this.header[column] ?? column,
      reason,
      value: shortValue(value),
      expected,
    });
  }

  private readDay(cell: CellValue): number {
    const raw = text(cell);
    const cached = this.dayCache.get(raw);
    if (cached !== undefined) return cached;
    if (raw === '') {
      this.reject('date', 'missing-value', raw);
      return -1;
    }
    if (!isIsoDate(raw)) {
      this.reject('date', 'bad-date', raw, suggestIsoDate(raw));
      return -1;
    }
    const day = toDayNumber(raw);
    if (day < MIN_DAY || day > MAX_DAY) {
      this.reject('date', 'date-out-of-range', raw, `${MIN_IMPORT_DATE} – ${MAX_IMPORT_DATE}`);
      return -1;
    }
    this.dayCache.set(raw, day);
    return day;
  }

  private readCode(
    cell: CellValue,
    column: 'origin' | 'entry_point',
    index: ReadonlyMap<string, number>,
    normalise: (value: string) => string,
    reason: RejectReason,
  ): number {
    const raw = text(cell);
    const found = index.get(raw) ?? index.get(normalise(raw));
    if (found !== undefined) return found;
    if (raw === '') this.reject(column, 'missing-value', raw);
    else
      this.reject(
        column,
        reason,
        raw,
        column === 'origin' ? this.suggestOrigin(raw) : this.suggestEntryPoint(raw),
      );
    return -1;
  }

  private suggestOrigin(raw: string): string | null {
    const known = (code: string) => (this.originIndex.has(code) ? code : null);
    // Spreadsheets turn codes into numbers: 33.10 becomes 33.1, 32.09 becomes 32,09 or 3209.
    const shortened = /^(\d{2})[.,](\d)$/.exec(raw);
    if (shortened) return known(`${shortened[1]}.${shortened[2]}0`);
    const comma = /^(\d{2}),(\d{2})$/.exec(raw);
    if (comma) return known(`${comma[1]}.${comma[2]}`);
    const joined = /^(\d{2})(\d{2})$/.exec(raw);
    if (joined) return known(`${joined[1]}.${joined[2]}`);
    return this.originNames.get(lowerNameKey(raw)) ?? null;
  }

  private suggestEntryPoint(raw: string): string | null {
    const hyphenated = raw.toUpperCase().replace(/[\s_]+/g, '-');
    if (this.entryPointIndex.has(hyphenated)) return hyphenated;
    return this.entryPointNames.get(lowerNameKey(raw)) ?? null;
  }

  /** The commodity must be one the entry point takes in (from the reference catalogue). */
  private checkPair(commodity: number, entryPoint: number, cell: CellValue): void {
    const groups = this.entryPointGroups[entryPoint];
    const code = this.commodityCodes[commodity];
    if (!groups || code === undefined || groups.has(groupOf(code))) return;
    this.reject('entry_point', 'entry-point-commodity', `${text(cell)} / ${code}`, [...groups].join(', '));
  }

  private readCommodity(cell: CellValue): number {
    const raw = text(cell);
    const lower = raw.toLowerCase();
    const found = this.commodityIndex.get(raw) ?? this.commodityIndex.get(lower);
    if (found !== undefined) return found;
    if (raw === '') this.reject('commodity', 'missing-value', raw);
    else if (isCommodityGroup(lower))
      this.reject('commodity', 'commodity-group', raw, formsOfGroup(lower).join(', '));
    else
      this.reject('commodity', 'unknown-commodity', raw, this.commodityNames.get(lowerNameKey(raw)) ?? null);
    return -1;
  }

  private readTonnes(cell: CellValue): number | null {
    let value: number | null | undefined;
    if (typeof cell === 'number') value = Number.isFinite(cell) ? cell : undefined;
    else if (cell === null || cell === undefined) value = null;
    else if (typeof cell === 'boolean') value = undefined;
    else value = parseNumber(cell, this.decimalMark);
    if (value === undefined) {
      this.reject('tonnes', 'bad-number', text(cell), this.decimalMark);
      return null;
    }
    if (value !== null && value < 0) {
      this.reject('tonnes', 'negative-tonnes', text(cell));
      return null;
    }
    return value;
  }

  private readStatus(cell: CellValue): number {
    const raw = text(cell);
    if (raw === '') return 0;
    const found = STATUS_ALIASES.get(raw.toLowerCase());
    if (found !== undefined) return found;
    this.reject('status', 'unknown-status', raw, DATA_STATUSES.join(', '));
    return 0;
  }

  private readSource(cell: CellValue): number {
    const title = text(cell).replace(/\s+/g, ' ');
    if (title === '') return -1;
    if (title.length > MAX_SOURCE_LENGTH) {
      this.reject('source', 'source-too-long', title, String(MAX_SOURCE_LENGTH));
      return -1;
    }
    const index = this.sources.indexOf(title);
    if (index === -1) this.reject('source', 'too-many-sources', title, String(MAX_SOURCES));
    return index;
  }
}

/** A date written day first (31/01/2024, 31-01-2024, 31.01.2024) or with a time, as YYYY-MM-DD. */
function suggestIsoDate(raw: string): string | null {
  const withTime = /^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}/.exec(raw);
  if (withTime?.[1] && isIsoDate(withTime[1])) return withTime[1];
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw);
  if (dayFirst) {
    const iso = `${dayFirst[3]}-${dayFirst[2]?.padStart(2, '0')}-${dayFirst[1]?.padStart(2, '0')}`;
    if (isIsoDate(iso)) return iso;
  }
  return 'YYYY-MM-DD';
}

export function statusAt(index: number): DataStatus {
  return DATA_STATUSES[index] ?? 'reported';
}
