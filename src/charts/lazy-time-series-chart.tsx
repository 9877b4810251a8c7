import { lazy, memo, Profiler, Suspense } from 'react';
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
 * Memoised: a panel that re-renders with the same rows, series and formatters (stable props) does
 * not re-render its chart, so a switch redraws only the charts whose data changed.
 */
export const LazyTimeSeriesChart = memo(function LazyTimeSeriesChart(props: TimeSeriesChartProps) {
  const frameId = useFrameId() ?? 'chart';
  return (
    <Suspense fallback={<div className="skeleton" style={{ height: props.height }} aria-hidden="true" />}>
      <Profiler id={frameId} onRender={countChartRender}>
        <TimeSeriesChart {...props} />
      </Profiler>
    </Suspense>
  );
});
