import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/api-client-context';
import { regionsQuery } from '../../api/queries';
import { regionNameLookup } from '../../api/use-region-names';
import type { Region } from '../../contract/schemas';
import { ChartFrame } from '../../charts/chart-frame';
import { combinePanelStatus } from '../../charts/panel-status';
import { usePresentFocus } from '../../charts/frame-context';
import { membersOf, originCodesOf } from '../../domain/region-members';
import { granularityForPeriods } from '../../domain/period';
import { useI18n } from '../../i18n/use-i18n';
import { useOverviewFilters, type OverviewFilters } from '../../filters/use-overview-filters';
import { useViewField } from '../../state/view-hooks';
import { ViewLink } from './region-link';
import { useSources } from './region-profile-data';
import {
  RegionFactsPanel,
  RegionFlowsPanel,
  RegionHeader,
  RegionSeasonalityPanel,
  RegionSharePanel,
} from './region-profile-panels';

const MAX_PERIODS = 200;

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
  const { language } = useI18n();
  const presenting = usePresentFocus() !== null;
  const sources = useSources().data ?? [];
  const { range, coverage } = filters;
  const granularity = granularityForPeriods(range, filters.granularity, MAX_PERIODS);
  const name = regionNameLookup(regions, language);
  // A province's flows are those of its regencies and cities (and of origins recorded as the
  // province itself); every other region stands for itself.
  const members = membersOf(regions, region.code);
  const origins = originCodesOf(regions, region.code);
  const panel = { region, origins, sources };
  return (
    <div className="overview-grid">
      {!presenting && <RegionHeader region={region} members={members} name={name} sources={sources} />}
      <RegionFlowsPanel {...panel} range={range} granularity={granularity} />
      <RegionSharePanel {...panel} range={range} />
      <RegionSeasonalityPanel {...panel} coverage={coverage} />
      <RegionFactsPanel {...panel} name={name} />
    </div>
  );
}
