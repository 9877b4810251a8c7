import { memo, useCallback, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/api-client-context';
import { balanceQuery, claimsQuery, flowsQuery, sourcesQuery } from '../../api/queries';
import type { BalanceRow, Claim, FlowRow } from '../../contract/schemas';
import { ChartFrame } from '../../charts/chart-frame';
import { LazyTimeSeriesChart } from '../../charts/lazy-time-series-chart';
import { combinePanelStatus } from '../../charts/panel-status';
import { useSettled } from '../../charts/use-settled';
import { CLAIM_COLOR, CLAIM_DASHES, COMMODITY_COLORS } from '../../theme/palette';
import type { TableData } from '../../charts/table-data';
import type { ChartRow } from '../../charts/time-series-chart';
import { COMMODITY_GROUPS } from '../../domain/commodity';
import type { DataStatus } from '../../domain/data-status';
import {
  balancesFromRows,
  commoditiesOf,
  shareUnderBasis,
  type AccountingBasis,
  type BasketItem,
} from '../../domain/food-balance';
import { granularityForPeriods, type Granularity } from '../../domain/period';
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
import { balanceInputsOf, inflowInputsOf } from './share-basis';

export const DEFAULT_CLAIM_IDS = ['biro-ksd-2025', 'laporan-ketahanan-pangan-2024'];
const CHART_HEIGHT = 320;
/**
 * The answers behind the chart come per commodity form (about 22 series): beyond this many periods
 * they would pass the API's limit on rows (50,000), so a longer range is drawn a step coarser.
 */
const MAX_PERIODS = 2000;

/**
 * One chart row per shown period: the share under the basis for each group over the trailing
 * window that ends with the period (see trailing-window.ts), with its status.
 */
function shareRows(
  flowRows: readonly FlowRow[] | undefined,
  balanceRows: readonly BalanceRow[] | undefined,
  groups: readonly string[],
  basis: AccountingBasis,
  basket: readonly BasketItem[] | null,
  granularity: Granularity,
  displayFrom: string,
  i18n: I18n,
) {
  const rows: ChartRow[] = [];
  const statuses: DataStatus[] = [];
  const sourceIds = new Set<string>();
  const missing = new Set<string>();
  let shortWindows = 0;
  if (flowRows && balanceRows) {
    const groupForms = groups.map((group) => [group, commoditiesOf(group as 'all')] as const);
    // The rows are turned into the balance's inputs once, not once for every window they are in.
    const inflowWindows = trailingWindows(groupByPeriod(inflowInputsOf(flowRows)), granularity, displayFrom);
    const balanceWindows = new Map(
      trailingWindows(groupByPeriod(balanceInputsOf(balanceRows)), granularity, displayFrom).map((w) => [
        w.period,
        w.items,
      ]),
    );
    for (const { period, window, items, complete } of inflowWindows) {
      const balances = balancesFromRows(items, balanceWindows.get(period) ?? []);
      const row: ChartRow = {
        period,
        window: `${i18n.date(window.from)} – ${i18n.date(window.to)}`,
        basis: basisName(basis, i18n),
      };
      if (!complete) shortWindows++;
      for (const [group, forms] of groupForms) {
        const share = shareUnderBasis(basis, balances, forms, basket);
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
  return { rows, statuses, sourceIds, missing, shortWindows };
}

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
  const { range } = filters;
  const granularity = granularityForPeriods(range, filters.granularity, MAX_PERIODS);
  // Each point is the share over the trailing window ending with its period, so the query reaches
  // back to the first window's start.
  const params = { from: trailingFrom(range, granularity), to: range.to, granularity };
  const flows = useQuery(flowsQuery(client, { ...params, groupBy: ['commodity'] }));
  const balance = useQuery(balanceQuery(client, params));
  const claims = useQuery(claimsQuery(client));
  const sources = useQuery(sourcesQuery(client));
  const status = combinePanelStatus([flows, balance, claims]);
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
  const { rows, statuses, sourceIds, missing, shortWindows } = useMemo(
    () =>
      shareRows(
        drawn.flows?.rows,
        drawn.balance?.rows,
        drawn.groups,
        drawn.basis,
        drawn.basket,
        drawn.granularity,
        drawn.from,
        i18n,
      ),
    [drawn, i18n],
  );
  const windowPeriods = TRAILING_PERIODS[drawn.granularity];
  const windowLine =
    windowPeriods > 1
      ? [
          t(drawn.granularity === 'day' ? 'shareOverTime.windowDays' : 'shareOverTime.windowWeeks', {
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
  const formatX = drawn.granularity === 'month' ? i18n.month : i18n.date;
  // Ticks and tooltips to 0.1 point, like the table, so 99.9% never reads 100%.
  const formatShare = useCallback((value: number) => i18n.percent(value, 1), [i18n]);
  // Ticks at round points with every shown claim's value among them, so "hampir 98%" sits on the
  // tick that reads 98%.
  const axis = useMemo(() => {
    const values = rows.flatMap((row) =>
      drawn.groups.flatMap((group) => {
        const value = row[group];
        return typeof value === 'number' ? [value] : [];
      }),
    );
    return shareAxis(
      values.length > 0 ? Math.min(...values) : 1,
      values.length > 0 ? Math.max(...values) : 1,
      selectedClaims.map((claim) => claim.share),
    );
  }, [rows, drawn.groups, selectedClaims]);
  const series = useMemo(
    () =>
      drawn.groups.map((group) => ({
        key: group,
        label: groupLabel(group, i18n),
        color: COMMODITY_COLORS[group] ?? '#000',
      })),
    [drawn.groups, i18n],
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
    () => eventMarkers({ from: drawn.from, to: drawn.to }, i18n),
    [drawn.from, drawn.to, i18n],
  );

  const table: TableData = useMemo(
    () => ({
      fileName: `arus-pangan_pangsa-luar_${drawn.granularity}_${drawn.from}_${drawn.to}`,
      columns: [
        { key: 'period', header: t('table.period'), kind: drawn.granularity === 'month' ? 'month' : 'date' },
        ...drawn.groups.flatMap((group) => [
          { key: group, header: groupLabel(group, i18n), kind: 'percent' as const },
          {
            key: `${group}-status`,
            header: `${groupLabel(group, i18n)} — ${t('table.status')}`,
            kind: 'status' as const,
          },
        ]),
        ...(TRAILING_PERIODS[drawn.granularity] > 1
          ? [{ key: 'window', header: t('shareOverTime.window'), kind: 'text' as const }]
          : []),
        { key: 'basis', header: t('table.basis'), kind: 'text' },
      ],
      rows,
    }),
    [drawn, rows, t, i18n],
  );

  return (
    <ChartFrame
      id="share-over-time"
      title={t('shareOverTime.title')}
      subtitle={t('period.subtitle', { from: i18n.date(range.from), to: i18n.date(range.to) })}
      status={status}
      isEmpty={rows.every((row) =>
        drawn.groups.every((group) => row[group] === null || row[group] === undefined),
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
      <LazyTimeSeriesChart
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
        {drawn.granularity !== filters.granularity && t('origins.coarser')}
      </p>
    </ChartFrame>
  );
}

/** Memoised: the overview re-renders on every URL change; a panel only when its filters change. */
export const ShareOverTimePanel = memo(ShareOverTimePanelView);
