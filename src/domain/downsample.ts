// Charts slow down badly past about a thousand points per series (see the quality guide), so long
// daily series are thinned before they reach the chart, to about as many rows as the plot has
// pixels. The thinning is M4 (Jugel et al., "M4: A Visualization-Oriented Time Series Data
// Aggregation", VLDB 2014): the time axis is cut into columns and each column keeps its first and
// last row and, for every series, the row of its minimum and of its maximum. Unlike a shape-keeping
// sampler (LTTB) it never drops a peak or a trough: a week of empty markets or a record delivery
// stays on the chart at its true value, which is what policy staff read these charts for.
// Everything runs in one pass over the rows; a million rows take a few milliseconds.

function finiteOrNaN(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : Number.NaN;
}

/**
 * The rows M4 keeps for a chart table (one row per period, sorted, one column per series) cut into
 * `columns` columns of consecutive rows: in each column the first and last row and, per key, the
 * rows holding that key's smallest and largest finite value (the earliest on a tie). A value that
 * is not a finite number is a gap: the first row of every run of gaps is kept, so the chart still
 * breaks the line there. Kept rows carry every series' value, so stacked areas stay exact at each
 * of them. At most columns × (2 + 2 × keys) rows plus one per gap run come back, in order; the
 * input comes back as it is (copied) when it has no more rows than that, or `columns` is below 1.
 */
export function m4Rows<R extends { period: string }>(
  rows: readonly R[],
  keys: readonly string[],
  columns: number,
): R[] {
  const columnCount = Math.floor(columns);
  const n = rows.length;
  if (!(columnCount >= 1) || n <= columnCount * (2 + 2 * keys.length)) return [...rows];
  const keep = new Uint8Array(n);
  const values = keys.map((key) => {
    const ys = new Float64Array(n);
    for (let i = 0; i < n; i++) ys[i] = finiteOrNaN((rows[i] as Record<string, unknown>)[key]);
    return ys;
  });
  for (let column = 0; column < columnCount; column++) {
    const start = Math.floor((column * n) / columnCount);
    const end = Math.floor(((column + 1) * n) / columnCount); // exclusive
    if (end <= start) continue;
    keep[start] = 1;
    keep[end - 1] = 1;
    for (const ys of values) {
      let min = -1;
      let max = -1;
      for (let i = start; i < end; i++) {
        const y = ys[i] ?? Number.NaN;
        if (Number.isNaN(y)) {
          if (i === 0 || !Number.isNaN(ys[i - 1] ?? Number.NaN)) keep[i] = 1;
          continue;
        }
        if (min < 0 || y < (ys[min] ?? y)) min = i;
        if (max < 0 || y > (ys[max] ?? y)) max = i;
      }
      if (min >= 0) keep[min] = 1;
      if (max >= 0) keep[max] = 1;
    }
  }
  return rows.filter((_, i) => keep[i] === 1);
}

/**
 * How many M4 columns fit a plot `plotWidth` pixels wide with `seriesCount` series, so that the
 * rows kept (up to 2 + 2 × series per column) stay within about one per pixel.
 */
export function m4ColumnsFor(plotWidth: number, seriesCount: number): number {
  return Math.max(1, Math.floor(plotWidth / (2 + 2 * Math.max(1, seriesCount))));
}

/**
 * The periods M4 keeps of a long table (one row per period and series, as an API answers) drawn
 * `plotWidth` pixels wide: the rows are laid out one column per series (`seriesOf`), thinned by
 * m4Rows with as many columns as m4ColumnsFor allows, and the periods of the kept rows come back.
 * Null when nothing would be dropped, so the caller can send the answer as it is.
 */
export function m4KeptPeriods<R extends { period: string }>(
  rows: readonly R[],
  seriesOf: (row: R) => string,
  valueOf: (row: R) => number | null,
  plotWidth: number,
): Set<string> | null {
  const seriesColumn = new Map<string, string>();
  const byPeriod = new Map<string, Record<string, number | null | string>>();
  for (const row of rows) {
    const series = seriesOf(row);
    let column = seriesColumn.get(series);
    if (column === undefined) {
      column = `s${seriesColumn.size}`;
      seriesColumn.set(series, column);
    }
    let wide = byPeriod.get(row.period);
    if (!wide) {
      wide = { period: row.period };
      byPeriod.set(row.period, wide);
    }
    wide[column] = valueOf(row);
  }
  const wideRows = [...byPeriod.values()].sort((a, b) =>
    String(a.period).localeCompare(String(b.period)),
  ) as { period: string }[];
  const columns = [...seriesColumn.values()];
  const kept = m4Rows(wideRows, columns, m4ColumnsFor(plotWidth, columns.length));
  if (kept.length === wideRows.length) return null;
  return new Set(kept.map((row) => row.period));
}
