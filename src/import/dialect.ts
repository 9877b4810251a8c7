// How a CSV file is written: which delimiter separates fields and which mark separates decimals.
// Spreadsheets in an Indonesian (or most European) locale save with ";" because "," is their
// decimal mark ("1.234,5"); others use tab or "|". Both are decided once per file from its first
// records, and the report says what was decided, so an analyst can see why a number was refused.
import { CsvRecordReader } from './csv-records';
import { mapHeader, recognisedColumnCount } from './import-columns';

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export const DECIMAL_MARKS = ['dot', 'comma'] as const;
export type DecimalMark = (typeof DECIMAL_MARKS)[number];

/** Records of the sample, at most `limit`, empty lines left out. */
export function sampleRecords(
  sample: string,
  delimiter: Delimiter,
  complete: boolean,
  limit = 200,
): string[][] {
  const records: string[][] = [];
  const reader = new CsvRecordReader(delimiter, {
    record(fields) {
      if (records.length < limit && !isEmptyRecord(fields)) records.push(fields);
    },
    broken() {},
  });
  reader.push(sample);
  if (complete) reader.finish();
  return records;
}

export function isEmptyRecord(fields: readonly string[]): boolean {
  for (const field of fields) if (field.trim() !== '') return false;
  return true;
}

/**
 * The delimiter that splits the header into the most known column names; when no candidate
 * finds any (a file without our header), the one that gives the records the most consistent
 * number of fields.
 */
export function detectDelimiter(sample: string, complete: boolean): Delimiter {
  let best: Delimiter = ',';
  let bestScore = [-1, -1, -1];
  for (const delimiter of DELIMITERS) {
    const records = sampleRecords(sample, delimiter, complete, 50);
    const header = records[0] ?? [];
    const width = header.length;
    const consistent =
      width > 1 && records.length > 1
        ? records.slice(1).filter((r) => r.length === width).length / (records.length - 1)
        : 0;
    const score = [recognisedColumnCount(header), consistent, width];
    if (compareScores(score, bestScore) > 0) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

const COMMA_DECISIVE = [
  /^[+-]?\d+,(\d{1,2}|\d{4,})$/, // 3,5  12,25  0,1234 — a comma that cannot group thousands
  /^[+-]?\d{4,},\d+$/, // 1234,567 — thousands would be grouped as 1.234,567
  /^[+-]?\d{1,3}(\.\d{3})+,\d+$/, // 1.234,5
  /^[+-]?0?,\d+$/, // 0,123 — no thousands start with 0
];
const DOT_DECISIVE = [
  /^[+-]?\d+\.(\d{1,2}|\d{4,})$/, // 3.5  12.25  0.1234
  /^[+-]?\d{4,}\.\d+$/, // 1234.567
  /^[+-]?\d{1,3}(,\d{3})+\.\d+$/, // 1,234.5
  /^[+-]?0?\.\d+$/, // .5  0.123
  /^[+-]?\d+(\.\d+)?[eE][+-]?\d+$/,
];

/**
 * The decimal mark of a file, from the tonnes values of its first records. A value such as
 * "1.234" decides nothing (1234 or 1.234); when nothing decides, a ";"-delimited file is taken to
 * use a decimal comma (that is why spreadsheets chose ";") and any other a decimal dot.
 */
export function detectDecimalMark(values: Iterable<string>, delimiter: Delimiter): DecimalMark {
  let comma = 0;
  let dot = 0;
  for (const raw of values) {
    const value = raw.trim();
    if (COMMA_DECISIVE.some((pattern) => pattern.test(value))) comma++;
    else if (DOT_DECISIVE.some((pattern) => pattern.test(value))) dot++;
  }
  if (comma !== dot) return comma > dot ? 'comma' : 'dot';
  return delimiter === ';' ? 'comma' : 'dot';
}

/** The tonnes column of the sample's data records, for detectDecimalMark. */
export function sampleTonnes(records: readonly string[][]): string[] {
  const [header, ...rows] = records;
  if (!header) return [];
  const position = mapHeader(header).index.tonnes;
  if (position < 0) return [];
  return rows.map((row) => row[position] ?? '');
}

const PLAIN = {
  dot: /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/,
  comma: /^[+-]?(\d+(,\d*)?|,\d+)$/,
};
const GROUPED = {
  dot: /^[+-]?\d{1,3}([,\s\u00a0\u202f]\d{3})+(\.\d+)?$/,
  comma: /^[+-]?\d{1,3}([.\s\u00a0\u202f]\d{3})+(,\d+)?$/,
};
const SIMPLE_NUMBER = /^\d+(\.\d+)?$/;

/**
 * A tonnes value written with the file's decimal mark: a number, null for an empty cell (not
 * reported), or undefined when it is not a number in that format.
 */
export function parseNumber(raw: string, mark: DecimalMark): number | null | undefined {
  // Most values in a large file are plain "1234.5": take the short path before any trimming.
  if (mark === 'dot' && SIMPLE_NUMBER.test(raw)) return Number(raw);
  const text = raw.trim();
  if (text === '') return null;
  let value: number;
  if (PLAIN[mark].test(text)) {
    value = Number(mark === 'comma' ? text.replace(',', '.') : text);
  } else if (GROUPED[mark].test(text)) {
    const digits = text.replace(mark === 'comma' ? /[.\s\u00a0\u202f]/g : /[,\s\u00a0\u202f]/g, '');
    value = Number(mark === 'comma' ? digits.replace(',', '.') : digits);
  } else {
    return undefined;
  }
  if (!Number.isFinite(value)) return undefined;
  return value === 0 ? 0 : value; // no "-0"
}
