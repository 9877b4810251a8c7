import { lazy, memo, Profiler, startTransition, Suspense, useEffect, useRef, useState } from 'react';
import { queueChartUpdate } from './chart-update-queue';
import { countChartRender } from './chart-renders';
import { useFrameId } from './frame-context';
import type { TimeSeriesChartProps } from './time-series-chart';

// Recharts is the largest part of the bundle; loading it lazily lets the page shell and the
// headline figures paint first.
const loadChart = () => import('./time-series-chart');
const TimeSeriesChart = lazy(() => loadChart().then((module) => ({ default: module.TimeSeriesChart })));

/**
 * Starts loading the chart code now, so it is parsed while the first answers are on their way
 * rather than after they arrive (a chart frame renders its chart only once it has data).
 */
export function preloadTimeSeriesChart(): void {
  void loadChart();
}

/**
 * The props the chart draws: the first ones at once, each later change after the other charts'
 * changes queued before it (chart-update-queue.ts), as a transition: its render yields to input
 * every few milliseconds, and its commit and its effects (where Recharts fills its own store) are
 * tasks of their own, not one long task with the other charts.
 */
function useShownProps(props: TimeSeriesChartProps): TimeSeriesChartProps {
  const [shown, setShown] = useState(props);
  const finish = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (shown === props) return;
    return queueChartUpdate((done) => {
      finish.current = done;
      startTransition(() => setShown(props));
    });
  }, [props, shown]);
  // Runs once the chart has committed what it was given and Recharts' effects have run.
  useEffect(() => {
    finish.current?.();
    finish.current = null;
  }, [shown]);
  return shown;
}

/** Counted by the Profiler only when the chart itself renders (chart-renders.ts). */
const ProfiledChart = memo(function ProfiledChart({
  frameId,
  ...props
}: TimeSeriesChartProps & { frameId: string }) {
  return (
    <Profiler id={frameId} onRender={countChartRender}>
      <TimeSeriesChart {...props} />
    </Profiler>
  );
});

/**
 * Memoised: a panel that re-renders with the same rows, series and formatters (stable props) does
 * not re-render its chart, so a switch redraws only the charts whose data changed.
 */
export const LazyTimeSeriesChart = memo(function LazyTimeSeriesChart(props: TimeSeriesChartProps) {
  const frameId = useFrameId() ?? 'chart';
  const shown = useShownProps(props);
  return (
    <Suspense fallback={<div className="skeleton" style={{ height: props.height }} aria-hidden="true" />}>
      <ProfiledChart frameId={frameId} {...shown} />
    </Suspense>
  );
});
