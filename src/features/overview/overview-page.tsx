import { memo, startTransition, useEffect, useState, type ComponentType } from 'react';
import { ChartFrame } from '../../charts/chart-frame';
import { combinePanelStatus } from '../../charts/panel-status';
import { useI18n } from '../../i18n/use-i18n';
import { useOverviewFilters, type OverviewFilters } from '../../filters/use-overview-filters';
import { AlertsPanel } from './alerts-panel';
import { DependencyRiskPanel } from './dependency-risk-panel';
import { ExternalSharePanel } from './external-share-panel';
import { HeadlineTilesPanel } from './headline-tiles-panel';
import { NeedsSupplyPanel } from './needs-supply-panel';
import { ShareOverTimePanel } from './share-over-time-panel';
import { SupplyByOriginPanel } from './supply-by-origin-panel';

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

/** Each further panel waits at most this long for an idle moment of the main thread. */
const NEXT_PANEL_TIMEOUT_MS = 1500;

/**
 * How many of `total` panels are built so far: the first at once, then one more whenever the main
 * thread is idle. A panel asks for its answers when it is built, and builds its model and chart when
 * they arrive; built all at once, the seven panels' answers would arrive together and be worked
 * through in one long task, the first chart painted after all of them. Built from the top down, the
 * panels on the first screen are drawn first, and no task does every panel's work.
 */
function useBuiltPanels(total: number): number {
  const [built, setBuilt] = useState(1);
  useEffect(() => {
    if (built >= total) return;
    const next = () => startTransition(() => setBuilt((count) => Math.min(total, count + 1)));
    // jsdom (the tests) has no idle callbacks.
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(next, 0);
      return () => clearTimeout(timer);
    }
    const idle = requestIdleCallback(next, { timeout: NEXT_PANEL_TIMEOUT_MS });
    return () => cancelIdleCallback(idle);
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

/** The screen policy staff open every morning: supply, dependency and alerts for one period. */
export function OverviewPage() {
  const { t } = useI18n();
  const { filters, meta } = useOverviewFilters();
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
