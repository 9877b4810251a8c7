import { describe, expect, it } from 'vitest';
import { m4ColumnsFor, m4KeptPeriods, m4Rows } from '../../../src/domain/downsample';

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

describe('m4KeptPeriods (long rows, as the API answers)', () => {
  type Long = { period: string; key: string; tonnes: number | null };
  const day = (i: number) => `2024-01-${String(i + 1).padStart(2, '0')}`;
  const long = (key: string, ys: readonly (number | null)[]): Long[] =>
    ys.map((tonnes, i) => ({ period: day(i), key, tonnes }));

  it('keeps the periods of the worked example above: one series, 12 px → 3 columns', () => {
    // m4ColumnsFor(12, 1) = floor(12 / 4) = 3 columns, so the kept rows are 0, 1, 4, 5, 7, 9, 10, 11, 14.
    const rows = long('rice', [1, 5, 2, 3, 3, 4, 4, 0, 4, 4, 9, 1, 1, 2, 2]);
    const kept = m4KeptPeriods(
      rows,
      (r) => r.key,
      (r) => r.tonnes,
      12,
    );
    expect([...(kept ?? [])].sort()).toEqual([0, 1, 4, 5, 7, 9, 10, 11, 14].map(day));
  });

  it('lays series side by side whatever the row order: a peak of either keeps its period', () => {
    // 8 periods, 2 series, rows shuffled; m4ColumnsFor(6, 2) = floor(6 / 6) = 1 column: first (0),
    // last (7), a's max 9 at 2 and min 0 at 5, b's min 1 at 1 and max 8 at 6.
    const rows = [...long('a', [3, 3, 9, 3, 3, 0, 3, 3]), ...long('b', [5, 1, 5, 5, 5, 5, 8, 5])].reverse();
    const kept = m4KeptPeriods(
      rows,
      (r) => r.key,
      (r) => r.tonnes,
      6,
    );
    expect([...(kept ?? [])].sort()).toEqual([0, 1, 2, 5, 6, 7].map(day));
  });

  it('answers null when every period stays (no more periods than the width can hold)', () => {
    const rows = long('rice', [1, 2, 3, 4, 5, 6, 7, 8]);
    // 1 series at 40 px: 10 columns × 4 rows each = 40 ≥ 8 periods.
    expect(
      m4KeptPeriods(
        rows,
        (r) => r.key,
        (r) => r.tonnes,
        40,
      ),
    ).toBeNull();
  });

  it('keeps the first period of a gap, so the line still breaks there', () => {
    // 12 periods, one column (4 px): first 0, last 11, min 1 at 3, max 9 at 8, the gap starting at 5.
    const rows = long('rice', [5, 5, 5, 1, 5, null, null, 5, 9, 5, 5, 5]);
    const kept = m4KeptPeriods(
      rows,
      (r) => r.key,
      (r) => r.tonnes,
      4,
    );
    expect([...(kept ?? [])].sort()).toEqual([0, 3, 5, 8, 11].map(day));
  });
});
