import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Area,
  AreaChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { downsampleRows } from '../domain/downsample';

export type ChartRow = { period: string } & Record<string, number | string | null>;

export interface SeriesSpec {
  key: string;
  label: string;
  color: string;
  dash?: string;
}

export interface ReferenceLineSpec {
  y: number;
  label: string;
  color: string;
  dash: string;
}

export interface EventMarker {
  date: string;
  label: string;
}

export interface Band {
  from: string;
  to: string;
  label: string;
}

export interface TimeSeriesChartProps {
  rows: readonly ChartRow[];
  series: readonly SeriesSpec[];
  kind: 'line' | 'stacked-area';
  height: number;
  formatX: (period: string) => string;
  formatY: (value: number) => string;
  /** Accessible summary of what the chart shows; the table view has the numbers. */
  description: string;
  referenceLines?: readonly ReferenceLineSpec[];
  events?: readonly EventMarker[];
  bands?: readonly Band[];
  yDomain?: [number | 'auto', number | 'auto'];
}

const Y_AXIS_WIDTH = 72;

/** The period (x category) that contains a date: the last period starting on or before it. */
function periodContaining(periods: readonly string[], date: string): string | null {
  let found: string | null = null;
  for (const period of periods) {
    if (period <= date) found = period;
    else break;
  }
  return found;
}

/** Width of an element, kept up to date; charts downsample to it. */
function useWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/**
 * Lines or stacked areas over time. Series are downsampled to at most one point per pixel of
 * plot width, drawn without dots or animation, so seven years of daily data stay responsive.
 */
export function TimeSeriesChart(props: TimeSeriesChartProps) {
  const {
    rows,
    series,
    kind,
    height,
    formatX,
    formatY,
    description,
    referenceLines = [],
    events = [],
    bands = [],
  } = props;
  const [wrapper, width] = useWidth<HTMLDivElement>();
  const plotWidth = Math.max(50, width - Y_AXIS_WIDTH - 16);
  const keys = useMemo(() => series.map((s) => s.key), [series]);
  const data = useMemo(
    () => (rows.length > plotWidth && kind === 'line' ? downsampleRows(rows, keys, plotWidth) : rows),
    [rows, keys, plotWidth, kind],
  );
  const periods = useMemo(() => data.map((row) => row.period), [data]);
  const dense = data.length > 200;

  const common = (
    <>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="period" tickFormatter={formatX} minTickGap={24} />
      <YAxis width={Y_AXIS_WIDTH} tickFormatter={formatY} domain={props.yDomain ?? [0, 'auto']} />
      <Tooltip
        formatter={(value) => (typeof value === 'number' ? formatY(value) : '—')}
        labelFormatter={(label) => formatX(String(label))}
      />
      <Legend />
      {bands.map((band) => {
        const x1 = periodContaining(periods, band.from);
        const x2 = periodContaining(periods, band.to);
        return x1 && x2 ? (
          <ReferenceArea
            key={`${band.from}-${band.label}`}
            x1={x1}
            x2={x2}
            fill="#8fbf7f"
            fillOpacity={0.12}
            ifOverflow="hidden"
          />
        ) : null;
      })}
      {events.map((event) => {
        const x = periodContaining(periods, event.date);
        return x ? (
          <ReferenceLine
            key={`${event.date}-${event.label}`}
            x={x}
            stroke="#6b7570"
            strokeDasharray="2 3"
            label={{ value: event.label, position: 'insideTop', fontSize: 11, fill: '#4d5a55' }}
          />
        ) : null;
      })}
      {referenceLines.map((line) => (
        <ReferenceLine
          key={line.label}
          y={line.y}
          stroke={line.color}
          strokeDasharray={line.dash}
          ifOverflow="extendDomain"
          label={{ value: line.label, position: 'insideBottomLeft', fontSize: 12, fill: line.color }}
        />
      ))}
    </>
  );

  return (
    <figure className="time-series-chart" ref={wrapper} data-points={data.length} aria-label={description}>
      {width > 0 &&
        (kind === 'line' ? (
          <LineChart
            width={width}
            height={height}
            data={data as ChartRow[]}
            margin={{ top: 16, right: 16, bottom: 4, left: 0 }}
          >
            {common}
            {series.map((s) => (
              <Line
                key={s.key}
                dataKey={s.key}
                name={s.label}
                stroke={s.color}
                strokeWidth={2}
                strokeDasharray={s.dash}
                dot={dense ? false : { r: 2 }}
                isAnimationActive={false}
                connectNulls={false}
              />
            ))}
          </LineChart>
        ) : (
          <AreaChart
            width={width}
            height={height}
            data={data as ChartRow[]}
            margin={{ top: 16, right: 16, bottom: 4, left: 0 }}
          >
            {common}
            {series.map((s) => (
              <Area
                key={s.key}
                dataKey={s.key}
                name={s.label}
                stackId="stack"
                stroke={s.color}
                fill={s.color}
                fillOpacity={0.75}
                isAnimationActive={false}
                connectNulls={false}
              />
            ))}
          </AreaChart>
        ))}
    </figure>
  );
}
