import { memo, useCallback, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/api-client-context';
import type { ApiClient } from '../../api/http-client';
import { balanceQuery, claimsQuery, flowsQuery, sourcesQuery } from '../../api/queries';
import type { Claim } from '../../contract/schemas';
import { ChartFrame } from '../../charts/chart-frame';
import { QueuedTimeSeriesChart } from '../../charts/queued-time-series-chart';
import { combinePanelStatus, withPendingWork } from '../../charts/panel-status';
import { useSettled } from '../../charts/use-settled';
import { useSliced } from '../../charts/use-sliced';
import { CLAIM_COLOR, CLAIM_DASHES, COMMODITY_COLORS } from '../../theme/palette';
import type { TableData } from '../../charts/table-data';
import { COMMODITY_GROUPS } from '../../domain/commodity';
import { granularityForPeriods } from '../../domain/period';
import { shareAxis } from '../../domain/value-axis';
import { TRAILING_PERIODS, trailingFrom } from '../../domain/trailing-window';
import { comparatorLabel, groupLabel } from '../../i18n/labels';
import type { MessageKey } from '../../i18n/messages-id';
import { useI18n, type I18n } from '../../i18n/use-i18n';
import type { OverviewFilters } from '../../filters/use-overview-filters';
import { useSetView } from '../../state/view-hooks';
import { eventMarkers } from './chart-events';
import { basisName, HEADLINE_CLAIM_ID } from './external-share-panel';
import { shareRowsInSteps, type ShareRows } from './share-over-time-model';

export const DEFAULT_CLAIM_IDS = ['biro-ksd-2025', 'laporan-ketahanan-pangan-2024'];
const CHART_HEIGHT = 320;
const NO_ROWS: ShareRows = {
  rows: [],
  statuses: [],
  sourceIds: new Set(),
  missing: new Set(),
  shortWindows: 0,
};
/**
 * The answers behind the chart come per commodity form (about 22 series): beyond this many periods
 * they would pass the API's limit on rows (50,000), so a longer range is drawn a step coarser.
 */
const MAX_PERIODS = 2000;

export function claimLabel(claim: Claim, i18n: I18n): string {
  const comparator = comparatorLabel(claim.comparator, i18n);
  return `${comparator} ${i18n.percent(claim.share, 1)} — ${claim.who.split(',')[0]}, ${i18n.date(claim.date)}`.trim();
}

/** The chart's granularity: the view's, or coarser when the range holds too many periods. */
const shareGranularity = ({ range, granularity }: OverviewFilters) =>
  granularityForPeriods(range, granularity, MAX_PERIODS);

/** The answers the chart is drawn from (the overview also asks for them ahead of the panel's render). */
export function shareOverTimeQueries(client: ApiClient, filters: OverviewFilters) {
  const granularity = shareGranularity(filters);
  // Each point is the share over the trailing window ending with its period, so the query reaches
  // back to the first window's start.
  const params = { from: trailingFrom(filters.range, granularity), to: filters.range.to, granularity };
  return {
    flows: flowsQuery(client, { ...params, groupBy: ['commodity'] }),
    balance: balanceQuery(client, params),
  };
}

/** Observed external share per period and commodity, with the official claims as reference lines. */
function ShareOverTimePanelView({ filters }: { filters: OverviewFilters }) {
  const client = useApiClient();
  const i18n = useI18n();
  const { t } = i18n;
  const setView = useSetView();
  const { range } = filters;
  const granularity = shareGranularity(filters);
  const queries = shareOverTimeQueries(client, filters);
  const flows = useQuery(queries.flows);
  const balance = useQuery(queries.balance);
  const claims = useQuery(claimsQuery(client));
  const sources = useQuery(sourcesQuery(client));
  const { basis, commodity } = filters;
  const headlineClaim = claims.data?.find((c) => c.id === (filters.claim ?? HEADLINE_CLAIM_ID));
  // The basket matters only to the claim's own basis; other bases ignore which claim is chosen.
  const basket = basis === 'claim' ? (headlineClaim?.basket ?? null) : null;
  const groups = useMemo(
    () => (commodity === 'all' ? [...COMMODITY_GROUPS, 'all'] : [commodity, 'all']),
    [commodity],
  );
  // The chart changes in one step: while any answer behind it is still the previous filter's
  // placeholder, it keeps drawing what it drew (answers and filters that belong together).
  const drawn = useSettled(
    useMemo(
      () => ({
        flows: flows.data,
        balance: balance.data,
        groups,
        basis,
        basket,
        granularity,
        from: range.from,
        to: range.to,
      }),
      [flows.data, balance.data, groups, basis, basket, granularity, range.from, range.to],
    ),
    !flows.isPlaceholderData && !balance.isPlaceholderData,
  );
  // Worked out in slices (charts/use-sliced.ts): seven years of weekly windows are too much maths
  // for one task. Until the new rows are in, the panel keeps what it drew, marked as updating.
  const work = useMemo(() => {
    const flowRows = drawn.flows?.rows;
    const balanceRows = drawn.balance?.rows;
    if (!flowRows || !balanceRows) return null;
    return function* () {
      const result = yield* shareRowsInSteps({
        flowRows,
        balanceRows,
        groups: drawn.groups,
        basis: drawn.basis,
        basket: drawn.basket,
        granularity: drawn.granularity,
        displayFrom: drawn.from,
        basisLabel: basisName(drawn.basis, i18n),
        dateLabel: i18n.date,
      });
      return { drawn, ...result };
    };
  }, [drawn, i18n]);
  const sliced = useSliced(work);
  const shown = sliced.value?.drawn ?? drawn;
  const { rows, statuses, sourceIds, missing, shortWindows } = sliced.value ?? NO_ROWS;
  const status = withPendingWork(combinePanelStatus([flows, balance, claims]), sliced);
  const windowPeriods = TRAILING_PERIODS[shown.granularity];
  const windowLine =
    windowPeriods > 1
      ? [
          t(shown.granularity === 'day' ? 'shareOverTime.windowDays' : 'shareOverTime.windowWeeks', {
            count: windowPeriods,
          }),
          ...(shortWindows > 0 ? [t('shareOverTime.shortWindows', { count: shortWindows })] : []),
        ]
      : [];
  const selectedIds = filters.claims ?? DEFAULT_CLAIM_IDS;
  const selectedKey = selectedIds.join(',');
  const selectedClaims = useMemo(
    () => (claims.data ?? []).filter((claim) => selectedKey.split(',').includes(claim.id)),
    [claims.data, selectedKey],
  );
  const formatX = shown.granularity === 'month' ? i18n.month : i18n.date;
  // Ticks and tooltips to 0.1 point, like the table, so 99.9% never reads 100%.
  const formatShare = useCallback((value: number) => i18n.percent(value, 1), [i18n]);
  // Ticks at round points with every shown claim's value among them, so "hampir 98%" sits on the
  // tick that reads 98%.
  const axis = useMemo(() => {
    const values = rows.flatMap((row) =>
      shown.groups.flatMap((group) => {
        const value = row[group];
        return typeof value === 'number' ? [value] : [];
      }),
    );
    return shareAxis(
      values.length > 0 ? Math.min(...values) : 1,
      values.length > 0 ? Math.max(...values) : 1,
      selectedClaims.map((claim) => claim.share),
    );
  }, [rows, shown.groups, selectedClaims]);
  const series = useMemo(
    () =>
      shown.groups.map((group) => ({
        key: group,
        label: groupLabel(group, i18n),
        color: COMMODITY_COLORS[group] ?? '#000',
      })),
    [shown.groups, i18n],
  );
  const referenceLines = useMemo(
    () =>
      selectedClaims.map((claim, index) => ({
        y: claim.share,
        label: claimLabel(claim, i18n),
        marginLabel: i18n.percent(claim.share, 1),
        color: CLAIM_COLOR,
        dash: CLAIM_DASHES[index % CLAIM_DASHES.length] ?? '4 4',
      })),
    [selectedClaims, i18n],
  );
  const events = useMemo(
    () => eventMarkers({ from: shown.from, to: shown.to }, i18n),
    [shown.from, shown.to, i18n],
  );

  const table: TableData = useMemo(
    () => ({
      fileName: `arus-pangan_pangsa-luar_${shown.granularity}_${shown.from}_${shown.to}`,
      columns: [
        { key: 'period', header: t('table.period'), kind: shown.granularity === 'month' ? 'month' : 'date' },
        ...shown.groups.flatMap((group) => [
          { key: group, header: groupLabel(group, i18n), kind: 'percent' as const },
          {
            key: `${group}-status`,
            header: `${groupLabel(group, i18n)} — ${t('table.status')}`,
            kind: 'status' as const,
          },
        ]),
        ...(TRAILING_PERIODS[shown.granularity] > 1
          ? [{ key: 'window', header: t('shareOverTime.window'), kind: 'text' as const }]
          : []),
        { key: 'basis', header: t('table.basis'), kind: 'text' },
      ],
      rows,
    }),
    [shown, rows, t, i18n],
  );

  return (
    <ChartFrame
      id="share-over-time"
      title={t('shareOverTime.title')}
      subtitle={t('period.subtitle', { from: i18n.date(range.from), to: i18n.date(range.to) })}
      status={status}
      isEmpty={rows.every((row) =>
        shown.groups.every((group) => row[group] === null || row[group] === undefined),
      )}
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
      <QueuedTimeSeriesChart
        kind="line"
        rows={rows}
        height={CHART_HEIGHT}
        series={series}
        formatX={formatX}
        formatY={formatShare}
        formatTooltip={formatShare}
        yDomain={axis.domain}
        yTicks={axis.ticks}
        description={t('shareOverTime.description')}
        referenceLines={referenceLines}
        events={events}
      />
      <p className="method-note">
        {t('externalShare.method')} {t('events.legend')}{' '}
        {shown.granularity !== filters.granularity && t('origins.coarser')}
      </p>
    </ChartFrame>
  );
}

/** Memoised: the overview re-renders on every URL change; a panel only when its filters change. */
export const ShareOverTimePanel = memo(ShareOverTimePanelView);
