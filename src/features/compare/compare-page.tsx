import { regionNameLookup } from '../../api/use-region-names';
import { ChartFrame } from '../../charts/chart-frame';
import { SummaryTable, type DisplayColumn } from '../../charts/data-table';
import { QueuedTimeSeriesChart } from '../../charts/queued-time-series-chart';
import { monthName, monthRow } from '../../charts/month-axis';
import { combinePanelStatus } from '../../charts/panel-status';
import { shareText } from '../../charts/share-text';
import { partialPeriodMarks } from '../../charts/partial-periods';
import type { TableData } from '../../charts/table-data';
import { granularityForPeriods } from '../../domain/period';
import { useOverviewFilters, type OverviewFilters } from '../../filters/use-overview-filters';
import { groupLabel } from '../../i18n/labels';
import { useI18n } from '../../i18n/use-i18n';
import { useViewField } from '../../state/view-hooks';
import { SERIES_COLORS } from '../../theme/palette';
import { useComparisonAnswers, useRegions, useSources } from './compare-data';
import { compareOrigins, type OriginSummary } from './compare-model';
import { ComparePicker } from './compare-picker';

const MAX_PERIODS = 200;
const OVERLAY_HEIGHT = 300;
const MULTIPLE_HEIGHT = 160;

const colour = (index: number) => SERIES_COLORS[index % SERIES_COLORS.length] ?? '#000';

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
  const i18n = useI18n();
  const { t } = i18n;
  const codes = useViewField('compare');
  const shownLayout = useViewField('compareLayout');
  const { range } = filters;
  const granularity = granularityForPeriods(range, filters.granularity, MAX_PERIODS);
  const regions = useRegions();
  const sources = useSources();
  const answers = useComparisonAnswers(codes, filters, granularity);
  const { series, totals, lastYear, all, monthly } = answers;

  const name = regionNameLookup(regions.data ?? [], i18n.language);
  const known = new Set((regions.data ?? []).map((r) => r.code));
  const unknown = regions.data ? codes.filter((code) => !known.has(code)) : [];
  const chartRows = series.data?.chartRows ?? [];
  const { summary, profileRows } = compareOrigins(codes, {
    totals: totals.data?.rows ?? [],
    lastYear: lastYear.data?.rows ?? [],
    all: all.data?.rows ?? [],
    monthly: monthly.data?.rows ?? [],
  });

  const formatX = granularity === 'month' || granularity === 'year' ? i18n.month : i18n.date;
  // The first and last periods the range cuts are hatched, so a short week is not read as a fall.
  const partial = partialPeriodMarks(range, granularity, i18n);
  const commodityName = groupLabel(filters.commodity, i18n);
  const status = combinePanelStatus([regions, series, totals, lastYear, all, monthly]);
  // Every answer a figure on the page is made of, the share's total too: the badge and the source
  // line then cover what the summary's status column says.
  const rowsUsed = [series, totals, lastYear, all, monthly].flatMap((answer) => answer.data?.rows ?? []);
  const peakName = (entry: OriginSummary) =>
    entry.peak ? monthName(monthRow(entry.peak).period, i18n.language) : null;
  const tableRows = summary.map((entry) => ({
    code: entry.code,
    name: name(entry.code),
    tonnes: entry.tonnes,
    // An implausible share is left out of the table and the CSV, as it is on screen.
    share: entry.share.kind === 'share' ? entry.share.value : null,
    growth: entry.growth,
    peak: peakName(entry),
    status: entry.status,
  }));
  const table: TableData = {
    fileName: `arus-pangan_banding_${codes.join('-')}_${range.from}_${range.to}`,
    columns: [
      { key: 'code', header: t('regions.code'), kind: 'text' },
      { key: 'name', header: t('origins.origin'), kind: 'text' },
      { key: 'tonnes', header: t('tiles.inflow'), kind: 'tonnes' },
      { key: 'share', header: t('origins.share'), kind: 'percent' },
      { key: 'growth', header: t('tiles.vsYear'), kind: 'percent' },
      { key: 'peak', header: t('compare.peak'), kind: 'text' },
      { key: 'status', header: t('table.status'), kind: 'status' },
    ],
    rows: tableRows,
  };
  const summaryColumns: DisplayColumn<(typeof tableRows)[number]>[] = [
    { key: 'name', header: t('origins.origin'), kind: 'text' },
    { key: 'tonnes', header: t('tiles.inflow'), kind: 'tonnes' },
    {
      key: 'share',
      header: t('origins.share'),
      kind: 'percent',
      // On screen an implausible share is named as such rather than left blank.
      cell: (row) => {
        const entry = summary.find((s) => s.code === row.code);
        return entry ? shareText(entry.share, (value) => i18n.percentFixed(value, 2), i18n) : '—';
      },
    },
    { key: 'growth', header: t('tiles.vsYear'), kind: 'change' },
    { key: 'peak', header: t('compare.peak'), kind: 'text' },
    { key: 'status', header: t('table.status'), kind: 'status' },
  ];

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
        controls={<ComparePicker codes={codes} regions={regions.data ?? []} name={name} colour={colour} />}
      >
        {shownLayout === 'overlay' ? (
          <QueuedTimeSeriesChart
            kind="line"
            rows={chartRows}
            height={OVERLAY_HEIGHT}
            series={codes.map((code, index) => ({ key: code, label: name(code), color: colour(index) }))}
            formatX={formatX}
            formatY={(value) => i18n.tonnes(value)}
            description={t('compare.description', { names: codes.map(name).join(', ') })}
            partial={partial.chart}
          />
        ) : (
          <div className="small-multiples">
            {codes.map((code, index) => (
              <div key={code}>
                <h3>{name(code)}</h3>
                <QueuedTimeSeriesChart
                  kind="line"
                  rows={chartRows}
                  height={MULTIPLE_HEIGHT}
                  series={[{ key: code, label: name(code), color: colour(index) }]}
                  formatX={formatX}
                  formatY={(value) => i18n.tonnes(value)}
                  description={t('compare.description', { names: name(code) })}
                  partial={partial.chart}
                />
              </div>
            ))}
          </div>
        )}
        {codes.length >= 2 && partial.chart.periods.length > 0 && (
          <p className="method-note">{t('chart.partialNote')}</p>
        )}
        <SummaryTable
          columns={summaryColumns}
          rows={tableRows}
          rowKey={(row) => String(row.code)}
          caption={t('compare.summary')}
        />
        <h3>{t('compare.seasonality')}</h3>
        <QueuedTimeSeriesChart
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
