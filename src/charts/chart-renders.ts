// How often each chart renders, counted with React's <Profiler> around every time-series chart.
// React calls a Profiler's onRender only in development and profiling builds, so a production build
// pays nothing; tests and the bench's profiling build read the counts to check that a switch
// re-renders only the charts whose data changed.

const counts = new Map<string, number>();

/** The Profiler's onRender: one more render (mount or update) of the chart in frame `id`. */
export function countChartRender(id: string): void {
  counts.set(id, (counts.get(id) ?? 0) + 1);
}

/** Renders per chart frame since the last reset, and starts counting afresh. */
export function takeChartRenders(): Record<string, number> {
  const taken = Object.fromEntries(counts);
  counts.clear();
  return taken;
}
