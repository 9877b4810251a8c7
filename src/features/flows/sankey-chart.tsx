import { useState, type KeyboardEvent, Fragment } from 'react';
import type { LaidOutNode, SankeyLayout } from '../../domain/sankey';
import { truncateLabel } from './truncate-label';

const LABEL_CHARS = 28;
const HEADER_HEIGHT = 26;
/** A sliver of a node is still a target a finger or a mouse can hit. */
const MIN_HIT_HEIGHT = 14;

export interface SankeyNodeView {
  /** Full name: the label (truncated when long) and its title. */
  name: string;
  /** Accessible name, with the value. */
  description: string;
  color: string;
  pressed: boolean | undefined;
  /** Omitted: the node cannot be activated (an unknown code) and is focusable only to be read. */
  onActivate?: () => void;
}

export interface SankeyChartProps {
  layout: SankeyLayout;
  describeNode: (node: LaidOutNode) => SankeyNodeView;
  linkColor: (category: string | null) => string;
  linkTitle: (sourceId: string, targetId: string, value: number) => string;
  /** One header per column, drawn above it; omitted when the columns are not the usual stages. */
  columnHeaders: readonly string[] | null;
  description: string;
}

function activateOnKey(event: KeyboardEvent, activate: (() => void) | undefined) {
  if (!activate || (event.key !== 'Enter' && event.key !== ' ')) return;
  event.preventDefault();
  activate();
}

/** The Sankey as SVG: bands first, then nodes, each node a focusable button with a text label. */
export function SankeyChart({
  layout,
  describeNode,
  linkColor,
  linkTitle,
  columnHeaders,
  description,
}: SankeyChartProps) {
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const lastColumn = layout.nodes.reduce((max, node) => Math.max(max, node.column), 0);
  const columnX = new Map<number, number>();
  for (const node of layout.nodes) columnX.set(node.column, node.x0);
  return (
    <svg
      data-chart-surface="sankey"
      className="sankey-chart"
      viewBox={`0 0 ${layout.width} ${layout.height + HEADER_HEIGHT}`}
      width="100%"
      role="group"
      aria-label={description}
    >
      {columnHeaders && (
        <g className="sankey-headers" aria-hidden="true">
          {columnHeaders.map((header, column) => {
            const x = columnX.get(column) ?? 0;
            const anchor = column === 0 ? 'start' : column === lastColumn ? 'end' : 'middle';
            const nodeWidth = layout.nodes[0] ? layout.nodes[0].x1 - layout.nodes[0].x0 : 0;
            const at = anchor === 'start' ? x : anchor === 'end' ? x + nodeWidth : x + nodeWidth / 2;
            return (
              <text key={header} x={at} y={16} textAnchor={anchor}>
                {header}
              </text>
            );
          })}
        </g>
      )}
      <g transform={`translate(0 ${HEADER_HEIGHT})`}>
        <g className="sankey-links" fill="none">
          {layout.links.map((link) => {
            const lit = highlighted !== null && (link.source === highlighted || link.target === highlighted);
            return (
              <path
                key={link.id}
                d={link.path}
                stroke={linkColor(link.category)}
                strokeWidth={Math.max(1, link.width)}
                strokeOpacity={lit ? 0.75 : highlighted === null ? 0.4 : 0.2}
              >
                <title>{linkTitle(link.source, link.target, link.value)}</title>
              </path>
            );
          })}
        </g>
        <g className="sankey-nodes">
          {layout.nodes.map((node) => {
            const view = describeNode(node);
            const height = Math.max(1, node.y1 - node.y0);
            const hitHeight = Math.max(MIN_HIT_HEIGHT, height);
            const centre = (node.y0 + node.y1) / 2;
            const labelOnLeft = node.column === lastColumn && lastColumn > 0;
            const { onActivate } = view;
            // The label is a sibling of the focusable group, hidden from assistive technology: a
            // truncated visible name inside the group would not match its full accessible name.
            return (
              <Fragment key={node.id}>
                <g
                  className="sankey-node"
                  data-node-id={node.id}
                  role={onActivate ? 'button' : 'img'}
                  tabIndex={0}
                  aria-label={view.description}
                  aria-pressed={onActivate ? view.pressed : undefined}
                  onClick={onActivate}
                  onKeyDown={(event) => activateOnKey(event, onActivate)}
                  onMouseEnter={() => setHighlighted(node.id)}
                  onMouseLeave={() => setHighlighted(null)}
                  onFocus={() => setHighlighted(node.id)}
                  onBlur={() => setHighlighted(null)}
                >
                  <rect
                    className="sankey-node-hit"
                    x={node.x0 - 2}
                    y={centre - hitHeight / 2}
                    width={node.x1 - node.x0 + 4}
                    height={hitHeight}
                    fill="transparent"
                  />
                  <rect
                    className="sankey-node-bar"
                    x={node.x0}
                    y={node.y0}
                    width={node.x1 - node.x0}
                    height={height}
                    fill={view.color}
                  />
                </g>
                <text
                  aria-hidden="true"
                  pointerEvents="none"
                  className="sankey-node-label"
                  x={labelOnLeft ? node.x0 - 6 : node.x1 + 6}
                  y={centre}
                  dy="0.35em"
                  textAnchor={labelOnLeft ? 'end' : 'start'}
                  fontWeight={view.pressed ? 700 : undefined}
                >
                  {truncateLabel(view.name, LABEL_CHARS)}
                </text>
              </Fragment>
            );
          })}
        </g>
      </g>
    </svg>
  );
}
