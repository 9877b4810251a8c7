import { lazy, Suspense } from 'react';
import type { TimeSeriesChartProps } from './time-series-chart';

// Recharts is the largest part of the bundle; loading it lazily lets the page shell and the
// headline figures paint first.
const TimeSeriesChart = lazy(() =>
  import('./time-series-chart').then((module) => ({ default: module.TimeSeriesChart })),
);

export function LazyTimeSeriesChart(props: TimeSeriesChartProps) {
  return (
    <Suspense fallback={<div className="skeleton" style={{ height: props.height }} aria-hidden="true" />}>
      <TimeSeriesChart {...props} />
    </Suspense>
  );
}
