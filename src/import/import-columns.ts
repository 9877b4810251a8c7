// The columns an imported flow file has, and the header names accepted for each. Analysts export
// from spreadsheets in either language, so a header may be English or Indonesian, in any case,
// with spaces or hyphens instead of underscores and with a unit in brackets ("Ton (t)").

export const IMPORT_COLUMNS = [
  'date',
  'origin',
  'commodity',
  'entry_point',
  'tonnes',
  'status',
  'source',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export const REQUIRED_COLUMNS: readonly ImportColumn[] = [
  'date',
  'origin',
  'commodity',
  'entry_point',
  'tonnes',
];

/** The first alias is the canonical English name. */
export const COLUMN_ALIASES: Record<ImportColumn, readonly string[]> = {
  date: ['date', 'tanggal', 'tgl', 'day'],
  origin: [
    'origin',
    'asal',
    'daerah_asal',
    'kode_asal',
    'origin_code',
    'region',
    'kode_daerah',
    'kode_wilayah',
  ],
  commodity: ['commodity', 'komoditas', 'komoditi', 'commodity_code', 'kode_komoditas'],
  entry_point: ['entry_point', 'pintu_masuk', 'entrypoint', 'entry', 'kode_pintu_masuk', 'titik_masuk'],
  tonnes: ['tonnes', 'ton', 'tons', 'tonne', 'volume_ton', 'volume_tonnes', 'jumlah_ton', 'volume'],
  status: ['status', 'status_data', 'data_status'],
  source: ['source', 'sumber', 'sumber_data'],
};

const COLUMN_BY_ALIAS = new Map<string, ImportColumn>(
  IMPORT_COLUMNS.flatMap((column) => COLUMN_ALIASES[column].map((alias) => [alias, column] as const)),
);

export function normaliseHeaderName(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[\s.\-/]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

export function columnOfHeader(raw: string): ImportColumn | undefined {
  return COLUMN_BY_ALIAS.get(normaliseHeaderName(raw));
}

export interface HeaderMapping {
  /** Position of each column in a record, or -1 when the file does not have it. */
  index: Record<ImportColumn, number>;
  /** The header text as the file wrote it, for the report. */
  headerText: Record<ImportColumn, string | null>;
  missing: ImportColumn[];
  /** Columns named twice ("date" and "tanggal"): which one is meant cannot be guessed. */
  duplicated: { column: ImportColumn; headers: string[] }[];
  ignored: string[];
}

export function mapHeader(names: readonly string[]): HeaderMapping {
  const index = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, -1])) as Record<ImportColumn, number>;
  const headerText = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, null])) as Record<
    ImportColumn,
    string | null
  >;
  const seen = new Map<ImportColumn, string[]>();
  const ignored: string[] = [];
  names.forEach((name, position) => {
    const column = columnOfHeader(name);
    if (!column) {
      if (name.trim() !== '') ignored.push(name.trim());
      return;
    }
    const headers = seen.get(column) ?? [];
    headers.push(name.trim());
    seen.set(column, headers);
    if (index[column] === -1) {
      index[column] = position;
      headerText[column] = name.replace(/^\uFEFF/, '').trim();
    }
  });
  return {
    index,
    headerText,
    missing: REQUIRED_COLUMNS.filter((column) => index[column] === -1),
    duplicated: [...seen.entries()]
      .filter(([, headers]) => headers.length > 1)
      .map(([column, headers]) => ({ column, headers })),
    ignored,
  };
}

/** How many names of a header are known columns: the best delimiter splits the most of them. */
export function recognisedColumnCount(names: readonly string[]): number {
  return new Set(names.map(columnOfHeader).filter((c) => c !== undefined)).size;
}
