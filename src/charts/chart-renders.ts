// How often each chart renders, counted with React's <Profiler> around every time-series chart.
// React calls a Profiler's onRender only in development and profiling builds, so a production build
// pays nothing; tests read the counts to check that a switch re-renders only the charts whose data
// changed, and that it updates a chart rather than mounting it afresh.

export interface ChartRenderCount {
  /** Renders of any kind (mounts included). */
  renders: number;
  /** Renders that built the chart from nothing (first show, or after it was unmounted). */
  mounts: number;
}

const counts = new Map<string, ChartRenderCount>();

/** The Profiler's onRender: one more render of the chart in frame `id`. */
export function countChartRender(id: string, phase: 'mount' | 'update' | 'nested-update'): void {
  const count = counts.get(id) ?? { renders: 0, mounts: 0 };
  count.renders += 1;
  if (phase === 'mount') count.mounts += 1;
  counts.set(id, count);
}

/** Renders per chart frame since the last call, and starts counting afresh. */
export function takeChartRenders(): Record<string, ChartRenderCount> {
  const taken = Object.fromEntries(counts);
  counts.clear();
  return taken;
}
