import { memo, useCallback, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/api-client-context';
import { flowsQuery, sourcesQuery } from '../../api/queries';
import { useRegionNames } from '../../api/use-region-names';
import { ChartFrame } from '../../charts/chart-frame';
import { LazyTimeSeriesChart } from '../../charts/lazy-time-series-chart';
import { combinePanelStatus } from '../../charts/panel-status';
import { useSettled } from '../../charts/use-settled';
import { COMMODITY_COLORS } from '../../theme/palette';
import type { TableData } from '../../charts/table-data';
import type { ChartRow } from '../../charts/time-series-chart';
import type { FlowRow } from '../../contract/schemas';
import type { CommodityGroup } from '../../domain/commodity';
import { COMMODITY_GROUPS } from '../../domain/commodity';
import {
  concentrationByPeriod,
  concentrationLevel,
  herfindahl,
  topShare,
  type ConcentrationLevel,
} from '../../domain/concentration';
import { groupLabel } from '../../i18n/labels';
import type { MessageKey } from '../../i18n/messages-id';
import { useI18n } from '../../i18n/use-i18n';
import type { OverviewFilters } from '../../filters/use-overview-filters';
import { granularityForPeriods } from '../../domain/period';

const CHART_HEIGHT = 260;
const MAX_PERIODS = 120;

const LEVEL_LABEL: Record<ConcentrationLevel, MessageKey> = {
  unconcentrated: 'risk.level.unconcentrated',
  moderate: 'risk.level.moderate',
  high: 'risk.level.high',
};

/** Per group: the concentration over the whole period, and the chart rows (HHI and top-3 share per period). */
function concentrationSeries(rows: readonly FlowRow[], groups: readonly CommodityGroup[]) {
  const byPeriod = new Map<string, ChartRow>();
  const readings = groups.map((group) => {
    const groupRows = rows.filter((row) => row.group === group);
    for (const point of concentrationByPeriod(groupRows)) {
      const chartRow = byPeriod.get(point.period) ?? { period: point.period };
      chartRow[group] = point.hhi;
      chartRow[`${group}-top3`] = point.top3Share;
      byPeriod.set(point.period, chartRow);
    }
    const whole = groupRows.map((row) => ({ origin: row.origin ?? '', tonnes: row.tonnes }));
    const hhi = herfindahl(whole);
    const top3 = topShare(whole, 3);
    return { group, hhi, top3, level: hhi === null ? null : concentrationLevel(hhi) };
  });
  const chartRows = [...byPeriod.values()].sort((a, b) => a.period.localeCompare(b.period));
  return { readings, chartRows };
}

/** How concentrated each commodity's supply is: HHI over time and a plain-language reading. */
function DependencyRiskPanelView({ filters }: { filters: OverviewFilters }) {
  const client = useApiClient();
  const i18n = useI18n();
  const { t } = i18n;
  const regionName = useRegionNames(i18n.language);
  const { range } = filters;
  const granularity = granularityForPeriods(
    range,
    filters.granularity === 'day' ? 'week' : filters.granularity,
    MAX_PERIODS,
  );
  const flows = useQuery(
    flowsQuery(client, { from: range.from, to: range.to, granularity, groupBy: ['group', 'origin'] }),
  );
  const sources = useQuery(sourcesQuery(client));
  const status = combinePanelStatus([flows, sources]);

  const { commodity } = filters;
  const groups = useMemo(() => (commodity === 'all' ? [...COMMODITY_GROUPS] : [commodity]), [commodity]);
  const rows = useMemo(() => flows.data?.rows ?? [], [flows.data]);
  // Memoised on the answer and the groups: a switch that changes neither leaves the chart alone.
  const { readings, chartRows } = useMemo(() => concentrationSeries(rows, groups), [rows, groups]);
  const formatX = granularity === 'month' ? i18n.month : i18n.date;

  const series = useMemo(
    () =>
      groups.map((group) => ({
        key: group,
        label: `${groupLabel(group, i18n)} (HHI)`,
        color: COMMODITY_COLORS[group] ?? '#000',
      })),
    [groups, i18n],
  );
  const formatY = useCallback((value: number) => i18n.number(value), [i18n]);
  const referenceLines = useMemo(
    () => [
      { y: 1500, label: t('risk.threshold.moderate'), color: '#8a5a00', dash: '4 4' },
      { y: 2500, label: t('risk.threshold.high'), color: '#B3261E', dash: '8 4' },
    ],
    [t],
  );

  // What the chart draws changes in one step, once the new answer is in: one render per switch.
  const chart = useSettled(
    useMemo(
      () => ({ rows: chartRows, series, formatX, formatY, referenceLines }),
      [chartRows, series, formatX, formatY, referenceLines],
    ),
    !flows.isPlaceholderData,
  );

  const table: TableData = {
    fileName: `arus-pangan_konsentrasi_${granularity}_${range.from}_${range.to}`,
    columns: [
      { key: 'period', header: t('table.period'), kind: granularity === 'month' ? 'month' : 'date' },
      ...groups.flatMap((group) => [
        { key: group, header: `${groupLabel(group, i18n)} — HHI`, kind: 'number' as const },
        {
          key: `${group}-top3`,
          header: `${groupLabel(group, i18n)} — ${t('risk.top3')}`,
          kind: 'percent' as const,
        },
      ]),
    ],
    rows: chartRows,
  };

  return (
    <ChartFrame
      id="dependency-risk"
      title={t('risk.title')}
      subtitle={t('period.subtitle', { from: i18n.date(range.from), to: i18n.date(range.to) })}
      status={status}
      isEmpty={readings.every((reading) => reading.hhi === null)}
      dataStatuses={rows.map((row) => row.status)}
      sourceIds={rows.flatMap((row) => row.sourceIds)}
      sources={sources.data ?? []}
      minHeight={CHART_HEIGHT + 140}
      table={table}
      notes={{ min: range.from, max: range.to }}
    >
      <ul className="risk-readings">
        {readings.map((reading) =>
          reading.top3 && reading.level ? (
            <li key={reading.group} data-level={reading.level}>
              <strong>{groupLabel(reading.group, i18n)}:</strong>{' '}
              {t('risk.reading', {
                count: reading.top3.origins.length,
                share: i18n.percent(reading.top3.share, 0),
                level: t(LEVEL_LABEL[reading.level]),
              })}{' '}
              <span className="muted">
                ({reading.top3.origins.map(regionName).join(', ')}; HHI {i18n.number(reading.hhi ?? 0)})
              </span>
            </li>
          ) : null,
        )}
      </ul>
      <LazyTimeSeriesChart kind="line" height={CHART_HEIGHT} description={t('risk.description')} {...chart} />
      <p className="method-note">{t('risk.method')}</p>
    </ChartFrame>
  );
}

/** Memoised: the overview re-renders on every URL change; a panel only when its filters change. */
export const DependencyRiskPanel = memo(DependencyRiskPanelView);
