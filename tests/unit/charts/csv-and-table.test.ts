import { render, screen, within } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, test } from 'vitest';
import { DataTable } from '../../../src/charts/data-table';
import type { TableData } from '../../../src/charts/table-data';
import { csvCell, neutraliseFormula, safeFileName, toCsv, type CsvCell } from '../../../src/domain/csv';
import { parseCsv } from '../../helpers/csv';
import { plain } from '../../helpers/panel';

const BOM = '\uFEFF';

describe('neutraliseFormula (OWASP CSV injection)', () => {
  test.each([
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("http://x.example","klik")', '\'=HYPERLINK("http://x.example","klik")'],
    ['+62 21 1234', "'+62 21 1234"],
    ['-2+3', "'-2+3"],
    ['-5', "'-5"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\tanything', "'\tanything"],
    ['\r=1', "'\r=1"],
    [' =1', "' =1"],
    ['    +1', "'    +1"],
    ['  -1', "'  -1"],
    ['   @x', "'   @x"],
    [' \t =1', "' \t =1"],
  ])('%j → %j', (text, expected) => {
    expect(neutraliseFormula(text)).toBe(expected);
  });

  test.each(['Beras', 'Kab. Bekasi', 'a=b', 'x-1', '1+1', '3 Oktober 2025', 'pangsa 98%', '', "'=already"])(
    '%j stays as it is',
    (text) => {
      expect(neutraliseFormula(text)).toBe(text);
    },
  );
});

describe('csvCell', () => {
  test('numbers stay numbers: dot decimal, no thousands separator, negatives not neutralised', () => {
    expect(csvCell(0)).toBe('0');
    expect(csvCell(1234567.891)).toBe('1234567.891');
    expect(csvCell(0.935)).toBe('0.935');
    expect(csvCell(-42)).toBe('-42');
    expect(csvCell(-0.125)).toBe('-0.125');
    for (const value of [0, 1234567.891, 0.935, -42, -0.125]) expect(Number(csvCell(value))).toBe(value);
  });

  test('what is not a value is an empty cell, never "null", "NaN" or "Infinity"', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
    expect(csvCell(Number.NEGATIVE_INFINITY)).toBe('');
    expect(csvCell('')).toBe('');
  });

  test('quotes, commas and line breaks inside a cell are quoted, quotes doubled', () => {
    expect(csvCell('Kab. "Bekasi"')).toBe('"Kab. ""Bekasi"""');
    expect(csvCell('Bekasi, Kab.')).toBe('"Bekasi, Kab."');
    expect(csvCell('baris satu\nbaris dua')).toBe('"baris satu\nbaris dua"');
    expect(csvCell('baris satu\r\nbaris dua')).toBe('"baris satu\r\nbaris dua"');
    expect(csvCell('"')).toBe('""""');
    expect(csvCell('plain text')).toBe('plain text');
  });

  test('a formula is neutralised before it is quoted', () => {
    expect(csvCell('=SUM(A1,B1)')).toBe('"\'=SUM(A1,B1)"');
    expect(csvCell('=1+"2"')).toBe('"\'=1+""2"""');
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    expect(csvCell('-5')).toBe("'-5");
  });
});

describe('toCsv', () => {
  const columns = [
    { key: 'period', header: 'Periode' },
    { key: 'origin', header: 'Daerah asal' },
    { key: 'tonnes', header: 'Masuk dari luar DKI' },
    { key: 'change', header: 'Perubahan, %' },
  ];
  const rows: Record<string, CsvCell>[] = [
    { period: '2025-01-06', origin: 'Kab. Karawang', tonnes: 12345.5, change: -0.125 },
    { period: '2025-01-13', origin: 'Bekasi, "Kab."', tonnes: null, change: undefined },
    { period: '2025-01-20', origin: '=cmd|"/c calc"!A1', tonnes: 0, change: 0.5 },
    { period: '2025-01-27', origin: 'dua\nbaris', tonnes: -3 },
  ];

  test('starts with a UTF-8 byte-order mark and ends every record with CRLF', () => {
    const csv = toCsv(columns, rows);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.codePointAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Every line break outside a quoted cell is CRLF: the only bare \n is the one inside "dua\nbaris".
    expect(csv.replace(/"[^"]*(""[^"]*)*"/g, '')).not.toMatch(/[^\r]\n|\r[^\n]/);
    expect(csv.split('\r\n')).toHaveLength(rows.length + 2);
  });

  test('without the mark when asked', () => {
    expect(toCsv(columns.slice(0, 1), [{ period: '2025-01-06' }], { bom: false })).toBe(
      'Periode\r\n2025-01-06\r\n',
    );
  });

  test('a header row, then one record per row in column order; a spreadsheet reads back every value', () => {
    const records = parseCsv(toCsv(columns, rows).slice(BOM.length));
    expect(records).toEqual([
      ['Periode', 'Daerah asal', 'Masuk dari luar DKI', 'Perubahan, %'],
      ['2025-01-06', 'Kab. Karawang', '12345.5', '-0.125'],
      ['2025-01-13', 'Bekasi, "Kab."', '', ''],
      ['2025-01-20', '\'=cmd|"/c calc"!A1', '0', '0.5'],
      ['2025-01-27', 'dua\nbaris', '-3', ''],
    ]);
    // Numeric cells parse as the numbers they were.
    expect(records.slice(1).map((record) => (record[2] === '' ? null : Number(record[2])))).toEqual([
      12345.5,
      null,
      0,
      -3,
    ]);
  });

  test('headers are cells like any other: quoted and neutralised too', () => {
    const csv = toCsv(
      [
        { key: 'a', header: '=HEADER()' },
        { key: 'b', header: 'Beras — HHI, "ton"' },
      ],
      [],
    );
    expect(csv).toBe(`${BOM}'=HEADER(),"Beras — HHI, ""ton"""\r\n`);
  });

  test('no rows: just the header', () => {
    expect(toCsv(columns, [])).toBe(`${BOM}Periode,Daerah asal,Masuk dari luar DKI,"Perubahan, %"\r\n`);
  });
});

describe('safeFileName', () => {
  test('the names the panels build stay as they are', () => {
    for (const name of [
      'arus-pangan_pangsa-luar_week_2024-01-01_2024-12-31',
      'arus-pangan_asal-pasokan_rice_month_2025-11-01_2026-10-31',
      'arus-pangan_ringkasan_2025-11-01_2026-10-31',
    ])
      expect(safeFileName(name)).toBe(name);
  });

  test('parts are joined with "_"', () => {
    expect(safeFileName('arus-pangan', 'beras', '2024')).toBe('arus-pangan_beras_2024');
  });

  test('accents are dropped, spaces and other characters become single dashes, none at the ends', () => {
    expect(safeFileName('Pangsa é à ñ  Jakarta')).toBe('Pangsa-e-a-n-Jakarta');
    expect(safeFileName('  Beras — HHI  ')).toBe('Beras-HHI');
    expect(safeFileName('a<>:"|?*b')).toBe('a-b');
    expect(safeFileName('a - - b')).toBe('a-b');
  });

  test('never a path separator or a control character', () => {
    for (const hostile of [
      '../../etc/passwd',
      '..\\..\\windows\\system32',
      'a/b\\c',
      'x\u0000y\nz\r',
      'C:\\x',
    ]) {
      const name = safeFileName(hostile);
      expect(name, hostile).toMatch(/^[A-Za-z0-9._-]*$/);
      expect(name, hostile).not.toMatch(/[/\\]/);
    }
  });

  test('at most 120 characters', () => {
    expect(safeFileName('x'.repeat(500))).toHaveLength(120);
    expect(safeFileName('a', 'b'.repeat(200)).length).toBeLessThanOrEqual(120);
  });
});

describe('the table view and the CSV of the same rows', () => {
  const table: TableData = {
    fileName: 'test',
    columns: [
      { key: 'period', header: 'Periode', kind: 'date' },
      { key: 'tonnes', header: 'Masuk', kind: 'tonnes' },
      { key: 'share', header: 'Pangsa', kind: 'percent' },
      { key: 'hhi', header: 'HHI', kind: 'number' },
      { key: 'status', header: 'Status data', kind: 'status' },
    ],
    rows: [
      { period: '2025-10-03', tonnes: 1234567.4, share: 0.9354, hhi: 1523.456, status: 'estimated' },
      { period: '2025-10-10', tonnes: 7.25, share: -0.05, hhi: null, status: 'reported' },
    ],
  };

  test('the table formats for id-ID, the CSV keeps plain numbers', () => {
    render(createElement(DataTable, { table, caption: 'Contoh' }));
    const rows = within(screen.getByRole('table', { name: 'Contoh' })).getAllByRole('row');
    expect(rows.map((row) => Array.from(row.children, (cell) => plain(cell.textContent)))).toEqual([
      ['Periode', 'Masuk', 'Pangsa', 'HHI', 'Status data'],
      ['3 Oktober 2025', '1.234.567 t', '93,5%', '1.523,46', 'perkiraan'],
      // One number of decimals for the whole share column: -5,0% under 93,5%.
      ['10 Oktober 2025', '7,3 t', '-5,0%', '—', 'dilaporkan'],
    ]);

    expect(parseCsv(toCsv(table.columns, table.rows).slice(BOM.length))).toEqual([
      ['Periode', 'Masuk', 'Pangsa', 'HHI', 'Status data'],
      ['2025-10-03', '1234567.4', '0.9354', '1523.456', 'estimated'],
      ['2025-10-10', '7.25', '-0.05', '', 'reported'],
    ]);
  });
});
