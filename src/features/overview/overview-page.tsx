import { ExternalSharePanel } from './external-share-panel';

export function OverviewPage() {
  return (
    <div className="overview-grid">
      <ExternalSharePanel />
    </div>
  );
}
