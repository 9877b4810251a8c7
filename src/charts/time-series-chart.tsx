import { memo, useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  Area,
  AreaChart,
  CartesianGrid as RechartsCartesianGrid,
  DefaultZIndexes,
  Legend,
  Line,
  LineChart,
  ReferenceArea as RechartsReferenceArea,
  ReferenceLine as RechartsReferenceLine,
  Tooltip as RechartsTooltip,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
  ZIndexLayer,
} from 'recharts';
import { fromDayNumber, isIsoDate, toDayNumber } from '../domain/calendar-date';
import { m4ColumnsFor, m4Rows } from '../domain/downsample';
import { timeTicks } from '../domain/time-ticks';
import { spreadLabels } from '../domain/value-axis';
import { useFrameActions } from './frame-actions';
import { useFrameId } from './frame-context';
import { shortLabel } from './image-export';
import { CHART_THEMES, themeColour } from '../theme/chart-theme';
import { useResolvedTheme } from '../theme/use-theme';

export type ChartRow = { period: string } & Record<string, number | string | null>;

export interface SeriesSpec {
  key: string;
  label: string;
  color: string;
  dash?: string;
}

export interface ReferenceLineSpec {
  y: number;
  /** The whole label: in the legend under the chart (or on the line when there is no margin label). */
  label: string;
  /** A short label ("≈ 98%") in the right margin, beside the line's end, clear of the data. */
  marginLabel?: string;
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
  /** Periods the range cuts (fewer days than a whole one): hatched, with this label. */
  partial?: { periods: readonly string[]; label: string };
  yDomain?: [number | 'auto', number | 'auto'];
  /** Value-axis ticks, when the caller places them (at round values and the claims' values). */
  yTicks?: readonly number[];
  /** Values in the tooltip, when they need more precision than the axis labels. */
  formatTooltip?: (value: number) => string;
}

const CHART_MARGIN = { top: 16, right: 16, bottom: 4, left: 0 };
const X_DOMAIN: ['dataMin', 'dataMax'] = ['dataMin', 'dataMax'];
const DEFAULT_Y_DOMAIN: [number, 'auto'] = [0, 'auto'];
const Y_AXIS_WIDTH = 72;
const X_TICK_SPACING = 110;
const NO_GRID_LINES = (): number[] => [];
/** Room right of the plot for the reference lines' short labels. */
const MARGIN_LABEL_WIDTH = 56;
/** Smallest distance between two margin labels' baselines: one line of text. */
const MARGIN_LABEL_GAP = 14;

/** Equal props, comparing plain objects and arrays among them one level deep (label, style, tick). */
function sameProps<P extends object>(before: P, after: P): boolean {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    const a: unknown = before[key as keyof P];
    const b: unknown = after[key as keyof P];
    if (Object.is(a, b)) continue;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    const aKeys = Object.keys(a);
    if (aKeys.length !== Object.keys(b).length) return false;
    for (const inner of aKeys) {
      if (!Object.is((a as Record<string, unknown>)[inner], (b as Record<string, unknown>)[inner]))
        return false;
    }
  }
  return true;
}

// Recharts 3 keeps every chart's parts in a store of its own. These parts are not memoised by
// Recharts, and each render of them dispatches to that store (a reference line removes and adds
// itself again on every render), which makes every other part of the chart recompute its selectors
// and render again. Memoised, they render only when what they draw changes.
const CartesianGrid = memo(RechartsCartesianGrid, sameProps);
const ReferenceArea = memo(RechartsReferenceArea, sameProps);
const ReferenceLine = memo(RechartsReferenceLine, sameProps);
const Tooltip = memo(RechartsTooltip, sameProps) as typeof RechartsTooltip;

interface DotSeries {
  key: string;
  stroke: string;
  strokeWidth: number;
  strokeDasharray?: string;
  r: number;
}

/** Rounds a pixel coordinate to 0.01 px: the path stays short, the dot sits where Recharts puts it. */
const px = (value: number) => Math.round(value * 100) / 100;

/**
 * The dots of sparse lines: one path of circles per series instead of one element per point (a
 * year of weeks over several series is hundreds of Recharts dot components, each its own element,
 * the largest part of a chart's render). They look like Recharts' own dots: a circle of radius r
 * at every point that has a value, stroked like the line (dash included), filled with the surface,
 * drawn above the lines.
 */
function SeriesDots({
  rows,
  series,
  fill,
}: {
  rows: readonly Record<string, unknown>[];
  series: readonly DotSeries[];
  fill: string;
}) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
      <g className="recharts-line-dots">
        {series.map((s) => {
          let d = '';
          for (const row of rows) {
            const value = row[s.key];
            const x = xScale(row.x);
            const y = typeof value === 'number' ? yScale(value) : undefined;
            if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y))
              continue;
            d += `M${px(x - s.r)},${px(y)}a${s.r},${s.r} 0 1,0 ${2 * s.r},0a${s.r},${s.r} 0 1,0 ${-2 * s.r},0`;
          }
          return d === '' ? null : (
            <path
              key={s.key}
              className="series-dots"
              d={d}
              fill={fill}
              stroke={s.stroke}
              strokeWidth={s.strokeWidth}
              strokeDasharray={s.strokeDasharray}
            />
          );
        })}
      </g>
    </ZIndexLayer>
  );
}

/**
 * Unlabelled event lines (a long range has too many to name them) as one path: one Recharts
 * reference line per event is a part of its own in the chart's store, every one of them worked out
 * again on each change of the chart, and seven years hold dozens of events.
 */
function EventLines({ days, stroke }: { days: readonly number[]; stroke: string }) {
  const plot = usePlotArea();
  const xScale = useXAxisScale();
  if (!plot || !xScale) return null;
  let d = '';
  for (const day of days) {
    const x = xScale(day);
    // Like a reference line that does not extend the domain: only events inside the plot.
    if (typeof x !== 'number' || !Number.isFinite(x) || x < plot.x || x > plot.x + plot.width) continue;
    d += `M${px(x)},${px(plot.y)}v${px(plot.height)}`;
  }
  return d === '' ? null : (
    <ZIndexLayer zIndex={DefaultZIndexes.line}>
      <path className="event-lines" d={d} fill="none" stroke={stroke} strokeDasharray="2 3" />
    </ZIndexLayer>
  );
}

interface MarginLabel {
  y: number;
  text: string;
  color: string;
}

/**
 * The reference lines' short labels in the right margin, outside the plot so no data line crosses
 * them, spread apart when their values are close (domain/value-axis.ts), each joined to its line's
 * end by a short leader.
 */
function ReferenceMarginLabels({ labels, fontSize }: { labels: readonly MarginLabel[]; fontSize: number }) {
  const plot = usePlotArea();
  const scale = useYAxisScale();
  if (!plot || !scale) return null;
  const wanted = labels.map((label) => scale(label.y));
  const lineYs = wanted.map((y) => (typeof y === 'number' && Number.isFinite(y) ? y : null));
  const shown = labels.flatMap((label, index) => {
    const y = lineYs[index];
    return y === null || y === undefined ? [] : [{ ...label, lineY: y }];
  });
  const placed = spreadLabels(
    shown.map((label) => label.lineY),
    Math.max(MARGIN_LABEL_GAP, fontSize + 2),
    plot.y + fontSize / 2,
    plot.y + plot.height,
  );
  const right = plot.x + plot.width;
  return (
    <g className="reference-margin-labels">
      {shown.map((label, index) => {
        const y = placed[index] ?? label.lineY;
        return (
          <g key={`${label.text}-${label.y}`}>
            <polyline
              points={`${right},${label.lineY} ${right + 6},${label.lineY} ${right + 10},${y}`}
              fill="none"
              stroke={label.color}
              strokeWidth={1}
            />
            <text x={right + 12} y={y} dy="0.35em" fontSize={fontSize} fill={label.color}>
              {label.text}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** Width of an element, kept up to date; charts downsample to it. */
function useWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    // Only a new width is set: setting the same one still costs the chart an extra render later.
    let last = 0;
    const measured = (next: number) => {
      if (next === last) return;
      last = next;
      setWidth(next);
    };
    measured(element.clientWidth);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) measured(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/**
 * Lines or stacked areas over time. Series are thinned to about one row per pixel of plot width
 * (M4: the extremes of every column stay), drawn without dots on dense lines and without animation,
 * so seven years of daily data stay responsive.
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
    partial,
  } = props;
  const [wrapper, width] = useWidth<HTMLDivElement>();
  const plotWidth = Math.max(
    50,
    width -
      Y_AXIS_WIDTH -
      (referenceLines.some((line) => line.marginLabel !== undefined) ? MARGIN_LABEL_WIDTH : 16),
  );
  const keys = useMemo(() => series.map((s) => s.key), [series]);
  // M4 over columns of the plot: every series keeps its extremes, and the rows kept stay within
  // about one per pixel, however many years of daily data come in (domain/downsample.ts).
  const data = useMemo(
    () => (rows.length > plotWidth ? m4Rows(rows, keys, m4ColumnsFor(plotWidth, keys.length)) : rows),
    [rows, keys, plotWidth],
  );
  // A numeric time axis (day numbers) keeps downsampled points at their true dates and lets
  // events sit on their exact day, not on the period that contains them.
  const plotted = useMemo(() => data.map((row) => ({ ...row, x: toDayNumber(row.period) })), [data]);
  // Labels on round dates, as many as fit (about one per 110 px), and all of them drawn: left to
  // itself the chart measures every candidate label in the page to find out which ones fit.
  const firstX = plotted[0]?.x;
  const lastX = plotted.at(-1)?.x;
  const xTicks = useMemo(
    () =>
      firstX === undefined || lastX === undefined
        ? undefined
        : timeTicks(firstX, lastX, Math.max(2, Math.floor(plotWidth / X_TICK_SPACING))),
    [firstX, lastX, plotWidth],
  );
  const dayOf = (date: string) => (isIsoDate(date) ? toDayNumber(date) : null);
  // Every function and object handed to Recharts keeps its identity while what it stands for is
  // unchanged: Recharts compares them to decide whether an axis or the tooltip changed.
  const formatDay = useCallback(
    (day: unknown) => (typeof day === 'number' ? formatX(fromDayNumber(day)) : String(day)),
    [formatX],
  );
  const dense = data.length > 200;
  const hatchId = `partial-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  // Each cut period is hatched over its own slot: half-way to its neighbours on either side.
  const partialAreas = useMemo(() => {
    const wanted = new Set(partial?.periods ?? []);
    const areas: { x1: number; x2: number }[] = [];
    plotted.forEach((row, index) => {
      if (!wanted.has(row.period)) return;
      const before = plotted[index - 1]?.x;
      const after = plotted[index + 1]?.x;
      const x1 = before === undefined ? row.x : (before + row.x) / 2;
      const x2 = after === undefined ? row.x : (row.x + after) / 2;
      if (x2 > x1) areas.push({ x1, x2 });
    });
    return areas;
  }, [plotted, partial]);
  // Over many years the event labels would pile up; the lines stay and the note under the chart explains them.
  const labelEvents = events.length <= 6;
  const eventDays = useMemo(
    () =>
      labelEvents ? [] : events.flatMap((event) => (isIsoDate(event.date) ? [toDayNumber(event.date)] : [])),
    [events, labelEvents],
  );
  const frameId = useFrameId();
  const allNotes = useFrameActions().notes;
  const notes = useMemo(() => allNotes.filter((note) => note.panelId === frameId), [allNotes, frameId]);
  // Colours follow the theme: lines reach 3:1 and labels 4.5:1 against the chart's surface.
  const theme = useResolvedTheme();
  const look = CHART_THEMES[theme];
  const tick = useMemo(() => ({ fill: look.text, fontSize: look.fontSize }), [look]);
  const inMargin = referenceLines.some((line) => line.marginLabel !== undefined);
  const formatTooltip = props.formatTooltip ?? formatY;
  const tooltipFormatter = useCallback(
    (value: unknown) => (typeof value === 'number' ? formatTooltip(value) : '—'),
    [formatTooltip],
  );
  const tooltipLook = useMemo(
    () => ({
      content: {
        background: look.tooltipBackground,
        borderColor: look.tooltipBorder,
        color: look.tooltipText,
      },
      item: { color: look.tooltipText },
      cursor: { stroke: look.axis },
    }),
    [look],
  );
  const legendFormatter = useCallback(
    (value: unknown): ReactNode => (
      // Long names are cut in the legend, whole in its tooltip, the table and the CSV.
      <span style={{ color: look.text }} title={String(value)}>
        {shortLabel(String(value))}
      </span>
    ),
    [look.text],
  );
  const singleDot = useMemo(
    () => ({ r: look.lineWidth > 2 ? 3 : 2, fill: look.surface }),
    [look.lineWidth, look.surface],
  );
  const yTicks = useMemo(() => (props.yTicks ? [...props.yTicks] : undefined), [props.yTicks]);
  const dotSeries = useMemo(
    () =>
      kind === 'line' && !dense
        ? series.map((s) => ({
            key: s.key,
            stroke: themeColour(s.color, theme),
            strokeWidth: look.lineWidth,
            strokeDasharray: s.dash,
            r: look.lineWidth > 2 ? 3 : 2,
          }))
        : [],
    [kind, dense, series, theme, look.lineWidth],
  );

  const common = (
    <>
      <CartesianGrid
        stroke={look.grid}
        strokeDasharray={look.gridDash}
        vertical={false}
        // Without vertical lines there is nothing to place; the default generator would still
        // measure every x-axis label in the page (a forced layout each) on every render.
        verticalCoordinatesGenerator={NO_GRID_LINES}
      />
      <XAxis
        dataKey="x"
        type="number"
        scale="time"
        domain={X_DOMAIN}
        ticks={xTicks}
        interval={0}
        tickFormatter={formatDay}
        stroke={look.axis}
        tick={tick}
      />
      <YAxis
        // Larger text (high contrast) needs a wider axis.
        width={Math.round((Y_AXIS_WIDTH * look.fontSize) / 12)}
        tickFormatter={formatY}
        // Five ticks always fit the height; a fixed interval spares measuring each label.
        interval={0}
        domain={props.yDomain ?? DEFAULT_Y_DOMAIN}
        ticks={yTicks}
        stroke={look.axis}
        tick={tick}
      />
      <Tooltip
        formatter={tooltipFormatter}
        labelFormatter={formatDay}
        contentStyle={tooltipLook.content}
        itemStyle={tooltipLook.item}
        cursor={tooltipLook.cursor}
      />
      <Legend formatter={legendFormatter} />
      <defs>
        <pattern
          id={hatchId}
          width={6}
          height={6}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <line x1={0} y1={0} x2={0} y2={6} stroke={look.axis} strokeWidth={1.5} />
        </pattern>
      </defs>
      {partialAreas.map((area) => (
        <ReferenceArea
          key={`partial-${area.x1}`}
          className="partial-period"
          x1={area.x1}
          x2={area.x2}
          fill={`url(#${hatchId})`}
          fillOpacity={0.5}
          ifOverflow="hidden"
          label={{
            value: partial?.label ?? '',
            position: 'insideTop',
            fontSize: look.fontSize - 1,
            fill: look.text,
          }}
        />
      ))}
      {bands.map((band) => {
        const x1 = dayOf(band.from);
        const x2 = dayOf(band.to);
        return x1 !== null && x2 !== null ? (
          <ReferenceArea
            key={`${band.from}-${band.label}`}
            x1={x1}
            x2={x2}
            fill={look.band}
            fillOpacity={look.bandOpacity}
            ifOverflow="hidden"
          />
        ) : null;
      })}
      {eventDays.length > 0 && <EventLines days={eventDays} stroke={look.event} />}
      {labelEvents &&
        events.map((event) => {
          const x = dayOf(event.date);
          return x !== null ? (
            <ReferenceLine
              key={`${event.date}-${event.label}`}
              x={x}
              stroke={look.event}
              strokeDasharray="2 3"
              label={{
                value: event.label,
                position: 'insideTop',
                fontSize: look.fontSize - 1,
                fill: look.eventLabel,
              }}
            />
          ) : null;
        })}
      {notes.map((note) => {
        const x = dayOf(note.date);
        return x !== null ? (
          <ReferenceLine
            key={note.id}
            className="chart-note"
            x={x}
            stroke={themeColour('#6b3fa0', theme)}
            strokeWidth={2}
            label={{
              value: `✎ ${note.text}`,
              position: 'insideTopLeft',
              fontSize: look.fontSize,
              fill: themeColour('#6b3fa0', theme, 4.5),
            }}
          />
        ) : null;
      })}
      {referenceLines.map((line) => (
        <ReferenceLine
          key={line.label}
          y={line.y}
          stroke={themeColour(line.color, theme)}
          strokeWidth={look.lineWidth > 2 ? 2.5 : 1}
          strokeDasharray={line.dash}
          ifOverflow="extendDomain"
          label={
            line.marginLabel === undefined
              ? {
                  value: line.label,
                  position: 'insideBottomLeft',
                  fontSize: look.fontSize,
                  fill: themeColour(line.color, theme, 4.5),
                }
              : undefined
          }
        />
      ))}
      {inMargin && (
        <ReferenceMarginLabels
          fontSize={look.fontSize}
          // Claims of the same value share one label: the legend names each of them.
          labels={referenceLines.flatMap((line, index) =>
            line.marginLabel === undefined ||
            referenceLines.findIndex(
              (other) => other.y === line.y && other.marginLabel === line.marginLabel,
            ) !== index
              ? []
              : [{ y: line.y, text: line.marginLabel, color: themeColour(line.color, theme, 4.5) }],
          )}
        />
      )}
    </>
  );

  const margin = inMargin ? { ...CHART_MARGIN, right: MARGIN_LABEL_WIDTH } : CHART_MARGIN;
  const frame = { width, height, data: plotted, margin };
  return (
    <figure
      className="time-series-chart"
      ref={wrapper}
      data-rows={rows.length}
      data-points={data.length}
      aria-label={description}
    >
      {width > 0 &&
        (kind === 'line' ? (
          <LineChart {...frame}>
            {common}
            {series.map((s, index) => (
              <Line
                // By place, not by series: after a switch to other series (another commodity's
                // origins) each line is updated in place rather than removed from Recharts' store
                // and added again.
                key={index}
                dataKey={s.key}
                name={s.label}
                stroke={themeColour(s.color, theme)}
                strokeWidth={look.lineWidth}
                strokeDasharray={s.dash}
                // Sparse lines get their dots from SeriesDots (one path per series); a line of one
                // point, which Recharts always marks, keeps Recharts' own dot.
                dot={dotSeries.length > 0 && plotted.length === 1 ? singleDot : false}
                isAnimationActive={false}
                connectNulls={false}
              />
            ))}
            {dotSeries.length > 0 && plotted.length > 1 && (
              <SeriesDots rows={plotted} series={dotSeries} fill={look.surface} />
            )}
          </LineChart>
        ) : (
          <AreaChart {...frame}>
            {common}
            {series.map((s, index) => (
              <Area
                // By place, as the lines above.
                key={index}
                dataKey={s.key}
                name={s.label}
                stackId="stack"
                stroke={themeColour(s.color, theme)}
                fill={themeColour(s.color, theme)}
                fillOpacity={look.areaOpacity}
                isAnimationActive={false}
                connectNulls={false}
              />
            ))}
          </AreaChart>
        ))}
      {inMargin && (
        <ul className="reference-legend">
          {referenceLines.map((line) => (
            <li key={line.label}>
              <svg width="28" height="10" aria-hidden="true">
                <line
                  x1="1"
                  y1="5"
                  x2="27"
                  y2="5"
                  stroke={themeColour(line.color, theme)}
                  strokeWidth={2}
                  strokeDasharray={line.dash}
                />
              </svg>
              {line.label}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
