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
import type { FlowRow } from '../../contract/schemas';
import { SERIES_COLORS } from '../../theme/palette';
import type { TableData } from '../../charts/table-data';
import { COMMODITY_CODES, COMMODITY_GROUPS, groupOf, isCommodityCode } from '../../domain/commodity';
import { weakestStatus, type DataStatus } from '../../domain/data-status';
import {
  concentrationByForm,
  concentrationByPeriod,
  type ConcentrationLevel,
  type ConcentrationReading,
} from '../../domain/concentration';
import { groupLabel } from '../../i18n/labels';
import type { MessageKey } from '../../i18n/messages-id';
import { useI18n } from '../../i18n/use-i18n';
import type { OverviewFilters } from '../../filters/use-overview-filters';
import { ORIGIN_UNITS, type CommodityFilter, type OriginUnit } from '../../state/view-url';
import { useSetView, useViewField } from '../../state/view-hooks';
import { granularityForPeriods } from '../../domain/period';
import { periodRows } from '../../domain/period-rows';

const CHART_HEIGHT = 260;
const MAX_PERIODS = 120;

const LEVEL_LABEL: Record<ConcentrationLevel, MessageKey> = {
  unconcentrated: 'risk.level.unconcentrated',
  moderate: 'risk.level.moderate',
  high: 'risk.level.high',
};

/**
 * Concentration per form and per group (pooled forms) from flows by commodity and origin: the
 * readings, and the chart rows (HHI and top-3 share per period).
 */
function concentrationModel(flowRows: readonly FlowRow[], commodity: CommodityFilter) {
  const groups = commodity === 'all' ? [...COMMODITY_GROUPS] : [commodity];
  const forms = COMMODITY_CODES.filter((code) => groups.includes(groupOf(code)));
  const rows = flowRows.map((row) => ({
    period: row.period,
    tonnes: row.tonnes,
    ...(row.commodity && { commodity: row.commodity }),
    origin: row.origin ?? row.province ?? '',
  }));
  const origins = rows.flatMap((row) => (row.origin ? [row.origin] : []));
  const readings = concentrationByForm(rows, forms, (form) => (isCommodityCode(form) ? groupOf(form) : form));
  // Groups with more than one form get their own (pooled) column in the table next to their forms.
  const pooledGroups = groups.filter((group) => forms.filter((form) => groupOf(form) === group).length > 1);
  const series = [
    ...forms.map((form) => ({ key: form, rows: rows.filter((row) => row.commodity === form) })),
    ...pooledGroups.map((group) => ({
      key: group,
      rows: rows.filter(
        (row) =>
          row.commodity !== undefined && isCommodityCode(row.commodity) && groupOf(row.commodity) === group,
      ),
    })),
  ];
  const points = series.flatMap(({ key, rows: keyRows }) =>
    concentrationByPeriod(keyRows).map((point) => ({ ...point, key })),
  );
  // Each period's HHI is worked from that period's flows: their weakest status is the row's.
  const statusByPeriod = new Map<string, DataStatus>();
  for (const row of flowRows) {
    const before = statusByPeriod.get(row.period);
    statusByPeriod.set(row.period, before === undefined ? row.status : weakestStatus([before, row.status]));
  }
  const chartRows = periodRows(points, (chartRow, point) => {
    chartRow[point.key] = point.hhi;
    chartRow[`${point.key}-top3`] = point.top3Share;
    chartRow['status'] = statusByPeriod.get(point.period) ?? weakestStatus([]);
  });
  const chartForms = forms.filter((form) => readings.forms.some((reading) => reading.commodity === form));
  return { groups, origins, readings, pooledGroups, chartRows, chartForms };
}

/** The chart's granularity: weekly at the finest, coarser when the range holds too many periods. */
const riskGranularity = ({ range, granularity }: OverviewFilters) =>
  granularityForPeriods(range, granularity === 'day' ? 'week' : granularity, MAX_PERIODS);

/** The answers the readings and chart are built from (the overview also asks for them ahead of the panel's render). */
export function dependencyRiskQueries(client: ApiClient, filters: OverviewFilters, originUnit: OriginUnit) {
  return {
    flows: flowsQuery(client, {
      from: filters.range.from,
      to: filters.range.to,
      granularity: riskGranularity(filters),
      groupBy: ['commodity', originUnit === 'province' ? 'province' : 'origin'],
    }),
  };
}

/** How concentrated each commodity's supply is, per form and per group, with a switchable origin unit. */
function DependencyRiskPanelView({ filters }: { filters: OverviewFilters }) {
  const client = useApiClient();
  const i18n = useI18n();
  const { t } = i18n;
  const regionName = useRegionNames(i18n.language);
  const originUnit = useViewField('originUnit');
  const setView = useSetView();
  const { range } = filters;
  const granularity = riskGranularity(filters);
  const flows = useQuery(dependencyRiskQueries(client, filters, originUnit).flows);
  const sources = useQuery(sourcesQuery(client));
  const status = untilNamed(combinePanelStatus([flows]), useRegionNamesPending());

  // Readings, chart and table change in one step, once the answer for the new filter is in.
  const drawn = useSettled(
    useMemo(
      () => ({
        flows: flows.data,
        commodity: filters.commodity,
        originUnit,
        granularity,
        from: range.from,
        to: range.to,
      }),
      [flows.data, filters.commodity, originUnit, granularity, range.from, range.to],
    ),
    !flows.isPlaceholderData,
  );
  const model = useMemo(() => concentrationModel(drawn.flows?.rows ?? [], drawn.commodity), [drawn]);
  const { groups, readings, pooledGroups, chartRows, chartForms } = model;
  const unknownCodes = useUnknownRegionCodes(model.origins);
  const tableKeys = groups.flatMap((group) => [
    ...(pooledGroups.includes(group)
      ? [{ key: group, label: t('risk.allForms', { group: groupLabel(group, i18n) }) }]
      : []),
    ...chartForms
      .filter((form) => groupOf(form) === group)
      .map((form) => ({ key: form, label: groupLabel(form, i18n) })),
  ]);
  const formatX = drawn.granularity === 'month' ? i18n.month : i18n.date;
  const formatY = useCallback((value: number) => i18n.number(value), [i18n]);
  const series = useMemo(
    () =>
      chartForms.map((form, index) => ({
        key: form,
        label: `${groupLabel(form, i18n)} (HHI)`,
        color: SERIES_COLORS[index % SERIES_COLORS.length] ?? '#000',
      })),
    [chartForms, i18n],
  );
  const referenceLines = useMemo(
    () => [
      { y: 1500, label: t('risk.threshold.moderate'), color: '#8a5a00', dash: '4 4' },
      { y: 2500, label: t('risk.threshold.high'), color: '#B3261E', dash: '8 4' },
    ],
    [t],
  );
  const unitName = t(drawn.originUnit === 'province' ? 'unit.province' : 'unit.regency');

  const table: TableData = {
    fileName: `arus-pangan_konsentrasi_${drawn.originUnit}_${drawn.granularity}_${drawn.from}_${drawn.to}`,
    columns: [
      { key: 'period', header: t('table.period'), kind: drawn.granularity === 'month' ? 'month' : 'date' },
      ...tableKeys.flatMap(({ key, label }) => [
        { key, header: `${label} — HHI`, kind: 'number' as const },
        { key: `${key}-top3`, header: `${label} — ${t('risk.top3')}`, kind: 'percent' as const },
      ]),
      { key: 'status', header: t('table.status'), kind: 'status' },
    ],
    rows: chartRows,
  };
  const dataStatuses = useMemo(() => (drawn.flows?.rows ?? []).map((row) => row.status), [drawn]);
  const sourceIds = useMemo(
    () => [...new Set((drawn.flows?.rows ?? []).flatMap((row) => row.sourceIds))],
    [drawn],
  );

  const describe = (reading: ConcentrationReading) =>
    reading.top3 && reading.level ? (
      <>
        <strong>{groupLabel(reading.commodity, i18n)}:</strong>{' '}
        {t('risk.reading', {
          count: reading.top3.origins.length,
          share: i18n.percent(reading.top3.share, 0),
          level: t(LEVEL_LABEL[reading.level]),
        })}{' '}
        <span className="muted">
          ({reading.top3.origins.map(regionName).join(', ')}; HHI {i18n.number(reading.hhi ?? 0)})
        </span>
      </>
    ) : null;

  return (
    <ChartFrame
      id="dependency-risk"
      unknownCodes={unknownCodes}
      title={t('risk.title')}
      subtitle={t('period.subtitle', { from: i18n.date(range.from), to: i18n.date(range.to) })}
      status={status}
      isEmpty={readings.forms.every((reading) => reading.hhi === null)}
      dataStatuses={dataStatuses}
      sourceIds={sourceIds}
      sources={sources.data ?? []}
      minHeight={CHART_HEIGHT + 140}
      table={table}
      notes={{ min: range.from, max: range.to }}
      controls={
        <fieldset className="unit-switch">
          <legend>{t('unit.label')}</legend>
          {ORIGIN_UNITS.map((unit) => (
            <label key={unit}>
              <input
                type="radio"
                name="dependency-risk-unit"
                value={unit}
                checked={originUnit === unit}
                onChange={() => setView({ originUnit: unit })}
              />{' '}
              {t(unit === 'province' ? 'unit.province' : 'unit.regency')}
            </label>
          ))}
        </fieldset>
      }
    >
      <ul className="risk-readings">
        {readings.groups.map((group) => (
          <li key={group.commodity} data-level={group.level ?? undefined} data-commodity={group.commodity}>
            {describe(group)}
            <ul>
              {readings.forms
                .filter(
                  (form) => isCommodityCode(form.commodity) && groupOf(form.commodity) === group.commodity,
                )
                .map((form) => (
                  <li
                    key={form.commodity}
                    data-level={form.level ?? undefined}
                    data-commodity={form.commodity}
                  >
                    {describe(form)}
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
      <QueuedTimeSeriesChart
        kind="line"
        rows={chartRows}
        height={CHART_HEIGHT}
        series={series}
        formatX={formatX}
        formatY={formatY}
        description={t('risk.description')}
        referenceLines={referenceLines}
      />
      <p className="method-note">
        {t('risk.method', { unit: unitName })} {t('unit.note')}
      </p>
    </ChartFrame>
  );
}

/** Memoised: the overview re-renders on every URL change; a panel only when its filters change. */
export const DependencyRiskPanel = memo(DependencyRiskPanelView);
