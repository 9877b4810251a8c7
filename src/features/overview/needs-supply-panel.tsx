import { memo } from 'react';
import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useApiClient } from '../../api/api-client-context';
import { balanceQuery, flowsQuery, needsQuery, sourcesQuery } from '../../api/queries';
import type { Need } from '../../contract/schemas';
import { ChartFrame } from '../../charts/chart-frame';
import { combinePanelStatus } from '../../charts/panel-status';
import type { TableData } from '../../charts/table-data';
import { groupOf, type CommodityCode } from '../../domain/commodity';
import { roundTonnes } from '../../domain/flow-store';
import { compareNeed, needWindows, type NeedComparison } from '../../domain/needs-supply';
import type { MessageKey } from '../../i18n/messages-id';
import { useI18n, type I18n } from '../../i18n/use-i18n';
import type { OverviewFilters } from '../../filters/use-overview-filters';
import { CHART_THEMES, themeColour } from '../../theme/chart-theme';
import { COMMODITY_COLORS, OTHERS_COLOR } from '../../theme/palette';
import { useResolvedTheme } from '../../theme/use-theme';
import { basisName } from './external-share-panel';
import { balancesOf } from './share-basis';

const PANEL_HEIGHT = 260;
const WIDTH = 640;
const LABEL_WIDTH = 80;
const BAR_WIDTH = 240;
const COMPARED_ROW = 62;
const TEXT_ROW = 58;

const itemsLabel = (need: Need, { t }: Pick<I18n, 't'>) =>
  need.items.map((item) => t(`basket.${item}` as MessageKey)).join(' + ');

function windowLabel(need: Need, i18n: I18n): string {
  return i18n.t('period.subtitle', { from: i18n.date(need.from), to: i18n.date(need.to) });
}

function referenceLabel(need: Need, { t }: Pick<I18n, 't'>): string {
  return t(`needs.reference.${need.reference}` as MessageKey);
}

/** What a comparison says in words: on screen under its bars, in the table and in the CSV. */
function comparisonNote(comparison: NeedComparison<Need>, i18n: I18n): string {
  const { t } = i18n;
  switch (comparison.kind) {
    case 'compared': {
      const ratio = i18n.percent(comparison.ratio, 0);
      const base = t('needs.compared', { ratio });
      if (comparison.warnings.length === 0) return base;
      return `${base} ${t('needs.doesNotClose')}`;
    }
    case 'not-recorded':
      return t('needs.notRecorded', {
        items: comparison.items.map((item) => t(`basket.${item}` as MessageKey)).join(', '),
      });
    case 'outside-coverage':
      return t('needs.outsideCoverage');
    case 'missing':
      return t('needs.missing', {
        parts: [...new Set(comparison.missing.map((m) => t(`balance.part.${m.part}` as MessageKey)))].join(
          ', ',
        ),
      });
  }
}

/**
 * Published needs (DKPKP prognosis, official statements) against the supply Jakarta retained over
 * the same window each publisher gave. The panel does not follow the chosen period: a need is
 * only comparable over its own window.
 */
function NeedsSupplyPanelView({ filters }: { filters: OverviewFilters }) {
  const client = useApiClient();
  const i18n = useI18n();
  const { t } = i18n;
  const theme = useResolvedTheme();
  const needs = useQuery(needsQuery(client));
  const sources = useQuery(sourcesQuery(client));
  const { coverage } = filters;
  // Only windows inside the data are asked for; the others are named as outside coverage.
  const windows = needWindows(needs.data ?? []).filter((w) => w.from >= coverage.from && w.to <= coverage.to);
  const yearly = (w: { from: string; to: string }) => ({
    from: w.from,
    to: w.to,
    granularity: 'year' as const,
  });
  const flows = useQueries({
    queries: windows.map((w) => flowsQuery(client, { ...yearly(w), groupBy: ['commodity'] })),
  });
  const balances = useQueries({ queries: windows.map((w) => balanceQuery(client, yearly(w))) });
  const status = combinePanelStatus(([needs] as UseQueryResult<unknown>[]).concat(flows, balances));

  const comparisons: NeedComparison<Need>[] | null =
    needs.data && flows.every((q) => q.data) && balances.every((q) => q.data)
      ? [...needs.data]
          .sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0))
          .map((need) => {
            const index = windows.findIndex((w) => w.from === need.from && w.to === need.to);
            const flowRows = flows[index]?.data?.rows ?? [];
            const balanceRows = balances[index]?.data?.rows ?? [];
            return compareNeed(need, index < 0 ? [] : balancesOf(flowRows, balanceRows), coverage);
          })
      : null;

  const sourceIds = (comparisons ?? []).flatMap((c) => [
    ...c.need.sourceIds,
    ...(c.kind === 'compared' ? c.supplySourceIds : []),
  ]);
  const statuses = (comparisons ?? []).flatMap((c) => [
    c.need.status,
    ...(c.kind === 'compared' ? [c.supplyStatus] : []),
  ]);

  const table: TableData | undefined = comparisons
    ? {
        fileName: 'arus-pangan_kebutuhan-vs-pasokan',
        columns: [
          { key: 'items', header: t('needs.table.items'), kind: 'text' },
          { key: 'from', header: t('needs.table.from'), kind: 'date' },
          { key: 'to', header: t('needs.table.to'), kind: 'date' },
          { key: 'reference', header: t('needs.table.reference'), kind: 'text' },
          { key: 'need', header: t('needs.table.need'), kind: 'tonnes' },
          { key: 'needStatus', header: t('needs.table.needStatus'), kind: 'status' },
          { key: 'supply', header: t('needs.table.supply'), kind: 'tonnes' },
          { key: 'supplyStatus', header: t('needs.table.supplyStatus'), kind: 'status' },
          { key: 'ratio', header: t('needs.table.ratio'), kind: 'percent' },
          { key: 'note', header: t('table.note'), kind: 'text' },
        ],
        rows: comparisons.map((c) => ({
          items: itemsLabel(c.need, i18n),
          from: c.need.from,
          to: c.need.to,
          reference: referenceLabel(c.need, i18n),
          need: c.need.tonnes,
          needStatus: c.need.status,
          supply: c.kind === 'compared' ? roundTonnes(c.supply) : null,
          supplyStatus: c.kind === 'compared' ? c.supplyStatus : null,
          ratio: c.kind === 'compared' ? Math.round(c.ratio * 10000) / 10000 : null,
          note: comparisonNote(c, i18n),
        })),
      }
    : undefined;

  const chartTheme = CHART_THEMES[theme];
  const needColour = themeColour(OTHERS_COLOR, theme);
  const supplyColour = (commodity: CommodityCode | undefined) =>
    themeColour(COMMODITY_COLORS[commodity ? groupOf(commodity) : 'all'] ?? OTHERS_COLOR, theme);
  const heights = (comparisons ?? []).map((c) => (c.kind === 'compared' ? COMPARED_ROW : TEXT_ROW));
  const rows = (comparisons ?? []).map((c, i) => ({
    c,
    top: heights.slice(0, i).reduce((sum, h) => sum + h, 0),
  }));
  const y = heights.reduce((sum, h) => sum + h, 0);

  return (
    <ChartFrame
      id="needs-supply"
      title={t('needs.title')}
      subtitle={t('needs.subtitle')}
      status={status}
      isEmpty={comparisons !== null && comparisons.length === 0}
      emptyMessage={t('needs.none')}
      dataStatuses={statuses}
      sourceIds={sourceIds}
      sources={sources.data ?? []}
      minHeight={PANEL_HEIGHT}
      table={table}
      provenance={[t('provenance.basis', { name: basisName('retained', i18n) })]}
    >
      {comparisons && (
        <div className="needs-supply">
          <p className="basis-line" data-basis="retained">
            {t('needs.basisLine', { name: basisName('retained', i18n) })}
          </p>
          <svg
            data-chart-surface="needs-supply"
            className="needs-supply-chart"
            viewBox={`0 0 ${WIDTH} ${Math.max(y, 1)}`}
            width="100%"
            role="img"
            aria-label={t('needs.title')}
            fontSize={chartTheme.fontSize}
          >
            {rows.map(({ c, top }) => {
              const label = `${itemsLabel(c.need, i18n)} · ${windowLabel(c.need, i18n)}`;
              const reference = `${referenceLabel(c.need, i18n)} (${t(`status.${c.need.status}` as MessageKey)})`;
              if (c.kind !== 'compared') {
                return (
                  <g
                    key={c.need.id}
                    data-need={c.need.id}
                    data-kind={c.kind}
                    transform={`translate(0 ${top})`}
                  >
                    <text x={0} y={14} fill={chartTheme.text} fontWeight={600}>
                      {label}
                    </text>
                    <text x={0} y={32} fill={chartTheme.text}>
                      {`${t('needs.need')}: ${i18n.tonnes(c.need.tonnes)} · ${reference}`}
                    </text>
                    <text x={0} y={50} fill={chartTheme.text} className="needs-supply-note">
                      {comparisonNote(c, i18n)}
                    </text>
                  </g>
                );
              }
              const scale = BAR_WIDTH / Math.max(c.need.tonnes, Math.abs(c.supply), 1);
              return (
                <g key={c.need.id} data-need={c.need.id} data-kind={c.kind} transform={`translate(0 ${top})`}>
                  <text x={0} y={14} fill={chartTheme.text} fontWeight={600}>
                    {label}
                  </text>
                  <text x={0} y={32} fill={chartTheme.text}>
                    {t('needs.need')}
                  </text>
                  <rect
                    x={LABEL_WIDTH}
                    y={22}
                    width={c.need.tonnes * scale}
                    height={12}
                    fill="none"
                    stroke={needColour}
                    strokeDasharray="4 3"
                  />
                  <text x={LABEL_WIDTH + BAR_WIDTH + 8} y={32} fill={chartTheme.text}>
                    {`${i18n.tonnes(c.need.tonnes)} · ${reference}`}
                  </text>
                  <text x={0} y={50} fill={chartTheme.text}>
                    {t('needs.supply')}
                  </text>
                  <rect
                    x={LABEL_WIDTH}
                    y={40}
                    width={Math.max(0, c.supply) * scale}
                    height={12}
                    fill={supplyColour(c.commodities[0])}
                  />
                  <text x={LABEL_WIDTH + BAR_WIDTH + 8} y={50} fill={chartTheme.text} data-ratio={c.ratio}>
                    {`${i18n.tonnes(roundTonnes(c.supply))} · ${comparisonNote(c, i18n)}`}
                  </text>
                </g>
              );
            })}
          </svg>
          {comparisons.some((c) => c.kind === 'compared' && c.warnings.length > 0) && (
            <p className="balance-warning" role="alert">
              {t('needs.doesNotClose')}
            </p>
          )}
          <p className="method-note">{t('needs.method')}</p>
        </div>
      )}
    </ChartFrame>
  );
}

/** Memoised: the overview re-renders on every URL change; a panel only when its filters change. */
export const NeedsSupplyPanel = memo(NeedsSupplyPanelView);
