import { useQuery } from '@tanstack/react-query';
import { memo, useCallback, useMemo } from 'react';
import { useApiClient } from '../../api/api-client-context';
import { agreementsQuery, entryPointsQuery, regionsQuery, sourcesQuery } from '../../api/queries';
import type { EntryPoint, Region } from '../../contract/schemas';
import { ChartFrame } from '../../charts/chart-frame';
import { combinePanelStatus } from '../../charts/panel-status';
import { useNarrowScreen } from '../../charts/use-narrow-screen';
import { COMMODITY_COLORS, OTHERS_COLOR } from '../../theme/palette';
import type { TableData } from '../../charts/table-data';
import { COMMODITY_GROUPS } from '../../domain/commodity';
import type { LatLon } from '../../domain/geo-projection';
import type { MessageKey } from '../../i18n/messages-id';
import { useI18n, type I18n } from '../../i18n/use-i18n';
import type { OverviewFilters } from '../../filters/use-overview-filters';
import { themeColour } from '../../theme/chart-theme';
import { useResolvedTheme } from '../../theme/use-theme';
import { FlowMap, type OriginView } from './flow-map';
import { FlowMapInset } from './flow-map-inset';
import { buildFlowMap, type MapOrigin } from './flow-map-model';
import { applySelection, type FlowSelection } from './flow-totals';
import { JAVA_INSET_VIEWPORT, javaInsetGeometry, MAP_VIEWPORT, mapGeometry } from './map-outline';
import { useFlowLabels, useFlowTotals, type FlowLabels } from './use-flow-totals';

/** Kemendagri's code for DKI Jakarta: where every flow on the map ends. */
const JAKARTA = '31';
const EDGE = { inset: 22, gaps: { alongTopBottom: 110, alongSides: 24 } };
const DIRECTIONS: MessageKey[] = [
  'map.direction.n',
  'map.direction.ne',
  'map.direction.e',
  'map.direction.se',
  'map.direction.s',
  'map.direction.sw',
  'map.direction.w',
  'map.direction.nw',
];

function directionKey(bearing: number): MessageKey {
  return DIRECTIONS[Math.round(bearing / 45) % 8] ?? 'map.direction.n';
}

/** Jakarta's centroid, or the middle of its entry points when the region list lacks it. */
function jakartaPosition(regions: readonly Region[], entryPoints: readonly EntryPoint[]): LatLon | null {
  const jakarta = regions.find((region) => region.code === JAKARTA);
  if (jakarta?.centroid) return jakarta.centroid;
  if (entryPoints.length === 0) return null;
  const sum = entryPoints.reduce(
    (acc, entry) => ({ lat: acc.lat + entry.centroid.lat, lon: acc.lon + entry.centroid.lon }),
    {
      lat: 0,
      lon: 0,
    },
  );
  return { lat: sum.lat / entryPoints.length, lon: sum.lon / entryPoints.length };
}

function lowerGroup(group: string, labels: FlowLabels, i18n: I18n): string {
  return labels.group(group).toLocaleLowerCase(i18n.language === 'id' ? 'id-ID' : 'en-GB');
}

function describeMapOrigin(origin: MapOrigin, labels: FlowLabels, i18n: I18n): OriginView {
  const { t } = i18n;
  const name = labels.region(origin.code);
  const amounts = origin.flows
    .map((flow) =>
      t('map.amount', { tonnes: i18n.tonnes(flow.tonnes), group: lowerGroup(flow.group, labels, i18n) }),
    )
    .join(', ');
  const details = origin.flows.map((flow) => `${labels.group(flow.group)}: ${i18n.tonnes(flow.tonnes)}`);
  details.push(`${t('flows.table.status')}: ${t(`status.${origin.status}`)}`);
  if (origin.placement.kind === 'edge') {
    const direction = t(directionKey(origin.placement.bearing));
    details.push(t('map.placement.edge', { direction }));
    return { name, description: t('map.outside', { name, amounts, direction }), details };
  }
  return { name, description: t('map.origin', { name, amounts }), details };
}

function mapTable(
  origins: readonly MapOrigin[],
  labels: FlowLabels,
  i18n: I18n,
  fileName: string,
): TableData {
  const { t } = i18n;
  const placement = (origin: MapOrigin) =>
    origin.placement.kind === 'point'
      ? t('map.placement.point')
      : origin.placement.kind === 'edge'
        ? t('map.placement.edge', { direction: t(directionKey(origin.placement.bearing)) })
        : t('map.placement.unplaced');
  return {
    fileName,
    columns: [
      { key: 'origin', header: t('map.table.origin'), kind: 'text' },
      { key: 'group', header: t('map.table.group'), kind: 'text' },
      { key: 'tonnes', header: t('flows.table.tonnes'), kind: 'tonnes' },
      { key: 'status', header: t('flows.table.status'), kind: 'status' },
      { key: 'placement', header: t('map.table.placement'), kind: 'text' },
    ],
    rows: origins.flatMap((origin) =>
      origin.flows.map((flow) => ({
        origin: labels.region(origin.code),
        group: labels.group(flow.group),
        tonnes: flow.tonnes,
        status: flow.status,
        placement: placement(origin),
      })),
    ),
  };
}

export interface FlowMapPanelProps {
  filters: OverviewFilters;
  selection: FlowSelection;
  onSelectOrigin: (code: string) => void;
}

/** Where the chosen flows come from, on a map of Indonesia, with the same flows as a table. */
export const FlowMapPanel = memo(function FlowMapPanel({
  filters,
  selection,
  onSelectOrigin,
}: FlowMapPanelProps) {
  const client = useApiClient();
  const i18n = useI18n();
  const { t } = i18n;
  const totals = useFlowTotals(filters);
  const regions = useQuery(regionsQuery(client));
  const entryPoints = useQuery(entryPointsQuery(client));
  const sources = useQuery(sourcesQuery(client));
  const agreements = useQuery(agreementsQuery(client));
  const status = combinePanelStatus([totals, regions, entryPoints]);
  const labels = useFlowLabels(i18n);
  const geometry = mapGeometry();
  const narrow = useNarrowScreen();
  const inset = javaInsetGeometry();
  const partners = useMemo(
    () => new Set((agreements.data ?? []).map((agreement) => agreement.partnerCode)),
    [agreements.data],
  );
  const theme = useResolvedTheme();
  const groupColor = useCallback(
    (group: string) => themeColour(COMMODITY_COLORS[group] ?? OTHERS_COLOR, theme),
    [theme],
  );

  const rows = useMemo(() => applySelection(totals.data ?? [], selection), [totals.data, selection]);
  const [model, insetModel] = useMemo(() => {
    const byCode = new Map((regions.data ?? []).map((region) => [region.code, region.centroid]));
    const places = {
      centroidOf: (code: string) => byCode.get(code) ?? null,
      target: jakartaPosition(regions.data ?? [], entryPoints.data ?? []),
    };
    return [
      buildFlowMap(rows, places, geometry.projection, EDGE),
      buildFlowMap(rows, places, inset.projection, { ...EDGE, inset: 8 }),
    ];
  }, [rows, regions.data, entryPoints.data, geometry, inset]);

  const describeOrigin = useCallback(
    (origin: MapOrigin) => describeMapOrigin(origin, labels, i18n),
    [labels, i18n],
  );
  const { range } = filters;
  const table = useMemo(
    () =>
      mapTable(
        model.origins,
        labels,
        i18n,
        `arus-pangan_peta_${filters.commodity}_${range.from}_${range.to}`,
      ),
    [model, labels, i18n, filters.commodity, range.from, range.to],
  );
  const unplaced = model.origins.filter((origin) => origin.placement.kind === 'unplaced');
  const groupsShown = COMMODITY_GROUPS.filter((group) =>
    model.origins.some((origin) => origin.flows.some((flow) => flow.group === group)),
  );

  return (
    <ChartFrame
      id="flow-map"
      title={t('map.title', { commodity: labels.group(filters.commodity) })}
      subtitle={t('period.subtitle', { from: i18n.date(range.from), to: i18n.date(range.to) })}
      period={range}
      status={status}
      isEmpty={model.origins.length === 0}
      dataStatuses={rows.map((row) => row.status)}
      sourceIds={rows.flatMap((row) => row.sourceIds)}
      sources={sources.data ?? []}
      minHeight={narrow ? 520 : MAP_VIEWPORT.height + JAVA_INSET_VIEWPORT.height + 120}
      table={table}
    >
      <FlowMap
        model={model}
        groupColor={groupColor}
        viewport={MAP_VIEWPORT}
        indonesiaPath={geometry.indonesia}
        neighboursPath={geometry.neighbours}
        describeOrigin={describeOrigin}
        jakartaLabel={t('map.jakarta')}
        description={t('map.description')}
        selectedOrigin={selection.origin}
        onSelectOrigin={onSelectOrigin}
        emphasised={partners}
        insetFrame={inset.frameOnMain}
        compact={narrow}
      />
      <FlowMapInset
        model={insetModel}
        viewport={JAVA_INSET_VIEWPORT}
        indonesiaPath={inset.indonesia}
        neighboursPath={inset.neighbours}
        groupColor={groupColor}
        describeOrigin={describeOrigin}
        maxTonnes={model.maxTonnes}
        title={t('map.inset')}
        jakartaLabel={t('map.jakarta')}
        emphasised={partners}
        selectedOrigin={selection.origin}
        onSelectOrigin={onSelectOrigin}
        labelSize={narrow ? 34 : undefined}
      />
      <div className="flows-notes">
        <ul className="flow-map-legend">
          {partners.size > 0 && (
            <li>
              <svg width="14" height="14" aria-hidden="true">
                <circle className="flow-map-dot is-partner" cx="7" cy="7" r="4" />
              </svg>
              {t('map.legend.partner')}
            </li>
          )}
          {groupsShown.map((group) => (
            <li key={group}>
              <svg width="22" height="10" aria-hidden="true">
                <line
                  x1="1"
                  y1="5"
                  x2="21"
                  y2="5"
                  stroke={groupColor(group)}
                  strokeWidth="4"
                  strokeLinecap="round"
                />
              </svg>
              {labels.group(group)}
            </li>
          ))}
        </ul>
        <p className="method-note">
          {t('map.legend.width', { tonnes: i18n.tonnes(model.maxTonnes) })} {t('map.attribution')}
        </p>
        {!model.target && (
          <p className="notice" role="status">
            {t('map.noTarget')}
          </p>
        )}
        {unplaced.length > 0 && (
          <p className="notice" role="status">
            {t('map.unplaced', { names: unplaced.map((origin) => labels.region(origin.code)).join(', ') })}
          </p>
        )}
        {model.notReported > 0 && (
          <p className="method-note">{t('flows.notReported', { count: model.notReported })}</p>
        )}
      </div>
    </ChartFrame>
  );
});
