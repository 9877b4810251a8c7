import { memo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/api-client-context';
import type { ApiClient } from '../../api/http-client';
import { flowsQuery, balanceQuery, sourcesQuery, stocksQuery } from '../../api/queries';
import type { FlowsResponse } from '../../contract/schemas';
import { ChartFrame } from '../../charts/chart-frame';
import { combinePanelStatus } from '../../charts/panel-status';
import type { TableData } from '../../charts/table-data';
import { relativeChange } from '../../domain/change';
import { COMMODITY_GROUPS } from '../../domain/commodity';
import { weakestStatus, type DataStatus } from '../../domain/data-status';
import { isIncomplete } from '../../domain/completeness';
import { sumTonnes } from '../../domain/external-share';
import { commoditiesOf, shareUnderBasis } from '../../domain/food-balance';
import { basisName } from './external-share-panel';
import { balancesOf } from './share-basis';
import { comparisonRanges, type DateRange } from '../../domain/period';
import { stockCoverDays } from '../../domain/stock';
import { groupLabel } from '../../i18n/labels';
import { useI18n, type I18n } from '../../i18n/use-i18n';
import type { OverviewFilters } from '../../filters/use-overview-filters';

/** Jakarta rice consumption ~86,000 t/month ≈ 2,866 t/day (Food Station, Aug 2021). */
export const RICE_CONSUMPTION_T_PER_DAY = 2866;
const RICE_CONSUMPTION_SOURCE = 'beritasatu-2021-08-pibc';
/** PIBC safety stock 30,000 t (ANTARA, 2024). */
export const PIBC_SAFETY_STOCK_T = 30000;

const TILE_GROUPS = [...COMMODITY_GROUPS, 'all'] as const;

function groupTotals(
  response: FlowsResponse | undefined,
  group: string,
): { tonnes: number | null; status: DataStatus; incomplete: boolean } {
  const rows = response?.rows.filter((row) => group === 'all' || row.group === group) ?? [];
  return { ...sumTonnes(rows), incomplete: isIncomplete(rows) };
}

/** A change between two totals, only when both are complete. */
function completeChange(
  now: { tonnes: number | null; incomplete: boolean },
  before: { tonnes: number | null; incomplete: boolean },
): number | null {
  return now.incomplete || before.incomplete ? null : relativeChange(now.tonnes, before.tonnes);
}

const yearly = (range: DateRange) => ({ from: range.from, to: range.to, granularity: 'year' as const });

/** The answers the tiles are built from (the overview also asks for them ahead of the tiles' render). */
export function headlineTilesQueries(client: ApiClient, { range, coverage }: OverviewFilters) {
  // Comparisons the data covers in full only; on twelve whole months the previous period is the
  // year before, and the tile says so once.
  const comparisons = comparisonRanges(range, coverage);
  const previous = comparisons.same ? null : comparisons.previous;
  const yearBefore = comparisons.yearBefore;
  return {
    current: flowsQuery(client, { ...yearly(range), groupBy: ['group'] }),
    prior: {
      ...flowsQuery(client, { ...yearly(previous ?? range), groupBy: ['group'] }),
      enabled: previous !== null,
    },
    lastYear: {
      ...flowsQuery(client, { ...yearly(yearBefore ?? range), groupBy: ['group'] }),
      enabled: yearBefore !== null,
    },
    byCommodity: flowsQuery(client, { ...yearly(range), groupBy: ['commodity'] }),
    balance: balanceQuery(client, yearly(range)),
    stock: stocksQuery(client, { ...yearly(range), entryPoint: 'PIBC' }),
  };
}

function HeadlineTilesPanelView({ filters }: { filters: OverviewFilters }) {
  const client = useApiClient();
  const i18n = useI18n();
  const { t } = i18n;
  const { range, coverage } = filters;
  const comparisons = comparisonRanges(range, coverage);
  const previous = comparisons.same ? null : comparisons.previous;
  const yearBefore = comparisons.yearBefore;

  const queries = headlineTilesQueries(client, filters);
  const current = useQuery(queries.current);
  const prior = useQuery(queries.prior);
  const lastYear = useQuery(queries.lastYear);
  const byCommodity = useQuery(queries.byCommodity);
  const balance = useQuery(queries.balance);
  const stock = useQuery(queries.stock);
  const sources = useQuery(sourcesQuery(client));
  const status = combinePanelStatus([
    current,
    ...(previous ? [prior] : []),
    ...(yearBefore ? [lastYear] : []),
    byCommodity,
    balance,
    stock,
  ]);

  const balances =
    byCommodity.data && balance.data ? balancesOf(byCommodity.data.rows, balance.data.rows) : null;
  const shares = balances
    ? TILE_GROUPS.map((group) => ({
        group,
        ...shareUnderBasis(filters.basis, balances, commoditiesOf(group)),
      }))
    : [];
  const closingStock = stock.data?.rows.at(-1)?.closingTonnes ?? null;
  const tiles = TILE_GROUPS.map((group) => {
    const now = groupTotals(current.data, group);
    const before = previous ? groupTotals(prior.data, group) : { tonnes: null, incomplete: false };
    const yearAgo = yearBefore ? groupTotals(lastYear.data, group) : { tonnes: null, incomplete: false };
    const share = shares.find((s) => s.group === group);
    // "All food" counts only the groups with both parts known: with one missing it is a part.
    const shareIncomplete =
      group === 'all' &&
      shares.some((s) => s.group !== 'all' && s.share === null) &&
      (share?.share ?? null) !== null;
    return {
      group,
      inflow: now.tonnes,
      incomplete: now.incomplete || shareIncomplete,
      changePrevious: comparisons.same ? null : completeChange(now, before),
      changeYear: completeChange(now, yearAgo),
      share: share?.share ?? null,
      status: weakestStatus([now.status, share?.status ?? now.status]),
    };
  });
  const coverDays = closingStock === null ? null : stockCoverDays(closingStock, RICE_CONSUMPTION_T_PER_DAY);

  const table: TableData = {
    fileName: `arus-pangan_ringkasan_${range.from}_${range.to}`,
    columns: [
      { key: 'commodity', header: t('filters.commodity'), kind: 'text' },
      { key: 'inflow', header: t('tiles.inflow'), kind: 'tonnes' },
      ...(comparisons.same
        ? []
        : [{ key: 'changePrevious', header: t('tiles.changePrevious'), kind: 'percent' as const }]),
      { key: 'changeYear', header: t('tiles.changeYear'), kind: 'percent' },
      { key: 'share', header: t('externalShare.observedShort'), kind: 'percent' },
      { key: 'status', header: t('status.badge.title'), kind: 'status' },
      { key: 'completeness', header: t('tiles.completeness'), kind: 'text' },
    ],
    rows: tiles.map(({ incomplete, ...tile }) => ({
      ...tile,
      commodity: groupLabel(tile.group, i18n),
      completeness: incomplete ? t('tiles.incompleteShort') : '',
    })),
  };

  return (
    <ChartFrame
      id="headline-tiles"
      title={t('tiles.title')}
      subtitle={t('period.subtitle', { from: i18n.date(range.from), to: i18n.date(range.to) })}
      period={range}
      status={status}
      isEmpty={tiles.every((tile) => tile.inflow === null)}
      dataStatuses={tiles.map((tile) => tile.status)}
      sourceIds={[
        ...(current.data?.rows.flatMap((row) => row.sourceIds) ?? []),
        ...shares.flatMap((share) => share.sourceIds),
        ...(stock.data?.rows.flatMap((row) => row.sourceIds) ?? []),
        RICE_CONSUMPTION_SOURCE,
      ]}
      sources={sources.data ?? []}
      provenance={[t('provenance.basis', { name: basisName(filters.basis, i18n) })]}
      minHeight={170}
      table={table}
    >
      <ul className="tiles" data-chart-surface="tiles">
        {tiles.map((tile) => (
          <li
            key={tile.group}
            className="tile"
            data-group={tile.group}
            data-selected={filters.commodity === tile.group || undefined}
          >
            <h3>{groupLabel(tile.group, i18n)}</h3>
            <p className="tile-value">{tile.inflow === null ? '—' : i18n.tonnesEstimate(tile.inflow)}</p>
            <p className="tile-caption">{t('tiles.inflow')}</p>
            {tile.incomplete && (
              <p className="tile-incomplete" role="note">
                {t('tiles.incomplete')}
              </p>
            )}
            <dl className="tile-facts">
              {!comparisons.same && (
                <Change label={t('tiles.vsPrevious')} value={tile.changePrevious} i18n={i18n} />
              )}
              <Change
                label={t(comparisons.same ? 'tiles.vsYearSame' : 'tiles.vsYear')}
                value={tile.changeYear}
                i18n={i18n}
              />
              <div>
                <dt>{t('externalShare.observedShort')}</dt>
                <dd>{tile.share === null ? '—' : i18n.percentFixed(tile.share, 1)}</dd>
              </div>
              {tile.group === 'rice' && (
                <div
                  className={
                    coverDays !== null && closingStock !== null && closingStock < PIBC_SAFETY_STOCK_T
                      ? 'tile-warning'
                      : undefined
                  }
                >
                  <dt>{t('tiles.stockCover')}</dt>
                  <dd>
                    {coverDays === null || closingStock === null
                      ? '—'
                      : t('tiles.stockCoverValue', {
                          days: i18n.number(coverDays, 1),
                          stock: i18n.tonnesEstimate(closingStock),
                        })}
                  </dd>
                </div>
              )}
            </dl>
          </li>
        ))}
      </ul>
      <p className="method-note">
        {t('tiles.note', {
          consumption: i18n.tonnes(RICE_CONSUMPTION_T_PER_DAY),
          safety: i18n.tonnes(PIBC_SAFETY_STOCK_T),
        })}
      </p>
    </ChartFrame>
  );
}

function Change({ label, value, i18n }: { label: string; value: number | null; i18n: I18n }) {
  const sign = value === null ? '' : value > 0 ? '▲ +' : value < 0 ? '▼ ' : '';
  return (
    <div>
      <dt>{label}</dt>
      <dd className={value === null ? undefined : value < 0 ? 'change-down' : 'change-up'}>
        {value === null ? '—' : `${sign}${i18n.percentFixed(value, 1)}`}
      </dd>
    </div>
  );
}

/** Memoised: the overview re-renders on every URL change; a panel only when its filters change. */
export const HeadlineTilesPanel = memo(HeadlineTilesPanelView);
