import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { useApiClient } from '../api/api-client-context';
import { metaQuery } from '../api/queries';
import type { DatasetMeta } from '../contract/schemas';
import type { AccountingBasis } from '../domain/food-balance';
import type { DateRange } from '../domain/period';
import { resolvePeriod } from '../domain/period-preset';
import { useViewField } from '../state/view-hooks';
import type { CommodityFilter, ViewGranularity, ViewState } from '../state/view-url';

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

type FilterFields = Pick<
  ViewState,
  'period' | 'from' | 'to' | 'granularity' | 'commodity' | 'claims' | 'basis' | 'claim'
>;

/** The view's filter fields resolved against the data's coverage; memoised on the fields. */
function useResolvedFilters(coverage: DateRange | undefined, fields: FilterFields): OverviewFilters | null {
  const { period, from, to, granularity, commodity, claims, basis, claim } = fields;
  return useMemo((): OverviewFilters | null => {
    if (!coverage) return null;
    const custom = from && to ? { from, to } : null;
    const { range, fellBack } = resolvePeriod(period, coverage, custom);
    return { range, coverage, granularity, commodity, claims, basis, claim, fellBack };
  }, [coverage, period, from, to, granularity, commodity, claims, basis, claim]);
}

/**
 * The period, granularity and commodity every panel draws, resolved against the data's coverage.
 * `filters` is deferred, so the controls answer at once and the panels follow in a background
 * render; `next` is what the view asks for now (it runs ahead of `filters` during a switch), for
 * asking the panels' answers before their render gets to them.
 */
export function useOverviewFilters(): {
  filters: OverviewFilters | null;
  next: OverviewFilters | null;
  meta: UseQueryResult<DatasetMeta>;
} {
  const client = useApiClient();
  const meta = useQuery(metaQuery(client));
  const coverage = meta.data?.coverage;
  const view = {
    period: useViewField('period'),
    from: useViewField('from'),
    to: useViewField('to'),
    granularity: useViewField('granularity'),
    commodity: useViewField('commodity'),
    claims: useViewField('claims'),
    basis: useViewField('basis'),
    claim: useViewField('claim'),
  };
  const next = useResolvedFilters(coverage, view);
  // Deferred: the controls answer at once, the panels follow in an interruptible render. The
  // result is memoised so that panels (React.memo) skip the urgent render entirely.
  const filters = useResolvedFilters(coverage, {
    period: useDeferredValue(view.period),
    from: useDeferredValue(view.from),
    to: useDeferredValue(view.to),
    granularity: useDeferredValue(view.granularity),
    commodity: useDeferredValue(view.commodity),
    claims: useDeferredValue(view.claims),
    basis: useDeferredValue(view.basis),
    claim: useDeferredValue(view.claim),
  });
  return { filters, next, meta };
}
