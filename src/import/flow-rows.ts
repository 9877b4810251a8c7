// Checks one record of an imported flow file against the reference catalogue and, when it is
// sound, appends it to typed-array columns (29 bytes a row) — never to an object per row, so
// a million rows cost megabytes, not hundreds of them.
import { isIsoDate, toDayNumber } from '../domain/calendar-date';
import {
  COMMODITY_CODES,
  COMMODITY_GROUPS,
  formsOfGroup,
  groupOf,
  isCommodityGroup,
  type CommodityCode,
} from '../domain/commodity';
import { DATA_STATUSES, type DataStatus } from '../domain/data-status';
import type { DecimalMark } from './dialect';
import { parseNumber } from './dialect';
import { dateOrderPattern, isNumericDate, readNumericDate, type DateOrder } from './date-order';
import type { ImportColumn } from './import-columns';
import { NameMatcher } from './name-matching';
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

/** A run of accepted rows in typed-array columns, in file order. */
export interface RowChunk {
  length: number;
  series: Int32Array;
  day: Int32Array;
  tonnes: Float64Array;
  status: Uint8Array;
  source: Int32Array;
  line: Int32Array;
}

/**
 * Where full chunks of accepted rows may be set aside until the import is built (a server keeps
 * them in a temporary file, so its memory does not grow with the file); without one they stay in
 * memory. `store` gets each full chunk once, in order; `load` gives chunk `index` back.
 */
export interface RowSpill {
  /** Copies a full chunk aside; returns the index to load it back by. */
  store(chunk: RowChunk): number;
  load(index: number): RowChunk;
}

/** Rows per chunk: 64 Ki rows, 1.8 MiB. */
export const ROW_CHUNK = 65_536;

export function newChunk(): RowChunk {
  return {
    length: 0,
    series: new Int32Array(ROW_CHUNK),
    day: new Int32Array(ROW_CHUNK),
    tonnes: new Float64Array(ROW_CHUNK),
    status: new Uint8Array(ROW_CHUNK),
    source: new Int32Array(ROW_CHUNK),
    line: new Int32Array(ROW_CHUNK),
  };
}

/** The accepted rows in fixed-size chunks (never copied to grow), in file order. */
export class AcceptedRows {
  length = 0;
  /**
   * Chunks kept in memory (all of them without a spill), or where spilled the spill's index of the
   * chunk: a spill may be shared by two reads of one file (a UTF-8 read, then a retry as
   * Windows-1252), so its indices need not start at 0.
   */
  private readonly kept: (RowChunk | number)[] = [];
  private current = newChunk();

  constructor(private readonly spill: RowSpill | null = null) {}

  push(series: number, day: number, tonnes: number, status: number, source: number, line: number): void {
    const chunk = this.current;
    const i = chunk.length++;
    chunk.series[i] = series;
    chunk.day[i] = day;
    chunk.tonnes[i] = tonnes;
    chunk.status[i] = status;
    chunk.source[i] = source;
    chunk.line[i] = line;
    this.length++;
    if (chunk.length === ROW_CHUNK) {
      if (this.spill) {
        this.kept.push(this.spill.store(chunk));
        // The same buffers take the next rows: the spill has copied them.
        chunk.length = 0;
      } else {
        this.kept.push(chunk);
        this.current = newChunk();
      }
    }
  }

  /** Every chunk in file order (a spilled one read back, one at a time). */
  *chunks(): Generator<RowChunk> {
    for (const chunk of this.kept) yield typeof chunk === 'number' ? this.loaded(chunk) : chunk;
    if (this.current.length > 0) yield this.current;
  }

  private loaded(spillIndex: number): RowChunk {
    if (!this.spill) throw new Error(`row chunk ${spillIndex} is missing`);
    return this.spill.load(spillIndex);
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

/** A name the file used instead of a code, and the code it was read as (shown in the report). */
export interface NameMatch {
  column: 'origin' | 'commodity' | 'entry_point';
  /** The name as the file wrote it. */
  value: string;
  code: string;
  rows: number;
}

/** Distinct names listed in the report; a file naming more is listed up to here, counted in full. */
export const MAX_NAME_MATCHES = 500;

type Lookup = { index: number; name: NameMatch | null } | { index: -1; suggestion: string | null };

/** Single-form groups name their form ("rice", "beras" → rice-milled); others stay a group. */
function commodityNames(commodities: readonly NamedCode[]): NamedCode[] {
  const aliases = COMMODITY_GROUPS.flatMap((group) => {
    const forms = formsOfGroup(group);
    return forms.length === 1 && forms[0] ? [{ code: forms[0], name: { id: group, en: group } }] : [];
  });
  return [...commodities, ...aliases];
}

export interface FlowRowCheckerOptions {
  reference: ImportReference;
  decimalMark: DecimalMark;
  /** How the file names each column, for the report. */
  headerText: Record<ImportColumn, string | null>;
  log: RejectionLog;
  /** How numeric dates (01/09/2026) are read; null or absent: only YYYY-MM-DD is accepted. */
  dateOrder?: DateOrder | null;
  /** Where full chunks of accepted rows go until the import is built; in memory when absent. */
  rowSpill?: RowSpill | null;
}

export class FlowRowChecker {
  readonly rows: AcceptedRows;
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
  private readonly originNames: NameMatcher;
  private readonly entryPointNames: NameMatcher;
  private readonly commodityNames: NameMatcher;
  /** What each cell text that is not a code was read as, so a million rows fold each name once. */
  private readonly lookups = {
    origin: new Map<string, Lookup>(),
    entry_point: new Map<string, Lookup>(),
    commodity: new Map<string, Lookup>(),
  };
  private readonly matched: NameMatch[] = [];
  private readonly dateOrder: DateOrder | null;
  /** Names read in the record being checked; counted once the record is accepted. */
  private readonly pendingNames: NameMatch[] = [];
  /** Per entry point (by index), the commodity groups it takes; null where the catalogue does not say. */
  private readonly entryPointGroups: (ReadonlySet<string> | null)[];
  private readonly header: Record<ImportColumn, string | null>;
  private readonly log: RejectionLog;
  private readonly decimalMark: DecimalMark;
  private line = 0;
  private problems = 0;

  constructor({
    reference,
    decimalMark,
    headerText,
    log,
    dateOrder = null,
    rowSpill = null,
  }: FlowRowCheckerOptions) {
    this.rows = new AcceptedRows(rowSpill);
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
    this.originNames = new NameMatcher(reference.regions);
    this.entryPointNames = new NameMatcher(reference.entryPoints);
    this.commodityNames = new NameMatcher(commodityNames(reference.commodities));
    this.dateOrder = dateOrder;
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

  /** The names read as codes, in the order first met, with how many accepted rows used each. */
  get nameMatches(): NameMatch[] {
    return this.matched.map((match) => ({ ...match }));
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
    this.pendingNames.length = 0;
    const origin = this.readCode(cells[1], 'origin', this.originIndex, 'unknown-origin');
    const commodity = this.readCommodity(cells[2]);
    const entryPoint = this.readCode(cells[3], 'entry_point', this.entryPointIndex, 'unknown-entry-point');
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
    for (const name of this.pendingNames) name.rows++;
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
    const iso = isIsoDate(raw) ? raw : this.dateOrder ? readNumericDate(raw, this.dateOrder) : null;
    if (iso === null) {
      this.reject('date', 'bad-date', raw, this.suggestDate(raw));
      return -1;
    }
    const day = toDayNumber(iso);
    if (day < MIN_DAY || day > MAX_DAY) {
      this.reject('date', 'date-out-of-range', raw, `${MIN_IMPORT_DATE} – ${MAX_IMPORT_DATE}`);
      return -1;
    }
    this.dayCache.set(raw, day);
    return day;
  }

  private suggestDate(raw: string): string {
    if (this.dateOrder && isNumericDate(raw)) {
      // Read in the chosen order it is no day (13/25/2026); say what the other order would give.
      const other = this.dateOrder === 'dmy' ? 'mdy' : 'dmy';
      const iso = readNumericDate(raw, other);
      return iso ? `${iso} (${dateOrderPattern(other)})` : dateOrderPattern(this.dateOrder);
    }
    return suggestIsoDate(raw) ?? 'YYYY-MM-DD';
  }

  private readCode(
    cell: CellValue,
    column: 'origin' | 'entry_point',
    index: ReadonlyMap<string, number>,
    reason: RejectReason,
  ): number {
    const raw = text(cell);
    const found = index.get(raw) ?? index.get(raw.toUpperCase());
    if (found !== undefined) return found;
    if (raw === '') {
      this.reject(column, 'missing-value', raw);
      return -1;
    }
    const lookup = this.lookupName(column, raw, index);
    if (lookup.index >= 0) return lookup.index;
    this.reject(column, reason, raw, 'suggestion' in lookup ? lookup.suggestion : null);
    return -1;
  }

  /** A cell that is not a code, read as a name: cached per distinct text. */
  private lookupName(column: NameMatch['column'], raw: string, index: ReadonlyMap<string, number>): Lookup {
    const cache = this.lookups[column];
    let lookup = cache.get(raw);
    if (lookup === undefined) {
      const matcher =
        column === 'origin'
          ? this.originNames
          : column === 'entry_point'
            ? this.entryPointNames
            : this.commodityNames;
      const found = matcher.lookup(raw);
      const position = found.kind === 'match' ? (index.get(found.code) ?? -1) : -1;
      if (found.kind === 'match' && position >= 0) {
        const name: NameMatch | null =
          this.matched.length < MAX_NAME_MATCHES ? { column, value: raw, code: found.code, rows: 0 } : null;
        if (name) this.matched.push(name);
        lookup = { index: position, name };
      } else {
        const suggestion =
          found.kind === 'ambiguous'
            ? found.codes.join(', ')
            : column === 'origin'
              ? this.suggestOriginCode(raw)
              : null;
        lookup = { index: -1, suggestion };
      }
      cache.set(raw, lookup);
    }
    if ('name' in lookup && lookup.name) this.pendingNames.push(lookup.name);
    return lookup;
  }

  private suggestOriginCode(raw: string): string | null {
    const known = (code: string) => (this.originIndex.has(code) ? code : null);
    // Spreadsheets turn codes into numbers: 33.10 becomes 33.1, 32.09 becomes 32,09 or 3209.
    const shortened = /^(\d{2})[.,](\d)$/.exec(raw);
    if (shortened) return known(`${shortened[1]}.${shortened[2]}0`);
    const comma = /^(\d{2}),(\d{2})$/.exec(raw);
    if (comma) return known(`${comma[1]}.${comma[2]}`);
    const joined = /^(\d{2})(\d{2})$/.exec(raw);
    if (joined) return known(`${joined[1]}.${joined[2]}`);
    return null;
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
    if (raw === '') {
      this.reject('commodity', 'missing-value', raw);
      return -1;
    }
    const lookup = this.lookupName('commodity', raw, this.commodityIndex);
    if (lookup.index >= 0) return lookup.index;
    if (isCommodityGroup(lower))
      this.reject('commodity', 'commodity-group', raw, formsOfGroup(lower).join(', '));
    else
      this.reject('commodity', 'unknown-commodity', raw, 'suggestion' in lookup ? lookup.suggestion : null);
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
