// The food-balance table an analyst adds to an imported dataset: onward outflow from Jakarta's
// hubs, closing stock, and Jakarta's own production, each row with its status and source. The
// daily inflows stay in the flow file; this table carries the other parts of the balance so that
// `/balance` can answer for the dataset and every accounting basis can be computed. Balance tables
// are small (a few hundred rows), so the text is read whole.
import { COMMODITY_CODES, type CommodityCode } from '../domain/commodity';
import { isIsoDate } from '../domain/calendar-date';
import { DATA_STATUSES, type DataStatus } from '../domain/data-status';
import {
  DESTINATIONS,
  PRODUCTION_KINDS,
  type Destination,
  type ProductionKind,
} from '../domain/food-balance';
import { COMMODITIES } from '../reference/entry-points';
import { CsvRecordReader } from './csv-records';
import { detectDecimalMark, detectDelimiter, isEmptyRecord, parseNumber, type DecimalMark } from './dialect';
import type { CellValue } from './flow-rows';
import { normaliseHeaderName } from './import-columns';
import { foldName } from './name-matching';

export const BALANCE_COLUMNS = [
  'period',
  'commodity',
  'item',
  'detail',
  'tonnes',
  'status',
  'source',
] as const;
export type BalanceColumn = (typeof BALANCE_COLUMNS)[number];
export const REQUIRED_BALANCE_COLUMNS: readonly BalanceColumn[] = ['period', 'commodity', 'item', 'tonnes'];

const BALANCE_COLUMN_ALIASES: Record<BalanceColumn, readonly string[]> = {
  period: ['period', 'periode', 'date', 'tanggal', 'tgl', 'bulan', 'month', 'tahun', 'year'],
  commodity: ['commodity', 'komoditas', 'komoditi', 'commodity_code', 'kode_komoditas'],
  item: ['item', 'pos', 'pos_neraca', 'balance_item', 'jenis'],
  detail: ['detail', 'rincian', 'tujuan', 'destination', 'jenis_produksi', 'production_kind'],
  tonnes: ['tonnes', 'ton', 'tons', 'tonne', 'volume_ton', 'jumlah_ton', 'volume'],
  status: ['status', 'status_data', 'data_status'],
  source: ['source', 'sumber', 'sumber_data'],
};

/**
 * What a row states: `onward` = tonnes sent on from Jakarta over the period (a day or a month);
 * `stock` = closing stock at the end of a day; `no-stock` = a statement that no stock of the
 * commodity is held (its stock change is 0) for a year; `production` = own production in a year.
 */
export const BALANCE_ITEMS = ['onward', 'stock', 'no-stock', 'production'] as const;
export type BalanceItem = (typeof BALANCE_ITEMS)[number];

const ITEM_ALIASES: Record<BalanceItem, readonly string[]> = {
  onward: ['onward', 'arus keluar', 'keluar', 'outflow', 'onward outflow'],
  stock: ['stock', 'stok', 'stok akhir', 'closing stock'],
  'no-stock': ['no-stock', 'no stock', 'tanpa stok', 'tidak ada stok'],
  production: ['production', 'produksi', 'produksi sendiri', 'own production'],
};

const DETAIL_ALIASES: Record<Destination | ProductionKind, readonly string[]> = {
  'buffer-zone': ['buffer-zone', 'buffer zone', 'penyangga', 'daerah penyangga', 'bodetabek'],
  'inter-island': ['inter-island', 'inter island', 'antarpulau', 'antar pulau'],
  export: ['export', 'ekspor'],
  grown: ['grown', 'ditanam', 'panen'],
  raised: ['raised', 'dipelihara', 'ternak sendiri'],
  slaughtered: ['slaughtered', 'dipotong', 'pemotongan'],
  caught: ['caught', 'ditangkap', 'tangkapan armada jakarta'],
  landed: ['landed', 'didaratkan', 'pendaratan'],
  farmed: ['farmed', 'dibudidayakan', 'budidaya'],
};

const STATUS_ALIASES: Record<DataStatus, readonly string[]> = {
  reported: ['reported', 'dilaporkan'],
  derived: ['derived', 'turunan'],
  estimated: ['estimated', 'perkiraan'],
  synthetic: ['synthetic', 'sintetis'],
  preliminary: ['preliminary', 'sementara'],
  forecast: ['forecast', 'prakiraan'],
};

export type BalanceProblemReason =
  | 'missing-value'
  | 'bad-period'
  | 'unknown-commodity'
  | 'unknown-item'
  | 'bad-detail'
  | 'bad-number'
  | 'negative-tonnes'
  | 'unknown-status'
  | 'source-too-long'
  | 'field-count'
  | 'broken-record'
  | 'not-an-object'
  | 'duplicate';

export interface BalanceProblem {
  line: number;
  /** The column as the file names it; empty for a problem of the whole line. */
  column: string;
  reason: BalanceProblemReason;
  value: string;
  /** What was expected, where it can be said. */
  expected?: string;
}

export interface ImportedBalanceRow {
  /** YYYY-MM-DD (a day), YYYY-MM (a month) or YYYY (a year), as the item allows. */
  period: string;
  commodity: CommodityCode;
  item: BalanceItem;
  /** The destination (onward) or production kind (production); null otherwise. */
  detail: Destination | ProductionKind | null;
  tonnes: number;
  status: DataStatus;
  /** A source title from the file, or null when the row names none (the file is its source). */
  source: string | null;
}

export interface ImportedBalance {
  fileName: string;
  importedAt: string;
  rows: ImportedBalanceRow[];
}

export interface BalanceTableReading {
  /** Whole-file problems: missing columns, an empty file. Nothing is accepted when present. */
  missingColumns: BalanceColumn[];
  totalRows: number;
  rows: ImportedBalanceRow[];
  problems: BalanceProblem[];
  /** Rows with at least one problem (a row with two problems counts once). */
  rejectedRows: number;
}

const MAX_SOURCE_LENGTH = 300;

const PERIOD_RULE: Record<BalanceItem, { pattern: RegExp; expected: string }> = {
  onward: { pattern: /^\d{4}-\d{2}(-\d{2})?$/, expected: 'YYYY-MM-DD or YYYY-MM' },
  stock: { pattern: /^\d{4}-\d{2}-\d{2}$/, expected: 'YYYY-MM-DD (closing stock at the end of that day)' },
  'no-stock': { pattern: /^\d{4}$/, expected: 'YYYY' },
  production: { pattern: /^\d{4}$/, expected: 'YYYY (own production over the year)' },
};

function lookup<K extends string>(aliases: Record<K, readonly string[]>, raw: string): K | undefined {
  const folded = foldName(raw);
  if (folded === '') return undefined;
  for (const [key, names] of Object.entries(aliases) as [K, readonly string[]][]) {
    if (names.some((name) => foldName(name) === folded)) return key;
  }
  return undefined;
}

function commodityOf(raw: string): CommodityCode | undefined {
  const folded = foldName(raw);
  const byCode = COMMODITY_CODES.find((code) => foldName(code) === folded);
  if (byCode) return byCode;
  return COMMODITIES.find((c) => foldName(c.name.id) === folded || foldName(c.name.en) === folded)?.code;
}

function validPeriod(period: string): boolean {
  if (/^\d{4}$/.test(period)) return Number(period) >= 1970 && Number(period) <= 2099;
  if (/^\d{4}-\d{2}$/.test(period)) return isIsoDate(`${period}-01`) && period >= '1970-01';
  return isIsoDate(period) && period >= '1970-01-01' && period <= '2099-12-31';
}

/** Reads a balance table from CSV text (any of `,` `;` tab `|`; either decimal mark). */
export function readBalanceCsv(text: string): BalanceTableReading {
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(body.slice(0, 65_536), true);
  const records: BalanceRecord[] = [];
  const broken: number[] = [];
  const reader = new CsvRecordReader(delimiter, {
    record: (fields, line) => records.push({ fields, line }),
    broken: (_reason, line) => broken.push(line),
  });
  reader.push(body);
  reader.finish();
  const [header, ...data] = records.filter((record) => !isEmptyRecord(record.fields as string[]));
  return readBalanceRecords(
    header ? header.fields.map(String) : null,
    data,
    (tonnes) => detectDecimalMark(tonnes, delimiter),
    { broken, checkFieldCount: true },
  );
}

/** One record of a balance table: its cells in header order, and its line (or position from 1). */
export interface BalanceRecord {
  fields: readonly CellValue[];
  line: number;
}

/**
 * The row rules of a balance table, whatever the file was: CSV text, a workbook's sheet, JSON
 * records. Numbers given as numbers (a workbook's number cell, a JSON number) are taken as they
 * are; numbers given as text are read with the decimal mark `markOf` finds in the tonnes column.
 */
export function readBalanceRecords(
  names: readonly string[] | null,
  data: readonly BalanceRecord[],
  markOf: (tonnesText: string[]) => DecimalMark,
  { broken = [], checkFieldCount = false }: { broken?: readonly number[]; checkFieldCount?: boolean } = {},
): BalanceTableReading {
  const columnIndex = new Map<BalanceColumn, number>();
  (names ?? []).forEach((name, index) => {
    const normalised = normaliseHeaderName(name);
    const column = BALANCE_COLUMNS.find((c) => BALANCE_COLUMN_ALIASES[c].includes(normalised));
    if (column && !columnIndex.has(column)) columnIndex.set(column, index);
  });
  const missingColumns = REQUIRED_BALANCE_COLUMNS.filter((column) => !columnIndex.has(column));
  if (!names || missingColumns.length > 0) {
    return {
      missingColumns: names ? missingColumns : [...REQUIRED_BALANCE_COLUMNS],
      totalRows: data.length,
      rows: [],
      problems: [],
      rejectedRows: data.length,
    };
  }
  const tonnesIndex = columnIndex.get('tonnes') ?? 0;
  const mark = markOf(
    data.flatMap((record) => {
      const value = record.fields[tonnesIndex];
      return typeof value === 'string' ? [value] : [];
    }),
  );
  const problems: BalanceProblem[] = broken.map((line) => ({
    line,
    column: '',
    reason: 'broken-record' as const,
    value: '',
  }));
  const rows: ImportedBalanceRow[] = [];
  const seen = new Map<string, number>();
  let rejectedRows = broken.length;
  for (const { fields, line } of data) {
    const rowProblems: BalanceProblem[] = [];
    const raw = (column: BalanceColumn) => {
      const index = columnIndex.get(column);
      return index === undefined ? undefined : fields[index];
    };
    const cell = (column: BalanceColumn) => {
      const value = raw(column);
      return value === undefined || value === null ? '' : String(value).trim();
    };
    const problem = (column: BalanceColumn, reason: BalanceProblemReason, expected?: string) =>
      rowProblems.push({
        line,
        column: names[columnIndex.get(column) ?? 0] ?? column,
        reason,
        value: cell(column).slice(0, 120),
        ...(expected !== undefined && { expected }),
      });
    if (checkFieldCount && fields.length !== names.length) {
      rowProblems.push({
        line,
        column: '',
        reason: 'field-count',
        value: String(fields.length),
        expected: String(names.length),
      });
    }
    for (const column of REQUIRED_BALANCE_COLUMNS) if (cell(column) === '') problem(column, 'missing-value');

    const item = lookup(ITEM_ALIASES, cell('item'));
    if (cell('item') !== '' && !item) problem('item', 'unknown-item', BALANCE_ITEMS.join(', '));
    const commodity = commodityOf(cell('commodity'));
    if (cell('commodity') !== '' && !commodity)
      problem('commodity', 'unknown-commodity', COMMODITY_CODES.join(', '));

    const period = cell('period');
    if (period !== '' && item) {
      const rule = PERIOD_RULE[item];
      if (!rule.pattern.test(period) || !validPeriod(period)) problem('period', 'bad-period', rule.expected);
    }

    let detail: Destination | ProductionKind | null = null;
    if (item === 'onward' || item === 'production') {
      const allowed: readonly string[] = item === 'onward' ? DESTINATIONS : PRODUCTION_KINDS;
      const found = lookup(DETAIL_ALIASES, cell('detail'));
      if (found && allowed.includes(found)) detail = found;
      else problem('detail', cell('detail') === '' ? 'missing-value' : 'bad-detail', allowed.join(', '));
    } else if (item && cell('detail') !== '') {
      problem('detail', 'bad-detail', 'empty');
    }

    const given = raw('tonnes');
    const tonnes =
      typeof given === 'number'
        ? Number.isFinite(given)
          ? given
          : undefined
        : parseNumber(cell('tonnes'), mark);
    if (cell('tonnes') !== '' && (tonnes === undefined || tonnes === null))
      problem('tonnes', 'bad-number', mark === 'comma' ? '1.234,5' : '1,234.5');
    else if (typeof tonnes === 'number' && tonnes < 0) problem('tonnes', 'negative-tonnes', '≥ 0');
    else if (item === 'no-stock' && tonnes !== 0) problem('tonnes', 'bad-number', '0');

    const status = cell('status') === '' ? 'reported' : lookup(STATUS_ALIASES, cell('status'));
    if (!status) problem('status', 'unknown-status', DATA_STATUSES.join(', '));
    const source = cell('source');
    if (source.length > MAX_SOURCE_LENGTH) problem('source', 'source-too-long', `≤ ${MAX_SOURCE_LENGTH}`);

    const key = `${period}|${commodity}|${item}|${detail}`;
    const earlier = seen.get(key);
    if (rowProblems.length === 0 && earlier !== undefined) {
      rowProblems.push({ line, column: '', reason: 'duplicate', value: '', expected: `line ${earlier}` });
    }
    if (rowProblems.length > 0 || !item || !commodity || !status || typeof tonnes !== 'number') {
      problems.push(...rowProblems);
      rejectedRows++;
      continue;
    }
    seen.set(key, line);
    rows.push({ period, commodity, item, detail, tonnes, status, source: source === '' ? null : source });
  }
  problems.sort((a, b) => a.line - b.line);
  return { missingColumns: [], totalRows: data.length + broken.length, rows, problems, rejectedRows };
}

/**
 * Whether a reading may be stored. A balance table is all or nothing: a rejected row (an onward
 * month left out, a stock day misread) would shift every share computed from the rest, so a table
 * with any rejected row stores nothing and its report says what to correct.
 */
export function balanceStorable(reading: BalanceTableReading): boolean {
  return reading.missingColumns.length === 0 && reading.rows.length > 0 && reading.rejectedRows === 0;
}

/** The template: the header and one example row per item, with the detail each item takes. */
export function balanceTemplateCsv(): string {
  const lines = [
    BALANCE_COLUMNS.join(','),
    '2025-09,rice-milled,onward,buffer-zone,52000,reported,Laporan PIBC September 2025',
    '2025-09-30,rice-milled,stock,,31500,reported,Laporan PIBC September 2025',
    '2025,meat-beef,no-stock,,0,estimated,',
    '2025,fish-marine,production,caught,3100,estimated,Statistik perikanan DKI 2025',
  ];
  return `${lines.join('\r\n')}\r\n`;
}
