import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import { useApiClient } from '../api/api-client-context';
import { metaQuery } from '../api/queries';
import type { DatasetMeta } from '../api/schemas';
import type { DateRange } from '../domain/period';
import { resolvePeriod } from '../domain/period-preset';
import { useViewState, type CommodityFilter, type ViewGranularity } from './view-state';

export interface OverviewFilters {
  range: DateRange;
  coverage: DateRange;
  granularity: ViewGranularity;
  commodity: CommodityFilter;
  claims: string[] | null;
  /** The URL asked for a period outside the data; the last 12 months are shown instead. */
  fellBack: boolean;
}

/**
 * The period, granularity and commodity every panel draws, resolved against the data's coverage.
 * Deferred, so the controls answer at once and the charts follow in a background render.
 */
export function useOverviewFilters(): { filters: OverviewFilters | null; meta: UseQueryResult<DatasetMeta> } {
  const client = useApiClient();
  const meta = useQuery(metaQuery(client));
  const [{ view }] = useViewState();
  const deferred = useDeferredValue(view);
  if (!meta.data) return { filters: null, meta };
  const coverage = meta.data.coverage;
  const custom = deferred.from && deferred.to ? { from: deferred.from, to: deferred.to } : null;
  const { range, fellBack } = resolvePeriod(deferred.period, coverage, custom);
  return {
    filters: {
      range,
      coverage,
      granularity: deferred.granularity,
      commodity: deferred.commodity,
      claims: deferred.claims,
      fellBack,
    },
    meta,
  };
}
