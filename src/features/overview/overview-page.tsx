import { ChartFrame } from '../../charts/chart-frame';
import { combinePanelStatus } from '../../charts/panel-status';
import { useI18n } from '../../i18n/use-i18n';
import { useOverviewFilters } from '../../filters/use-overview-filters';
import { AlertsPanel } from './alerts-panel';
import { DependencyRiskPanel } from './dependency-risk-panel';
import { ExternalSharePanel } from './external-share-panel';
import { HeadlineTilesPanel } from './headline-tiles-panel';
import { NeedsSupplyPanel } from './needs-supply-panel';
import { ShareOverTimePanel } from './share-over-time-panel';
import { SupplyByOriginPanel } from './supply-by-origin-panel';

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
  return (
    <div className="overview-grid">
      {filters.fellBack && (
        <p className="notice" role="status">
          {t('filters.fellBack')}
        </p>
      )}
      <HeadlineTilesPanel filters={filters} />
      <ExternalSharePanel filters={filters} />
      <NeedsSupplyPanel filters={filters} />
      <ShareOverTimePanel filters={filters} />
      <SupplyByOriginPanel filters={filters} />
      <DependencyRiskPanel filters={filters} />
      <AlertsPanel filters={filters} />
    </div>
  );
}
