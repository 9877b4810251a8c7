import { useId, useMemo, useState, type KeyboardEvent, Fragment } from 'react';
import {
  arrowHead,
  quadraticArc,
  sqrtWidth,
  type MapViewport,
  type Point,
} from '../../domain/geo-projection';
import { placeLabels, type FlowMapModel, type MapOrigin } from './flow-map-model';
import { truncateLabel } from './truncate-label';

const WIDTH_RANGE = [1, 14] as const;
/** Domestic origins labelled on the map itself; the rest are named by tooltip, focus and table. */
const LABELLED_POINTS = 6;
const LABEL_CHARS = 24;
/** As set for the map's SVG in flows.css. */
const FONT_SIZE = 12;
const COMPACT_FONT_SIZE = 30;
const NONE: ReadonlySet<string> = new Set();

export interface OriginView {
  name: string;
  /** Accessible name: "Kabupaten Cirebon: 356.472 t beras". */
  description: string;
  /** Lines of the tooltip after the name. */
  details: string[];
}

export interface FlowMapProps {
  model: FlowMapModel;
  /** Colour of a commodity group, as drawn in the current theme. */
  groupColor: (group: string) => string;
  viewport: MapViewport;
  indonesiaPath: string;
  neighboursPath: string;
  describeOrigin: (origin: MapOrigin) => OriginView;
  jakartaLabel: string;
  description: string;
  selectedOrigin: string | undefined;
  onSelectOrigin: (code: string) => void;
  /** Origins always named on the map (the partner regions), drawn with a ring. */
  emphasised?: ReadonlySet<string>;
  /** The area the inset shows, outlined on this map; its origins are named in the inset. */
  insetFrame?: { x: number; y: number; width: number; height: number } | null;
  /**
   * On a phone the map is drawn at a third of its size: labels three times larger (in viewBox
   * units), and no names at the edge arrows, which would run into each other there.
   */
  compact?: boolean;
}

function inFrame(at: Point, frame: FlowMapProps['insetFrame']): boolean {
  if (!frame) return false;
  const [x, y] = at;
  return x >= frame.x && x <= frame.x + frame.width && y >= frame.y && y <= frame.y + frame.height;
}

function labelAnchor(
  at: Point,
  viewport: MapViewport,
): { x: number; y: number; anchor: 'start' | 'middle' | 'end' } {
  const [x, y] = at;
  const distances = [y, viewport.width - x, viewport.height - y, x];
  const side = distances.indexOf(Math.min(...distances));
  if (side === 0) return { x, y: y + 22, anchor: 'middle' };
  if (side === 1) return { x: x - 12, y: y - 8, anchor: 'end' };
  if (side === 2) return { x, y: y - 14, anchor: 'middle' };
  return { x: x + 12, y: y - 8, anchor: 'start' };
}

/** Indonesia, the flows into Jakarta as arcs, and every origin as a focusable point or edge arrow. */
export function FlowMap(props: FlowMapProps) {
  const { model, viewport, describeOrigin, selectedOrigin, onSelectOrigin, groupColor, insetFrame } = props;
  const emphasised = props.emphasised ?? NONE;
  const compact = props.compact ?? false;
  const labelSize = compact ? COMPACT_FONT_SIZE : FONT_SIZE;
  const [active, setActive] = useState<string | null>(null);
  const tooltipId = useId();
  const { target } = model;

  const arcs = target
    ? model.origins
        .flatMap((origin) => {
          const { placement } = origin;
          if (placement.kind === 'unplaced') return [];
          return origin.flows.map((flow, index) => ({
            key: `${origin.code}|${flow.group}`,
            origin: origin.code,
            tonnes: flow.tonnes,
            color: groupColor(flow.group),
            // Several groups from one origin fan out rather than overlap.
            path: quadraticArc(placement.at, target, 0.14 + 0.07 * index),
          }));
        })
        .filter((arc) => arc.path !== '')
        // Largest underneath, so the thin lines stay visible on top of the thick ones.
        .sort((a, b) => b.tonnes - a.tonnes || a.key.localeCompare(b.key))
    : [];
  const labelled = useMemo(() => {
    // Partners first, whatever their size; then the largest origins outside the inset's area.
    const ordered = [
      ...model.origins.filter((origin) => emphasised.has(origin.code)),
      ...model.origins.filter((origin) => !emphasised.has(origin.code)),
    ];
    const candidates = ordered.flatMap((origin) =>
      origin.placement.kind === 'point' &&
      (emphasised.has(origin.code) || !inFrame(origin.placement.at, insetFrame))
        ? [
            {
              code: origin.code,
              at: origin.placement.at,
              text: truncateLabel(describeOrigin(origin).name, LABEL_CHARS),
            },
          ]
        : [],
    );
    const jakarta = target
      ? [{ x0: target[0] - 70, y0: target[1] - 24, x1: target[0] + 4, y1: target[1] + 6 }]
      : [];
    return placeLabels(candidates, labelSize, LABELLED_POINTS + emphasised.size, jakarta);
  }, [model, describeOrigin, target, emphasised, insetFrame, labelSize]);
  const activeOrigin = model.origins.find((origin) => origin.code === active);
  const activeAt =
    activeOrigin && activeOrigin.placement.kind !== 'unplaced' ? activeOrigin.placement.at : null;
  const activeView = activeOrigin ? describeOrigin(activeOrigin) : null;

  const onKeyDown = (event: KeyboardEvent, code: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelectOrigin(code);
    } else if (event.key === 'Escape') {
      setActive(null);
    }
  };

  return (
    <div className="flow-map">
      <svg
        data-chart-surface="map"
        viewBox={`0 0 ${viewport.width} ${viewport.height}`}
        width="100%"
        role="group"
        aria-label={props.description}
      >
        <rect className="flow-map-sea" width={viewport.width} height={viewport.height} fill="#EEF3F6" />
        <path
          className="flow-map-neighbours"
          d={props.neighboursPath}
          fill="#E2E2DC"
          stroke="#FFFFFF"
          strokeWidth={0.6}
        />
        <path
          className="flow-map-indonesia"
          d={props.indonesiaPath}
          fill="#CFC9B8"
          stroke="#FFFFFF"
          strokeWidth={0.6}
        />
        {insetFrame && (
          <rect
            className="flow-map-inset-frame"
            x={insetFrame.x}
            y={insetFrame.y}
            width={insetFrame.width}
            height={insetFrame.height}
            fill="none"
            aria-hidden="true"
          />
        )}
        <g className="flow-map-arcs" fill="none" strokeLinecap="round" aria-hidden="true">
          {arcs.map((arc) => (
            <path
              key={arc.key}
              d={arc.path}
              stroke={arc.color}
              strokeWidth={sqrtWidth(arc.tonnes, model.maxTonnes, WIDTH_RANGE)}
              strokeOpacity={active === null || active === arc.origin ? 0.75 : 0.25}
            />
          ))}
        </g>
        {target && (
          <g className="flow-map-target" aria-hidden="true">
            <circle className="flow-map-jakarta" cx={target[0]} cy={target[1]} r={6} />
            <text
              x={target[0] - 10}
              y={target[1] - 10}
              textAnchor="end"
              className="flow-map-label"
              fontSize={labelSize}
            >
              {props.jakartaLabel}
            </text>
          </g>
        )}
        <g className="flow-map-origins">
          {model.origins.map((origin) => {
            const { placement } = origin;
            if (placement.kind === 'unplaced') return null;
            const view = describeOrigin(origin);
            const [x, y] = placement.at;
            const color = groupColor(origin.flows[0]?.group ?? '');
            const isActive = active === origin.code;
            const edge = placement.kind === 'edge';
            const label = edge && !compact ? labelAnchor(placement.at, viewport) : null;
            // Labels sit beside the focusable group, hidden from assistive technology, so the
            // truncated visible text never disagrees with the group's accessible name.
            return (
              <Fragment key={origin.code}>
                <g
                  className="flow-map-origin"
                  data-origin={origin.code}
                  role="button"
                  tabIndex={0}
                  aria-label={view.description}
                  aria-pressed={selectedOrigin === origin.code}
                  aria-describedby={isActive ? tooltipId : undefined}
                  onClick={() => onSelectOrigin(origin.code)}
                  onKeyDown={(event) => onKeyDown(event, origin.code)}
                  onMouseEnter={() => setActive(origin.code)}
                  onMouseLeave={() => setActive((current) => (current === origin.code ? null : current))}
                  onFocus={() => setActive(origin.code)}
                  onBlur={() => setActive((current) => (current === origin.code ? null : current))}
                >
                  <circle className="flow-map-hit" cx={x} cy={y} r={10} fill="transparent" />
                  {placement.kind === 'edge' && target ? (
                    <polygon
                      className="flow-map-arrow"
                      points={arrowHead(placement.at, target, 11)
                        .map((corner) => corner.join(','))
                        .join(' ')}
                      fill={color}
                    />
                  ) : (
                    <circle
                      className={emphasised.has(origin.code) ? 'flow-map-dot is-partner' : 'flow-map-dot'}
                      cx={x}
                      cy={y}
                      r={isActive || selectedOrigin === origin.code ? 5 : 3.5}
                    />
                  )}
                </g>
                {label && (
                  <text
                    x={label.x}
                    y={label.y}
                    textAnchor={label.anchor}
                    className="flow-map-label"
                    fontSize={labelSize}
                    aria-hidden="true"
                    pointerEvents="none"
                  >
                    {truncateLabel(view.name, LABEL_CHARS)}
                  </text>
                )}
                {!edge && labelled.has(origin.code) && (
                  <text
                    x={x + 7}
                    y={y - 6}
                    className="flow-map-label"
                    fontSize={labelSize}
                    aria-hidden="true"
                    pointerEvents="none"
                  >
                    {truncateLabel(view.name, LABEL_CHARS)}
                  </text>
                )}
              </Fragment>
            );
          })}
        </g>
      </svg>
      {activeOrigin && activeAt && activeView && (
        <div
          id={tooltipId}
          role="tooltip"
          className="flow-map-tooltip"
          style={{
            left: `${(activeAt[0] / viewport.width) * 100}%`,
            top: `${(activeAt[1] / viewport.height) * 100}%`,
          }}
        >
          <strong>{activeView.name}</strong>
          {activeView.details.map((line) => (
            <span key={line}>{line}</span>
          ))}
        </div>
      )}
    </div>
  );
}
