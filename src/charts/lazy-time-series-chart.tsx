import { lazy, memo, Profiler, Suspense } from 'react';
import { countChartRender } from './chart-renders';
import { useFrameId } from './frame-context';
import type { TimeSeriesChartProps } from './time-series-chart';

// Recharts is the largest part of the bundle; loading it lazily lets the page shell and the
// headline figures paint first.
const TimeSeriesChart = lazy(() =>
  import('./time-series-chart').then((module) => ({ default: module.TimeSeriesChart })),
);

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
