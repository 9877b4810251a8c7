// Charts slow down badly past about a thousand points per series (see the quality guide), so long
// daily series are thinned to about one point per pixel before they reach the chart. Largest-
// Triangle-Three-Buckets (Steinarsson, "Downsampling Time Series for Visual Representation", 2013)
// keeps the points that shape the line — peaks and troughs — where plain every-nth-point sampling
// would drop them. Everything here runs on typed arrays in one pass so a million points take a few
// milliseconds, not seconds.

/** How null runs are represented in the output: every null point, or the first of each run. */
type GapMarkers = 'every' | 'first-of-run';

/**
 * Indices (ascending, marked in `keep`) chosen from points with x in `xs` and y in `ys`, where NaN
 * in `ys` is a gap. `budget` is the number of non-gap points to aim for; gap points are extra.
 */
function markIndices(
  xs: Float64Array,
  ys: Float64Array,
  budget: number,
  gapMarkers: GapMarkers,
  keep: Uint8Array,
): void {
  const n = ys.length;
  // Segments are maximal runs of real values between gaps, as [start, end] pairs (inclusive).
  const segments: number[] = [];
  let valueCount = 0;
  let runStart = -1;
  for (let i = 0; i < n; i++) {
    const isGap = Number.isNaN(ys[i] ?? Number.NaN);
    if (isGap) {
      if (runStart >= 0) segments.push(runStart, i - 1);
      runStart = -1;
      const previousIsGap = i > 0 && Number.isNaN(ys[i - 1] ?? Number.NaN);
      // A single null between two kept values is enough for the chart to break the line.
      if (gapMarkers === 'every' || !previousIsGap) keep[i] = 1;
    } else {
      valueCount++;
      if (runStart < 0) runStart = i;
    }
  }
  if (runStart >= 0) segments.push(runStart, n - 1);

  if (valueCount <= budget) {
    for (let s = 0; s < segments.length; s += 2) {
      for (let i = segments[s] ?? 0; i <= (segments[s + 1] ?? -1); i++) keep[i] = 1;
    }
    return;
  }

  // Every segment keeps its ends (so no segment vanishes or changes extent); the rest of the budget
  // is shared in proportion to each segment's remaining points.
  let baseTotal = 0;
  let spareTotal = 0;
  for (let s = 0; s < segments.length; s += 2) {
    const length = (segments[s + 1] ?? 0) - (segments[s] ?? 0) + 1;
    const base = Math.min(length, 2);
    baseTotal += base;
    spareTotal += length - base;
  }
  const extra = Math.max(0, budget - baseTotal);
  for (let s = 0; s < segments.length; s += 2) {
    const start = segments[s] ?? 0;
    const end = segments[s + 1] ?? 0;
    const length = end - start + 1;
    const base = Math.min(length, 2);
    const share = spareTotal > 0 ? Math.floor((extra * (length - base)) / spareTotal) : 0;
    lttbSegment(xs, ys, start, end, Math.min(length, base + share), keep);
  }
}

/** Marks `target` points of the gap-free segment [start, end] chosen by LTTB. */
function lttbSegment(
  xs: Float64Array,
  ys: Float64Array,
  start: number,
  end: number,
  target: number,
  keep: Uint8Array,
): void {
  const length = end - start + 1;
  if (target >= length) {
    for (let i = start; i <= end; i++) keep[i] = 1;
    return;
  }
  keep[start] = 1;
  keep[end] = 1;
  if (target < 3) return;

  // The inner points are split into target − 2 buckets; bucket b covers [edge(b), edge(b + 1)).
  // Integer arithmetic keeps the last edge exactly at `end`, so no point falls outside a bucket.
  const buckets = target - 2;
  const inner = length - 2;
  const edge = (b: number): number => start + 1 + Math.floor((b * inner) / buckets);

  let a = start;
  for (let b = 0; b < buckets; b++) {
    const from = edge(b);
    const to = edge(b + 1);
    // The third corner is the average of the next bucket (for the last bucket, the end point).
    const nextFrom = to;
    const nextTo = b + 1 < buckets ? edge(b + 2) : end + 1;
    let avgX = 0;
    let avgY = 0;
    for (let i = nextFrom; i < nextTo; i++) {
      avgX += xs[i] ?? 0;
      avgY += ys[i] ?? 0;
    }
    const nextCount = nextTo - nextFrom;
    avgX /= nextCount;
    avgY /= nextCount;

    const ax = xs[a] ?? 0;
    const ay = ys[a] ?? 0;
    let best = from;
    let bestArea = -1;
    for (let i = from; i < to; i++) {
      // Twice the triangle's area; the factor does not change which point wins.
      const area = Math.abs((ax - avgX) * ((ys[i] ?? 0) - ay) - (ax - (xs[i] ?? 0)) * (avgY - ay));
      if (area > bestArea) {
        bestArea = area;
        best = i;
      }
    }
    keep[best] = 1;
    a = best;
  }
}

/** Whole number of points to aim for, or null when the threshold cannot be honoured (< 3, NaN). */
function usableThreshold(threshold: number): number | null {
  const whole = Math.floor(threshold);
  return whole >= 3 ? whole : null;
}

/**
 * Largest-Triangle-Three-Buckets downsampling to about `threshold` points, in input order.
 * Points must be sorted by x. A point whose y is null (or not a finite number) is a gap: it is
 * always kept, so the chart still breaks the line there, and it splits the series into segments
 * that are downsampled separately, each with a share of the threshold proportional to its length
 * and never fewer than its two end points. The result has at most `threshold` + (number of gap
 * points) points, unless the series has so many segments that their end points alone exceed the
 * threshold. The input comes back as it is (copied) when it is no longer than the threshold or
 * the threshold is below 3.
 */
export function lttb<T>(
  points: readonly T[],
  threshold: number,
  x: (p: T) => number,
  y: (p: T) => number | null,
): T[] {
  const budget = usableThreshold(threshold);
  if (budget === null || points.length <= budget) return [...points];
  const n = points.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  points.forEach((point, i) => {
    xs[i] = x(point);
    ys[i] = finiteOrNaN(y(point));
  });
  const keep = new Uint8Array(n);
  markIndices(xs, ys, budget, 'every', keep);
  return points.filter((_, i) => keep[i] === 1);
}

function finiteOrNaN(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : Number.NaN;
}

/**
 * Thins a wide chart table (one row per period, one column per series) to about `maxPoints` rows.
 * Each column is downsampled with LTTB against the row index, and the rows any column chose are
 * kept, in order, with the first and last row (so the axis keeps its extent). A column value that
 * is not a finite number is a gap; each run of gaps keeps its first row, which is enough for the
 * chart to break the line, and those rows count against that column's share of `maxPoints`.
 *
 * Because the columns choose independently, the result can hold up to keys.length × maxPoints
 * rows (+2) when the columns peak at different places; that is accepted, since every chosen row
 * is a real row and a few thousand rows still draw quickly. A column broken into more than about
 * maxPoints / 3 pieces keeps all its segment ends and may exceed its share.
 */
export function downsampleRows<R extends { period: string }>(
  rows: readonly R[],
  keys: readonly string[],
  maxPoints: number,
): R[] {
  const budget = usableThreshold(maxPoints);
  if (budget === null || rows.length <= budget) return [...rows];
  const n = rows.length;
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = i;
  const ys = new Float64Array(n);
  for (const key of keys) {
    let gapRuns = 0;
    let previousIsGap = false;
    for (let i = 0; i < n; i++) {
      const row = rows[i];
      const value = finiteOrNaN(row === undefined ? undefined : (row as Record<string, unknown>)[key]);
      ys[i] = value;
      const isGap = Number.isNaN(value);
      if (isGap && !previousIsGap) gapRuns++;
      previousIsGap = isGap;
    }
    markIndices(xs, ys, Math.max(budget - gapRuns, 0), 'first-of-run', keep);
  }
  return rows.filter((_, i) => keep[i] === 1);
}
