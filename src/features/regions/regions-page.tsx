import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useApiClient } from '../../api/api-client-context';
import { agreementsQuery, flowsQuery, regionsQuery, sourcesQuery } from '../../api/queries';
import { regionNameLookup } from '../../api/use-region-names';
import { ChartFrame } from '../../charts/chart-frame';
import { combinePanelStatus } from '../../charts/panel-status';
import type { TableData } from '../../charts/table-data';
import { SummaryTable, type DisplayColumn, type DisplayKind } from '../../charts/data-table';
import { rankOrigins } from '../../domain/origin-totals';
import { previousRange } from '../../domain/period';
import { groupLabel } from '../../i18n/labels';
import type { MessageKey } from '../../i18n/messages-id';
import { useI18n } from '../../i18n/use-i18n';
import { useOverviewFilters, type OverviewFilters } from '../../filters/use-overview-filters';
import { useSetView, useViewField } from '../../state/view-hooks';
import { MAX_COMPARED_REGIONS, MAX_RANKING_SEARCH_LENGTH, type RankingSortKey } from '../../state/view-url';
import { ViewLink } from './region-link';

type SortKey = RankingSortKey;

export function RegionsPage() {
  const { filters, meta } = useOverviewFilters();
  const { t } = useI18n();
  if (!filters)
    return (
      <ChartFrame
        id="regions"
        title={t('regions.title')}
        status={combinePanelStatus([meta])}
        minHeight={400}
      />
    );
  return <RegionExplorer filters={filters} />;
}

function RegionExplorer({ filters }: { filters: OverviewFilters }) {
  const client = useApiClient();
  const i18n = useI18n();
  const { t } = i18n;
  const compared = useViewField('compare');
  const setView = useSetView();
  // Sort, search and province are part of the view: a shared link shows the same ranking.
  const query = useViewField('rankingSearch');
  const province = useViewField('rankingProvince') ?? '';
  const sort = useViewField('rankingSort');
  const [selected, setSelected] = useState<string[]>(compared);
  const searchId = useId();
  const provinceId = useId();
  const { range } = filters;
  const previous = previousRange(range);
  const commodities = filters.commodity === 'all' ? undefined : [filters.commodity];
  const yearly = {
    granularity: 'year' as const,
    groupBy: ['origin', 'group'] as ['origin', 'group'],
    ...(commodities && { commodities }),
  };

  const flows = useQuery(flowsQuery(client, { from: range.from, to: range.to, ...yearly }));
  const prior = useQuery(flowsQuery(client, { from: previous.from, to: previous.to, ...yearly }));
  const regions = useQuery(regionsQuery(client));
  const agreements = useQuery(agreementsQuery(client));
  const sources = useQuery(sourcesQuery(client));
  const status = combinePanelStatus([flows, prior, regions, agreements]);

  const regionByCode = new Map((regions.data ?? []).map((region) => [region.code, region]));
  const name = regionNameLookup(regions.data ?? [], i18n.language);
  const provinceOf = (code: string) => regionByCode.get(code)?.parentCode ?? code;
  const partners = new Set((agreements.data ?? []).map((agreement) => agreement.partnerCode));
  const ranking = rankOrigins(flows.data?.rows ?? [], prior.data?.rows ?? []);
  const unknownCodes = ranking.map((entry) => entry.origin).filter((code) => !regionByCode.has(code));
  const provinces = [...new Set(ranking.map((entry) => provinceOf(entry.origin)))].sort((a, b) =>
    name(a).localeCompare(name(b)),
  );
  const needle = query.trim().toLocaleLowerCase(i18n.language);
  const shown = ranking
    .filter((entry) => !province || provinceOf(entry.origin) === province)
    .filter(
      (entry) =>
        !needle ||
        name(entry.origin).toLocaleLowerCase(i18n.language).includes(needle) ||
        entry.origin.includes(needle),
    )
    .sort((a, b) => {
      const direction = sort.descending ? -1 : 1;
      if (sort.key === 'name') return direction * name(a.origin).localeCompare(name(b.origin));
      const av = a[sort.key] ?? Number.NEGATIVE_INFINITY;
      const bv = b[sort.key] ?? Number.NEGATIVE_INFINITY;
      return direction * (av - bv) || a.origin.localeCompare(b.origin);
    });

  const table: TableData = {
    fileName: `arus-pangan_daerah-asal_${filters.commodity}_${range.from}_${range.to}`,
    columns: [
      { key: 'code', header: t('regions.code'), kind: 'text' },
      { key: 'name', header: t('origins.origin'), kind: 'text' },
      { key: 'tonnes', header: t('tiles.inflow'), kind: 'tonnes' },
      { key: 'share', header: t('origins.share'), kind: 'percent' },
      { key: 'change', header: t('tiles.vsPrevious'), kind: 'percent' },
      { key: 'groups', header: t('filters.commodity'), kind: 'text' },
      { key: 'status', header: t('status.badge.title'), kind: 'status' },
    ],
    rows: shown.map((entry) => ({
      code: entry.origin,
      name: name(entry.origin),
      tonnes: entry.tonnes,
      share: entry.share,
      change: entry.change,
      groups: entry.groups.map((group) => groupLabel(group, i18n)).join(', '),
      status: entry.status,
    })),
  };

  const sortable = (key: SortKey, label: MessageKey, kind: DisplayKind): DisplayColumn => ({
    key,
    kind,
    sort: sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none',
    header: (
      <button
        type="button"
        className="sort-button"
        onClick={() =>
          setView({
            rankingSort: { key, descending: sort.key === key ? !sort.descending : kind !== 'text' },
          })
        }
      >
        {t(label)}
      </button>
    ),
  });
  const summaryColumns: DisplayColumn[] = [
    {
      key: 'compare',
      header: t('regions.compareColumn'),
      kind: 'text',
      cell: (row) => {
        const code = String(row.code);
        return (
          <input
            type="checkbox"
            aria-label={t('regions.addToCompare', { name: name(code) })}
            checked={selected.includes(code)}
            disabled={!selected.includes(code) && selected.length >= MAX_COMPARED_REGIONS}
            onChange={() => toggle(code)}
          />
        );
      },
    },
    {
      ...sortable('name', 'origins.origin', 'text'),
      cell: (row) => {
        const code = String(row.code);
        return (
          <>
            <ViewLink change={{ page: 'region', region: code }}>{name(code)}</ViewLink>{' '}
            <span className="muted">{code}</span>
            {partners.has(code) && <span className="pill">{t('regions.partner')}</span>}
          </>
        );
      },
    },
    sortable('tonnes', 'tiles.inflow', 'tonnes'),
    sortable('share', 'origins.share', 'percent'),
    sortable('change', 'tiles.vsPrevious', 'change'),
    { key: 'groups', header: t('filters.commodity'), kind: 'text' },
    { key: 'status', header: t('status.badge.title'), kind: 'status' },
  ];

  const toggle = (code: string) =>
    setSelected((current) =>
      current.includes(code)
        ? current.filter((c) => c !== code)
        : current.length < MAX_COMPARED_REGIONS
          ? [...current, code]
          : current,
    );

  return (
    <ChartFrame
      id="regions"
      unknownCodes={unknownCodes}
      title={t('regions.title')}
      subtitle={t('period.subtitle', { from: i18n.date(range.from), to: i18n.date(range.to) })}
      period={range}
      status={status}
      isEmpty={ranking.length === 0}
      dataStatuses={ranking.map((entry) => entry.status)}
      sourceIds={(flows.data?.rows ?? []).flatMap((row) => row.sourceIds)}
      sources={sources.data ?? []}
      minHeight={500}
      table={table}
      controls={
        <div className="explorer-controls">
          <div className="filter-field">
            <label htmlFor={searchId}>{t('regions.search')}</label>
            <input
              id={searchId}
              type="search"
              value={query}
              maxLength={MAX_RANKING_SEARCH_LENGTH}
              // Typing replaces the history entry: Back goes to the page before, not letter by letter.
              onChange={(event) => setView({ rankingSearch: event.target.value }, { replace: true })}
            />
          </div>
          <div className="filter-field">
            <label htmlFor={provinceId}>{t('regions.province')}</label>
            <select
              id={provinceId}
              value={province}
              onChange={(event) => setView({ rankingProvince: event.target.value || null })}
            >
              <option value="">{t('regions.allProvinces')}</option>
              {provinces.map((code) => (
                <option key={code} value={code}>
                  {name(code)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="primary-button"
            disabled={selected.length < 2}
            onClick={() => setView({ page: 'compare', compare: selected })}
          >
            {t('regions.compareSelected', { count: selected.length, max: MAX_COMPARED_REGIONS })}
          </button>
        </div>
      }
    >
      <p className="method-note" role="status">
        {t('regions.count', { shown: shown.length, total: ranking.length })}
      </p>
      <SummaryTable
        columns={summaryColumns}
        rows={table.rows}
        rowHeader="name"
        rowKey={(row) => String(row.code)}
        caption={t('regions.title')}
        captionHidden
        className="ranking"
        tall
      />
    </ChartFrame>
  );
}
