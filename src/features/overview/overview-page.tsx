import { useQueryClient, type FetchQueryOptions, type QueryKey } from '@tanstack/react-query';
import { memo, startTransition, useEffect, useRef, useState, type ComponentType } from 'react';
import { useApiClient } from '../../api/api-client-context';
import { ChartFrame } from '../../charts/chart-frame';
import { combinePanelStatus } from '../../charts/panel-status';
import { useI18n } from '../../i18n/use-i18n';
import { useOverviewFilters, type OverviewFilters } from '../../filters/use-overview-filters';
import { useViewField } from '../../state/view-hooks';
import { AlertsPanel, alertsQueries } from './alerts-panel';
import { DependencyRiskPanel, dependencyRiskQueries } from './dependency-risk-panel';
import { ExternalSharePanel, externalShareQueries } from './external-share-panel';
import { HeadlineTilesPanel, headlineTilesQueries } from './headline-tiles-panel';
import { NeedsSupplyPanel } from './needs-supply-panel';
import { ShareOverTimePanel, shareOverTimeQueries } from './share-over-time-panel';
import { SupplyByOriginPanel, supplyByOriginQueries } from './supply-by-origin-panel';

/** The panels from the top of the page down. */
const PANELS: readonly ComponentType<{ filters: OverviewFilters }>[] = [
  HeadlineTilesPanel,
  ExternalSharePanel,
  NeedsSupplyPanel,
  ShareOverTimePanel,
  SupplyByOriginPanel,
  DependencyRiskPanel,
  AlertsPanel,
];

/**
 * How many of `total` panels are built so far: the first at once, then one more after each frame
 * (waiting for an idle moment held the panels further down back by up to a second at 4× CPU
 * slowdown, once the charts no longer made long tasks). A panel asks for its answers when it is built, and builds its model and chart when
 * they arrive; built all at once, the seven panels' answers would arrive together and be worked
 * through in one long task, the first chart painted after all of them. Built from the top down, the
 * panels on the first screen are drawn first, and no task does every panel's work.
 */
function useBuiltPanels(total: number): number {
  const [built, setBuilt] = useState(1);
  useEffect(() => {
    if (built >= total) return;
    const next = () => startTransition(() => setBuilt((count) => Math.min(total, count + 1)));
    // The next panel after the browser has painted what is built: a frame, then a task of its own.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(next, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [built, total]);
  return built;
}

const OverviewPanels = memo(function OverviewPanels({ filters }: { filters: OverviewFilters }) {
  const { t } = useI18n();
  const built = useBuiltPanels(PANELS.length);
  return (
    <div className="overview-grid">
      {filters.fellBack && (
        <p className="notice" role="status">
          {t('filters.fellBack')}
        </p>
      )}
      {PANELS.slice(0, built).map((Panel, index) => (
        <Panel key={index} filters={filters} />
      ))}
    </div>
  );
});

/**
 * On a switch, asks for every panel's answers right after the click's own render: the panels'
 * render (deferred, a background one) gets to their queries only later, and the answers are then
 * already in or on their way. Not for the first view: there the panels are built from the top down
 * and each asks for its own, so the first ones are not held up by the answers of those further
 * down. The needs panel's answers depend on the period only through the needs it is given, so it
 * asks for its own.
 */
function useAnswersAhead(next: OverviewFilters | null): void {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const originUnit = useViewField('originUnit');
  const firstView = useRef<OverviewFilters | null>(null);
  useEffect(() => {
    if (!next) return;
    if (firstView.current === null) {
      firstView.current = next;
      return;
    }
    // In a task of its own, after the click's: building and sending the requests must not
    // lengthen the interaction itself.
    const timer = setTimeout(() => {
      // A query that is off (a comparison the data cannot make) is not asked for.
      const ask = <T,>({
        enabled,
        ...query
      }: FetchQueryOptions<T, Error, T, QueryKey> & { enabled?: unknown }) => {
        if (enabled !== false) void queryClient.prefetchQuery(query);
      };
      const tiles = headlineTilesQueries(client, next);
      ask(tiles.current);
      ask(tiles.prior);
      ask(tiles.lastYear);
      ask(tiles.byCommodity);
      ask(tiles.balance);
      ask(tiles.stock);
      const share = externalShareQueries(client, next);
      ask(share.flows);
      ask(share.balance);
      const overTime = shareOverTimeQueries(client, next);
      ask(overTime.flows);
      ask(overTime.balance);
      const origins = supplyByOriginQueries(client, next);
      ask(origins.flows);
      ask(origins.prior);
      ask(dependencyRiskQueries(client, next, originUnit).flows);
      const alerts = alertsQueries(client, next, originUnit);
      ask(alerts.daily);
      ask(alerts.monthlyOrigins);
      ask(alerts.stock);
    }, 0);
    return () => clearTimeout(timer);
  }, [client, queryClient, next, originUnit]);
}

/** The screen policy staff open every morning: supply, dependency and alerts for one period. */
export function OverviewPage() {
  const { t } = useI18n();
  const { filters, next, meta } = useOverviewFilters();
  useAnswersAhead(next);
  if (!filters) {
    // Until the dataset's coverage is known no period can be resolved; one frame shows why.
    return (
      <ChartFrame
        id="overview"
        title={t('nav.overview')}
        status={combinePanelStatus([meta])}
        minHeight={400}
      />
    );
  }
  return <OverviewPanels filters={filters} />;
}
