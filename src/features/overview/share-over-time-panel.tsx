import { memo, useCallback, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/api-client-context';
import { claimsQuery, flowsQuery, productionQuery, sourcesQuery } from '../../api/queries';
import type { Claim, FlowsResponse, ProductionResponse } from '../../contract/schemas';
import { ChartFrame } from '../../charts/chart-frame';
import { LazyTimeSeriesChart } from '../../charts/lazy-time-series-chart';
import { combinePanelStatus } from '../../charts/panel-status';
import { useSettled } from '../../charts/use-settled';
import { CLAIM_COLOR, CLAIM_DASHES, COMMODITY_COLORS } from '../../theme/palette';
import type { TableData } from '../../charts/table-data';
import type { ChartRow } from '../../charts/time-series-chart';
import { COMMODITY_GROUPS } from '../../domain/commodity';
import type { DataStatus } from '../../domain/data-status';
import { externalSharesByGroup } from '../../domain/external-share';
import { comparatorLabel, groupLabel } from '../../i18n/labels';
import { useI18n, type I18n } from '../../i18n/use-i18n';
import type { OverviewFilters } from '../../filters/use-overview-filters';
import { useSetView } from '../../state/view-hooks';
import { eventMarkers } from './chart-events';

export const DEFAULT_CLAIM_IDS = ['biro-ksd-2025', 'laporan-ketahanan-pangan-2024'];
const CHART_HEIGHT = 320;
const SHARE_DOMAIN: [number | 'auto', number | 'auto'] = ['auto', 1];

export function claimLabel(claim: Claim, i18n: I18n): string {
  const comparator = comparatorLabel(claim.comparator, i18n);
  return `${comparator} ${i18n.percent(claim.share, 0)} — ${claim.who.split(',')[0]}, ${i18n.date(claim.date)}`.trim();
}

function groupByPeriod<R extends { period: string }>(rows: readonly R[]): Map<string, R[]> {
  const byPeriod = new Map<string, R[]>();
  for (const row of rows) {
    const list = byPeriod.get(row.period);
    if (list) list.push(row);
    else byPeriod.set(row.period, [row]);
  }
  return byPeriod;
}

/** One chart row per period: the external share of each group shown, and the statuses behind them. */
function shareRows(
  flows: FlowsResponse | undefined,
  production: ProductionResponse | undefined,
  groups: readonly string[],
): { rows: ChartRow[]; statuses: DataStatus[] } {
  const rows: ChartRow[] = [];
  const statuses: DataStatus[] = [];
  if (!flows || !production) return { rows, statuses };
  const inflowByPeriod = groupByPeriod(
    flows.rows.map((row) => ({
      period: row.period,
      group: row.group ?? '',
      tonnes: row.tonnes,
      status: row.status,
    })),
  );
  const productionByPeriod = groupByPeriod(production.rows);
  for (const [period, inflow] of [...inflowByPeriod].sort(([a], [b]) => a.localeCompare(b))) {
    const shares = externalSharesByGroup(COMMODITY_GROUPS, inflow, productionByPeriod.get(period) ?? []);
    const row: ChartRow = { period };
    for (const share of shares) {
      if (!groups.includes(share.group)) continue;
      row[share.group] = share.share;
      statuses.push(share.status);
    }
    rows.push(row);
  }
  return { rows, statuses };
}

/** Observed external share per period and commodity, with the official claims as reference lines. */
function ShareOverTimePanelView({ filters }: { filters: OverviewFilters }) {
  const client = useApiClient();
  const i18n = useI18n();
  const { t } = i18n;
  const setView = useSetView();
  const { range, granularity } = filters;
  const params = { from: range.from, to: range.to, granularity };
  const flows = useQuery(flowsQuery(client, { ...params, groupBy: ['group'] }));
  const production = useQuery(productionQuery(client, params));
  const claims = useQuery(claimsQuery(client));
  const sources = useQuery(sourcesQuery(client));
  const status = combinePanelStatus([flows, production, claims, sources]);

  const { commodity } = filters;
  const groups = useMemo(
    () => (commodity === 'all' ? [...COMMODITY_GROUPS, 'all'] : [commodity, 'all']),
    [commodity],
  );
  // Flows and production of the same filter, never the new one of one beside the old one of the other.
  const settled = !flows.isPlaceholderData && !production.isPlaceholderData;
  const answers = useSettled(
    useMemo(() => ({ flows: flows.data, production: production.data }), [flows.data, production.data]),
    settled,
  );
  // Memoised on the answers and the groups: a switch that changes neither leaves the chart alone.
  const { rows, statuses } = useMemo(
    () => shareRows(answers.flows, answers.production, groups),
    [answers, groups],
  );
  // The URL gives a new array on every change; its content is what counts.
  const selectedKey = (filters.claims ?? DEFAULT_CLAIM_IDS).join(',');
  const selectedIds = useMemo(() => (selectedKey ? selectedKey.split(',') : []), [selectedKey]);
  const selectedClaims = useMemo(
    () => (claims.data ?? []).filter((claim) => selectedIds.includes(claim.id)),
    [claims.data, selectedIds],
  );
  const formatX = granularity === 'month' ? i18n.month : i18n.date;
  const formatY = useCallback((value: number) => i18n.percent(value, 0), [i18n]);
  const series = useMemo(
    () =>
      groups.map((group) => ({
        key: group,
        label: groupLabel(group, i18n),
        color: COMMODITY_COLORS[group] ?? '#000',
      })),
    [groups, i18n],
  );
  const referenceLines = useMemo(
    () =>
      selectedClaims.map((claim, index) => ({
        y: claim.share,
        label: claimLabel(claim, i18n),
        color: CLAIM_COLOR,
        dash: CLAIM_DASHES[index % CLAIM_DASHES.length] ?? '4 4',
      })),
    [selectedClaims, i18n],
  );
  const events = useMemo(
    () => eventMarkers({ from: range.from, to: range.to }, i18n),
    [range.from, range.to, i18n],
  );

  // What the chart draws changes in one step, once the new answers are in: one render per switch.
  const chart = useSettled(
    useMemo(
      () => ({ rows, series, formatX, formatY, referenceLines, events }),
      [rows, series, formatX, formatY, referenceLines, events],
    ),
    settled,
  );

  const table: TableData = {
    fileName: `arus-pangan_pangsa-luar_${granularity}_${range.from}_${range.to}`,
    columns: [
      { key: 'period', header: t('table.period'), kind: granularity === 'month' ? 'month' : 'date' },
      ...groups.map((group) => ({ key: group, header: groupLabel(group, i18n), kind: 'percent' as const })),
    ],
    rows,
  };

  return (
    <ChartFrame
      id="share-over-time"
      title={t('shareOverTime.title')}
      subtitle={t('period.subtitle', { from: i18n.date(range.from), to: i18n.date(range.to) })}
      status={status}
      isEmpty={rows.every((row) => groups.every((group) => row[group] === null || row[group] === undefined))}
      dataStatuses={statuses}
      sourceIds={[
        ...(flows.data?.rows.flatMap((row) => row.sourceIds) ?? []),
        ...(production.data?.rows.flatMap((row) => row.sourceIds) ?? []),
        ...selectedClaims.flatMap((claim) => claim.sourceIds),
      ]}
      sources={sources.data ?? []}
      minHeight={CHART_HEIGHT}
      table={table}
      notes={{ min: range.from, max: range.to }}
      controls={
        claims.data && (
          <fieldset className="claim-picker">
            <legend>{t('shareOverTime.claims')}</legend>
            {claims.data.map((claim) => (
              <label key={claim.id}>
                <input
                  type="checkbox"
                  checked={selectedIds.includes(claim.id)}
                  onChange={(event) => {
                    const next = event.target.checked
                      ? [...selectedIds, claim.id]
                      : selectedIds.filter((id) => id !== claim.id);
                    setView({ claims: next }, { replace: true });
                  }}
                />{' '}
                {claimLabel(claim, i18n)}
              </label>
            ))}
          </fieldset>
        )
      }
    >
      <LazyTimeSeriesChart
        kind="line"
        height={CHART_HEIGHT}
        yDomain={SHARE_DOMAIN}
        description={t('shareOverTime.description')}
        {...chart}
      />
      <p className="method-note">
        {t('externalShare.method')} {t('events.legend')}
      </p>
    </ChartFrame>
  );
}

/** Memoised: the overview re-renders on every URL change; a panel only when its filters change. */
export const ShareOverTimePanel = memo(ShareOverTimePanelView);
