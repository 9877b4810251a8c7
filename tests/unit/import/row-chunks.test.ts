import { describe, expect, test } from 'vitest';
import { AcceptedRows, ROW_CHUNK, type RowChunk, type RowSpill } from '../../../src/import/flow-rows';
import { csv, HEADER, importText, problems } from './import-helpers';

/** A spill that keeps copies in memory, as a file would: the chunk handed over is reused after. */
function copyingSpill(): RowSpill & { stored: number } {
  const copies: RowChunk[] = [];
  return {
    get stored() {
      return copies.length;
    },
    store(chunk) {
      copies.push({
        length: chunk.length,
        series: chunk.series.slice(),
        day: chunk.day.slice(),
        tonnes: chunk.tonnes.slice(),
        status: chunk.status.slice(),
        source: chunk.source.slice(),
        line: chunk.line.slice(),
      });
      return copies.length - 1;
    },
    load: (index) => {
      const chunk = copies[index];
      if (!chunk) throw new Error(`no chunk ${index}`);
      return chunk;
    },
  };
}

/** Two series of 32,770 days each from 1970-01-01 (65,540 rows), then the very first row again. */
function acrossChunks(): string {
  const lines = [HEADER];
  for (const [commodity, entryPoint] of [
    ['rice-milled', 'PIBC'],
    ['meat-beef', 'RPH-CAKUNG'],
  ] as const) {
    for (let d = 0; d < 32_770; d++) {
      const date = new Date(d * 86_400_000).toISOString().slice(0, 10);
      lines.push(`${date},32.09,${commodity},${entryPoint},${(d % 10) + 1},reported,`);
    }
  }
  lines.push(`1970-01-01,32.09,rice-milled,PIBC,99,reported,`);
  return csv(...lines);
}

describe('accepted rows in chunks', () => {
  test('a full chunk goes to the spill, and every row comes back in file order', () => {
    const spill = copyingSpill();
    const rows = new AcceptedRows(spill);
    for (let i = 0; i < ROW_CHUNK + 3; i++) rows.push(i % 7, 100 + i, i / 2, i % 2, -1, i + 2);
    expect(rows.length).toBe(65_539);
    expect(spill.stored).toBe(1);
    const chunks = [...rows.chunks()];
    expect(chunks.map((c) => c.length)).toEqual([65_536, 3]);
    // The last row of the first chunk (i = 65,535) and the first of the second (i = 65,536).
    const [first, second] = chunks;
    expect([first?.series[65_535], first?.day[65_535], first?.tonnes[65_535], first?.line[65_535]]).toEqual([
      1, 65_635, 32_767.5, 65_537,
    ]);
    expect([
      second?.series[0],
      second?.day[0],
      second?.tonnes[0],
      second?.status[0],
      second?.line[0],
    ]).toEqual([2, 65_636, 32_768, 0, 65_538]);
  });

  test('a second read of the file through the same spill gets its own rows back, not the first read’s', () => {
    // The import reads a file again as Windows-1252 when UTF-8 fails part-way, with the same spill.
    const spill = copyingSpill();
    const firstRead = new AcceptedRows(spill);
    for (let i = 0; i < ROW_CHUNK; i++) firstRead.push(1, i, 1, 0, -1, i + 2);
    const secondRead = new AcceptedRows(spill);
    for (let i = 0; i < ROW_CHUNK + 1; i++) secondRead.push(2, i, 5, 0, -1, i + 2);
    expect(spill.stored).toBe(2);
    const chunks = [...secondRead.chunks()];
    expect(chunks.map((c) => c.length)).toEqual([65_536, 1]);
    expect([chunks[0]?.series[0], chunks[0]?.tonnes[0], chunks[0]?.series[65_535]]).toEqual([2, 5, 2]);
  });

  test('without a spill the chunks stay in memory, none is lost', () => {
    const rows = new AcceptedRows();
    for (let i = 0; i < 2 * ROW_CHUNK; i++) rows.push(0, i, 1, 0, -1, i + 2);
    const chunks = [...rows.chunks()];
    expect(chunks.map((c) => c.length)).toEqual([65_536, 65_536]);
    expect(chunks[1]?.day[65_535]).toBe(131_071);
  });

  test('a duplicate in a later chunk is found, with the line of the first row of its cell', async () => {
    const text = acrossChunks();
    const spill = copyingSpill();
    const spilled = await importText(text, { rowSpill: spill });
    const inMemory = await importText(text);
    expect(spill.stored).toBe(1);
    for (const outcome of [spilled, inMemory]) {
      expect(outcome.report.totalRows).toBe(65_541);
      expect(outcome.report.acceptedRows).toBe(65_540);
      // Line 65,542 is the 65,541st data row; its cell was first given on line 2 (tonnes 1, kept).
      expect(problems(outcome)).toEqual([
        '65542 date, origin, commodity, entry_point duplicate 1970-01-01, 32.09, rice-milled, PIBC→2',
      ]);
      expect(new Float64Array(outcome.flows?.values ?? new ArrayBuffer(0))[0]).toBe(1);
    }
    expect(spilled.report).toEqual(inMemory.report);
    expect(new Float64Array(spilled.flows?.values ?? new ArrayBuffer(0))).toEqual(
      new Float64Array(inMemory.flows?.values ?? new ArrayBuffer(0)),
    );
  });
});
