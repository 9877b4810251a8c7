import { shareText } from '../../charts/share-text';
import { readShare } from '../../domain/share';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useApiClient } from '../../api/api-client-context';
import { flowsQuery, regionsQuery, sourcesQuery } from '../../api/queries';
import { regionNameLookup } from '../../api/use-region-names';
import { ChartFrame } from '../../charts/chart-frame';
import { LazyTimeSeriesChart } from '../../charts/lazy-time-series-chart';
import { combinePanelStatus } from '../../charts/panel-status';
import { SERIES_COLORS } from '../../theme/palette';
import type { TableData } from '../../charts/table-data';
import type { ChartRow } from '../../charts/time-series-chart';
import { relativeChange } from '../../domain/change';
import { tonnesByOrigin } from '../../domain/origin-totals';
import { granularityForPeriods, sameRangeYearBefore } from '../../domain/period';
import { monthOfYearProfile, normaliseProfile, peakMonth } from '../../domain/seasonality';
import { periodRows } from '../../domain/period-rows';
import { groupLabel } from '../../i18n/labels';
import { useI18n } from '../../i18n/use-i18n';
import { useOverviewFilters, type OverviewFilters } from '../../filters/use-overview-filters';
import { useSetView, useViewField } from '../../state/view-hooks';
import { COMPARE_LAYOUTS, MAX_COMPARED_REGIONS } from '../../state/view-url';
import { monthName, monthRow } from '../../charts/month-axis';
import { usePlotRequestWidth } from '../../charts/plot-request-width';

const MAX_PERIODS = 200;
const OVERLAY_HEIGHT = 300;
const MULTIPLE_HEIGHT = 160;

/** Two to six origins side by side, as a link: ?page=compare&compare=32.09,32.15,13.77 */
export function ComparePage() {
  const { filters, meta } = useOverviewFilters();
  const { t } = useI18n();
  if (!filters)
    return (
      <ChartFrame
        id="compare"
        title={t('compare.title')}
        status={combinePanelStatus([meta])}
        minHeight={400}
      />
    );
  return <Comparison filters={filters} />;
}

function Comparison({ filters }: { filters: OverviewFilters }) {
  const client = useApiClient();
  const i18n = useI18n();
  const { t } = i18n;
  const codes = useViewField('compare');
  const shownLayout = useViewField('compareLayout');
  const setView = useSetView();
  const [candidate, setCandidate] = useState('');
  const pickerId = useId();
  const { range, coverage } = filters;
  const granularity = granularityForPeriods(range, filters.granularity, MAX_PERIODS);
  const commodities = filters.commodity === 'all' ? undefined : [filters.commodity];
  const yearBefore = sameRangeYearBefore(range);
  const byOrigin = { groupBy: ['origin'] as ['origin'], origins: codes, ...(commodities && { commodities }) };
  const enabled = codes.length > 0;
  const plotWidth = usePlotRequestWidth();

  const regions = useQuery(regionsQuery(client));
  const series = useQuery({
    ...flowsQuery(client, { from: range.from, to: range.to, granularity, ...byOrigin, width: plotWidth }),
    enabled,
  });
  const totals = useQuery({
    ...flowsQuery(client, { from: range.from, to: range.to, granularity: 'year', ...byOrigin }),
    enabled,
  });
  const lastYear = useQuery({
    ...flowsQuery(client, { from: yearBefore.from, to: yearBefore.to, granularity: 'year', ...byOrigin }),
    enabled,
  });
  const all = useQuery(
    flowsQuery(client, {
      from: range.from,
      to: range.to,
      granularity: 'year',
      groupBy: [],
      ...(commodities && { commodities }),
    }),
  );
  const monthly = useQuery({
    ...flowsQuery(client, { from: coverage.from, to: coverage.to, granularity: 'month', ...byOrigin }),
    enabled,
  });
  const sources = useQuery(sourcesQuery(client));

  const name = regionNameLookup(regions.data ?? [], i18n.language);
  const known = new Set((regions.data ?? []).map((r) => r.code));
  const unknown = regions.data ? codes.filter((code) => !known.has(code)) : [];
  const colour = (index: number) => SERIES_COLORS[index % SERIES_COLORS.length] ?? '#000';

  const chartRows = periodRows(series.data?.rows ?? [], (chartRow, row) => {
    if (row.origin) chartRow[row.origin] = row.tonnes;
  });
  const now = tonnesByOrigin(totals.data?.rows ?? []);
  const before = tonnesByOrigin(lastYear.data?.rows ?? []);
  const allTonnes = (all.data?.rows ?? []).reduce((sum, row) => sum + (row.tonnes ?? 0), 0);
  const profileRows: ChartRow[] = Array.from({ length: 12 }, (_, i) => monthRow(i + 1));
  const summary = codes.map((code) => {
    const profile = monthOfYearProfile((monthly.data?.rows ?? []).filter((row) => row.origin === code));
    normaliseProfile(profile).forEach((share, index) => {
      const row = profileRows[index];
      if (row) row[code] = share;
    });
    const tonnes = now.get(code) ?? null;
    return {
      code,
      tonnes,
      share: readShare(tonnes, allTonnes),
      growth: relativeChange(tonnes, before.get(code) ?? null),
      peak: peakMonth(profile),
    };
  });

  const formatX = granularity === 'month' || granularity === 'year' ? i18n.month : i18n.date;
  const commodityName = groupLabel(filters.commodity, i18n);
  const status = combinePanelStatus([regions, series, totals, lastYear, all, monthly]);
  const rowsUsed = [...(series.data?.rows ?? []), ...(monthly.data?.rows ?? [])];
  const table: TableData = {
    fileName: `arus-pangan_banding_${codes.join('-')}_${range.from}_${range.to}`,
    columns: [
      { key: 'code', header: t('regions.code'), kind: 'text' },
      { key: 'name', header: t('origins.origin'), kind: 'text' },
      { key: 'tonnes', header: t('tiles.inflow'), kind: 'tonnes' },
      { key: 'share', header: t('origins.share'), kind: 'percent' },
      { key: 'growth', header: t('tiles.vsYear'), kind: 'percent' },
      { key: 'peak', header: t('compare.peak'), kind: 'text' },
    ],
    rows: summary.map((entry) => ({
      ...entry,
      // An implausible share is left out of the table and the CSV, as it is on screen.
      share: entry.share.kind === 'share' ? entry.share.value : null,
      name: name(entry.code),
      peak: entry.peak ? monthName(monthRow(entry.peak).period, i18n.language) : null,
    })),
  };

  const picker = (
    <div className="explorer-controls">
      <ul className="chip-list" aria-label={t('compare.selected')}>
        {codes.map((code, index) => (
          <li key={code} className="chip" style={{ borderColor: colour(index) }}>
            {name(code)}{' '}
            <button
              type="button"
              aria-label={t('compare.remove', { name: name(code) })}
              onClick={() => setView({ compare: codes.filter((c) => c !== code) })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="filter-field">
        <label htmlFor={pickerId}>{t('compare.add')}</label>
        <select
          id={pickerId}
          value={candidate}
          disabled={codes.length >= MAX_COMPARED_REGIONS}
          onChange={(event) => {
            const code = event.target.value;
            setCandidate('');
            if (code && !codes.includes(code)) setView({ compare: [...codes, code] });
          }}
        >
          <option value="">{t('compare.choose', { max: MAX_COMPARED_REGIONS })}</option>
          {(regions.data ?? [])
            .filter(
              (region) =>
                region.code !== '31' && !region.code.startsWith('31.') && !codes.includes(region.code),
            )
            .map((region) => (
              <option key={region.code} value={region.code}>
                {region.name[i18n.language]} ({region.code})
              </option>
            ))}
        </select>
      </div>
      <fieldset className="filter-field segmented">
        <legend>{t('compare.layout')}</legend>
        {COMPARE_LAYOUTS.map((layout) => (
          <button
            key={layout}
            type="button"
            aria-pressed={shownLayout === layout}
            onClick={() => setView({ compareLayout: layout })}
          >
            {t(layout === 'overlay' ? 'compare.overlay' : 'compare.multiples')}
          </button>
        ))}
      </fieldset>
    </div>
  );

  return (
    <div className="overview-grid">
      {unknown.length > 0 && (
        <p className="notice" role="alert">
          {t('compare.unknown', { codes: unknown.join(', ') })}
        </p>
      )}
      <ChartFrame
        id="compare"
        title={t('compare.title')}
        subtitle={`${commodityName} · ${t('period.subtitle', { from: i18n.date(range.from), to: i18n.date(range.to) })}`}
        status={
          codes.length < 2
            ? { kind: 'ready', staleSince: null, staleError: null, retry: () => undefined }
            : status
        }
        isEmpty={codes.length < 2}
        emptyMessage={t('compare.needTwo')}
        dataStatuses={rowsUsed.map((row) => row.status)}
        sourceIds={rowsUsed.flatMap((row) => row.sourceIds)}
        sources={sources.data ?? []}
        minHeight={OVERLAY_HEIGHT}
        table={table}
        notes={{ min: range.from, max: range.to }}
        {...(series.data?.reduction && {
          provenance: [
            t('chart.reduced', {
              kept: i18n.number(series.data.reduction.keptPeriods),
              periods: i18n.number(series.data.reduction.periods),
            }),
          ],
        })}
        controls={picker}
      >
        {shownLayout === 'overlay' ? (
          <LazyTimeSeriesChart
            kind="line"
            rows={chartRows}
            height={OVERLAY_HEIGHT}
            series={codes.map((code, index) => ({ key: code, label: name(code), color: colour(index) }))}
            formatX={formatX}
            formatY={(value) => i18n.tonnes(value)}
            description={t('compare.description', { names: codes.map(name).join(', ') })}
          />
        ) : (
          <div className="small-multiples">
            {codes.map((code, index) => (
              <div key={code}>
                <h3>{name(code)}</h3>
                <LazyTimeSeriesChart
                  kind="line"
                  rows={chartRows}
                  height={MULTIPLE_HEIGHT}
                  series={[{ key: code, label: name(code), color: colour(index) }]}
                  formatX={formatX}
                  formatY={(value) => i18n.tonnes(value)}
                  description={t('compare.description', { names: name(code) })}
                />
              </div>
            ))}
          </div>
        )}
        <table className="data-table">
          <caption>{t('compare.summary')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('origins.origin')}</th>
              <th scope="col" className="numeric">
                {t('tiles.inflow')}
              </th>
              <th scope="col" className="numeric">
                {t('origins.share')}
              </th>
              <th scope="col" className="numeric">
                {t('tiles.vsYear')}
              </th>
              <th scope="col">{t('compare.peak')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.map((entry) => (
              <tr key={entry.code}>
                <th scope="row">{name(entry.code)}</th>
                <td className="numeric">{entry.tonnes === null ? '—' : i18n.tonnes(entry.tonnes)}</td>
                <td className="numeric">
                  {shareText(entry.share, (value) => i18n.percentFixed(value, 2), i18n)}
                </td>
                <td className="numeric">
                  {entry.growth === null
                    ? '—'
                    : `${entry.growth > 0 ? '+' : ''}${i18n.percentFixed(entry.growth, 1)}`}
                </td>
                <td>{entry.peak ? monthName(monthRow(entry.peak).period, i18n.language) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>{t('compare.seasonality')}</h3>
        <LazyTimeSeriesChart
          kind="line"
          rows={profileRows}
          height={220}
          series={codes.map((code, index) => ({ key: code, label: name(code), color: colour(index) }))}
          formatX={(period) => monthName(period, i18n.language)}
          formatY={(value) => i18n.percent(value, 0)}
          description={t('compare.seasonalityDescription')}
        />
      </ChartFrame>
    </div>
  );
}
