import { useMemo } from 'react';
import { quadraticArc, sqrtWidth, type MapViewport } from '../../domain/geo-projection';
import type { OriginView } from './flow-map';
import { placeSideLabels, type FlowMapModel, type MapOrigin } from './flow-map-model';
import { truncateLabel } from './truncate-label';

const WIDTH_RANGE = [1, 14] as const;
const LABEL_CHARS = 24;
/** The inset's text is drawn larger than the national map's: it is where the names are read. */
const FONT_SIZE = 15;
const LABELLED_POINTS = 14;

export interface FlowMapInsetProps {
  /** The flows placed with the inset's projection; origins outside it are left out. */
  model: FlowMapModel;
  viewport: MapViewport;
  indonesiaPath: string;
  neighboursPath: string;
  groupColor: (group: string) => string;
  describeOrigin: (origin: MapOrigin) => OriginView;
  /** Scale of the national map's widths, so a band is as thick here as there. */
  maxTonnes: number;
  title: string;
  jakartaLabel: string;
  emphasised: ReadonlySet<string>;
  selectedOrigin: string | undefined;
  onSelectOrigin: (code: string) => void;
  /** Label size in viewBox units (larger on a phone). */
  labelSize?: number;
}

/**
 * Java enlarged, under the national map: the origins there, named. A picture of the same points the
 * map above makes focusable, so it is hidden from assistive technology; a click selects as there.
 */
export function FlowMapInset(props: FlowMapInsetProps) {
  const { model, viewport, describeOrigin, groupColor, emphasised } = props;
  const { target } = model;
  const labelSize = props.labelSize ?? FONT_SIZE;
  const points = useMemo(
    () =>
      model.origins.flatMap((origin) =>
        origin.placement.kind === 'point' ? [{ origin, at: origin.placement.at }] : [],
      ),
    [model],
  );
  const labelled = useMemo(() => {
    const ordered = [
      ...points.filter(({ origin }) => emphasised.has(origin.code)),
      ...points.filter(({ origin }) => !emphasised.has(origin.code)),
    ];
    const jakarta = target
      ? [{ x0: target[0] - 90, y0: target[1] - 28, x1: target[0] + 4, y1: target[1] + 8 }]
      : [];
    return placeSideLabels(
      ordered.map(({ origin, at }) => ({
        code: origin.code,
        at,
        text: truncateLabel(describeOrigin(origin).name, LABEL_CHARS),
      })),
      labelSize,
      LABELLED_POINTS,
      viewport.width,
      jakarta,
    );
  }, [points, emphasised, target, describeOrigin, labelSize, viewport.width]);
  if (points.length === 0) return null;
  const arcs = target
    ? points
        .flatMap(({ origin, at }) =>
          origin.flows.map((flow, index) => ({
            key: `${origin.code}|${flow.group}`,
            tonnes: flow.tonnes,
            color: groupColor(flow.group),
            path: quadraticArc(at, target, 0.14 + 0.07 * index),
          })),
        )
        .filter((arc) => arc.path !== '')
        .sort((a, b) => b.tonnes - a.tonnes || a.key.localeCompare(b.key))
    : [];
  return (
    <figure className="flow-map-inset">
      <figcaption>{props.title}</figcaption>
      <svg
        data-chart-surface="map-inset"
        viewBox={`0 0 ${viewport.width} ${viewport.height}`}
        width="100%"
        aria-hidden="true"
      >
        <rect className="flow-map-sea" width={viewport.width} height={viewport.height} fill="#EEF3F6" />
        <path className="flow-map-neighbours" d={props.neighboursPath} fill="#E2E2DC" />
        <path className="flow-map-indonesia" d={props.indonesiaPath} fill="#CFC9B8" />
        <g fill="none" strokeLinecap="round">
          {arcs.map((arc) => (
            <path
              key={arc.key}
              d={arc.path}
              stroke={arc.color}
              strokeWidth={sqrtWidth(arc.tonnes, props.maxTonnes, WIDTH_RANGE)}
              strokeOpacity={0.75}
            />
          ))}
        </g>
        {target && (
          <g>
            <circle className="flow-map-jakarta" cx={target[0]} cy={target[1]} r={7} />
            <text
              x={target[0] - 12}
              y={target[1] - 12}
              textAnchor="end"
              className="flow-map-label"
              fontSize={labelSize}
              fontWeight={700}
            >
              {props.jakartaLabel}
            </text>
          </g>
        )}
        {points.map(({ origin, at }) => {
          const [x, y] = at;
          const selected = props.selectedOrigin === origin.code;
          const name = truncateLabel(describeOrigin(origin).name, LABEL_CHARS);
          const side = labelled.get(origin.code);
          return (
            <g
              key={origin.code}
              className="flow-map-inset-origin"
              onClick={() => props.onSelectOrigin(origin.code)}
            >
              <circle cx={x} cy={y} r={12} fill="transparent" />
              <circle
                className={emphasised.has(origin.code) ? 'flow-map-dot is-partner' : 'flow-map-dot'}
                cx={x}
                cy={y}
                r={selected ? 6 : 4.5}
              />
              {side && (
                <text
                  x={side === 'right' ? x + 7 : x - 7}
                  y={y - 6}
                  textAnchor={side === 'right' ? 'start' : 'end'}
                  className="flow-map-label"
                  fontSize={labelSize}
                  fontWeight={selected ? 700 : undefined}
                >
                  {name}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
