import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { useApiClient } from '../api/api-client-context';
import { metaQuery } from '../api/queries';
import type { DatasetMeta } from '../contract/schemas';
import type { AccountingBasis } from '../domain/food-balance';
import type { DateRange } from '../domain/period';
import { resolvePeriod } from '../domain/period-preset';
import { useViewField } from '../state/view-hooks';
import type { CommodityFilter, ViewGranularity } from '../state/view-url';

export interface OverviewFilters {
  range: DateRange;
  coverage: DateRange;
  granularity: ViewGranularity;
  commodity: CommodityFilter;
  claims: string[] | null;
  basis: AccountingBasis;
  /** The claim the external share is compared with; null means the headline claim. */
  claim: string | null;
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
  // Deferred: the controls answer at once, the panels follow in an interruptible render. The
  // result is memoised so that panels (React.memo) skip the urgent render entirely.
  const period = useDeferredValue(useViewField('period'));
  const from = useDeferredValue(useViewField('from'));
  const to = useDeferredValue(useViewField('to'));
  const granularity = useDeferredValue(useViewField('granularity'));
  const commodity = useDeferredValue(useViewField('commodity'));
  const claims = useDeferredValue(useViewField('claims'));
  const basis = useDeferredValue(useViewField('basis'));
  const claim = useDeferredValue(useViewField('claim'));
  const coverage = meta.data?.coverage;
  const filters = useMemo((): OverviewFilters | null => {
    if (!coverage) return null;
    const custom = from && to ? { from, to } : null;
    const { range, fellBack } = resolvePeriod(period, coverage, custom);
    return { range, coverage, granularity, commodity, claims, basis, claim, fellBack };
  }, [coverage, period, from, to, granularity, commodity, claims, basis, claim]);
  return { filters, meta };
}
