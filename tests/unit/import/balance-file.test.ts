import { describe, expect, it } from 'vitest';
import { balanceImportReport, isBalanceHeader, readBalanceFile } from '../../../src/import/balance-file';
import { bytesByteSource } from '../../../src/import/import-flow-file';
import { xlsxBytes } from '../../helpers/xlsx';

const file = (content: string | Uint8Array, name: string) =>
  bytesByteSource(typeof content === 'string' ? new TextEncoder().encode(content) : content, name);

describe('readBalanceFile', () => {
  it('reads a workbook sheet: number cells as numbers, text with its decimal comma', async () => {
    const bytes = xlsxBytes([
      { name: 'Catatan', rows: [['Neraca Januari']] },
      {
        name: 'Neraca',
        rows: [
          ['periode', 'komoditas', 'pos', 'rincian', 'ton', 'status'],
          ['2024-01', 'Beras', 'arus keluar', 'penyangga', 3.1, 'dilaporkan'],
          ['2024', 'Beras', 'produksi', 'ditanam', '1.234,5', 'perkiraan'],
          [2024, 'Beras', 'tanpa stok', null, 0, null],
        ],
      },
    ]);
    const reading = await readBalanceFile(file(bytes, 'neraca.xlsx'));
    expect(reading).toMatchObject({ format: 'xlsx', sheet: 'Neraca', fileProblem: null, rejectedRows: 0 });
    expect(reading.sheets).toEqual(['Catatan', 'Neraca']);
    expect(reading.rows.map((r) => [r.period, r.item, r.detail, r.tonnes, r.status])).toEqual([
      ['2024-01', 'onward', 'buffer-zone', 3.1, 'reported'],
      ['2024', 'production', 'grown', 1234.5, 'estimated'],
      ['2024', 'no-stock', null, 0, 'reported'],
    ]);
  });

  it('reads JSON rows under "balance", numbers as given, a row that is no object by its place', async () => {
    const json = JSON.stringify({
      balance: [
        { period: '2024-01-31', commodity: 'rice-milled', item: 'stock', tonnes: 10 },
        'not a row',
        { period: '2024', commodity: 'fish-marine', item: 'production', detail: 'landed', tonnes: '120.5' },
      ],
    });
    const reading = await readBalanceFile(file(json, 'neraca.json'));
    expect(reading.format).toBe('json');
    expect(reading.rows.map((r) => [r.item, r.tonnes])).toEqual([
      ['stock', 10],
      ['production', 120.5],
    ]);
    const report = balanceImportReport({ name: 'neraca.json', size: json.length }, reading);
    expect(report).toMatchObject({ table: 'balance', totalRows: 3, acceptedRows: 2, rejectedRows: 1 });
    expect(report.rejections).toEqual([
      { line: 2, column: null, reason: 'not-an-object', value: '', expected: null },
    ]);
    // The stock day and the year's last day.
    expect([report.firstDay, report.lastDay]).toEqual(['2024-01-01', '2024-12-31']);
  });

  it('decodes Windows-1252 text as the flows import does', async () => {
    const text = 'periode;komoditas;pos;rincian;ton;sumber\r\n2024;Beras;produksi;ditanam;5;Dinas “KPKP”\r\n';
    const bytes = Uint8Array.from(text, (c) => (c === '“' ? 0x93 : c === '”' ? 0x94 : c.charCodeAt(0)));
    const reading = await readBalanceFile(file(bytes, 'neraca.csv'));
    expect(reading.encoding).toBe('windows-1252');
    expect(reading.rows[0]?.source).toBe('Dinas “KPKP”');
  });

  it('names what makes a file unreadable', async () => {
    expect((await readBalanceFile(file('{"balance": [', 'x.json'))).fileProblem?.kind).toBe('bad-json');
    expect((await readBalanceFile(file('{"tables": []}', 'x.json'))).fileProblem).toEqual({
      kind: 'json-shape',
    });
    expect((await readBalanceFile(file('  \n', 'x.csv'))).fileProblem).toEqual({ kind: 'empty-file' });
    const missing = await readBalanceFile(
      file('tanggal,komoditas,ton\n2024-01-31,rice-milled,10\n', 'x.csv'),
    );
    expect(missing.fileProblem).toMatchObject({ kind: 'missing-columns', missing: ['item'] });
  });
});

describe('isBalanceHeader', () => {
  it('tells a balance table from a flow file by its columns', () => {
    expect(isBalanceHeader(['periode', 'komoditas', 'pos', 'rincian', 'ton'])).toBe(true);
    expect(isBalanceHeader(['date', 'origin', 'commodity', 'entry_point', 'tonnes'])).toBe(false);
    expect(isBalanceHeader(['date', 'commodity', 'tonnes'])).toBe(false);
  });
});
