// The CSV a chart's "Unduh CSV" writes, read back as each spreadsheet would: Indonesian Excel
// (";", decimal comma) and English (",", dot). Expected values are worked by hand from the rows.
import { describe, expect, test } from 'vitest';
import { roundTo, tableCsv } from '../../../src/charts/table-csv';
import type { TableData } from '../../../src/charts/table-data';
import { i18nFor } from '../../../src/i18n/use-i18n';
import { parseCsv } from '../../helpers/csv';

const TABLE: TableData = {
  fileName: 'arus-pangan_contoh',
  columns: [
    { key: 'name', header: 'Daerah asal', kind: 'text' },
    { key: 'tonnes', header: 'Masuk dari luar DKI', kind: 'tonnes' },
    { key: 'share', header: 'Pangsa', kind: 'percent' },
    { key: 'status', header: 'Status data', kind: 'status' },
  ],
  rows: [
    { name: 'Kabupaten Cirebon', tonnes: 3862.0759999999996, share: 0.4123456789012345, status: 'synthetic' },
    { name: 'Kota Pariaman; Sumbar', tonnes: 1234567.25, share: 0.0005, status: 'reported' },
    { name: 'Tidak dilaporkan', tonnes: null, share: null, status: 'estimated' },
  ],
};

function bodyOf(text: string, delimiter: ',' | ';'): { preamble: string[]; rows: string[][] } {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const records = parseCsv(text.slice(1), delimiter);
  const blank = records.findIndex((record) => record.length === 1 && record[0] === '');
  return {
    preamble: records.slice(0, blank).map((record) => record.join('')),
    rows: records.slice(blank + 1),
  };
}

describe('tableCsv', () => {
  test('Indonesian: ";" and decimal comma, rounded, units in headers, statuses in Indonesian', () => {
    const i18n = i18nFor('id');
    const text = tableCsv(TABLE, i18n, { dialect: 'id', preamble: ['Judul', 'Sumber: BPS, 1 Mei 2025'] });
    const { preamble, rows } = bodyOf(text, ';');
    expect(preamble).toEqual(['Judul', 'Sumber: BPS, 1 Mei 2025']);
    expect(rows).toEqual([
      ['Daerah asal', 'Masuk dari luar DKI (t)', 'Pangsa (%)', 'Status data'],
      ['Kabupaten Cirebon', '3862,1', '41,2', 'sintetis'],
      ['Kota Pariaman; Sumbar', '1234567,3', '0,1', 'dilaporkan'],
      ['Tidak dilaporkan', '', '', 'perkiraan'],
    ]);
  });

  test('English: "," and decimal dot; a comma inside text is quoted', () => {
    const i18n = i18nFor('en');
    const text = tableCsv(TABLE, i18n, { dialect: 'en', preamble: ['Title, with a comma'] });
    const { preamble, rows } = bodyOf(text, ',');
    expect(preamble).toEqual(['Title, with a comma']);
    expect(rows[1]).toEqual(['Kabupaten Cirebon', '3862.1', '41.2', 'synthetic']);
    expect(rows[2]?.[1]).toBe('1234567.3');
  });

  test('rounding leaves no float noise and no "-0"', () => {
    expect(roundTo(3862.0759999999996, 1)).toBe(3862.1);
    expect(String(roundTo(0.1 + 0.2, 1))).toBe('0.3');
    expect(Object.is(roundTo(-0.01, 1), 0)).toBe(true);
  });
});
