// Bad files (wrong encoding, wrong delimiter, missing columns, a decimal comma, a BOM …) and the
// CSV export's traps seen from the reading side (formula-like and hostile text, embedded
// newlines), each checked row by row: nothing is dropped without a line and a reason.
import { describe, expect, test } from 'vitest';
import { importTemplateCsv } from '../../../src/import/import-template';
import { ImportCancelledError } from '../../../src/import/import-flow-file';
import { unpackFlowStore } from '../../../src/import/packed-flow-store';
import { HEADER, csv, importText, problems, utf16, windows1252 } from './import-helpers';

function valuesOf(outcome: Awaited<ReturnType<typeof importText>>, origin: string) {
  const store = unpackFlowStore(outcome.flows ?? expect.fail('no flows'));
  const series = store.series.find((s) => s.origin === origin) ?? expect.fail(`no series for ${origin}`);
  return [...series.values];
}

function expectBalanced(outcome: Awaited<ReturnType<typeof importText>>) {
  const { report } = outcome;
  expect(report.acceptedRows + report.rejectedRows).toBe(report.totalRows);
}

describe('a sound file', () => {
  test('the downloadable template imports as it is, in both languages', async () => {
    for (const language of ['id', 'en'] as const) {
      const outcome = await importText(importTemplateCsv(language, 'Contoh sumber'));
      expect(outcome.report).toMatchObject({
        encoding: 'utf-8-bom',
        delimiter: ',',
        decimalMark: 'dot',
        totalRows: 3,
        acceptedRows: 3,
        rejectedRows: 0,
        fileProblem: null,
        firstDay: '2024-01-02',
        lastDay: '2024-01-03',
        origins: ['32.09', '32.15', 'AUS'],
      });
    }
  });

  test('an empty cell is "not reported" (NaN) and 0 is "nothing came"; gaps stay gaps', async () => {
    const outcome = await importText(
      csv(
        HEADER,
        '2024-01-01,32.09,rice-milled,PIBC,5,,',
        '2024-01-02,32.09,rice-milled,PIBC,,,',
        '2024-01-04,32.09,rice-milled,PIBC,0,,',
      ),
    );
    expectBalanced(outcome);
    expect(outcome.report.acceptedRows).toBe(3);
    // Day 3 is missing from the file: a gap (NaN), like the explicit empty cell on day 2.
    expect(valuesOf(outcome, '32.09')).toEqual([5, Number.NaN, Number.NaN, 0]);
  });

  test('Indonesian headers in any case, with units in brackets, in any order; extra columns are listed', async () => {
    const outcome = await importText(
      csv(
        'Komoditas;Tanggal;Pintu Masuk;Asal;Ton (t);Catatan',
        'rice-milled;2024-03-01;PIBC;32.09;12,5;catatan bebas',
      ),
    );
    expect(outcome.report).toMatchObject({
      delimiter: ';',
      decimalMark: 'comma',
      acceptedRows: 1,
      ignoredColumns: ['Catatan'],
      columns: {
        date: 'Tanggal',
        origin: 'Asal',
        commodity: 'Komoditas',
        entry_point: 'Pintu Masuk',
        tonnes: 'Ton (t)',
      },
    });
    expect(valuesOf(outcome, '32.09')).toEqual([12.5]);
  });

  test('unsorted rows are fine and land on their days', async () => {
    const outcome = await importText(
      csv(
        HEADER,
        '2024-01-03,32.09,rice-milled,PIBC,3,,',
        '2024-01-01,32.09,rice-milled,PIBC,1,,',
        '2024-01-02,32.09,rice-milled,PIBC,2,,',
      ),
    );
    expect(valuesOf(outcome, '32.09')).toEqual([1, 2, 3]);
    expect(outcome.report.rejectedRows).toBe(0);
  });

  test('empty lines and lines of bare delimiters are counted, not taken as data rows', async () => {
    const outcome = await importText(`\n${HEADER}\n\n2024-01-01,32.09,rice-milled,PIBC,1,,\n,,,,,,\n   \n`);
    // Lines 1 and 3 are empty, 5 holds only delimiters, 6 only spaces.
    expect(outcome.report).toMatchObject({ totalRows: 1, acceptedRows: 1, emptyLines: 4 });
  });

  test('codes are read regardless of case and surrounding spaces', async () => {
    const outcome = await importText(
      csv(HEADER, ' 2024-01-01 , aus , MEAT-BEEF , tanjung-priok , 7 , Estimated , '),
    );
    expect(outcome.report.acceptedRows).toBe(1);
    const store = unpackFlowStore(outcome.flows ?? expect.fail());
    expect(store.series[0]).toMatchObject({
      origin: 'AUS',
      commodity: 'meat-beef',
      entryPoint: 'TANJUNG-PRIOK',
      status: 'estimated',
    });
  });
});

describe('encoding', () => {
  const text = csv(HEADER, '2024-01-01,32.09,rice-milled,PIBC,1,reported,Laporan Dinas – café €');

  test('UTF-8 with a BOM', async () => {
    const outcome = await importText(`\uFEFF${text}`);
    expect(outcome.report.encoding).toBe('utf-8-bom');
    expect(outcome.sources.map((s) => s.title)).toEqual(['Laporan Dinas – café €']);
  });

  test('UTF-8 without a BOM', async () => {
    const outcome = await importText(text);
    expect(outcome.report.encoding).toBe('utf-8');
    expect(outcome.sources.map((s) => s.title)).toEqual(['Laporan Dinas – café €']);
  });

  test('Windows-1252 (not valid UTF-8) is detected and read correctly, also when the bad byte comes late', async () => {
    const lateText = csv(
      HEADER,
      ...Array.from({ length: 3000 }, () => '2024-01-01,32.09,rice-milled,PIBC,1,,'),
      '2024-01-02,32.09,rice-milled,PIBC,1,,café',
    );
    for (const bytes of [windows1252(text), windows1252(lateText)]) {
      const outcome = await importText(bytes, { chunkBytes: 4096 });
      expect(outcome.report.encoding).toBe('windows-1252');
      expect(outcome.report.acceptedRows).toBeGreaterThan(0);
      expect(outcome.sources[0]?.title).toMatch(/café/);
      if (bytes.length < 200) expect(outcome.sources[0]?.title).toBe('Laporan Dinas – café €');
    }
  });

  test('UTF-16 LE and BE by their BOM, and without a BOM by their zero bytes', async () => {
    for (const [bytes, encoding] of [
      [utf16(text, 'le'), 'utf-16le'],
      [utf16(text, 'be'), 'utf-16be'],
      [utf16(text, 'le', false), 'utf-16le'],
    ] as const) {
      const outcome = await importText(bytes, { chunkBytes: 7 });
      expect(outcome.report.encoding).toBe(encoding);
      expect(outcome.report.acceptedRows).toBe(1);
      expect(outcome.sources[0]?.title).toBe('Laporan Dinas – café €');
    }
  });

  test('a multi-byte character cut by a chunk boundary is read whole', async () => {
    const outcome = await importText(text, { chunkBytes: 3 });
    expect(outcome.report.encoding).toBe('utf-8');
    expect(outcome.sources[0]?.title).toBe('Laporan Dinas – café €');
  });
});

describe('delimiter', () => {
  const rows = [
    ['date', 'origin', 'commodity', 'entry_point', 'tonnes'],
    ['2024-01-01', '32.09', 'rice-milled', 'PIBC', '10'],
    ['2024-01-02', '32.09', 'rice-milled', 'PIBC', '11'],
  ];
  test.each([',', ';', '\t', '|'])('%j is detected', async (delimiter) => {
    const outcome = await importText(csv(...rows.map((r) => r.join(delimiter))));
    expect(outcome.report.delimiter).toBe(delimiter);
    expect(outcome.report.acceptedRows).toBe(2);
  });

  test('a delimiter we do not read (spaces) rejects the file, naming the missing columns', async () => {
    const outcome = await importText(csv(...rows.map((r) => r.join(' '))));
    expect(outcome.flows).toBeNull();
    expect(outcome.report.fileProblem).toEqual({
      kind: 'missing-columns',
      missing: ['date', 'origin', 'commodity', 'entry_point', 'tonnes'],
      found: ['date origin commodity entry_point tonnes'],
    });
  });
});

describe('missing or doubled columns reject the whole file', () => {
  test('the missing column names are listed', async () => {
    const outcome = await importText(csv('tanggal,asal,ton', '2024-01-01,32.09,5'));
    expect(outcome.report.fileProblem).toEqual({
      kind: 'missing-columns',
      missing: ['commodity', 'entry_point'],
      found: ['tanggal', 'asal', 'ton'],
    });
    expect(outcome.flows).toBeNull();
  });

  test('a column given twice (date and tanggal) is ambiguous', async () => {
    const outcome = await importText(
      csv(
        'date,tanggal,origin,commodity,entry_point,tonnes',
        '2024-01-01,2024-01-02,32.09,rice-milled,PIBC,1',
      ),
    );
    expect(outcome.report.fileProblem).toEqual({
      kind: 'duplicate-column',
      column: 'date',
      headers: ['date', 'tanggal'],
    });
  });

  test('an empty file', async () => {
    expect((await importText('')).report.fileProblem).toEqual({ kind: 'empty-file' });
    expect((await importText('\uFEFF\r\n \r\n')).report.fileProblem).toEqual({ kind: 'empty-file' });
  });
});

describe('decimal comma', () => {
  test('"1.234,5" and "3,5" with ";" as delimiter', async () => {
    const outcome = await importText(
      csv(
        'date;origin;commodity;entry_point;tonnes',
        '2024-01-01;32.09;rice-milled;PIBC;1.234,5',
        '2024-01-02;32.09;rice-milled;PIBC;3,5',
        '2024-01-03;32.09;rice-milled;PIBC;1.234',
      ),
    );
    expect(outcome.report.decimalMark).toBe('comma');
    expect(valuesOf(outcome, '32.09')).toEqual([1234.5, 3.5, 1234]);
  });

  test('a quoted "3,5" in a comma-delimited file', async () => {
    const outcome = await importText(
      csv(
        HEADER,
        '2024-01-01,32.09,rice-milled,PIBC,"3,5",,',
        '2024-01-02,32.09,rice-milled,PIBC,"1.234,75",,',
      ),
    );
    expect(outcome.report.decimalMark).toBe('comma');
    expect(valuesOf(outcome, '32.09')).toEqual([3.5, 1234.75]);
  });

  test('an unquoted decimal comma splits the row: reported as a field count, not misread', async () => {
    const outcome = await importText(
      csv(
        'date,origin,commodity,entry_point,tonnes',
        '2024-01-01,32.09,rice-milled,PIBC,3,5',
        '2024-01-02,32.09,rice-milled,PIBC,4',
      ),
    );
    expectBalanced(outcome);
    expect(problems(outcome)).toEqual(['2 - field-count 6→5']);
    // The day range is that of the accepted rows: it starts on 2 January.
    expect(outcome.report.firstDay).toBe('2024-01-02');
    expect(valuesOf(outcome, '32.09')).toEqual([4]);
  });

  test('a number in the other convention is refused with the convention named', async () => {
    const outcome = await importText(
      csv(
        'date;origin;commodity;entry_point;tonnes',
        '2024-01-01;32.09;rice-milled;PIBC;3,5',
        '2024-01-02;32.09;rice-milled;PIBC;2.5',
      ),
    );
    expect(problems(outcome)).toEqual(['3 tonnes bad-number 2.5→comma']);
  });
});

describe('rows that are rejected, each with line, column and reason', () => {
  const file = csv(
    HEADER,
    '2024-01-01,32.09,rice-milled,PIBC,10,reported,', // 2 ok
    '2024-13-01,32.09,rice-milled,PIBC,10,,', // 3 bad date
    '31/01/2024,32.09,rice-milled,PIBC,10,,', // 4 day-first date
    '2024-01-02,99.99,rice-milled,PIBC,10,,', // 5 unknown region
    '2024-01-02,33.1,rice-milled,PIBC,10,,', // 6 spreadsheet ate the 0 of 33.10
    '2024-01-02,32.09,gold,PIBC,10,,', // 7 unknown commodity
    '2024-01-02,32.09,meat,PIBC,10,,', // 8 a group, not a form
    '2024-01-02,32.09,rice-milled,Tanjung Prio,10,,', // 9 entry point misspelt
    '2024-01-02,32.09,rice-milled,PIBC,-4,,', // 10 negative
    '2024-01-02,32.09,rice-milled,PIBC,lots,,', // 11 not a number
    '2024-01-02,32.09,rice-milled,PIBC,1,guessed,', // 12 unknown status
    ',32.09,rice-milled,,1,,', // 13 two missing values
    '1900-01-01,32.09,rice-milled,PIBC,1,,', // 14 out of range
    '2024-01-01,32.09,rice-milled,PIBC,99,,', // 15 duplicate of line 2
    '2024-01-03,32.15,rice-milled,PIBC,1,,', // 16 ok
  );

  test('every rejected row is listed, in line order, and the counts add up', async () => {
    const outcome = await importText(file);
    expectBalanced(outcome);
    expect(outcome.report).toMatchObject({
      totalRows: 15,
      acceptedRows: 2,
      rejectedRows: 13,
      problemCount: 14,
    });
    expect(problems(outcome)).toEqual([
      '3 date bad-date 2024-13-01→YYYY-MM-DD',
      '4 date bad-date 31/01/2024→2024-01-31',
      '5 origin unknown-origin 99.99',
      '6 origin unknown-origin 33.1→33.10',
      '7 commodity unknown-commodity gold',
      '8 commodity commodity-group meat→meat-beef, meat-buffalo, meat-chicken',
      '9 entry_point unknown-entry-point Tanjung Prio',
      '10 tonnes negative-tonnes -4',
      '11 tonnes bad-number lots→dot',
      '12 status unknown-status guessed→reported, derived, estimated, synthetic, preliminary, forecast',
      '13 date missing-value ',
      '13 entry_point missing-value ',
      '14 date date-out-of-range 1900-01-01→1970-01-01 – 2099-12-31',
      '15 date, origin, commodity, entry_point duplicate 2024-01-01, 32.09, rice-milled, PIBC→2',
    ]);
    expect(outcome.report.problemCounts).toMatchObject({ 'bad-date': 2, 'missing-value': 2, duplicate: 1 });
    // The first of the duplicates is kept.
    expect(valuesOf(outcome, '32.09')[0]).toBe(10);
  });

  test('the same report whatever the chunk size (records cut anywhere)', async () => {
    const whole = await importText(file);
    for (const chunkBytes of [1, 2, 5, 64]) {
      const chunked = await importText(file, { chunkBytes });
      expect(chunked.report).toEqual(whole.report);
    }
  });

  test('the detail is capped but the counts stay exact', async () => {
    const bad = Array.from({ length: 25 }, (_, i) => `2024-01-01,XX${i},rice-milled,PIBC,1,,`);
    const outcome = await importText(
      csv(HEADER, ...bad, '2024-01-01,32.09,rice-milled,PIBC,1,,', '2024-01-01,32.09,rice-milled,PIBC,2,,'),
      {
        detailCap: 10,
      },
    );
    expect(outcome.report.rejections).toHaveLength(10);
    expect(outcome.report.rejections.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(outcome.report).toMatchObject({
      problemCount: 26,
      rejectedRows: 26,
      acceptedRows: 1,
      totalRows: 27,
    });
    expect(outcome.report.problemCounts['unknown-origin']).toBe(25);
    expect(outcome.report.problemCounts.duplicate).toBe(1);
  });

  test('codes mangled by a spreadsheet are suggested (32,09 3209); names are read as codes and listed', async () => {
    const outcome = await importText(
      csv(
        'date;origin;commodity;entry_point;tonnes',
        '2024-01-01;32,09;rice-milled;PIBC;1',
        '2024-01-01;3209;rice-milled;PIBC;1',
        '2024-01-01;Kabupaten Cirebon;beras;PIBC;1',
      ),
    );
    expect(problems(outcome)).toEqual([
      '2 origin unknown-origin 32,09→32.09',
      '3 origin unknown-origin 3209→32.09',
    ]);
    expect(outcome.report.acceptedRows).toBe(1);
    expect(outcome.report.nameMatches).toEqual([
      { column: 'origin', value: 'Kabupaten Cirebon', code: '32.09', rows: 1 },
      { column: 'commodity', value: 'beras', code: 'rice-milled', rows: 1 },
    ]);
  });
});

describe('hostile and awkward text is only text', () => {
  test('markup, formulas, emoji and very long values are kept as text, cut for the report', async () => {
    const long = 'x'.repeat(5000);
    const outcome = await importText(
      csv(
        HEADER,
        '2024-01-01,<img src=x onerror=alert(1)>,rice-milled,PIBC,1,,',
        `2024-01-01,32.09,=HYPERLINK("http://evil"),PIBC,1,,`,
        '2024-01-01,🍚🍚,rice-milled,PIBC,1,,',
        `2024-01-01,${long},rice-milled,PIBC,1,,`,
        '2024-01-02,32.09,rice-milled,PIBC,1,,"<script>alert(1)</script> javascript:alert(1)"',
      ),
    );
    expectBalanced(outcome);
    const values = outcome.report.rejections.map((r) => r.value);
    expect(values[0]).toBe('<img src=x onerror=alert(1)>');
    expect(values[1]).toBe('=HYPERLINK(http://evil")'.replace('(', '("'));
    expect(values[2]).toBe('🍚🍚');
    expect(values[3]).toHaveLength(120);
    expect(values[3]?.endsWith('…')).toBe(true);
    expect(outcome.sources.map((s) => s.title)).toEqual(['<script>alert(1)</script> javascript:alert(1)']);
  });

  test('a quoted cell with a line break keeps counting physical lines', async () => {
    const outcome = await importText(
      csv(HEADER, '2024-01-01,32.09,rice-milled,PIBC,1,,"two\nlines"', '2024-01-02,XX,rice-milled,PIBC,1,,'),
    );
    expect(problems(outcome)).toEqual(['4 origin unknown-origin XX']);
    expect(outcome.sources[0]?.title).toBe('two lines');
  });

  test('a quote that never closes costs one row, not the rest of the file', async () => {
    const outcome = await importText(
      csv(
        HEADER,
        '2024-01-01,32.09,rice-milled,PIBC,1,,"unclosed',
        '2024-01-02,32.09,rice-milled,PIBC,2,,',
        '2024-01-03,32.09,rice-milled,PIBC,3,,',
      ),
    );
    expectBalanced(outcome);
    expect(problems(outcome)).toEqual(['2 - unclosed-quote ']);
    expect(outcome.report.acceptedRows).toBe(2);
  });

  test('a source cell naming a reference source id refers to that source', async () => {
    const outcome = await importText(
      csv(HEADER, '2024-01-01,32.09,rice-milled,PIBC,1,,antara-2021-10-pibc-origins'),
    );
    expect(outcome.sources).toEqual([]);
    expect(unpackFlowStore(outcome.flows ?? expect.fail()).series[0]?.sourceIds).toEqual([
      'antara-2021-10-pibc-origins',
    ]);
  });

  test('rows without a source point to the file itself', async () => {
    const outcome = await importText(
      csv(HEADER, '2024-01-01,32.09,rice-milled,PIBC,1,,', '2024-01-02,32.09,rice-milled,PIBC,1,,Dinas KPKP'),
      {
        name: 'arus-2024.csv',
      },
    );
    expect(outcome.sources).toEqual([
      { id: 'imported-source-1', title: 'Dinas KPKP' },
      { id: 'imported-file', title: 'arus-2024.csv' },
    ]);
    expect(unpackFlowStore(outcome.flows ?? expect.fail()).series[0]?.sourceIds).toEqual([
      'imported-file',
      'imported-source-1',
    ]);
  });

  test('a series takes the weakest status of its rows', async () => {
    const outcome = await importText(
      csv(
        HEADER,
        '2024-01-01,32.09,rice-milled,PIBC,1,reported,',
        '2024-01-02,32.09,rice-milled,PIBC,1,perkiraan,',
      ),
    );
    expect(unpackFlowStore(outcome.flows ?? expect.fail()).series[0]?.status).toBe('estimated');
  });
});

describe('JSON', () => {
  test('an array of records, numbers as numbers, null as not reported, each problem by record', async () => {
    const outcome = await importText(
      JSON.stringify([
        { date: '2024-01-01', origin: '32.09', commodity: 'rice-milled', entry_point: 'PIBC', tonnes: 4.5 },
        { tanggal: '2024-01-02', asal: '32.09', komoditas: 'rice-milled', pintu_masuk: 'PIBC', ton: null },
        'not a record',
        { date: '2024-01-03', origin: 33.1, commodity: 'rice-milled', entry_point: 'PIBC', tonnes: -1 },
      ]),
      { name: 'flows.json' },
    );
    // Two spellings of the same columns across records are ambiguous, like in a CSV header.
    expect(outcome.report.fileProblem).toMatchObject({ kind: 'duplicate-column', column: 'date' });

    const consistent = await importText(
      JSON.stringify({
        records: [
          { date: '2024-01-01', origin: '32.09', commodity: 'rice-milled', entry_point: 'PIBC', tonnes: 4.5 },
          {
            date: '2024-01-02',
            origin: '32.09',
            commodity: 'rice-milled',
            entry_point: 'PIBC',
            tonnes: null,
          },
          'not a record',
          { date: '2024-01-03', origin: 33.1, commodity: 'rice-milled', entry_point: 'PIBC', tonnes: -1 },
        ],
      }),
    );
    expectBalanced(consistent);
    expect(consistent.report).toMatchObject({
      format: 'json',
      totalRows: 4,
      acceptedRows: 2,
      delimiter: null,
    });
    expect(problems(consistent)).toEqual([
      '3 - not-an-object "not a record"',
      '4 origin unknown-origin 33.1→33.10',
      '4 tonnes negative-tonnes -1',
    ]);
    expect(valuesOf(consistent, '32.09')).toEqual([4.5, Number.NaN]);
  });

  test('broken JSON and JSON of another shape reject the file', async () => {
    expect((await importText('[{"date": ', { name: 'x.json' })).report.fileProblem).toMatchObject({
      kind: 'bad-json',
    });
    expect((await importText('{"hello": 1}')).report.fileProblem).toEqual({ kind: 'json-shape' });
  });
});

describe('limits and cancelling', () => {
  test('a file whose series would not fit is refused, naming its first and last dates and their lines', async () => {
    const outcome = await importText(
      csv(HEADER, '2024-01-01,32.09,rice-milled,PIBC,1,,', '2099-01-01,32.15,rice-milled,PIBC,1,,'),
      {
        maxCells: 1000,
      },
    );
    expect(outcome.flows).toBeNull();
    expect(outcome.report.fileProblem).toMatchObject({
      kind: 'too-large',
      seriesCount: 2,
      firstDate: '2024-01-01',
      firstDateLine: 2,
      lastDate: '2099-01-01',
      lastDateLine: 3,
    });
  });

  test('an aborted signal stops the import between chunks', async () => {
    const controller = new AbortController();
    const big = csv(
      HEADER,
      ...Array.from({ length: 2000 }, (_, i) => `2024-01-01,32.09,rice-milled,PIBC,${i},,`),
    );
    const importing = importText(big, {
      chunkBytes: 1024,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.bytesRead > 4096) controller.abort();
      },
    });
    await expect(importing).rejects.toBeInstanceOf(ImportCancelledError);
  });

  test('progress reports the bytes read, up to the whole file', async () => {
    const seen: number[] = [];
    const text = csv(
      HEADER,
      ...Array.from(
        { length: 100 },
        (_, i) => `2024-01-${String((i % 28) + 1).padStart(2, '0')},32.09,rice-milled,PIBC,1,,`,
      ),
    );
    await importText(text, { chunkBytes: 512, onProgress: (p) => seen.push(p.bytesRead) });
    const size = new TextEncoder().encode(text).length;
    expect(seen.at(-1)).toBe(size);
    expect(seen.length).toBeGreaterThan(size / 512);
  });
});
