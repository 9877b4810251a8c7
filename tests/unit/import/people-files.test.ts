// Files as analysts have them: saved by an Excel set to Indonesian (";", decimal comma, thousands
// dot, day-first dates, Windows-1252), with region and commodity names instead of codes, or a
// workbook (.xlsx) with several sheets. Expected values are worked out by hand from the rows.
import { describe, expect, test } from 'vitest';
import { importAndStore } from '../../../src/import/import-and-store';
import { dateOrderQuestion, readNumericDate } from '../../../src/import/date-order';
import type { ImportedDatasetRepository } from '../../../src/import/imported-dataset-repository';
import { NameMatcher } from '../../../src/import/name-matching';
import { unpackFlowStore } from '../../../src/import/packed-flow-store';
import { REGIONS } from '../../../src/reference/regions';
import { xlsxBytes } from '../../helpers/xlsx';
import { csv, importText, problems, windows1252 } from './import-helpers';

type Outcome = Awaited<ReturnType<typeof importText>>;

function values(outcome: Outcome, origin: string, commodity: string): number[] {
  const store = unpackFlowStore(outcome.flows ?? expect.fail('no flows'));
  const series =
    store.series.find((s) => s.origin === origin && s.commodity === commodity) ??
    expect.fail(`no series ${origin} ${commodity}`);
  return [...series.values];
}

// What Excel (Indonesian) writes for "Save as CSV": ";" between fields, "1.234,5" numbers,
// day-first dates, Windows-1252 text (the en dash in the source title is byte 0x96).
const INDONESIAN_EXCEL = windows1252(
  [
    'Tanggal;Asal;Komoditas;Pintu masuk;Ton;Sumber',
    '01/09/2026;Kabupaten Cirebon;Beras;PIBC;1.234,5;Dinas Pangan – Cirebon',
    '02/09/2026;Kabupaten Cirebon;Beras;PIBC;980;Dinas Pangan – Cirebon',
    '13/09/2026;KAB.  CIREBON;beras;Pasar Induk Beras Cipinang;12,25;Dinas Pangan – Cirebon',
    '1/9/2026;Kota Pariaman;Ikan laut;PPS-NIZAM-ZACHMAN;3.000;',
    '1/9/2026;karawang;Rice;PIBC;0,5;',
  ].join('\r\n') + '\r\n',
);

describe('a CSV as Indonesian Excel saves it', () => {
  test('asks one question about the dates before reading any row, and stores nothing', async () => {
    const outcome = await importText(INDONESIAN_EXCEL, { name: 'arus-september.csv' });
    expect(outcome.question).toEqual({
      kind: 'date-order',
      detected: 'dmy', // 13/09/2026 can only be day first
      ambiguous: false,
      examples: ['01/09/2026', '02/09/2026', '13/09/2026'],
      column: 'Tanggal',
    });
    expect(outcome.flows).toBeNull();
    expect(outcome.report.totalRows).toBe(0);
    expect(outcome.report.fileProblem).toBeNull();
  });

  test('with the answer every row is accepted: dates, numbers, names and encoding', async () => {
    const outcome = await importText(INDONESIAN_EXCEL, { name: 'arus-september.csv', dateOrder: 'dmy' });
    expect(problems(outcome)).toEqual([]);
    expect(outcome.report).toMatchObject({
      encoding: 'windows-1252',
      delimiter: ';',
      decimalMark: 'comma',
      dateOrder: 'dmy',
      totalRows: 5,
      acceptedRows: 5,
      rejectedRows: 0,
      firstDay: '2026-09-01',
      lastDay: '2026-09-13',
    });
    // Cirebon rice: 1 Sept 1234.5 t, 2 Sept 980 t, 3–12 Sept not reported, 13 Sept 12.25 t.
    const cirebon = values(outcome, '32.09', 'rice-milled');
    expect(cirebon).toHaveLength(13);
    expect(cirebon[0]).toBe(1234.5);
    expect(cirebon[1]).toBe(980);
    expect(cirebon.slice(2, 12).every(Number.isNaN)).toBe(true);
    expect(cirebon[12]).toBe(12.25);
    expect(values(outcome, '13.77', 'fish-marine')[0]).toBe(3000);
    expect(values(outcome, '32.15', 'rice-milled')[0]).toBe(0.5);
    expect(outcome.sources).toEqual([
      { id: 'imported-source-1', title: 'Dinas Pangan – Cirebon' },
      // Rows without a source refer to the file itself.
      { id: 'imported-file', title: 'arus-september.csv' },
    ]);
    expect(outcome.report.nameMatches).toEqual([
      { column: 'origin', value: 'Kabupaten Cirebon', code: '32.09', rows: 2 },
      { column: 'commodity', value: 'Beras', code: 'rice-milled', rows: 2 },
      { column: 'origin', value: 'KAB.  CIREBON', code: '32.09', rows: 1 },
      { column: 'commodity', value: 'beras', code: 'rice-milled', rows: 1 },
      { column: 'entry_point', value: 'Pasar Induk Beras Cipinang', code: 'PIBC', rows: 1 },
      { column: 'origin', value: 'Kota Pariaman', code: '13.77', rows: 1 },
      { column: 'commodity', value: 'Ikan laut', code: 'fish-marine', rows: 1 },
      { column: 'origin', value: 'karawang', code: '32.15', rows: 1 },
      { column: 'commodity', value: 'Rice', code: 'rice-milled', rows: 1 },
    ]);
  });

  test('a wrong answer is not silently absorbed: 13/09/2026 read month first is reported', async () => {
    const outcome = await importText(INDONESIAN_EXCEL, { dateOrder: 'mdy' });
    expect(outcome.report.acceptedRows).toBe(4);
    // Read month first, 01/09/2026 and 1/9/2026 are 9 January: the range shows the misreading.
    expect(outcome.report.firstDay).toBe('2026-01-09');
    expect(problems(outcome)).toEqual(['4 Tanggal bad-date 13/09/2026→2026-09-13 (DD/MM/YYYY)']);
  });
});

describe('dates that read both ways', () => {
  const AMBIGUOUS = csv(
    'date;origin;commodity;entry_point;tonnes',
    '03/04/2026;32.09;rice-milled;PIBC;1',
    '04/04/2026;32.09;rice-milled;PIBC;2',
    '05/04/2026;32.09;rice-milled;PIBC;3',
  );

  test('every day ≤ 12: the question says it is ambiguous, and proposes day first', async () => {
    const outcome = await importText(AMBIGUOUS);
    expect(outcome.question).toMatchObject({ kind: 'date-order', detected: 'dmy', ambiguous: true });
  });

  test('each answer gives its own days: 3–5 April (DD/MM) or 4 March, 4 April, 4 May (MM/DD)', async () => {
    const dayFirst = await importText(AMBIGUOUS, { dateOrder: 'dmy' });
    expect([dayFirst.report.firstDay, dayFirst.report.lastDay]).toEqual(['2026-04-03', '2026-04-05']);
    expect(values(dayFirst, '32.09', 'rice-milled')).toEqual([1, 2, 3]);
    const monthFirst = await importText(AMBIGUOUS, { dateOrder: 'mdy' });
    expect([monthFirst.report.firstDay, monthFirst.report.lastDay]).toEqual(['2026-03-04', '2026-05-04']);
    const series = values(monthFirst, '32.09', 'rice-milled');
    // 4 March to 4 May 2026 is 62 days; the values sit on days 0, 31 and 61.
    expect(series).toHaveLength(62);
    expect([series[0], series[31], series[61]]).toEqual([1, 2, 3]);
  });

  test('a month-first file is detected as such (09/13/2026)', () => {
    expect(dateOrderQuestion(['09/12/2026', '09/13/2026'])).toEqual({
      detected: 'mdy',
      ambiguous: false,
      examples: ['09/12/2026', '09/13/2026'],
    });
  });

  test('a file of ISO dates with one slip asks nothing; the slip is reported with its ISO form', async () => {
    expect(dateOrderQuestion(['2026-09-01', '2026-09-02', '03/09/2026'])).toBeNull();
  });

  test('single digits, dots and dashes, and the time Excel sometimes adds', () => {
    expect(readNumericDate('1/9/2026', 'dmy')).toBe('2026-09-01');
    expect(readNumericDate('01.09.2026', 'dmy')).toBe('2026-09-01');
    expect(readNumericDate('01-09-2026 0:00', 'dmy')).toBe('2026-09-01');
    expect(readNumericDate('1/9/2026', 'mdy')).toBe('2026-01-09');
    expect(readNumericDate('31/02/2026', 'dmy')).toBeNull();
  });
});

describe('names instead of codes', () => {
  const matcher = new NameMatcher(REGIONS);

  test('either language, with or without the kind of area, any case and spacing', () => {
    for (const name of [
      'Kabupaten Cirebon',
      'kab cirebon',
      'Kab. Cirebon',
      'CIREBON',
      ' cirebon  regency ',
    ]) {
      expect(matcher.lookup(name)).toEqual({ kind: 'match', code: '32.09' });
    }
    expect(matcher.lookup('North Jakarta')).toEqual({ kind: 'match', code: '31.72' });
    expect(matcher.lookup('Jakarta Utara')).toEqual({ kind: 'match', code: '31.72' });
    expect(matcher.lookup('West Java')).toEqual({ kind: 'match', code: '32' });
    expect(matcher.lookup('Provinsi Jawa Barat')).toEqual({ kind: 'match', code: '32' });
  });

  test('the kind a name states must agree: "Kota Cirebon" is not Kabupaten Cirebon', () => {
    expect(matcher.lookup('Kota Cirebon')).toEqual({ kind: 'none' });
  });

  test('a name two areas share matches neither and names both', () => {
    // "Bandung" is the regency (32.04); "Bandung Barat" another. Two regions with one core name:
    const shared = new NameMatcher([
      { code: '32.04', name: { id: 'Kabupaten Bandung', en: 'Kabupaten Bandung' } },
      { code: '32.73', name: { id: 'Kota Bandung', en: 'Kota Bandung' } },
    ]);
    expect(shared.lookup('Bandung')).toEqual({ kind: 'ambiguous', codes: ['32.04', '32.73'] });
    expect(shared.lookup('Kota Bandung')).toEqual({ kind: 'match', code: '32.73' });
  });

  test('a group with several forms stays a group ("Daging" → which meat?)', async () => {
    const outcome = await importText(
      csv('date,origin,commodity,entry_point,tonnes', '2024-01-01,Cirebon,meat,RPH-CAKUNG,1'),
    );
    expect(problems(outcome)).toEqual([
      '2 commodity commodity-group meat→meat-beef, meat-buffalo, meat-chicken',
    ]);
  });
});

describe('Excel workbooks (.xlsx)', () => {
  const HEADER = ['Tanggal', 'Daerah asal', 'Komoditas', 'Pintu masuk', 'Ton'];
  const DATA = {
    name: 'Arus',
    rows: [
      HEADER,
      [{ date: '2026-09-01' }, 'Kabupaten Cirebon', 'Beras', 'PIBC', 1234.5],
      [{ date: '2026-09-02' }, 'Kabupaten Karawang', 'Beras', 'PIBC', 800],
      [46_268, '32.09', 'Beras', 'PIBC', 10], // a date without its date format: serial 46268 = 3 Sept 2026
      [{ date: '2026-09-03' }, 32.15, 'fish-marine', 'Tanjung Priok', '2,5'],
    ],
  };

  test('a one-sheet workbook with names and date cells: every row accepted', async () => {
    const outcome = await importText(xlsxBytes([DATA]), { name: 'arus.xlsx' });
    expect(outcome.question).toBeNull();
    expect(problems(outcome)).toEqual([]);
    expect(outcome.report).toMatchObject({
      format: 'xlsx',
      sheet: 'Arus',
      sheets: ['Arus'],
      dateOrder: null,
      totalRows: 4,
      acceptedRows: 4,
      firstDay: '2026-09-01',
      lastDay: '2026-09-03',
    });
    expect(values(outcome, '32.09', 'rice-milled')).toEqual([1234.5, Number.NaN, 10]);
    expect(values(outcome, '32.15', 'rice-milled')).toEqual([Number.NaN, 800, Number.NaN]);
    expect(outcome.report.nameMatches.map((m) => `${m.value}→${m.code}×${m.rows}`)).toEqual([
      'Kabupaten Cirebon→32.09×1',
      'Beras→rice-milled×3',
      'Kabupaten Karawang→32.15×1',
      'Tanjung Priok→TANJUNG-PRIOK×1',
    ]);
  });

  test('several sheets: asks which one, offering the one with flow columns; the answer reads it', async () => {
    const workbook = xlsxBytes([{ name: 'Catatan', rows: [['Dibuat oleh tim data']] }, DATA]);
    const asked = await importText(workbook, { name: 'arus.xlsx' });
    expect(asked.question).toEqual({ kind: 'sheet', sheets: ['Catatan', 'Arus'], suggested: 'Arus' });
    expect(asked.flows).toBeNull();
    const answered = await importText(workbook, { name: 'arus.xlsx', sheet: 'Arus' });
    expect(answered.report).toMatchObject({ sheet: 'Arus', acceptedRows: 4, rejectedRows: 0 });
    const missing = await importText(workbook, { name: 'arus.xlsx', sheet: 'Lain' });
    expect(missing.report.fileProblem).toEqual({
      kind: 'unknown-sheet',
      sheet: 'Lain',
      sheets: ['Catatan', 'Arus'],
    });
  });

  test('day-first dates typed as text in a workbook get the same question', async () => {
    const workbook = xlsxBytes([
      {
        name: 'Data',
        rows: [
          HEADER,
          ['01/09/2026', 'Cirebon', 'Beras', 'PIBC', 5],
          ['2/9/2026', 'Cirebon', 'Beras', 'PIBC', 6],
        ],
      },
    ]);
    const asked = await importText(workbook, { name: 'data.xlsx' });
    expect(asked.question).toMatchObject({ kind: 'date-order', ambiguous: true, column: 'Tanggal' });
    const read = await importText(workbook, { name: 'data.xlsx', dateOrder: 'dmy' });
    expect(values(read, '32.09', 'rice-milled')).toEqual([5, 6]);
  });

  test('a damaged workbook gets a report and nothing is stored', async () => {
    const good = xlsxBytes([DATA]);
    const truncated = good.slice(0, Math.floor(good.length / 2));
    let saved = 0;
    const repository: ImportedDatasetRepository = {
      save: () => {
        saved++;
        return Promise.resolve();
      },
      list: () => Promise.resolve([]),
      load: () => Promise.resolve(null),
      remove: () => Promise.resolve(),
    };
    const result = await importAndStore(
      { file: new File([truncated], 'rusak.xlsx'), fileName: 'rusak.xlsx', datasetName: '' },
      { repository },
    );
    expect(result.report.fileProblem).toMatchObject({ kind: 'bad-xlsx' });
    expect(result.dataset).toBeNull();
    expect(saved).toBe(0);
  });

  test('the old binary .xls format is named, not misread as text', async () => {
    const outcome = await importText(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), {
      name: 'lama.xls',
    });
    expect(outcome.report.fileProblem).toEqual({ kind: 'old-excel' });
  });
});
