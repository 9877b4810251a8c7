import { describe, expect, it } from 'vitest';
import { m4ColumnsFor, m4Rows } from '../../../src/domain/downsample';

type Row = { period: string } & Record<string, number | null | string>;

/** Rows numbered by their index (period "0", "1", …) with one value per key. */
function table(columns: Record<string, readonly (number | null)[]>): Row[] {
  const keys = Object.keys(columns);
  const length = columns[keys[0] ?? '']?.length ?? 0;
  return Array.from({ length }, (_, i) => {
    const row: Row = { period: String(i) };
    for (const key of keys) row[key] = columns[key]?.[i] ?? null;
    return row;
  });
}

const indices = (rows: readonly Row[]) => rows.map((row) => Number(row.period));

describe('m4Rows', () => {
  it('keeps first, last, minimum and maximum of every column (worked example)', () => {
    // 15 rows in 3 columns of 5: [1 5 2 3 3] [4 4 0 4 4] [9 1 1 2 2].
    // Column 1 (rows 0–4): first 0, last 4, min 0 (1), max 1 (5) → 0, 1, 4.
    // Column 2 (rows 5–9): first 5, last 9, min 7 (0), max 5 (4, the earliest of the ties) → 5, 7, 9.
    // Column 3 (rows 10–14): first 10, last 14, max 10 (9), min 11 (1, the earliest) → 10, 11, 14.
    const rows = table({ a: [1, 5, 2, 3, 3, 4, 4, 0, 4, 4, 9, 1, 1, 2, 2] });
    expect(indices(m4Rows(rows, ['a'], 3))).toEqual([0, 1, 4, 5, 7, 9, 10, 11, 14]);
  });

  it('keeps the extremes of every series: a row kept for one carries all values', () => {
    // 8 rows, 1 column, 2 series: a peaks at 2 and dips at 5; b peaks at 6 and dips at 1.
    const rows = table({ a: [3, 3, 9, 3, 3, 0, 3, 3], b: [5, 1, 5, 5, 5, 5, 8, 5] });
    const out = m4Rows(rows, ['a', 'b'], 1);
    expect(indices(out)).toEqual([0, 1, 2, 5, 6, 7]);
    expect(out[2]).toEqual({ period: '2', a: 9, b: 5 });
  });

  it('never loses a single-day spike or dip, however long the series', () => {
    const ys: number[] = Array.from({ length: 10_000 }, () => 100);
    ys[4_321] = 250;
    ys[8_765] = 3;
    const out = indices(m4Rows(table({ a: ys }), ['a'], 100));
    expect(out).toContain(4_321);
    expect(out).toContain(8_765);
    expect(out.length).toBeLessThanOrEqual(100 * 4);
    expect(out[0]).toBe(0);
    expect(out.at(-1)).toBe(9_999);
  });

  it('keeps the first row of each run of gaps so the line breaks there', () => {
    // 12 rows, 2 columns of 6: [1 2 – – 3 4] [5 6 7 – – 8].
    // Column 1: first 0, last 5, gap run starts at 2, min 0, max 5 → 0, 2, 5.
    // Column 2: first 6, last 11, gap run starts at 9, min 6, max 11 → 6, 9, 11.
    const rows = table({ a: [1, 2, null, null, 3, 4, 5, 6, 7, null, null, 8] });
    expect(indices(m4Rows(rows, ['a'], 2))).toEqual([0, 2, 5, 6, 9, 11]);
  });

  it('returns the rows as they are when there are no more than it could keep', () => {
    const rows = table({ a: [1, 2, 3, 4, 5, 6, 7, 8] });
    const out = m4Rows(rows, ['a'], 2); // 2 columns × 4 rows ≥ 8 rows
    expect(out).toEqual(rows);
    expect(out).not.toBe(rows);
    expect(m4Rows(rows, ['a'], 0)).toEqual(rows);
    expect(m4Rows(rows, ['a'], Number.NaN)).toEqual(rows);
  });
});

describe('m4ColumnsFor', () => {
  it('fits one kept row per pixel at most', () => {
    // 3 series keep up to 2 + 6 = 8 rows per column: 1,000 px → 125 columns.
    expect(m4ColumnsFor(1000, 3)).toBe(125);
    expect(m4ColumnsFor(1000, 0)).toBe(250);
    expect(m4ColumnsFor(3, 4)).toBe(1);
  });
});
