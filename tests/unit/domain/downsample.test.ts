import { describe, expect, it } from 'vitest';
import { downsampleRows, lttb } from '../../../src/domain/downsample';

interface Point {
  x: number;
  y: number | null;
}

const px = (p: Point): number => p.x;
const py = (p: Point): number | null => p.y;

function series(ys: readonly (number | null)[]): Point[] {
  return ys.map((y, x) => ({ x, y }));
}

function xsOf(points: readonly Point[]): number[] {
  return points.map((p) => p.x);
}

describe('lttb', () => {
  it('returns the input as it is when it is not longer than the threshold', () => {
    const points = series([1, 2, 3, 4, 5]);
    const out = lttb(points, 5, px, py);
    expect(out).toEqual(points);
    expect(out).not.toBe(points);
    expect(lttb(points, 50, px, py)).toEqual(points);
  });

  it('returns the input as it is when the threshold is below 3 or not a number', () => {
    const points = series([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(lttb(points, 2, px, py)).toEqual(points);
    expect(lttb(points, 0, px, py)).toEqual(points);
    expect(lttb(points, Number.NaN, px, py)).toEqual(points);
  });

  it('picks the largest triangle in each bucket (worked example)', () => {
    // 7 points to 4: inner points 1–5 split into buckets {1, 2} and {3, 4, 5}.
    // Bucket 1 from (0,0) towards the average of bucket 2, (4, 5/3): point 1 spans 7/3, point 2 spans 50/3 → 2.
    // Bucket 2 from (2,5) towards the last point (6,0): points 3, 4, 5 span 7, 10, 7 → 4.
    const points = series([0, 1, 5, 2, 0, 3, 0]);
    expect(xsOf(lttb(points, 4, px, py))).toEqual([0, 2, 4, 6]);
  });

  it('keeps exactly `threshold` points, the first and the last, in order', () => {
    const points = series(Array.from({ length: 100 }, (_, i) => Math.sin(i / 5)));
    const out = xsOf(lttb(points, 10, px, py));
    expect(out).toHaveLength(10);
    expect(out[0]).toBe(0);
    expect(out.at(-1)).toBe(99);
    expect([...out].sort((a, b) => a - b)).toEqual(out);
  });

  it('keeps a spike and a dip that stand out of a flat line', () => {
    const ys: number[] = Array.from({ length: 1000 }, () => 0);
    ys[437] = 100;
    ys[700] = -50;
    const out = xsOf(lttb(series(ys), 20, px, py));
    expect(out).toContain(437);
    expect(out).toContain(700);
    expect(out.length).toBeLessThanOrEqual(20);
  });

  it('keeps every null so the gap survives, and downsamples each segment on its own', () => {
    // Segments 0–9 (10 points) and 11–19 (9 points) around a gap at 10. Budget 6: each segment keeps
    // its two ends (4), the 2 spare points are shared 8 : 7 → ⌊2·8/15⌋ = 1 and ⌊2·7/15⌋ = 0.
    // The one extra point of the first segment is its clear outlier at 4.
    const ys: (number | null)[] = Array.from({ length: 20 }, (_, i) => i);
    ys[4] = 50;
    ys[10] = null;
    const out = xsOf(lttb(series(ys), 6, px, py));
    expect(out).toEqual([0, 4, 9, 10, 11, 19]);
  });

  it('keeps every point of a run of nulls and never more than threshold + nulls', () => {
    const ys: (number | null)[] = Array.from({ length: 300 }, (_, i) => Math.cos(i / 7) * 10);
    for (let i = 100; i < 110; i++) ys[i] = null;
    ys[200] = null;
    const out = lttb(series(ys), 30, px, py);
    const nullsKept = out.filter((p) => p.y === null).map((p) => p.x);
    expect(nullsKept).toEqual([100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 200]);
    expect(out.length).toBeLessThanOrEqual(30 + 11);
    // The ends of each segment stay, so no line is shortened next to a gap.
    expect(xsOf(out)).toEqual(expect.arrayContaining([0, 99, 110, 199, 201, 299]));
  });

  it('treats non-finite y as a gap', () => {
    const ys: number[] = Array.from({ length: 50 }, (_, i) => i % 3);
    ys[25] = Number.NaN;
    const out = lttb(series(ys), 10, px, py);
    expect(xsOf(out)).toEqual(expect.arrayContaining([0, 24, 25, 26, 49]));
  });

  it('keeps a series that is only nulls as it is (all gap)', () => {
    const points = series(Array.from({ length: 10 }, () => null));
    expect(lttb(points, 3, px, py)).toEqual(points);
  });

  it('handles a long series and keeps the first and last point', () => {
    const n = 200_000;
    const points = Array.from({ length: n }, (_, i) => ({ x: i, y: Math.sin(i / 1000) + (i % 97) / 97 }));
    const out = lttb(points, 900, px, py);
    expect(out.length).toBeLessThanOrEqual(900);
    expect(out[0]).toBe(points[0]);
    expect(out.at(-1)).toBe(points[n - 1]);
  });
});

type Row = { period: string } & Record<string, number | string | null>;

function rowsOf(n: number, columns: Record<string, (i: number) => number | null>): Row[] {
  return Array.from({ length: n }, (_, i) => {
    const row: Row = { period: `p${String(i).padStart(4, '0')}` };
    for (const [key, value] of Object.entries(columns)) row[key] = value(i);
    return row;
  });
}

describe('downsampleRows', () => {
  it('returns the rows as they are when there are few enough', () => {
    const rows = rowsOf(10, { a: (i) => i });
    expect(downsampleRows(rows, ['a'], 10)).toEqual(rows);
    expect(downsampleRows(rows, ['a'], 2)).toEqual(rows);
  });

  it('keeps the rows every column needs: the union of their choices, in order', () => {
    const rows = rowsOf(100, { a: (i) => (i === 30 ? 100 : 0), b: (i) => (i === 70 ? 100 : 0) });
    const out = downsampleRows(rows, ['a', 'b'], 10);
    const indices = out.map((row) => rows.indexOf(row));
    expect(indices).toEqual(expect.arrayContaining([0, 30, 70, 99]));
    expect([...indices].sort((x, y) => x - y)).toEqual(indices);
    expect(out.length).toBeLessThanOrEqual(2 * 10);
    // Real rows, not copies: every value in the chart is a value from the data.
    expect(out.every((row) => rows.includes(row))).toBe(true);
  });

  it('one column alone gives at most maxPoints rows', () => {
    const rows = rowsOf(1000, { a: (i) => Math.sin(i / 20) });
    const out = downsampleRows(rows, ['a'], 50);
    expect(out.length).toBeLessThanOrEqual(50);
    expect(out[0]).toBe(rows[0]);
    expect(out.at(-1)).toBe(rows[999]);
  });

  it('keeps one row of each gap, not every empty row', () => {
    // Column a starts at row 500 and has a gap at rows 700–719; column b is complete.
    const rows = rowsOf(1000, {
      a: (i) => (i < 500 || (i >= 700 && i < 720) ? null : Math.cos(i / 9)),
      b: (i) => Math.sin(i / 13),
    });
    const out = downsampleRows(rows, ['a', 'b'], 60);
    const indices = out.map((row) => rows.indexOf(row));
    expect(out.length).toBeLessThanOrEqual(2 * 60);
    // The ends of a's segments and the first row of its gap stay, so the chart still breaks a's line.
    expect(indices).toEqual(expect.arrayContaining([500, 699, 700, 720, 999]));
    const keptBeforeA = indices.filter((i) => i < 500);
    expect(keptBeforeA.length).toBeLessThan(500);
  });

  it('treats missing keys and non-numbers as gaps', () => {
    const rows: Row[] = Array.from({ length: 30 }, (_, i) => {
      const row: Row = { period: `p${i}` };
      if (i !== 15) row['a'] = i % 2;
      return row;
    });
    const withLabel = rows.map((row, i) => (i === 5 ? { ...row, a: 'n/a' } : row));
    // Segments 0–4, 6–14, 16–29 with gaps at 5 and 15. Budget 8 − 2 gap rows = 6, exactly the
    // segment ends, so nothing else is added.
    const out = downsampleRows(withLabel, ['a'], 8);
    expect(out.map((row) => withLabel.indexOf(row))).toEqual([0, 4, 5, 6, 14, 15, 16, 29]);
  });

  it('with no columns keeps only the first and last row', () => {
    const rows = rowsOf(20, {});
    expect(downsampleRows(rows, [], 5)).toEqual([rows[0], rows[19]]);
  });
});
