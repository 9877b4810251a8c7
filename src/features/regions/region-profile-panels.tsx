import { ChartFrame } from '../../charts/chart-frame';
import { QueuedTimeSeriesChart } from '../../charts/queued-time-series-chart';
import { monthName, monthRow } from '../../charts/month-axis';
import { combinePanelStatus } from '../../charts/panel-status';
import { partialPeriodMarks } from '../../charts/partial-periods';
import { shareText } from '../../charts/share-text';
import { SourceLine } from '../../charts/source-line';
import type { TableData } from '../../charts/table-data';
import type { AgreementScope, Region, Source } from '../../contract/schemas';
import type { Granularity } from '../../domain/period';
import type { RegionNode } from '../../domain/region-members';
import { MIN_SEASON_YEARS } from '../../domain/seasonality';
import type { OverviewFilters } from '../../filters/use-overview-filters';
import { groupLabel } from '../../i18n/labels';
import type { MessageKey } from '../../i18n/messages-id';
import { useI18n } from '../../i18n/use-i18n';
import { MAX_COMPARED_REGIONS } from '../../state/view-url';
import { useViewField } from '../../state/view-hooks';
import { COMMODITY_COLORS, SERIES_COLORS } from '../../theme/palette';
import { ViewLink } from './region-link';
import {
  useCommodityNames,
  useRegionAgreement,
  useRegionFacts,
  useRegionFormSeries,
  useRegionSeasons,
  useRegionShareAnswers,
} from './region-profile-data';
import { groupShares } from './region-profile-model';

const CHART_HEIGHT = 280;

const SCOPE_LABEL: Record<AgreementScope, MessageKey> = {
  'food-security': 'agreement.scope.food-security',
  'human-resources': 'agreement.scope.human-resources',
  'digital-government': 'agreement.scope.digital-government',
  'tourism-creative-economy': 'agreement.scope.tourism-creative-economy',
  'arts-culture': 'agreement.scope.arts-culture',
  'policy-learning': 'agreement.scope.policy-learning',
};

interface RegionPanelProps {
  region: Region;
  origins: readonly string[];
  sources: readonly Source[];
}

/** The region's name, place in the hierarchy, members, link to compare and its agreement. */
export function RegionHeader({
  region,
  members,
  name,
  sources,
}: {
  region: Region;
  members: readonly RegionNode[];
  name: (code: string) => string;
  sources: readonly Source[];
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const compared = useViewField('compare');
  const agreement = useRegionAgreement(region.code).data ?? null;
  const inCompare = compared.includes(region.code);
  const compareWith = inCompare ? compared : [...compared, region.code].slice(-MAX_COMPARED_REGIONS);
  return (
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
            {agreement.commodityGroups.length > 0
              ? t('profile.agreementCommodities', {
                  commodities: agreement.commodityGroups.map((group) => groupLabel(group, i18n)).join(', '),
                })
              : t('profile.agreementNoCommodities')}
          </p>
          <SourceLine sourceIds={agreement.sourceIds} sources={sources} />
        </div>
      ) : null}
    </section>
  );
}

/** Flows over time, one line per commodity form. */
export function RegionFlowsPanel({
  region,
  origins,
  sources,
  range,
  granularity,
}: RegionPanelProps & { range: OverviewFilters['range']; granularity: Granularity }) {
  const i18n = useI18n();
  const { t } = i18n;
  const flows = useRegionFormSeries(origins, range, granularity);
  const commodityNames = useCommodityNames(i18n.language);
  const commodityName = commodityNames.data ?? ((code: string) => code);
  const { forms = [], chartRows: seriesRows = [], rows: formRows = [] } = flows.data ?? {};
  const formatX = granularity === 'month' || granularity === 'year' ? i18n.month : i18n.date;
  const partial = partialPeriodMarks(range, granularity, i18n);
  const table: TableData = {
    fileName: `arus-pangan_${region.code}_arus_${granularity}_${range.from}_${range.to}`,
    columns: [
      { key: 'period', header: t('table.period'), kind: granularity === 'month' ? 'month' : 'date' },
      ...forms.map((form) => ({ key: form, header: commodityName(form), kind: 'tonnes' as const })),
      { key: 'status', header: t('table.status'), kind: 'status' },
      partial.column,
    ],
    rows: seriesRows.map((row) => ({ ...row, partial: partial.cell(row.period) })),
  };
  return (
    <ChartFrame
      id="region-flows"
      title={t('profile.flows', { name: region.name[i18n.language] })}
      subtitle={t('period.subtitle', { from: i18n.date(range.from), to: i18n.date(range.to) })}
      status={combinePanelStatus([flows, commodityNames])}
      isEmpty={forms.length === 0}
      dataStatuses={formRows.map((row) => row.status)}
      sourceIds={formRows.flatMap((row) => row.sourceIds)}
      sources={sources}
      minHeight={CHART_HEIGHT}
      table={table}
      notes={{ min: range.from, max: range.to }}
    >
      <QueuedTimeSeriesChart
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
  );
}

/** The region's share of Jakarta's inflow per commodity group. */
export function RegionSharePanel({
  origins,
  sources,
  range,
}: Omit<RegionPanelProps, 'region'> & { range: OverviewFilters['range'] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const answers = useRegionShareAnswers(origins, range);
  const regionRows = answers.region.data?.rows ?? [];
  const shares = groupShares(regionRows, answers.all.data?.rows ?? []);
  return (
    <ChartFrame
      id="region-share"
      title={t('profile.share')}
      subtitle={t('period.subtitle', { from: i18n.date(range.from), to: i18n.date(range.to) })}
      status={combinePanelStatus([answers.region, answers.all])}
      isEmpty={shares.length === 0}
      dataStatuses={regionRows.map((row) => row.status)}
      sourceIds={regionRows.flatMap((row) => row.sourceIds)}
      sources={sources}
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
  );
}

/** Mean tonnes per calendar month, with each group's peak month. */
export function RegionSeasonalityPanel({
  region,
  origins,
  sources,
  coverage,
}: RegionPanelProps & { coverage: OverviewFilters['coverage'] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const monthly = useRegionSeasons(origins, coverage);
  const seasons = monthly.data;
  const rows = seasons?.rows ?? [];
  const seasonGroups = seasons?.seasonGroups ?? [];
  const profileRows = seasons?.profileRows ?? [];
  const shortHistory = seasons?.shortHistory ?? [];
  const table: TableData = {
    fileName: `arus-pangan_${region.code}_musim`,
    columns: [
      { key: 'period', header: t('profile.month'), kind: 'text' },
      ...seasonGroups.map((group) => ({
        key: group,
        header: groupLabel(group, i18n),
        kind: 'tonnes' as const,
      })),
      { key: 'status', header: t('table.status'), kind: 'status' },
    ],
    rows: profileRows.map((row) => ({ ...row, period: monthName(row.period, i18n.language) })),
  };
  return (
    <ChartFrame
      id="region-seasonality"
      title={t('profile.seasonality')}
      subtitle={t('period.subtitle', { from: i18n.date(coverage.from), to: i18n.date(coverage.to) })}
      status={combinePanelStatus([monthly])}
      isEmpty={(seasons?.groupsWithData.length ?? 0) === 0}
      emptyMessage={t('profile.noSupply')}
      dataStatuses={rows.map((row) => row.status)}
      sourceIds={rows.flatMap((row) => row.sourceIds)}
      sources={sources}
      minHeight={CHART_HEIGHT}
      table={table}
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
        {(seasons?.peaks ?? [])
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
      <QueuedTimeSeriesChart
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
  );
}

/** Production and harvested area of the region (and its province), as published. */
export function RegionFactsPanel({
  region,
  origins,
  sources,
  name,
}: RegionPanelProps & { name: (code: string) => string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const facts = useRegionFacts(region, origins);
  const factRows = facts.data ?? [];
  return (
    <ChartFrame
      id="region-facts"
      title={t('profile.facts')}
      status={combinePanelStatus([facts])}
      isEmpty={factRows.length === 0}
      dataStatuses={factRows.map((fact) => fact.status)}
      sourceIds={factRows.flatMap((fact) => fact.sourceIds)}
      sources={sources}
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
  );
}
