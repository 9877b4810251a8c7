import { shareText } from '../../charts/share-text';
import { readShare } from '../../domain/share';
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/api-client-context';
import {
  agreementsQuery,
  commoditiesQuery,
  flowsQuery,
  regionFactsQuery,
  regionsQuery,
  sourcesQuery,
} from '../../api/queries';
import { regionNameLookup } from '../../api/use-region-names';
import type { AgreementScope, Region } from '../../contract/schemas';
import { ChartFrame } from '../../charts/chart-frame';
import { LazyTimeSeriesChart } from '../../charts/lazy-time-series-chart';
import { combinePanelStatus } from '../../charts/panel-status';
import { COMMODITY_COLORS, SERIES_COLORS } from '../../theme/palette';
import { SourceLine } from '../../charts/source-line';
import { usePresentFocus } from '../../charts/frame-context';
import { partialPeriodMarks } from '../../charts/partial-periods';
import type { TableData } from '../../charts/table-data';
import type { ChartRow } from '../../charts/time-series-chart';
import { COMMODITY_GROUPS } from '../../domain/commodity';
import { membersOf, originCodesOf } from '../../domain/region-members';
import { MIN_SEASON_YEARS, peakMonth, seasonalProfile } from '../../domain/seasonality';
import { groupLabel } from '../../i18n/labels';
import type { MessageKey } from '../../i18n/messages-id';
import { useI18n } from '../../i18n/use-i18n';
import { useOverviewFilters, type OverviewFilters } from '../../filters/use-overview-filters';
import { useViewField } from '../../state/view-hooks';
import { MAX_COMPARED_REGIONS } from '../../state/view-url';
import { granularityForPeriods } from '../../domain/period';
import { periodRows } from '../../domain/period-rows';
import { monthName, monthRow } from '../../charts/month-axis';
import { ViewLink } from './region-link';

const CHART_HEIGHT = 280;
const MAX_PERIODS = 200;

const SCOPE_LABEL: Record<AgreementScope, MessageKey> = {
  'food-security': 'agreement.scope.food-security',
  'human-resources': 'agreement.scope.human-resources',
  'digital-government': 'agreement.scope.digital-government',
  'tourism-creative-economy': 'agreement.scope.tourism-creative-economy',
  'arts-culture': 'agreement.scope.arts-culture',
  'policy-learning': 'agreement.scope.policy-learning',
};

/** One origin's page, addressed by its code (?page=region&region=13.77). */
export function RegionProfilePage() {
  const regionCode = useViewField('region');
  const { filters, meta } = useOverviewFilters();
  const client = useApiClient();
  const regions = useQuery(regionsQuery(client));
  const { t } = useI18n();
  const region = regions.data?.find((r) => r.code === regionCode);
  if (!filters || !regions.data) {
    return (
      <ChartFrame
        id="region"
        title={t('profile.title')}
        status={combinePanelStatus([meta, regions])}
        minHeight={400}
      />
    );
  }
  if (!region) {
    return (
      <section className="chart-frame" data-panel="region" data-state="empty">
        <h2>{t('profile.title')}</h2>
        <p role="alert">{t('profile.unknown', { code: regionCode ?? '—' })}</p>
        <ViewLink change={{ page: 'regions', region: null }}>{t('profile.backToRanking')}</ViewLink>
      </section>
    );
  }
  return <RegionProfile region={region} regions={regions.data} filters={filters} />;
}

function RegionProfile({
  region,
  regions,
  filters,
}: {
  region: Region;
  regions: readonly Region[];
  filters: OverviewFilters;
}) {
  const client = useApiClient();
  const i18n = useI18n();
  const { t } = i18n;
  const compared = useViewField('compare');
  const presenting = usePresentFocus() !== null;
  const { range, coverage } = filters;
  const granularity = granularityForPeriods(range, filters.granularity, MAX_PERIODS);
  const name = regionNameLookup(regions, i18n.language);
  // A province's flows are those of its regencies and cities (and of origins recorded as the
  // province itself); every other region stands for itself.
  const members = membersOf(regions, region.code);
  const origins = originCodesOf(regions, region.code);

  const byCommodity = useQuery(
    flowsQuery(client, {
      from: range.from,
      to: range.to,
      granularity,
      groupBy: ['commodity'],
      origins,
    }),
  );
  const regionYear = useQuery(
    flowsQuery(client, {
      from: range.from,
      to: range.to,
      granularity: 'year',
      groupBy: ['group'],
      origins,
    }),
  );
  const allYear = useQuery(
    flowsQuery(client, { from: range.from, to: range.to, granularity: 'year', groupBy: ['group'] }),
  );
  const monthly = useQuery(
    flowsQuery(client, {
      from: coverage.from,
      to: coverage.to,
      granularity: 'month',
      groupBy: ['group'],
      origins,
    }),
  );
  const commodities = useQuery(commoditiesQuery(client));
  const agreements = useQuery(agreementsQuery(client));
  const facts = useQuery(
    regionFactsQuery(client, [...origins, ...(region.parentCode ? [region.parentCode] : [])]),
  );
  const sources = useQuery(sourcesQuery(client));
  const agreement = agreements.data?.find((a) => a.partnerCode === region.code);
  const commodityName = (code: string) =>
    commodities.data?.find((c) => c.code === code)?.name[i18n.language] ?? code;

  // Flows over time, one line per commodity form.
  const formRows = byCommodity.data?.rows ?? [];
  const forms = [...new Set(formRows.map((row) => row.commodity ?? ''))].filter(Boolean).sort();
  const seriesRows = periodRows(formRows, (chartRow, row) => {
    chartRow[row.commodity ?? ''] = row.tonnes;
  });

  // Share of Jakarta's inflow per commodity group.
  const total = (rows: typeof formRows, group: string) =>
    rows.filter((row) => row.group === group).reduce((sum, row) => sum + (row.tonnes ?? 0), 0);
  const shares = COMMODITY_GROUPS.map((group) => {
    const own = total(regionYear.data?.rows ?? [], group);
    const all = total(allYear.data?.rows ?? [], group);
    return { group, tonnes: own, share: readShare(own, all) };
  }).filter((entry) => entry.tonnes > 0);

  // Seasonality: mean tonnes per calendar month over the region's whole years of supply only; a
  // series shorter than two whole years has no season to show.
  const groupsWithData = COMMODITY_GROUPS.filter((group) =>
    (monthly.data?.rows ?? []).some((r) => r.group === group && r.tonnes),
  );
  const profileRows: ChartRow[] = Array.from({ length: 12 }, (_, i) => monthRow(i + 1));
  const peaks: { group: string; month: number | null }[] = [];
  const seasonGroups: string[] = [];
  const shortHistory: { group: string; years: number }[] = [];
  for (const group of groupsWithData) {
    const { years, profile } = seasonalProfile(
      (monthly.data?.rows ?? []).filter((row) => row.group === group),
    );
    if (!profile) {
      shortHistory.push({ group, years: years.length });
      continue;
    }
    seasonGroups.push(group);
    profile.forEach((month, index) => {
      const row = profileRows[index];
      if (row) row[group] = month.meanTonnes;
    });
    peaks.push({ group, month: peakMonth(profile) });
  }

  const inCompare = compared.includes(region.code);
  const compareWith = inCompare ? compared : [...compared, region.code].slice(-MAX_COMPARED_REGIONS);
  const formatX = granularity === 'month' || granularity === 'year' ? i18n.month : i18n.date;

  const partial = partialPeriodMarks(range, granularity, i18n);
  const flowsTable: TableData = {
    fileName: `arus-pangan_${region.code}_arus_${granularity}_${range.from}_${range.to}`,
    columns: [
      { key: 'period', header: t('table.period'), kind: granularity === 'month' ? 'month' : 'date' },
      ...forms.map((form) => ({ key: form, header: commodityName(form), kind: 'tonnes' as const })),
      partial.column,
    ],
    rows: seriesRows.map((row) => ({ ...row, partial: partial.cell(row.period) })),
  };
  const seasonTable: TableData = {
    fileName: `arus-pangan_${region.code}_musim`,
    columns: [
      { key: 'period', header: t('profile.month'), kind: 'text' },
      ...seasonGroups.map((group) => ({
        key: group,
        header: groupLabel(group, i18n),
        kind: 'tonnes' as const,
      })),
    ],
    rows: profileRows.map((row) => ({ ...row, period: monthName(row.period, i18n.language) })),
  };
  const factRows = facts.data ?? [];

  return (
    <div className="overview-grid">
      {!presenting && (
        <section className="region-header" aria-labelledby="region-name">
          <p className="breadcrumb">
            <ViewLink change={{ page: 'regions', region: null }}>{t('nav.regions')}</ViewLink> ›{' '}
            {region.parentCode && (
              <ViewLink change={{ region: region.parentCode }}>{name(region.parentCode)}</ViewLink>
            )}
          </p>
          <h1 id="region-name">
            {region.name[i18n.language]} <span className="muted">{region.code}</span>
          </h1>
          <p>
            {t(`profile.level.${region.level}`)}
            {region.parentCode ? ` · ${name(region.parentCode)}` : ''}
          </p>
          {members.length > 0 && (
            <div className="region-members" data-testid="region-members">
              <p>{t('profile.aggregates', { count: members.length })}</p>
              <ul>
                {members.map((member) => (
                  <li key={member.code}>
                    <ViewLink change={{ region: member.code }}>{name(member.code)}</ViewLink>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <ViewLink className="primary-button" change={{ page: 'compare', compare: compareWith }}>
            {t('profile.compare')}
          </ViewLink>
          {agreement ? (
            <div className="agreement-box" data-agreement={agreement.id}>
              <h2>{t('profile.agreement', { date: i18n.date(agreement.signedOn) })}</h2>
              <ul>
                {agreement.scope.map((scope) => (
                  <li key={scope}>{t(SCOPE_LABEL[scope])}</li>
                ))}
              </ul>
              {!agreement.scopeConfirmed && <p className="method-note">{t('profile.scopeUnconfirmed')}</p>}
              <p>
                {t('profile.agreementCommodities', {
                  commodities: agreement.commodityGroups.map((group) => groupLabel(group, i18n)).join(', '),
                })}
              </p>
              <SourceLine sourceIds={agreement.sourceIds} sources={sources.data ?? []} />
            </div>
          ) : null}
        </section>
      )}

      <ChartFrame
        id="region-flows"
        title={t('profile.flows', { name: region.name[i18n.language] })}
        subtitle={t('period.subtitle', { from: i18n.date(range.from), to: i18n.date(range.to) })}
        status={combinePanelStatus([byCommodity, commodities])}
        isEmpty={forms.length === 0}
        dataStatuses={formRows.map((row) => row.status)}
        sourceIds={formRows.flatMap((row) => row.sourceIds)}
        sources={sources.data ?? []}
        minHeight={CHART_HEIGHT}
        table={flowsTable}
        notes={{ min: range.from, max: range.to }}
      >
        <LazyTimeSeriesChart
          kind="line"
          rows={seriesRows}
          height={CHART_HEIGHT}
          series={forms.map((form, index) => ({
            key: form,
            label: commodityName(form),
            color: SERIES_COLORS[index % SERIES_COLORS.length] ?? '#000',
          }))}
          formatX={formatX}
          formatY={(value) => i18n.tonnes(value)}
          description={t('profile.flowsDescription', { name: region.name[i18n.language] })}
          partial={partial.chart}
        />
        {partial.chart.periods.length > 0 && <p className="method-note">{t('chart.partialNote')}</p>}
      </ChartFrame>

      <ChartFrame
        id="region-share"
        title={t('profile.share')}
        subtitle={t('period.subtitle', { from: i18n.date(range.from), to: i18n.date(range.to) })}
        status={combinePanelStatus([regionYear, allYear])}
        isEmpty={shares.length === 0}
        dataStatuses={(regionYear.data?.rows ?? []).map((row) => row.status)}
        sourceIds={(regionYear.data?.rows ?? []).flatMap((row) => row.sourceIds)}
        sources={sources.data ?? []}
        minHeight={80}
      >
        <ul className="share-list">
          {shares.map((entry) => (
            <li key={entry.group}>
              <strong>{groupLabel(entry.group, i18n)}:</strong>{' '}
              {t('profile.shareValue', {
                tonnes: i18n.tonnes(entry.tonnes),
                share: shareText(entry.share, (value) => i18n.percentFixed(value, 2), i18n),
              })}
            </li>
          ))}
        </ul>
      </ChartFrame>

      <ChartFrame
        id="region-seasonality"
        title={t('profile.seasonality')}
        subtitle={t('period.subtitle', { from: i18n.date(coverage.from), to: i18n.date(coverage.to) })}
        status={combinePanelStatus([monthly])}
        isEmpty={groupsWithData.length === 0}
        emptyMessage={t('profile.noSupply')}
        dataStatuses={(monthly.data?.rows ?? []).map((row) => row.status)}
        sourceIds={(monthly.data?.rows ?? []).flatMap((row) => row.sourceIds)}
        sources={sources.data ?? []}
        minHeight={CHART_HEIGHT}
        table={seasonTable}
      >
        {shortHistory.length > 0 && (
          <p className="method-note" data-testid="season-short-history">
            {shortHistory
              .map(({ group, years }) =>
                t('profile.seasonTooShort', {
                  commodity: groupLabel(group, i18n),
                  years,
                  min: MIN_SEASON_YEARS,
                }),
              )
              .join(' ')}
          </p>
        )}
        <p>
          {peaks
            .map((peak) =>
              peak.month
                ? t('profile.peak', {
                    commodity: groupLabel(peak.group, i18n),
                    month: monthName(monthRow(peak.month).period, i18n.language),
                  })
                : '',
            )
            .filter(Boolean)
            .join(' ')}
        </p>
        <LazyTimeSeriesChart
          kind="line"
          rows={profileRows}
          height={CHART_HEIGHT}
          series={seasonGroups.map((group) => ({
            key: group,
            label: groupLabel(group, i18n),
            color: COMMODITY_COLORS[group] ?? '#000',
          }))}
          formatX={(period) => monthName(period, i18n.language)}
          formatY={(value) => i18n.tonnes(value)}
          description={t('profile.seasonalityDescription')}
        />
      </ChartFrame>

      <ChartFrame
        id="region-facts"
        title={t('profile.facts')}
        status={combinePanelStatus([facts])}
        isEmpty={factRows.length === 0}
        dataStatuses={factRows.map((fact) => fact.status)}
        sourceIds={factRows.flatMap((fact) => fact.sourceIds)}
        sources={sources.data ?? []}
        minHeight={80}
        table={{
          fileName: `arus-pangan_${region.code}_produksi`,
          columns: [
            { key: 'region', header: t('origins.origin'), kind: 'text' },
            { key: 'measure', header: t('profile.measure'), kind: 'text' },
            { key: 'value', header: t('profile.value'), kind: 'number' },
            { key: 'unit', header: t('profile.unit'), kind: 'text' },
            { key: 'period', header: t('table.period'), kind: 'text' },
            { key: 'status', header: t('status.badge.title'), kind: 'status' },
          ],
          rows: factRows.map((fact) => ({
            region: name(fact.regionCode),
            measure: t(`fact.${fact.measure}`),
            value: fact.value,
            unit: fact.unit,
            period: fact.period,
            status: fact.status,
          })),
        }}
      >
        <ul className="fact-list">
          {factRows.map((fact) => (
            <li key={`${fact.regionCode}-${fact.measure}-${fact.period}`}>
              <strong>{t(`fact.${fact.measure}`)}</strong> ({name(fact.regionCode)}, {fact.period}):{' '}
              {fact.unit === 't' ? i18n.tonnes(fact.value) : `${i18n.number(fact.value)} ha`}
            </li>
          ))}
        </ul>
        <p className="method-note">{t('profile.factsNote')}</p>
      </ChartFrame>
    </div>
  );
}
