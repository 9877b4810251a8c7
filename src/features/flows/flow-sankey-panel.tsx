import { useQuery } from '@tanstack/react-query';
import { memo, useMemo, useState } from 'react';
import { useApiClient } from '../../api/api-client-context';
import { commoditiesQuery, entryPointsQuery, regionsQuery, sourcesQuery } from '../../api/queries';
import { ChartFrame } from '../../charts/chart-frame';
import { combinePanelStatus } from '../../charts/panel-status';
import { useNarrowScreen } from '../../charts/use-narrow-screen';
import { COMMODITY_COLORS, OTHERS_COLOR } from '../../theme/palette';
import type { TableData } from '../../charts/table-data';
import { groupOf, isCommodityCode } from '../../domain/commodity';
import {
  buildSankey,
  layoutSankey,
  type LaidOutNode,
  type SankeyGraph,
  type SankeyNode,
  type SankeyStage,
} from '../../domain/sankey';
import { useI18n, type I18n } from '../../i18n/use-i18n';
import type { OverviewFilters } from '../../filters/use-overview-filters';
import { themeColour } from '../../theme/chart-theme';
import { useResolvedTheme } from '../../theme/use-theme';
import {
  applySelection,
  FLOW_GROUP_BY,
  SELECTION_LABELS,
  type FlowSelection,
  type FlowTotal,
  type SelectionDimension,
} from './flow-totals';
import { SankeyChart, type SankeyNodeView } from './sankey-chart';
import { SankeyRankedList } from './sankey-ranked-list';
import { useFlowLabels, useFlowTotals, type FlowLabels } from './use-flow-totals';

const WIDTH = 960;
const MIN_HEIGHT = 360;
const ROW_HEIGHT = 26;
/** Regions and entry points; themeColour lightens it on the dark surface. */
const NODE_COLOR = '#4D5753';
/** The most provinces and origins drawn by name; the rest merge into "others" until asked for. */
const PROVINCE_LIMIT = 10;
const ORIGIN_LIMIT = 12;

function stages(limited: boolean): SankeyStage<FlowTotal>[] {
  return [
    // Provinces and origins share one namespace: an origin that is its own province (a country,
    // or a province reported as a whole) is then one node, not a box linked to its twin.
    { namespace: 'region', key: (row) => row.province, ...(limited && { limit: PROVINCE_LIMIT }) },
    { namespace: 'region', key: (row) => row.origin, ...(limited && { limit: ORIGIN_LIMIT }) },
    { namespace: 'commodity', key: (row) => row.commodity },
    { namespace: 'entry', key: (row) => row.entryPoint },
  ];
}
const LIMITED_STAGES = stages(true);
const ALL_STAGES = stages(false);
const categoryOf = (row: FlowTotal) => row.group ?? (row.commodity ? groupOf(row.commodity) : null);

function nodeName(
  node: Pick<SankeyNode, 'kind' | 'stage' | 'code' | 'members'>,
  labels: FlowLabels,
  i18n: I18n,
): string {
  if (node.kind === 'others') {
    const dimension = FLOW_GROUP_BY[node.stage];
    const key =
      dimension === 'province'
        ? 'flows.sankey.othersProvince'
        : dimension === 'origin'
          ? 'flows.sankey.othersOrigin'
          : 'flows.sankey.others';
    return i18n.t(key, { count: node.members.length });
  }
  if (node.kind === 'unknown') return i18n.t('flows.sankey.unknown');
  switch (FLOW_GROUP_BY[node.stage]) {
    case 'commodity':
      return labels.commodity(node.code);
    case 'entryPoint':
      return labels.entryPoint(node.code);
    default:
      return labels.region(node.code);
  }
}

function nodeColor(node: SankeyNode): string {
  if (node.kind !== 'item') return OTHERS_COLOR;
  if (FLOW_GROUP_BY[node.stage] === 'commodity') {
    return isCommodityCode(node.code) ? (COMMODITY_COLORS[groupOf(node.code)] ?? NODE_COLOR) : NODE_COLOR;
  }
  return NODE_COLOR;
}

/** Every link of the full graph (nothing merged), in the order of the diagram's columns. */
function flowTable(
  graph: SankeyGraph,
  name: (id: string) => string,
  i18n: I18n,
  fileName: string,
): TableData {
  const columnOf = new Map(graph.nodes.map((node) => [node.id, node.column]));
  const links = [...graph.links].sort(
    (a, b) => (columnOf.get(a.source) ?? 0) - (columnOf.get(b.source) ?? 0) || b.value - a.value,
  );
  return {
    fileName,
    columns: [
      { key: 'from', header: i18n.t('flows.table.from'), kind: 'text' },
      { key: 'to', header: i18n.t('flows.table.to'), kind: 'text' },
      { key: 'tonnes', header: i18n.t('flows.table.tonnes'), kind: 'tonnes' },
      { key: 'status', header: i18n.t('flows.table.status'), kind: 'status' },
    ],
    rows: links.map((link) => ({
      from: name(link.source),
      to: name(link.target),
      tonnes: link.value,
      status: link.status,
    })),
  };
}

export interface FlowSankeyPanelProps {
  filters: OverviewFilters;
  selection: FlowSelection;
  onSelect: (dimension: SelectionDimension, code: string) => void;
}

/** Province → origin → commodity → entry point for the chosen period, as a Sankey and a table. */
export const FlowSankeyPanel = memo(function FlowSankeyPanel({
  filters,
  selection,
  onSelect,
}: FlowSankeyPanelProps) {
  const client = useApiClient();
  const i18n = useI18n();
  const { t } = i18n;
  const [showAll, setShowAll] = useState(false);
  const totals = useFlowTotals(filters);
  const sources = useQuery(sourcesQuery(client));
  const status = combinePanelStatus([
    totals,
    useQuery(regionsQuery(client)),
    useQuery(commoditiesQuery(client)),
    useQuery(entryPointsQuery(client)),
  ]);
  const labels = useFlowLabels(i18n);
  const theme = useResolvedTheme();
  const narrow = useNarrowScreen();

  const rows = useMemo(() => applySelection(totals.data ?? [], selection), [totals.data, selection]);
  const fullGraph = useMemo(() => buildSankey(rows, { stages: ALL_STAGES, category: categoryOf }), [rows]);
  const graph = useMemo(
    () => (showAll ? fullGraph : buildSankey(rows, { stages: LIMITED_STAGES, category: categoryOf })),
    [showAll, fullGraph, rows],
  );
  const crowded = useMemo(() => {
    const perColumn = new Map<number, number>();
    for (const node of graph.nodes) perColumn.set(node.column, (perColumn.get(node.column) ?? 0) + 1);
    return Math.max(0, ...perColumn.values());
  }, [graph]);
  const height = Math.max(MIN_HEIGHT, crowded * ROW_HEIGHT);
  const layout = useMemo(
    () => layoutSankey(graph, { width: WIDTH, height, nodeWidth: 14, nodePadding: 10 }),
    [graph, height],
  );

  const nameById = useMemo(() => {
    const names = new Map<string, string>();
    for (const node of [...fullGraph.nodes, ...graph.nodes]) names.set(node.id, nodeName(node, labels, i18n));
    return (id: string) => names.get(id) ?? id;
  }, [fullGraph, graph, labels, i18n]);

  const commodityName = labels.group(filters.commodity);
  const { range } = filters;
  const table = useMemo(
    () =>
      flowTable(
        fullGraph,
        nameById,
        i18n,
        `arus-pangan_sankey_${filters.commodity}_${range.from}_${range.to}`,
      ),
    [fullGraph, nameById, i18n, filters.commodity, range.from, range.to],
  );
  const selfLinks = fullGraph.dropped.filter((link) => link.reason === 'self-link');
  const cycles = fullGraph.dropped.filter((link) => link.reason === 'cycle');
  const hasMerged = graph.nodes.some((node) => node.kind === 'others');
  const title = t('flows.sankey.title', { commodity: commodityName });
  const description = t('flows.sankey.description');

  const columnHeaders =
    graph.columns === FLOW_GROUP_BY.length
      ? FLOW_GROUP_BY.map((dimension) => t(SELECTION_LABELS[dimension]))
      : null;
  const describeNode = (node: LaidOutNode): SankeyNodeView => {
    const name = nameById(node.id);
    const tonnes = i18n.tonnes(node.value);
    const dimension = FLOW_GROUP_BY[node.stage];
    if (node.kind === 'others') {
      return {
        name,
        description: t('flows.sankey.othersNode', { name, tonnes }),
        color: themeColour(nodeColor(node), theme),
        pressed: undefined,
        onActivate: () => setShowAll(true),
      };
    }
    const selectable = node.kind === 'item' && dimension !== undefined;
    return {
      name,
      description: t('flows.sankey.node', { name, tonnes }),
      color: themeColour(nodeColor(node), theme),
      pressed: selectable ? selection[dimension] === node.code : undefined,
      ...(selectable && { onActivate: () => onSelect(dimension, node.code) }),
    };
  };
  const chart = (
    <SankeyChart
      layout={layout}
      description={description}
      columnHeaders={columnHeaders}
      linkColor={(category) =>
        themeColour((category !== null && COMMODITY_COLORS[category]) || OTHERS_COLOR, theme)
      }
      linkTitle={(source, target, value) =>
        t('flows.sankey.link', { from: nameById(source), to: nameById(target), tonnes: i18n.tonnes(value) })
      }
      describeNode={describeNode}
    />
  );

  return (
    <ChartFrame
      id="flow-sankey"
      title={title}
      subtitle={t('period.subtitle', { from: i18n.date(range.from), to: i18n.date(range.to) })}
      period={range}
      status={status}
      isEmpty={fullGraph.links.length === 0}
      dataStatuses={rows.map((row) => row.status)}
      sourceIds={rows.flatMap((row) => row.sourceIds)}
      sources={sources.data ?? []}
      minHeight={height + 80}
      table={table}
      controls={
        (hasMerged || showAll) && (
          <button
            type="button"
            className="flows-toggle"
            aria-pressed={showAll}
            onClick={() => setShowAll((shown) => !shown)}
          >
            {t('flows.sankey.showAll')}
          </button>
        )
      }
    >
      {narrow ? (
        <>
          <SankeyRankedList
            nodes={layout.nodes}
            describeNode={describeNode}
            columnHeaders={columnHeaders}
            formatTonnes={i18n.tonnes}
            formatShare={(share) => i18n.percent(share, 1)}
            description={description}
          />
          <details className="sankey-diagram">
            <summary>{t('flows.sankey.diagram')}</summary>
            <div className="sankey-scroll">{chart}</div>
          </details>
        </>
      ) : (
        chart
      )}
      <div className="flows-notes">
        {selfLinks[0] && (
          <p className="method-note">
            {t('flows.sankey.selfLinks', {
              count: selfLinks.length,
              example: nameById(selfLinks[0].source),
              tonnes: i18n.tonnes(selfLinks[0].value),
            })}
          </p>
        )}
        {cycles.length > 0 && (
          <p className="notice" role="status">
            {t('flows.sankey.cycles', {
              count: cycles.length,
              links: cycles
                .slice(0, 3)
                .map(
                  (link) =>
                    `${nameById(link.source)} → ${nameById(link.target)} (${i18n.tonnes(link.value)})`,
                )
                .join('; '),
            })}
          </p>
        )}
        {fullGraph.skipped.notReported > 0 && (
          <p className="method-note">{t('flows.notReported', { count: fullGraph.skipped.notReported })}</p>
        )}
        {fullGraph.skipped.invalid > 0 && (
          <p className="notice" role="status">
            {t('flows.invalid', { count: fullGraph.skipped.invalid })}
          </p>
        )}
      </div>
    </ChartFrame>
  );
});
