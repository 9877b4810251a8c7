// The comparison's queries. The per-origin ones wait until there is something to compare.
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/api-client-context';
import { flowsQuery, regionsQuery, sourcesQuery } from '../../api/queries';
import type { FlowsResponse } from '../../contract/schemas';
import { sameRangeYearBefore, type Granularity } from '../../domain/period';
import type { OverviewFilters } from '../../filters/use-overview-filters';
import { originSeries } from './compare-model';

const selectSeries = (answer: FlowsResponse) => ({ rows: answer.rows, chartRows: originSeries(answer.rows) });

export function useComparisonAnswers(
  codes: readonly string[],
  filters: OverviewFilters,
  granularity: Granularity,
) {
  const client = useApiClient();
  const { range, coverage } = filters;
  const commodities = filters.commodity === 'all' ? undefined : [filters.commodity];
  const yearBefore = sameRangeYearBefore(range);
  const byOrigin = { groupBy: ['origin'] as ['origin'], origins: codes, ...(commodities && { commodities }) };
  const enabled = codes.length > 0;
  const series = useQuery({
    ...flowsQuery(client, { from: range.from, to: range.to, granularity, ...byOrigin }),
    select: selectSeries,
    enabled,
  });
  const totals = useQuery({
    ...flowsQuery(client, { from: range.from, to: range.to, granularity: 'year', ...byOrigin }),
    enabled,
  });
  const lastYear = useQuery({
    ...flowsQuery(client, { from: yearBefore.from, to: yearBefore.to, granularity: 'year', ...byOrigin }),
    enabled,
  });
  const all = useQuery(
    flowsQuery(client, {
      from: range.from,
      to: range.to,
      granularity: 'year',
      groupBy: [],
      ...(commodities && { commodities }),
    }),
  );
  const monthly = useQuery({
    ...flowsQuery(client, { from: coverage.from, to: coverage.to, granularity: 'month', ...byOrigin }),
    enabled,
  });
  return { series, totals, lastYear, all, monthly };
}

export function useRegions() {
  return useQuery(regionsQuery(useApiClient()));
}

export function useSources() {
  return useQuery(sourcesQuery(useApiClient()));
}
