import { memo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/api-client-context';
import { balanceQuery, claimsQuery, flowsQuery, sourcesQuery } from '../../api/queries';
import type { Claim } from '../../contract/schemas';
import { ChartFrame } from '../../charts/chart-frame';
import { LazyTimeSeriesChart } from '../../charts/lazy-time-series-chart';
import { combinePanelStatus } from '../../charts/panel-status';
import { CLAIM_COLOR, CLAIM_DASHES, COMMODITY_COLORS } from '../../theme/palette';
import type { TableData } from '../../charts/table-data';
import type { ChartRow } from '../../charts/time-series-chart';
import { COMMODITY_GROUPS } from '../../domain/commodity';
import type { DataStatus } from '../../domain/data-status';
import { commoditiesOf, shareUnderBasis } from '../../domain/food-balance';
import { groupByPeriod } from '../../domain/period-rows';
import { shareAxis } from '../../domain/value-axis';
import { TRAILING_PERIODS, trailingFrom, trailingWindows } from '../../domain/trailing-window';
import { comparatorLabel, groupLabel } from '../../i18n/labels';
import type { MessageKey } from '../../i18n/messages-id';
import { useI18n, type I18n } from '../../i18n/use-i18n';
import type { OverviewFilters } from '../../filters/use-overview-filters';
import { useSetView } from '../../state/view-hooks';
import { eventMarkers } from './chart-events';
import { basisName, HEADLINE_CLAIM_ID } from './external-share-panel';
import { balancesOf } from './share-basis';

export const DEFAULT_CLAIM_IDS = ['biro-ksd-2025', 'laporan-ketahanan-pangan-2024'];
const CHART_HEIGHT = 320;

export function claimLabel(claim: Claim, i18n: I18n): string {
  const comparator = comparatorLabel(claim.comparator, i18n);
  return `${comparator} ${i18n.percent(claim.share, 1)} — ${claim.who.split(',')[0]}, ${i18n.date(claim.date)}`.trim();
}

/** Observed external share per period and commodity, with the official claims as reference lines. */
function ShareOverTimePanelView({ filters }: { filters: OverviewFilters }) {
  const client = useApiClient();
  const i18n = useI18n();
  const { t } = i18n;
  const setView = useSetView();
  const { range, granularity } = filters;
  // Each point is the share over the trailing window ending with its period (see
  // trailing-window.ts), so the query reaches back to the first window's start.
  const params = { from: trailingFrom(range, granularity), to: range.to, granularity };
  const windowPeriods = TRAILING_PERIODS[granularity];
  const flows = useQuery(flowsQuery(client, { ...params, groupBy: ['commodity'] }));
  const balance = useQuery(balanceQuery(client, params));
  const claims = useQuery(claimsQuery(client));
  const sources = useQuery(sourcesQuery(client));
  const status = combinePanelStatus([flows, balance, claims]);
  const { basis } = filters;
  const basket = claims.data?.find((c) => c.id === (filters.claim ?? HEADLINE_CLAIM_ID))?.basket ?? null;

  const groups = filters.commodity === 'all' ? [...COMMODITY_GROUPS, 'all'] : [filters.commodity, 'all'];
  const rows: ChartRow[] = [];
  const statuses: DataStatus[] = [];
  const sourceIds = new Set<string>();
  const missing = new Set<string>();
  let shortWindows = 0;
  if (flows.data && balance.data) {
    const inflowWindows = trailingWindows(groupByPeriod(flows.data.rows), granularity, range.from);
    const balanceWindows = new Map(
      trailingWindows(groupByPeriod(balance.data.rows), granularity, range.from).map((w) => [
        w.period,
        w.items,
      ]),
    );
    for (const { period, window, items, complete } of inflowWindows) {
      const balances = balancesOf(items, balanceWindows.get(period) ?? []);
      const row: ChartRow = {
        period,
        window: `${i18n.date(window.from)} – ${i18n.date(window.to)}`,
        basis: basisName(basis, i18n),
      };
      if (!complete) shortWindows++;
      for (const group of groups) {
        const share = shareUnderBasis(basis, balances, commoditiesOf(group as 'all'), basket);
        // A window the data does not fill would be a one-week share again: left as a gap.
        row[group] = complete ? share.share : null;
        row[`${group}-status`] = share.status;
        statuses.push(share.status);
        share.sourceIds.forEach((id) => sourceIds.add(id));
        share.missing.forEach((part) => missing.add(part.part));
      }
      rows.push(row);
    }
  }
  const windowLine =
    windowPeriods > 1
      ? [
          t(granularity === 'day' ? 'shareOverTime.windowDays' : 'shareOverTime.windowWeeks', {
            count: windowPeriods,
          }),
          ...(shortWindows > 0 ? [t('shareOverTime.shortWindows', { count: shortWindows })] : []),
        ]
      : [];
  const selectedIds = filters.claims ?? DEFAULT_CLAIM_IDS;
  const selectedClaims = (claims.data ?? []).filter((claim) => selectedIds.includes(claim.id));
  const formatX = granularity === 'month' ? i18n.month : i18n.date;
  // Ticks at round points with every shown claim's value among them, labelled to 0.1 point like the
  // table, so "hampir 98%" sits on the tick that reads 98%.
  const values = rows.flatMap((row) =>
    groups.flatMap((group) => {
      const value = row[group];
      return typeof value === 'number' ? [value] : [];
    }),
  );
  const axis = shareAxis(
    values.length > 0 ? Math.min(...values) : 1,
    values.length > 0 ? Math.max(...values) : 1,
    selectedClaims.map((claim) => claim.share),
  );

  const table: TableData = {
    fileName: `arus-pangan_pangsa-luar_${granularity}_${range.from}_${range.to}`,
    columns: [
      { key: 'period', header: t('table.period'), kind: granularity === 'month' ? 'month' : 'date' },
      ...groups.flatMap((group) => [
        { key: group, header: groupLabel(group, i18n), kind: 'percent' as const },
        {
          key: `${group}-status`,
          header: `${groupLabel(group, i18n)} — ${t('table.status')}`,
          kind: 'status' as const,
        },
      ]),
      ...(windowPeriods > 1
        ? [{ key: 'window', header: t('shareOverTime.window'), kind: 'text' as const }]
        : []),
      { key: 'basis', header: t('table.basis'), kind: 'text' },
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
      emptyMessage={
        missing.size > 0 && rows.length > 0
          ? t('externalShare.missing', {
              parts: [...missing].map((part) => t(`balance.part.${part}` as MessageKey)).join(', '),
            })
          : undefined
      }
      dataStatuses={statuses}
      sourceIds={[...sourceIds, ...selectedClaims.flatMap((claim) => claim.sourceIds)]}
      provenance={[t('provenance.basis', { name: basisName(basis, i18n) }), ...windowLine]}
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
        rows={rows}
        height={CHART_HEIGHT}
        series={groups.map((group) => ({
          key: group,
          label: groupLabel(group, i18n),
          color: COMMODITY_COLORS[group] ?? '#000',
        }))}
        formatX={formatX}
        formatY={(value) => i18n.percent(value, 1)}
        formatTooltip={(value) => i18n.percent(value, 1)}
        yDomain={axis.domain}
        yTicks={axis.ticks}
        description={t('shareOverTime.description')}
        referenceLines={selectedClaims.map((claim, index) => ({
          y: claim.share,
          label: claimLabel(claim, i18n),
          marginLabel: i18n.percent(claim.share, 1),
          color: CLAIM_COLOR,
          dash: CLAIM_DASHES[index % CLAIM_DASHES.length] ?? '4 4',
        }))}
        events={eventMarkers(range, i18n)}
      />
      <p className="method-note">
        {t('externalShare.method')} {t('events.legend')}
      </p>
    </ChartFrame>
  );
}

/** Memoised: the overview re-renders on every URL change; a panel only when its filters change. */
export const ShareOverTimePanel = memo(ShareOverTimePanelView);
