import { useQuery } from '@tanstack/react-query';
import { useId, memo, Fragment, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useApiClient } from '../../api/api-client-context';
import type { ApiClient } from '../../api/http-client';
import { flowsQuery, metaQuery, sourcesQuery, stocksQuery } from '../../api/queries';
import { useRegionNames, useRegionNamesPending, useUnknownRegionCodes } from '../../api/use-region-names';
import { ChartFrame } from '../../charts/chart-frame';
import { combinePanelStatus, untilNamed, withPendingWork } from '../../charts/panel-status';
import { useSettled } from '../../charts/use-settled';
import { useSliced } from '../../charts/use-sliced';
import type { TableData } from '../../charts/table-data';
import { NORM_LOOK_BACK_YEARS, type Alert, type AlertThresholds } from '../../domain/alerts';
import { COMMODITY_GROUPS, groupOf, isCommodityCode } from '../../domain/commodity';
import { weakestStatus, type DataStatus } from '../../domain/data-status';
import { lookBackRange, overviewAlertsInSteps, type OverviewAlerts } from '../../domain/overview-alerts';
import { groupLabel } from '../../i18n/labels';
import type { MessageKey } from '../../i18n/messages-id';
import { useI18n } from '../../i18n/use-i18n';
import { useAlertThresholds } from '../../state/alert-thresholds-store';
import { SaveProblem } from '../../storage/save-problem';
import { STORED_ALERT_THRESHOLDS } from '../../storage/stored-values';
import type { OverviewFilters } from '../../filters/use-overview-filters';
import { serializeViewState, type OriginUnit } from '../../state/view-url';
import { useSetView, useView, useViewField } from '../../state/view-hooks';
import { alertPanel, alertView, alertWhen, alertsAsText, describeAlert } from './alert-text';
import { RICE_CONSUMPTION_T_PER_DAY } from './headline-tiles-panel';

const MAX_LISTED = 50;
const NO_ALERTS: OverviewAlerts = { alerts: [], partialWeeks: [] };

/** The answers the alerts are worked out from (the overview also asks for them ahead of the panel's render). */
export function alertsQueries(
  client: ApiClient,
  { range, coverage }: OverviewFilters,
  originUnit: OriginUnit,
) {
  const lookBack = lookBackRange(range, coverage.from);
  return {
    // Daily, so that a week can be compared with the same days from Lebaran in earlier years.
    daily: flowsQuery(client, {
      from: lookBack.from,
      to: lookBack.to,
      granularity: 'day',
      groupBy: ['group'],
    }),
    monthlyOrigins: flowsQuery(client, {
      from: range.from,
      to: range.to,
      granularity: 'month',
      groupBy: ['commodity', originUnit === 'province' ? 'province' : 'origin'],
    }),
    stock: stocksQuery(client, { from: range.from, to: range.to, granularity: 'week', entryPoint: 'PIBC' }),
  };
}

/** Weeks below the seasonal norm, origins above a share, low rice stock cover — with editable thresholds. */
function AlertsPanelView({ filters }: { filters: OverviewFilters }) {
  const client = useApiClient();
  const i18n = useI18n();
  const { t } = i18n;
  const regionName = useRegionNames(i18n.language);
  const originUnit = useViewField('originUnit');
  const thresholds = useAlertThresholds(
    useShallow(({ belowNormFraction, originShareFraction, stockCoverDays }) => ({
      belowNormFraction,
      originShareFraction,
      stockCoverDays,
    })),
  );
  const { range, coverage } = filters;

  const queries = alertsQueries(client, filters, originUnit);
  const daily = useQuery(queries.daily);
  const monthlyOrigins = useQuery(queries.monthlyOrigins);
  const stock = useQuery(queries.stock);
  const sources = useQuery(sourcesQuery(client));
  const meta = useQuery(metaQuery(client));

  // The list changes in one step, once all three answers are in for the new filter: worked out on
  // a mix of new and previous answers it would be wrong, and it is the panel's costliest maths.
  const drawn = useSettled(
    useMemo(
      () => ({
        daily: daily.data,
        monthlyOrigins: monthlyOrigins.data,
        stock: stock.data,
        commodity: filters.commodity,
        from: range.from,
        to: range.to,
      }),
      [daily.data, monthlyOrigins.data, stock.data, filters.commodity, range.from, range.to],
    ),
    !daily.isPlaceholderData && !monthlyOrigins.isPlaceholderData && !stock.isPlaceholderData,
  );
  // Worked out in slices (charts/use-sliced.ts): seven years of weeks per group, each read against
  // earlier years, are too much for one task. Until the new list is in, the panel keeps its list.
  const work = useMemo(() => {
    const { daily: dailyAnswer, monthlyOrigins: monthlyAnswer, stock: stockAnswer } = drawn;
    if (!dailyAnswer || !monthlyAnswer || !stockAnswer) return null;
    return function* () {
      const result = yield* overviewAlertsInSteps({
        range: { from: drawn.from, to: drawn.to },
        groups: drawn.commodity === 'all' ? [...COMMODITY_GROUPS] : [drawn.commodity],
        dailyByGroup: dailyAnswer.rows,
        monthlyByFormAndOrigin: monthlyAnswer.rows.map((row) => ({
          period: row.period,
          tonnes: row.tonnes,
          ...(row.commodity && { commodity: row.commodity }),
          ...((row.origin ?? row.province) && { origin: row.origin ?? row.province }),
        })),
        weeklyStock: stockAnswer.rows,
        riceConsumptionTonnesPerDay: RICE_CONSUMPTION_T_PER_DAY,
        thresholds,
      });
      return { drawn, thresholds, ...result };
    };
  }, [drawn, thresholds]);
  const sliced = useSliced(work);
  const status = untilNamed(
    withPendingWork(combinePanelStatus([daily, monthlyOrigins, stock]), sliced),
    useRegionNamesPending(),
  );
  const shown = sliced.value?.drawn ?? drawn;
  const shownThresholds = sliced.value?.thresholds ?? thresholds;
  const { alerts: sorted, partialWeeks } = sliced.value ?? NO_ALERTS;
  // Nothing reported in the period (no flow, no stock): "no data", never a reassuring "no alerts".
  const nothingReported = useMemo(
    () =>
      !(shown.monthlyOrigins?.rows ?? []).some((row) => row.tonnes !== null) &&
      !(shown.stock?.rows ?? []).some((row) => row.closingTonnes !== null),
    [shown],
  );
  const unitName = t(originUnit === 'province' ? 'unit.province' : 'unit.regency');
  const alertOrigins = useMemo(
    () => sorted.flatMap((alert) => (alert.origin ? [alert.origin] : [])),
    [sorted],
  );
  const unknownCodes = useUnknownRegionCodes(alertOrigins);
  const dataStatuses = useMemo(
    () => [...(shown.daily?.rows ?? []), ...(shown.stock?.rows ?? [])].map((row) => row.status),
    [shown],
  );
  const sourceIds = useMemo(
    () =>
      [...(shown.monthlyOrigins?.rows ?? []), ...(shown.stock?.rows ?? [])].flatMap((row) => row.sourceIds),
    [shown],
  );

  const table: TableData = useMemo(() => {
    // An alert is worked from its group's flows (or, for stock cover, PIBC's stock) in the period:
    // their weakest status is the alert's.
    const stockStatus = weakestStatus((shown.stock?.rows ?? []).map((row) => row.status));
    const statusesByGroup = new Map<string, DataStatus[]>();
    for (const row of shown.monthlyOrigins?.rows ?? []) {
      if (row.commodity === undefined || !isCommodityCode(row.commodity)) continue;
      const group = groupOf(row.commodity);
      const list = statusesByGroup.get(group);
      if (list) list.push(row.status);
      else statusesByGroup.set(group, [row.status]);
    }
    const alertStatus = (alert: Alert) =>
      alert.kind === 'stock-cover' ? stockStatus : weakestStatus(statusesByGroup.get(alert.group) ?? []);
    return {
      fileName: `arus-pangan_peringatan_${shown.from}_${shown.to}`,
      columns: [
        { key: 'date', header: t('alerts.date'), kind: 'date' },
        { key: 'until', header: t('alerts.until'), kind: 'date' },
        { key: 'commodity', header: t('filters.commodity'), kind: 'text' },
        { key: 'reason', header: t('alerts.reason'), kind: 'text' },
        { key: 'value', header: t('alerts.value'), kind: 'number' },
        { key: 'norm', header: t('alerts.normTonnes'), kind: 'number' },
        { key: 'status', header: t('table.status'), kind: 'status' },
      ],
      rows: sorted.map((alert) => ({
        date: alert.date,
        until: alert.until ?? null,
        commodity: groupLabel(alert.group, i18n),
        reason: describeAlert(alert, i18n, regionName),
        value: alert.value,
        norm: alert.norm?.tonnes ?? null,
        status: alertStatus(alert),
      })),
    };
  }, [shown, sorted, t, i18n, regionName]);
  const datasetName = meta.data?.dataset.name ?? '—';
  const text = useMemo(
    () =>
      alertsAsText({
        alerts: sorted,
        range: { from: shown.from, to: shown.to },
        commodity: shown.commodity,
        thresholds: shownThresholds,
        datasetName,
        i18n,
        regionName,
      }),
    [sorted, shown, shownThresholds, datasetName, i18n, regionName],
  );

  return (
    <ChartFrame
      id="alerts"
      unknownCodes={unknownCodes}
      title={t('alerts.title')}
      subtitle={t('period.subtitle', { from: i18n.date(range.from), to: i18n.date(range.to) })}
      period={range}
      status={status}
      isEmpty={nothingReported}
      dataStatuses={dataStatuses}
      sourceIds={sourceIds}
      sources={sources.data ?? []}
      minHeight={200}
      table={table}
      controls={
        <>
          <ThresholdEditor thresholds={thresholds} />
          <CopyAsText text={text} />
        </>
      }
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
                data-date={alert.date}
              >
                <time dateTime={alert.date}>{alertWhen(alert, i18n)}</time>{' '}
                <strong>{groupLabel(alert.group, i18n)}</strong> — {describeAlert(alert, i18n, regionName)}{' '}
                <AlertLink alert={alert} coverage={coverage} />
              </li>
            ))}
          </ol>
          {sorted.length > MAX_LISTED && (
            <p className="method-note">{t('alerts.more', { count: sorted.length - MAX_LISTED })}</p>
          )}
        </>
      )}
      {partialWeeks.length > 0 && (
        <p className="method-note" data-testid="alerts-partial">
          {t('alerts.partial', { weeks: partialWeeks.map((week) => i18n.date(week)).join(', ') })}
        </p>
      )}
      <p className="method-note">{t('alerts.method', { years: NORM_LOOK_BACK_YEARS, unit: unitName })}</p>
    </ChartFrame>
  );
}

/** A link to the chart and period that show the alert; opens in place, or in a new tab. */
function AlertLink({ alert, coverage }: { alert: Alert; coverage: OverviewFilters['coverage'] }) {
  const i18n = useI18n();
  const view = useView();
  const setView = useSetView();
  const change = alertView(alert, coverage, view.originUnit);
  const panel = alertPanel(alert);
  const href = `${serializeViewState({ ...view, ...change }) || '?'}#panel-${panel}`;
  return (
    <a
      className="alert-link"
      href={href}
      aria-label={i18n.t('alerts.showLabel', {
        what: `${alertWhen(alert, i18n)} ${groupLabel(alert.group, i18n)}`,
      })}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        setView(change);
        document.getElementById(`panel-${panel}`)?.scrollIntoView({ block: 'start' });
      }}
    >
      {i18n.t('alerts.show')}
    </a>
  );
}

/** Copies the list as plain text; where the clipboard is refused, shows the text to select. */
function CopyAsText({ text }: { text: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <div className="alert-copy">
      <button
        type="button"
        onClick={() => {
          const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
          if (!clipboard) {
            setState('failed');
            return;
          }
          clipboard.writeText(text).then(
            () => setState('copied'),
            () => setState('failed'),
          );
        }}
      >
        {t('alerts.copy')}
      </button>
      {state === 'copied' && <span role="status">{t('alerts.copied')}</span>}
      {state === 'failed' && (
        <>
          <span role="status">{t('alerts.copyFailed')}</span>
          <textarea readOnly value={text} rows={6} aria-label={t('alerts.copy')} />
        </>
      )}
    </div>
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
        <SaveProblem storageKey={STORED_ALERT_THRESHOLDS.key} />
      </div>
    </details>
  );
}

/** Memoised: the overview re-renders on every URL change; a panel only when its filters change. */
export const AlertsPanel = memo(AlertsPanelView);
