import {
  lazy,
  memo,
  Profiler,
  startTransition,
  Suspense,
  useEffect,
  useRef,
  useState,
  type ComponentType,
} from 'react';
import { queueChartUpdate } from './chart-update-queue';
import { countChartRender } from './chart-renders';
import { useFrameId } from './frame-context';
import type { TimeSeriesChartProps } from './time-series-chart';

// Recharts is the largest part of the bundle; loading it lazily lets the page shell and the
// headline figures paint first.
let loadedChart: ComponentType<TimeSeriesChartProps> | null = null;
const loadChart = () =>
  import('./time-series-chart').then((module) => {
    loadedChart = module.TimeSeriesChart;
    return module;
  });
const SuspendingChart = lazy(() => loadChart().then((module) => ({ default: module.TimeSeriesChart })));

/**
 * Starts loading the chart code now, so it is parsed while the first answers are on their way
 * rather than after they arrive (a chart frame renders its chart only once it has data).
 */
export function preloadTimeSeriesChart(): void {
  void loadChart();
}

/**
 * The props the chart draws, or null until it is this chart's turn to be built. Building a chart
 * and every later change go through the chart update queue (chart-update-queue.ts), as a
 * transition: its render yields to input, and its commit and effects (where Recharts fills its own
 * store and renders the chart again, synchronously) are a task of their own, so the charts that get
 * their answers together are built one after the other instead of in one long task, and the first
 * one is painted without waiting for the others.
 */
function useShownProps(props: TimeSeriesChartProps): TimeSeriesChartProps | null {
  const [shown, setShown] = useState<TimeSeriesChartProps | null>(null);
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
  // Once the chart code is in, the chart renders without suspending: a Suspense retry would build
  // every chart that waited for the code in one render. Chosen once, so the chart never remounts.
  const [Chart] = useState(() => loadedChart ?? SuspendingChart);
  return (
    <Profiler id={frameId} onRender={countChartRender}>
      <Chart {...props} />
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
  const placeholder = <div className="skeleton" style={{ height: props.height }} aria-hidden="true" />;
  if (shown === null) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <ProfiledChart frameId={frameId} {...shown} />
    </Suspense>
  );
});
