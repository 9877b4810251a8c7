import { useQuery } from '@tanstack/react-query';
import { useId, memo, Fragment } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useApiClient } from '../../api/api-client-context';
import { flowsQuery, sourcesQuery, stocksQuery } from '../../api/queries';
import { useRegionNames } from '../../api/use-region-names';
import { ChartFrame } from '../../charts/chart-frame';
import { combinePanelStatus } from '../../charts/panel-status';
import type { TableData } from '../../charts/table-data';
import {
  belowNormAlerts,
  originShareAlerts,
  sortAlerts,
  stockCoverAlerts,
  type Alert,
  type AlertThresholds,
} from '../../domain/alerts';
import { addMonths, maxDate } from '../../domain/calendar-date';
import { COMMODITY_GROUPS } from '../../domain/commodity';
import { groupLabel } from '../../i18n/labels';
import type { MessageKey } from '../../i18n/messages-id';
import { useI18n, type I18n } from '../../i18n/use-i18n';
import { useAlertThresholds } from '../../state/alert-thresholds-store';
import type { OverviewFilters } from '../../filters/use-overview-filters';
import { RICE_CONSUMPTION_T_PER_DAY } from './headline-tiles-panel';

const NORM_YEARS = 3;
const MAX_LISTED = 50;

function describeAlert(alert: Alert, i18n: I18n, regionName: (code: string) => string): string {
  const { t } = i18n;
  switch (alert.kind) {
    case 'below-norm':
      return t('alerts.reason.belowNorm', {
        value: i18n.tonnes(alert.value),
        norm: i18n.tonnes(alert.norm ?? 0),
        gap: i18n.percent(alert.norm ? 1 - alert.value / alert.norm : 0, 0),
      });
    case 'origin-share':
      return t('alerts.reason.originShare', {
        origin: regionName(alert.origin ?? ''),
        share: i18n.percent(alert.value, 0),
        threshold: i18n.percent(alert.threshold, 0),
      });
    case 'stock-cover':
      return t('alerts.reason.stockCover', {
        days: i18n.number(alert.value, 1),
        threshold: i18n.number(alert.threshold),
      });
  }
}

/** Weeks below the seasonal norm, origins above a share, low rice stock cover — with editable thresholds. */
function AlertsPanelView({ filters }: { filters: OverviewFilters }) {
  const client = useApiClient();
  const i18n = useI18n();
  const { t } = i18n;
  const regionName = useRegionNames(i18n.language);
  const thresholds = useAlertThresholds(
    useShallow(({ belowNormFraction, originShareFraction, stockCoverDays }) => ({
      belowNormFraction,
      originShareFraction,
      stockCoverDays,
    })),
  );
  const { range, coverage } = filters;
  const normFrom = maxDate(coverage.from, addMonths(range.from, -12 * NORM_YEARS));

  const weekly = useQuery(
    flowsQuery(client, { from: normFrom, to: range.to, granularity: 'week', groupBy: ['group'] }),
  );
  const monthlyOrigins = useQuery(
    flowsQuery(client, {
      from: range.from,
      to: range.to,
      granularity: 'month',
      groupBy: ['group', 'origin'],
    }),
  );
  const stock = useQuery(
    stocksQuery(client, { from: range.from, to: range.to, granularity: 'week', entryPoint: 'PIBC' }),
  );
  const sources = useQuery(sourcesQuery(client));
  const status = combinePanelStatus([weekly, monthlyOrigins, stock, sources]);

  const groups = filters.commodity === 'all' ? [...COMMODITY_GROUPS] : [filters.commodity];
  const alerts: Alert[] = [];
  if (weekly.data && monthlyOrigins.data && stock.data) {
    for (const group of groups) {
      const series = weekly.data.rows.filter((row) => row.group === group);
      alerts.push(...belowNormAlerts(series, range, 'week', group, thresholds.belowNormFraction));
      alerts.push(
        ...originShareAlerts(
          monthlyOrigins.data.rows.filter((row) => row.group === group),
          group,
          thresholds.originShareFraction,
        ),
      );
    }
    if (groups.includes('rice')) {
      alerts.push(
        ...stockCoverAlerts(stock.data.rows, RICE_CONSUMPTION_T_PER_DAY, thresholds.stockCoverDays),
      );
    }
  }
  const sorted = sortAlerts(alerts);
  // Nothing reported in the period (no flow, no stock): "no data", never a reassuring "no alerts".
  const nothingReported =
    !(monthlyOrigins.data?.rows ?? []).some((row) => row.tonnes !== null) &&
    !(stock.data?.rows ?? []).some((row) => row.closingTonnes !== null);

  const table: TableData = {
    fileName: `arus-pangan_peringatan_${range.from}_${range.to}`,
    columns: [
      { key: 'date', header: t('alerts.date'), kind: 'date' },
      { key: 'commodity', header: t('filters.commodity'), kind: 'text' },
      { key: 'reason', header: t('alerts.reason'), kind: 'text' },
    ],
    rows: sorted.map((alert) => ({
      date: alert.date,
      commodity: groupLabel(alert.group, i18n),
      reason: describeAlert(alert, i18n, regionName),
    })),
  };

  return (
    <ChartFrame
      id="alerts"
      title={t('alerts.title')}
      subtitle={t('period.subtitle', { from: i18n.date(range.from), to: i18n.date(range.to) })}
      status={status}
      isEmpty={nothingReported}
      dataStatuses={[...(weekly.data?.rows ?? []), ...(stock.data?.rows ?? [])].map((row) => row.status)}
      sourceIds={[...(weekly.data?.rows ?? []), ...(stock.data?.rows ?? [])].flatMap((row) => row.sourceIds)}
      sources={sources.data ?? []}
      minHeight={200}
      table={table}
      controls={<ThresholdEditor thresholds={thresholds} />}
    >
      {sorted.length === 0 ? (
        <p className="panel-empty">{t('alerts.none')}</p>
      ) : (
        <>
          <p>{t('alerts.count', { count: sorted.length })}</p>
          <ol className="alert-list">
            {sorted.slice(0, MAX_LISTED).map((alert) => (
              <li
                key={`${alert.kind}-${alert.group}-${alert.date}-${alert.origin ?? ''}`}
                data-kind={alert.kind}
              >
                <time dateTime={alert.date}>{i18n.date(alert.date)}</time>{' '}
                <strong>{groupLabel(alert.group, i18n)}</strong> — {describeAlert(alert, i18n, regionName)}
              </li>
            ))}
          </ol>
          {sorted.length > MAX_LISTED && (
            <p className="method-note">{t('alerts.more', { count: sorted.length - MAX_LISTED })}</p>
          )}
        </>
      )}
      <p className="method-note">{t('alerts.method', { years: NORM_YEARS })}</p>
    </ChartFrame>
  );
}

/** Each threshold as a field: percentages are edited as 0–100 and stored as fractions. */
const THRESHOLD_FIELDS: { name: keyof AlertThresholds; label: MessageKey; max: number; scale: number }[] = [
  { name: 'belowNormFraction', label: 'alerts.threshold.belowNorm', max: 100, scale: 100 },
  { name: 'originShareFraction', label: 'alerts.threshold.originShare', max: 100, scale: 100 },
  { name: 'stockCoverDays', label: 'alerts.threshold.stockCover', max: 60, scale: 1 },
];

function ThresholdEditor({ thresholds }: { thresholds: AlertThresholds }) {
  const { t } = useI18n();
  const setThreshold = useAlertThresholds((state) => state.setThreshold);
  const reset = useAlertThresholds((state) => state.reset);
  const idPrefix = useId();
  return (
    <details className="threshold-editor">
      <summary>{t('alerts.thresholds')}</summary>
      <div className="threshold-fields">
        {THRESHOLD_FIELDS.map(({ name, label, max, scale }) => (
          <Fragment key={name}>
            <label htmlFor={`${idPrefix}-${name}`}>{t(label)}</label>
            <input
              id={`${idPrefix}-${name}`}
              type="number"
              min={0}
              max={max}
              step={1}
              value={Math.round(thresholds[name] * scale)}
              onChange={(event) => setThreshold(name, Number(event.target.value) / scale)}
            />
          </Fragment>
        ))}
        <button type="button" onClick={reset}>
          {t('alerts.reset')}
        </button>
      </div>
    </details>
  );
}

/** Memoised: the overview re-renders on every URL change; a panel only when its filters change. */
export const AlertsPanel = memo(AlertsPanelView);
