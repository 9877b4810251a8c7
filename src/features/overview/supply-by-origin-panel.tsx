import { memo, useCallback, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/api-client-context';
import type { ApiClient } from '../../api/http-client';
import { flowsQuery, sourcesQuery } from '../../api/queries';
import { useRegionNames, useRegionNamesPending, useUnknownRegionCodes } from '../../api/use-region-names';
import { ChartFrame } from '../../charts/chart-frame';
import { QueuedTimeSeriesChart } from '../../charts/queued-time-series-chart';
import { combinePanelStatus, untilNamed } from '../../charts/panel-status';
import { useSettled } from '../../charts/use-settled';
import type { Band } from '../../charts/time-series-chart';
import type { FlowRow } from '../../contract/schemas';
import { OTHERS_COLOR, SERIES_COLORS } from '../../theme/palette';
import { partialPeriodMarks } from '../../charts/partial-periods';
import type { TableData } from '../../charts/table-data';
import { SummaryTable, type DisplayColumn } from '../../charts/data-table';
import { relativeChange } from '../../domain/change';
import { tonnesByOrigin } from '../../domain/origin-totals';
import { weakestStatus, type DataStatus } from '../../domain/data-status';
import { comparisonRanges, granularityForPeriods } from '../../domain/period';
import { periodRows } from '../../domain/period-rows';
import { groupLabel } from '../../i18n/labels';
import { useI18n } from '../../i18n/use-i18n';
import type { OverviewFilters } from '../../filters/use-overview-filters';
import { eventMarkers, harvestBands } from './chart-events';

const TOP_ORIGINS = 8;
const OTHERS = 'others';
const CHART_HEIGHT = 340;
/** A stacked area cannot be thinned like a line without breaking its sums; use coarser periods instead. */
const MAX_AREA_PERIODS = 400;

interface OriginTotal {
  origin: string;
  tonnes: number;
  previous: number | null;
}

const NO_BANDS: Band[] = [];

/**
 * The origins ranked by tonnes (with the previous period's tonnes beside), and the chart rows: the
 * largest origins by period, the rest added up as "others".
 */
function originRanking(rows: readonly FlowRow[], priorRows: readonly FlowRow[]) {
  const totals = tonnesByOrigin(rows);
  const previousTotals = tonnesByOrigin(priorRows);
  const grandTotal = [...totals.values()].reduce((sum, value) => sum + value, 0);
  const ranking: OriginTotal[] = [...totals]
    .map(([origin, tonnes]) => ({ origin, tonnes, previous: previousTotals.get(origin) ?? null }))
    .sort((a, b) => b.tonnes - a.tonnes || a.origin.localeCompare(b.origin));
  const top = ranking.slice(0, TOP_ORIGINS).map((entry) => entry.origin);
  const topSet = new Set(top);
  const hasOthers = ranking.length > TOP_ORIGINS;
  const chartRows = periodRows(rows, (chartRow, row) => {
    if (row.origin === undefined || row.tonnes === null) return;
    const key = topSet.has(row.origin) ? row.origin : OTHERS;
    chartRow[key] = ((chartRow[key] as number | undefined) ?? 0) + row.tonnes;
  });
  const keys = [...top, ...(hasOthers ? [OTHERS] : [])];
  const statusesOf = new Map<string, DataStatus[]>();
  for (const row of rows) {
    if (!row.origin) continue;
    const list = statusesOf.get(row.origin);
    if (list) list.push(row.status);
    else statusesOf.set(row.origin, [row.status]);
  }
  return { totals, grandTotal, ranking, keys, chartRows, statusesOf };
}

/** The answers the chart and ranking are built from (the overview also asks for them ahead of the panel's render). */
export function supplyByOriginQueries(client: ApiClient, filters: OverviewFilters) {
  const { range } = filters;
  const granularity = granularityForPeriods(range, filters.granularity, MAX_AREA_PERIODS);
  const commodities = filters.commodity === 'all' ? undefined : [filters.commodity];
  // Compared only with a previous range the data covers in full: a partial one would show falls
  // that never happened.
  const previous = comparisonRanges(range, filters.coverage).previous;
  return {
    flows: flowsQuery(client, {
      from: range.from,
      to: range.to,
      granularity,
      groupBy: ['origin'],
      ...(commodities && { commodities }),
    }),
    prior: {
      ...flowsQuery(client, {
        from: previous?.from ?? range.from,
        to: previous?.to ?? range.to,
        granularity: 'year',
        groupBy: ['origin'],
        ...(commodities && { commodities }),
      }),
      enabled: previous !== null,
    },
  };
}

/** Who supplies Jakarta: the largest origins over time as a stacked area, and a ranking table. */
function SupplyByOriginPanelView({ filters }: { filters: OverviewFilters }) {
  const client = useApiClient();
  const i18n = useI18n();
  const { t } = i18n;
  const regionName = useRegionNames(i18n.language);
  const { range } = filters;
  const granularity = granularityForPeriods(range, filters.granularity, MAX_AREA_PERIODS);
  const previous = comparisonRanges(range, filters.coverage).previous;
  const comparable = previous !== null;

  const queries = supplyByOriginQueries(client, filters);
  const flows = useQuery(queries.flows);
  const prior = useQuery(queries.prior);
  const sources = useQuery(sourcesQuery(client));
  const status = untilNamed(combinePanelStatus(previous ? [flows, prior] : [flows]), useRegionNamesPending());

  // The chart and its ranking change in one step: while either answer is still the previous
  // filter's placeholder, they keep what they drew (answers and filters that belong together).
  const drawn = useSettled(
    useMemo(
      () => ({
        flows: flows.data,
        prior: comparable ? prior.data : undefined,
        commodity: filters.commodity,
        granularity,
        from: range.from,
        to: range.to,
      }),
      [flows.data, prior.data, comparable, filters.commodity, granularity, range.from, range.to],
    ),
    !flows.isPlaceholderData && !(comparable && prior.isPlaceholderData),
  );
  const rows = useMemo(() => drawn.flows?.rows ?? [], [drawn]);
  const origins = useMemo(() => originRanking(rows, drawn.prior?.rows ?? []), [rows, drawn]);
  const { ranking, grandTotal, keys, chartRows, statusesOf } = origins;
  const unknownCodes = useUnknownRegionCodes(origins.totals.keys());
  const label = useCallback(
    (key: string) => (key === OTHERS ? t('origins.others') : regionName(key)),
    [t, regionName],
  );
  const series = useMemo(
    () =>
      keys.map((key, index) => ({
        key,
        label: label(key),
        color: key === OTHERS ? OTHERS_COLOR : (SERIES_COLORS[index % SERIES_COLORS.length] ?? '#000'),
      })),
    [keys, label],
  );
  const drawnRange = useMemo(() => ({ from: drawn.from, to: drawn.to }), [drawn.from, drawn.to]);
  const formatX = drawn.granularity === 'month' || drawn.granularity === 'year' ? i18n.month : i18n.date;
  const formatY = useCallback((value: number) => i18n.tonnes(value), [i18n]);
  const events = useMemo(() => eventMarkers(drawnRange, i18n), [drawnRange, i18n]);
  const bands = useMemo(
    () => (drawn.commodity === 'rice' ? harvestBands(drawnRange, i18n) : NO_BANDS),
    [drawn.commodity, drawnRange, i18n],
  );
  const partial = useMemo(
    () => partialPeriodMarks(drawnRange, drawn.granularity, i18n),
    [drawnRange, drawn.granularity, i18n],
  );
  const commodityName = groupLabel(filters.commodity, i18n);
  const table: TableData = useMemo(
    () => ({
      fileName: `arus-pangan_asal-pasokan_${drawn.commodity}_${drawn.granularity}_${drawn.from}_${drawn.to}`,
      columns: [
        { key: 'period', header: t('table.period'), kind: drawn.granularity === 'month' ? 'month' : 'date' },
        ...keys.map((key) => ({ key, header: label(key), kind: 'tonnes' as const })),
        partial.column,
      ],
      rows: chartRows.map((row) => ({ ...row, partial: partial.cell(row.period) })),
    }),
    [drawn, keys, label, partial, chartRows, t],
  );
  const dataStatuses = useMemo(() => rows.map((row) => row.status), [rows]);
  const sourceIds = useMemo(() => [...new Set(rows.flatMap((row) => row.sourceIds))], [rows]);

  const topRows = ranking.slice(0, 10).map((entry, index) => ({
    rank: index + 1,
    code: entry.origin,
    name: regionName(entry.origin),
    tonnes: entry.tonnes,
    share: grandTotal > 0 ? entry.tonnes / grandTotal : null,
    change: relativeChange(entry.tonnes, entry.previous),
    status: weakestStatus(statusesOf.get(entry.origin) ?? []),
  }));
  const topColumns: DisplayColumn[] = [
    { key: 'rank', header: '#', kind: 'text', cell: (row) => String(row.rank) },
    { key: 'name', header: t('origins.origin'), kind: 'text' },
    { key: 'tonnes', header: t('tiles.inflow'), kind: 'tonnes' },
    { key: 'share', header: t('origins.share'), kind: 'percent' },
    { key: 'change', header: t('tiles.vsPrevious'), kind: 'change' },
    { key: 'status', header: t('status.badge.title'), kind: 'status' },
  ];

  return (
    <ChartFrame
      id="supply-by-origin"
      unknownCodes={unknownCodes}
      title={t('origins.title', { commodity: commodityName })}
      subtitle={t('period.subtitle', { from: i18n.date(range.from), to: i18n.date(range.to) })}
      status={status}
      isEmpty={ranking.length === 0}
      dataStatuses={dataStatuses}
      sourceIds={sourceIds}
      sources={sources.data ?? []}
      minHeight={CHART_HEIGHT + 260}
      table={table}
      notes={{ min: range.from, max: range.to }}
    >
      <QueuedTimeSeriesChart
        kind="stacked-area"
        rows={chartRows}
        height={CHART_HEIGHT}
        series={series}
        formatX={formatX}
        formatY={formatY}
        description={t('origins.description', { commodity: groupLabel(drawn.commodity, i18n) })}
        events={events}
        bands={bands}
        partial={partial.chart}
      />
      <p className="method-note">
        {t('events.legend')} {drawn.granularity !== filters.granularity && t('origins.coarser')}{' '}
        {partial.chart.periods.length > 0 && t('chart.partialNote')}
      </p>
      <SummaryTable
        columns={topColumns}
        rows={topRows}
        rowHeader="name"
        rowKey={(row) => String(row.code)}
        caption={t('origins.topTable')}
        className="top-suppliers"
      />
      {!previous && <p className="method-note">{t('origins.noPrevious')}</p>}
    </ChartFrame>
  );
}

/** Memoised: the overview re-renders on every URL change; a panel only when its filters change. */
export const SupplyByOriginPanel = memo(SupplyByOriginPanelView);
