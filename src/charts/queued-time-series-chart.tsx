import { memo, Profiler, startTransition, useEffect, useRef, useState } from 'react';
import { queueChartUpdate } from './chart-update-queue';
import { countChartRender } from './chart-renders';
import { useFrameId } from './frame-context';
import { TimeSeriesChart, type TimeSeriesChartProps } from './time-series-chart';

/**
 * The props the chart draws, or null until it is this chart's turn to be built. Building a chart
 * and every later change go through the chart update queue (chart-update-queue.ts), as a
 * transition: its render yields to input, and its commit and effects are a task of their own, so
 * the charts that get their answers together are built one after the other instead of in one long
 * task, and the first one is painted without waiting for the others.
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
  // Runs once the chart has committed what it was given and its effects have run.
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
export const QueuedTimeSeriesChart = memo(function QueuedTimeSeriesChart(props: TimeSeriesChartProps) {
  const frameId = useFrameId() ?? 'chart';
  const shown = useShownProps(props);
  if (shown === null) return <div className="skeleton" style={{ height: props.height }} aria-hidden="true" />;
  return <ProfiledChart frameId={frameId} {...shown} />;
});
