import {
  memo,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { fromDayNumber, isIsoDate, toDayNumber } from '../domain/calendar-date';
import { m4ColumnsFor, m4Rows } from '../domain/downsample';
import { timeTicks } from '../domain/time-ticks';
import { spreadLabels } from '../domain/value-axis';
import {
  areaPath,
  linearScale,
  linePath,
  nearestIndex,
  px,
  roundAxis,
  stackValues,
  type Scale,
} from './chart-geometry';
import { useFrameActions } from './frame-actions';
import { useFrameId } from './frame-context';
import { shortLabel } from './image-export';
import { CHART_THEMES, themeColour, type ChartTheme } from '../theme/chart-theme';
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

const Y_AXIS_WIDTH = 72;
const PLOT_TOP = 16;
/** Room right of the plot: a little, or enough for the reference lines' short labels. */
const PLOT_RIGHT = 16;
const MARGIN_LABEL_WIDTH = 56;
/** Smallest distance between two margin labels' baselines: one line of text. */
const MARGIN_LABEL_GAP = 14;
const X_TICK_SPACING = 110;
const TICK_SIZE = 6;
/** The legend's row under the chart, taken out of the chart's height so the panel keeps its size. */
const LEGEND_HEIGHT = 28;
/** More points than this and a line is drawn without dots: they would merge into a band. */
const DENSE_POINTS = 200;
const DEFAULT_Y_DOMAIN: [number, 'auto'] = [0, 'auto'];
/** Average glyph width as a share of the font size: keeps the last time label inside the chart. */
const GLYPH_WIDTH = 0.56;

interface Plot {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One series as drawn: its look, and per plotted row its value and the y of its (top) edge in pixels. */
interface DrawnSeries {
  key: string;
  label: string;
  colour: string;
  dash?: string;
  values: (number | null)[];
  ys: (number | null)[];
  line: string;
  area: string | null;
}

interface Geometry {
  plot: Plot;
  xs: number[];
  xScale: Scale;
  yScale: Scale;
  xTicks: number[];
  yTicks: number[];
  drawn: DrawnSeries[];
}

function finite(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The value axis: the caller's domain and ticks, or round ones over the data and the reference lines. */
function valueAxis(
  values: readonly (number | null)[][],
  references: readonly number[],
  wanted: [number | 'auto', number | 'auto'],
  givenTicks: readonly number[] | undefined,
): { domain: [number, number]; ticks: number[] } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const column of values)
    for (const value of column) {
      if (value === null) continue;
      if (value < min) min = value;
      if (value > max) max = value;
    }
  // Reference lines widen the axis (a claim is always on the chart), as the data does.
  for (const value of references) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const [wantLo, wantHi] = wanted;
  const lo = wantLo === 'auto' ? min : Math.min(wantLo, min);
  const hi = wantHi === 'auto' ? max : Math.max(wantHi, max);
  if (givenTicks && wantLo !== 'auto' && wantHi !== 'auto') {
    const domain: [number, number] = [lo, hi];
    return { domain, ticks: givenTicks.filter((tick) => tick >= domain[0] && tick <= domain[1]) };
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return roundAxis(0, 1);
  const round = roundAxis(lo, hi);
  // A fixed end stays where it was asked to be; the round ticks beyond it go.
  const domain: [number, number] = [
    wantLo === 'auto' ? round.domain[0] : lo,
    wantHi === 'auto' ? round.domain[1] : hi,
  ];
  const ticks = givenTicks ?? round.ticks;
  return { domain, ticks: ticks.filter((tick) => tick >= domain[0] - 1e-9 && tick <= domain[1] + 1e-9) };
}

/** Width of an element, kept up to date; charts downsample to it. */
function useWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    // Only a new width is set: setting the same one would render the chart again for nothing.
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
function ReferenceMarginLabels({
  labels,
  plot,
  yScale,
  fontSize,
}: {
  labels: readonly MarginLabel[];
  plot: Plot;
  yScale: Scale;
  fontSize: number;
}) {
  const lineYs = labels.map((label) => yScale(label.y));
  const placed = spreadLabels(
    lineYs,
    Math.max(MARGIN_LABEL_GAP, fontSize + 2),
    plot.y + fontSize / 2,
    plot.y + plot.height,
  );
  const right = plot.x + plot.width;
  return (
    <g className="reference-margin-labels">
      {labels.map((label, index) => {
        const lineY = px(lineYs[index] ?? 0);
        const y = px(placed[index] ?? lineY);
        return (
          <g key={`${label.text}-${label.y}`}>
            <polyline
              points={`${right},${lineY} ${right + 6},${lineY} ${right + 10},${y}`}
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

/** Circles of radius r at every point with a value, as one path per series (drawn above the lines). */
function dotsPath(xs: readonly number[], ys: readonly (number | null)[], r: number): string {
  let d = '';
  xs.forEach((x, index) => {
    const y = ys[index];
    if (y === null || y === undefined) return;
    d += `M${px(x - r)},${px(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  });
  return d;
}

interface PointerProps {
  geometry: Geometry;
  /** Day numbers of the plotted rows; only the row under the pointer is given its label. */
  periods: readonly number[];
  formatPeriod: (period: string) => string;
  formatValue: (value: number) => string;
  look: ChartTheme;
  height: number;
  width: number;
  children: ReactNode;
}

/** Room between the cursor line and the tooltip beside it. */
const TOOLTIP_GAP = 12;

/**
 * Where the tooltip starts: beside the cursor, on the side with more room, or on the other side
 * when only that one has room for it; never beyond the chart's edges (on a phone it is wider than
 * half the chart).
 */
function tooltipLeft(x: number, tip: number, width: number): number {
  const fitsRight = x + TOOLTIP_GAP + tip <= width;
  const fitsLeft = x - TOOLTIP_GAP - tip >= 0;
  const onLeft = x > width / 2 ? fitsLeft || !fitsRight : !fitsRight && fitsLeft;
  const left = onLeft ? x - TOOLTIP_GAP - tip : x + TOOLTIP_GAP;
  return Math.max(0, Math.min(width - tip, left));
}

/**
 * The plot's pointer and keyboard reading: the nearest row to the pointer (or chosen with the arrow
 * keys once the chart has focus) gets a cursor line, a dot on every series and a tooltip with its
 * date and values. Its own state: moving the pointer redraws only this layer, never the chart under it.
 */
function ChartPointer({
  geometry,
  periods,
  formatPeriod,
  formatValue,
  look,
  height,
  width,
  children,
}: PointerProps) {
  const [active, setActive] = useState<number | null>(null);
  const tooltip = useRef<HTMLDivElement>(null);
  const [tipWidth, setTipWidth] = useState(0);
  const { xs, plot, drawn } = geometry;
  const last = xs.length - 1;
  const shown = active !== null && active <= last ? active : null;
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    const inside = x >= plot.x && x <= plot.x + plot.width && y >= plot.y && y <= plot.y + plot.height;
    setActive(inside ? nearestIndex(xs, x) : null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = shown ?? last;
    const next =
      event.key === 'ArrowLeft'
        ? Math.max(0, current - 1)
        : event.key === 'ArrowRight'
          ? Math.min(last, current + 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : event.key === 'Escape'
                ? null
                : undefined;
    if (next === undefined) return;
    event.preventDefault();
    setActive(next);
  };
  const x = shown === null ? 0 : (xs[shown] ?? 0);
  // The tooltip's width is known once it is laid out: measured before paint, so it is placed
  // inside the chart in the same frame.
  useLayoutEffect(() => {
    const measured = tooltip.current?.offsetWidth;
    if (measured !== undefined && measured !== tipWidth) setTipWidth(measured);
    // Measured again whenever what the tooltip says may have changed.
  }, [shown, geometry, periods, formatPeriod, formatValue, tipWidth]);
  const left = tooltipLeft(x, tipWidth, width);
  return (
    <div
      className="chart-plot"
      style={{ height }}
      // Focusable so the values can be read without a pointer: arrows move along the time axis.
      tabIndex={xs.length > 0 ? 0 : undefined}
      onPointerMove={onPointerMove}
      onPointerLeave={() => setActive(null)}
      onKeyDown={onKeyDown}
      onFocus={() => setActive((current) => current ?? last)}
      onBlur={() => setActive(null)}
    >
      {children}
      {shown !== null && (
        <>
          <svg className="chart-pointer" width={width} height={height} aria-hidden="true">
            <line x1={x} x2={x} y1={plot.y} y2={plot.y + plot.height} stroke={look.axis} />
            {drawn.map((series) => {
              const y = series.ys[shown];
              return y === null || y === undefined ? null : (
                <circle
                  key={series.key}
                  cx={x}
                  cy={y}
                  r={4}
                  fill={series.colour}
                  stroke={look.surface}
                  strokeWidth={2}
                />
              );
            })}
          </svg>
          <div
            ref={tooltip}
            className="chart-tooltip"
            role="status"
            style={{
              left,
              top: plot.y,
              background: look.tooltipBackground,
              borderColor: look.tooltipBorder,
              color: look.tooltipText,
            }}
          >
            <p className="chart-tooltip-label">{formatPeriod(fromDayNumber(periods[shown] ?? 0))}</p>
            <ul>
              {drawn.map((series) => {
                const value = series.values[shown];
                return (
                  <li key={series.key}>
                    <span className="chart-tooltip-swatch" style={{ background: series.colour }} />
                    {series.label}: {value === null || value === undefined ? '—' : formatValue(value)}
                  </li>
                );
              })}
            </ul>
          </div>
        </>
      )}
    </div>
  );
}

/** The series' names under the chart; long names are cut here, whole in the title, the table and the CSV. */
const ChartLegend = memo(function ChartLegend({
  drawn,
  kind,
  lineWidth,
}: {
  drawn: readonly DrawnSeries[];
  kind: TimeSeriesChartProps['kind'];
  lineWidth: number;
}) {
  return (
    <ul className="chart-legend">
      {drawn.map((series) => (
        <li key={series.key} className="chart-legend-item">
          <svg width="16" height="10" aria-hidden="true">
            {kind === 'line' ? (
              <line
                x1="0"
                y1="5"
                x2="16"
                y2="5"
                stroke={series.colour}
                strokeWidth={Math.min(3, lineWidth)}
                strokeDasharray={series.dash}
              />
            ) : (
              <rect x="2" y="0" width="12" height="10" fill={series.colour} />
            )}
          </svg>
          <span className="chart-legend-text" title={series.label}>
            {shortLabel(series.label)}
          </span>
        </li>
      ))}
    </ul>
  );
});

/**
 * Lines or stacked areas over time, drawn as plain SVG: axes, grid, the series, reference lines,
 * events, bands, notes, a legend and a tooltip. Series are thinned to about one row per pixel of
 * plot width (M4: the extremes of every column stay), dense lines have no dots and nothing is
 * animated, so a switch redraws in one short task even for seven years of daily data.
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
    yDomain = DEFAULT_Y_DOMAIN,
    yTicks: givenYTicks,
  } = props;
  const [wrapper, width] = useWidth<HTMLElement>();
  const theme = useResolvedTheme();
  const look = CHART_THEMES[theme];
  const inMargin = referenceLines.some((line) => line.marginLabel !== undefined);
  const svgHeight = Math.max(60, height - LEGEND_HEIGHT);
  // Larger text (high contrast) needs a wider axis.
  const yAxisWidth = Math.round((Y_AXIS_WIDTH * look.fontSize) / 12);
  const plot: Plot = useMemo(() => {
    const right = inMargin ? MARGIN_LABEL_WIDTH : PLOT_RIGHT;
    const bottom = TICK_SIZE + look.fontSize + 10;
    return {
      x: yAxisWidth,
      y: PLOT_TOP,
      width: Math.max(50, width - yAxisWidth - right),
      height: Math.max(20, svgHeight - PLOT_TOP - bottom),
    };
  }, [inMargin, look.fontSize, yAxisWidth, width, svgHeight]);
  const keys = useMemo(() => series.map((s) => s.key), [series]);
  // M4 over columns of the plot: every series keeps its extremes, and the rows kept stay within
  // about one per pixel, however many years of daily data come in (domain/downsample.ts).
  const data = useMemo(
    () => (rows.length > plot.width ? m4Rows(rows, keys, m4ColumnsFor(plot.width, keys.length)) : rows),
    [rows, keys, plot.width],
  );
  // A numeric time axis (day numbers) keeps downsampled points at their true dates and lets
  // events sit on their exact day, not on the period that contains them.
  const days = useMemo(() => data.map((row) => toDayNumber(row.period)), [data]);
  const referenceValues = useMemo(() => referenceLines.map((line) => line.y), [referenceLines]);
  const geometry: Geometry = useMemo(() => {
    const first = days[0] ?? 0;
    const lastDay = days.at(-1) ?? first;
    const xScale = linearScale(first, lastDay, plot.x, plot.x + plot.width);
    const xs = days.map(xScale);
    const values = keys.map((key) => data.map((row) => finite(row[key])));
    const stacked = kind === 'stacked-area' ? stackValues(data, keys) : null;
    const edges = stacked ? stacked.map((band) => band.upper) : values;
    const axis = valueAxis(edges, referenceValues, yDomain, givenYTicks);
    const yScale = linearScale(axis.domain[0], axis.domain[1], plot.y + plot.height, plot.y);
    const drawn = series.map((s, index): DrawnSeries => {
      const ys = (edges[index] ?? []).map((value) => (value === null ? null : yScale(value)));
      const band = stacked?.[index];
      return {
        key: s.key,
        label: s.label,
        colour: themeColour(s.color, theme),
        dash: s.dash,
        values: values[index] ?? [],
        ys,
        line: linePath(xs, ys),
        area: band ? areaPath(xs, ys, band.lower.map(yScale)) : null,
      };
    });
    // Labels on round dates, as many as fit (about one per 110 px).
    const xTicks = timeTicks(first, lastDay, Math.max(2, Math.floor(plot.width / X_TICK_SPACING)));
    return { plot, xs, xScale, yScale, xTicks, yTicks: axis.ticks, drawn };
  }, [days, data, keys, kind, series, theme, plot, referenceValues, yDomain, givenYTicks]);
  const frameId = useFrameId();
  const allNotes = useFrameActions().notes;
  const notes = useMemo(() => allNotes.filter((note) => note.panelId === frameId), [allNotes, frameId]);
  const clipId = `plot-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const hatchId = `${clipId}-hatch`;

  const { xScale, yScale, xs, drawn } = geometry;
  const dayOf = (date: string) => (isIsoDate(date) ? xScale(toDayNumber(date)) : null);
  const insidePlot = (x: number | null): x is number =>
    x !== null && Number.isFinite(x) && x >= plot.x - 0.5 && x <= plot.x + plot.width + 0.5;
  const clampX = (x: number) => Math.min(plot.x + plot.width, Math.max(plot.x, x));
  const bottom = plot.y + plot.height;
  const right = plot.x + plot.width;
  const small = look.fontSize - 1;

  // Each cut period is hatched over its own slot: half-way to its neighbours on either side.
  const partialAreas: { x1: number; x2: number }[] = [];
  if (partial) {
    const wanted = new Set(partial.periods);
    data.forEach((row, index) => {
      if (!wanted.has(row.period)) return;
      const x = xs[index] ?? 0;
      const before = xs[index - 1];
      const after = xs[index + 1];
      const x1 = before === undefined ? x : (before + x) / 2;
      const x2 = after === undefined ? x : (x + after) / 2;
      if (x2 > x1) partialAreas.push({ x1, x2 });
    });
  }
  // Over many years the event labels would pile up; the lines stay and the note under the chart explains them.
  const labelEvents = events.length <= 6;
  let eventPath = '';
  if (!labelEvents)
    for (const event of events) {
      const x = dayOf(event.date);
      if (insidePlot(x)) eventPath += `M${px(x)},${px(plot.y)}v${px(plot.height)}`;
    }
  const dense = data.length > DENSE_POINTS;
  const dotRadius = look.lineWidth > 2 ? 3 : 2;
  // Claims of the same value share one margin label: the legend under the chart names each of them.
  const marginLabels = referenceLines.flatMap((line, index) =>
    line.marginLabel === undefined ||
    referenceLines.findIndex((other) => other.y === line.y && other.marginLabel === line.marginLabel) !==
      index
      ? []
      : [{ y: line.y, text: line.marginLabel, color: themeColour(line.color, theme, 4.5) }],
  );
  const lastTick = geometry.xTicks.at(-1);

  const surface = (
    <svg
      className="chart-surface"
      data-chart-surface="time-series"
      width={width}
      height={svgHeight}
      viewBox={`0 0 ${width} ${svgHeight}`}
      aria-hidden="true"
    >
      <defs>
        <clipPath id={clipId}>
          <rect x={plot.x} y={plot.y} width={plot.width} height={plot.height} />
        </clipPath>
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
      <g className="chart-grid">
        {geometry.yTicks.map((tick) => {
          const y = px(yScale(tick));
          return (
            <line
              key={tick}
              x1={plot.x}
              x2={right}
              y1={y}
              y2={y}
              stroke={look.grid}
              strokeDasharray={look.gridDash}
            />
          );
        })}
      </g>
      <g clipPath={`url(#${clipId})`}>
        {bands.map((band) => {
          const x1 = dayOf(band.from);
          const x2 = dayOf(band.to);
          return x1 !== null && x2 !== null && x2 > plot.x && x1 < right ? (
            <rect
              key={`${band.from}-${band.label}`}
              className="chart-band"
              x={px(clampX(x1))}
              y={plot.y}
              width={px(clampX(x2) - clampX(x1))}
              height={plot.height}
              fill={look.band}
              fillOpacity={look.bandOpacity}
            />
          ) : null;
        })}
        {drawn.map((s) =>
          s.area === null ? null : (
            <path
              key={s.key}
              className="chart-area"
              d={s.area}
              fill={s.colour}
              fillOpacity={look.areaOpacity}
              stroke="none"
            />
          ),
        )}
        {partialAreas.map((area) => (
          <rect
            key={`partial-${area.x1}`}
            className="partial-period"
            x={px(area.x1)}
            y={plot.y}
            width={px(area.x2 - area.x1)}
            height={plot.height}
            fill={`url(#${hatchId})`}
            fillOpacity={0.5}
          />
        ))}
      </g>
      {eventPath !== '' && (
        <path className="event-lines" d={eventPath} fill="none" stroke={look.event} strokeDasharray="2 3" />
      )}
      {labelEvents &&
        events.map((event) => {
          const x = dayOf(event.date);
          return insidePlot(x) ? (
            <g key={`${event.date}-${event.label}`} className="chart-event">
              <line x1={px(x)} x2={px(x)} y1={plot.y} y2={bottom} stroke={look.event} strokeDasharray="2 3" />
              <text
                x={px(x)}
                y={plot.y + small + 2}
                textAnchor="middle"
                fontSize={small}
                fill={look.eventLabel}
              >
                {event.label}
              </text>
            </g>
          ) : null;
        })}
      {referenceLines.map((line) => {
        const y = px(yScale(line.y));
        return (
          <g key={line.label} className="chart-reference-line">
            <line
              x1={plot.x}
              x2={right}
              y1={y}
              y2={y}
              stroke={themeColour(line.color, theme)}
              strokeWidth={look.lineWidth > 2 ? 2.5 : 1}
              strokeDasharray={line.dash}
            />
            {line.marginLabel === undefined && (
              <text
                x={plot.x + 5}
                y={y - 5}
                fontSize={look.fontSize}
                fill={themeColour(line.color, theme, 4.5)}
              >
                {line.label}
              </text>
            )}
          </g>
        );
      })}
      {drawn.map((s) =>
        s.line === '' ? null : (
          <path
            key={s.key}
            className={kind === 'line' ? 'chart-line' : 'chart-area-edge'}
            d={s.line}
            fill="none"
            stroke={s.colour}
            strokeWidth={kind === 'line' ? look.lineWidth : 1}
            strokeDasharray={kind === 'line' ? s.dash : undefined}
            strokeLinejoin="round"
          />
        ),
      )}
      {kind === 'line' &&
        (!dense || xs.length === 1) &&
        drawn.map((s) => {
          const d = dotsPath(xs, s.ys, dotRadius);
          return d === '' ? null : (
            <path
              key={s.key}
              className="series-dots"
              d={d}
              fill={look.surface}
              stroke={s.colour}
              strokeWidth={look.lineWidth}
              strokeDasharray={s.dash}
            />
          );
        })}
      {notes.map((note) => {
        const x = dayOf(note.date);
        return insidePlot(x) ? (
          <g key={note.id} className="chart-note">
            <line
              x1={px(x)}
              x2={px(x)}
              y1={plot.y}
              y2={bottom}
              stroke={themeColour('#6b3fa0', theme)}
              strokeWidth={2}
            />
            <text
              x={px(x) + 5}
              y={plot.y + look.fontSize + 2}
              fontSize={look.fontSize}
              fill={themeColour('#6b3fa0', theme, 4.5)}
            >
              {`✎ ${note.text}`}
            </text>
          </g>
        ) : null;
      })}
      {partialAreas.length > 0 && partial && (
        <g className="partial-period-labels">
          {partialAreas.map((area) => {
            // Centred on its slot, or against the plot's edge when centring would cut it.
            const half = (partial.label.length * small * GLYPH_WIDTH) / 2;
            const middle = (area.x1 + area.x2) / 2;
            const [x, anchor]: [number, 'start' | 'middle' | 'end'] =
              middle - half < plot.x
                ? [plot.x + 2, 'start']
                : middle + half > right
                  ? [right - 2, 'end']
                  : [middle, 'middle'];
            return (
              <text
                key={`partial-${area.x1}`}
                x={px(x)}
                y={plot.y + small + 2}
                textAnchor={anchor}
                fontSize={small}
                fill={look.text}
              >
                {partial.label}
              </text>
            );
          })}
        </g>
      )}
      <g className="chart-x-axis">
        <line x1={plot.x} x2={right} y1={bottom} y2={bottom} stroke={look.axis} />
        {geometry.xTicks.map((day) => {
          const x = px(xScale(day));
          const text = formatX(fromDayNumber(day));
          // The last label ends at its tick when centring it would cut it at the chart's edge.
          const anchor =
            day === lastTick && x + (text.length * look.fontSize * GLYPH_WIDTH) / 2 > width
              ? 'end'
              : 'middle';
          return (
            <g key={day} className="chart-tick">
              <line x1={x} x2={x} y1={bottom} y2={bottom + TICK_SIZE} stroke={look.axis} />
              <text
                className="chart-tick-label"
                x={x}
                y={bottom + TICK_SIZE + 2}
                dy="0.8em"
                textAnchor={anchor}
                fontSize={look.fontSize}
                fill={look.text}
              >
                {text}
              </text>
            </g>
          );
        })}
      </g>
      <g className="chart-y-axis">
        <line x1={plot.x} x2={plot.x} y1={plot.y} y2={bottom} stroke={look.axis} />
        {geometry.yTicks.map((tick) => {
          const y = px(yScale(tick));
          return (
            <g key={tick} className="chart-tick">
              <line x1={plot.x - TICK_SIZE} x2={plot.x} y1={y} y2={y} stroke={look.axis} />
              <text
                className="chart-tick-label"
                x={plot.x - TICK_SIZE - 2}
                y={y}
                dy="0.35em"
                textAnchor="end"
                fontSize={look.fontSize}
                fill={look.text}
              >
                {formatY(tick)}
              </text>
            </g>
          );
        })}
      </g>
      {marginLabels.length > 0 && (
        <ReferenceMarginLabels labels={marginLabels} plot={plot} yScale={yScale} fontSize={look.fontSize} />
      )}
    </svg>
  );

  return (
    <figure
      className="time-series-chart"
      ref={wrapper}
      data-rows={rows.length}
      data-points={data.length}
      aria-label={description}
    >
      {width > 0 && (
        <>
          <ChartPointer
            geometry={geometry}
            periods={days}
            formatPeriod={formatX}
            formatValue={props.formatTooltip ?? formatY}
            look={look}
            height={svgHeight}
            width={width}
          >
            {surface}
          </ChartPointer>
          <ChartLegend drawn={drawn} kind={kind} lineWidth={look.lineWidth} />
        </>
      )}
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
