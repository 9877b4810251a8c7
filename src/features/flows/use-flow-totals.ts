import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useApiClient } from '../../api/api-client-context';
import { commoditiesQuery, entryPointsQuery, flowsQuery } from '../../api/queries';
import { useRegionNames } from '../../api/use-region-names';
import { groupLabel } from '../../i18n/labels';
import type { I18n } from '../../i18n/use-i18n';
import type { OverviewFilters } from '../../filters/use-overview-filters';
import { FLOW_GROUP_BY, totalsOverPeriods, type FlowTotal } from './flow-totals';

/**
 * The flows of the chosen period and commodity, by province, origin, commodity and entry point,
 * summed over the range. Yearly periods keep the answer small for any range; `select` sums them
 * once per answer (TanStack Query memoises it for a stable function), not on every render.
 */
export function useFlowTotals(filters: OverviewFilters): UseQueryResult<FlowTotal[]> {
  const client = useApiClient();
  const { range, commodity } = filters;
  return useQuery({
    ...flowsQuery(client, {
      from: range.from,
      to: range.to,
      granularity: 'year',
      groupBy: FLOW_GROUP_BY,
      ...(commodity !== 'all' && { commodities: [commodity] }),
    }),
    select: totalsOverPeriods,
  });
}

export interface FlowLabels {
  region: (code: string) => string;
  commodity: (code: string) => string;
  entryPoint: (code: string) => string;
  group: (group: string) => string;
}

/** Names in the chosen language; an unknown code is shown as itself, never dropped. */
export function useFlowLabels(i18n: I18n): FlowLabels {
  const client = useApiClient();
  const region = useRegionNames(i18n.language);
  const commodities = useQuery(commoditiesQuery(client));
  const entryPoints = useQuery(entryPointsQuery(client));
  return useMemo(() => {
    const commodityNames = new Map(
      (commodities.data ?? []).map((c) => [c.code as string, c.name[i18n.language]]),
    );
    const entryNames = new Map((entryPoints.data ?? []).map((e) => [e.code, e.name[i18n.language]]));
    return {
      region,
      commodity: (code) => commodityNames.get(code) ?? code,
      entryPoint: (code) => entryNames.get(code) ?? code,
      group: (group) => groupLabel(group, i18n),
    };
  }, [region, commodities.data, entryPoints.data, i18n]);
}
