// The region profile's queries, each shaped for its panel by `select` (the model's functions), so
// a panel re-renders only when its own answer changes.
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useApiClient } from '../../api/api-client-context';
import {
  agreementsQuery,
  commoditiesQuery,
  flowsQuery,
  regionFactsQuery,
  sourcesQuery,
} from '../../api/queries';
import type { Agreement, Commodity, FlowsResponse, Region } from '../../contract/schemas';
import type { Granularity } from '../../domain/period';
import type { Language } from '../../i18n/format';
import { formSeries, regionSeasons } from './region-profile-model';

interface DateRange {
  from: string;
  to: string;
}

const selectFormSeries = (answer: FlowsResponse) => ({ rows: answer.rows, ...formSeries(answer.rows) });
const selectSeasons = (answer: FlowsResponse) => ({ rows: answer.rows, ...regionSeasons(answer.rows) });

/** The region's flows per commodity form over the chosen period. */
export function useRegionFormSeries(origins: readonly string[], range: DateRange, granularity: Granularity) {
  const client = useApiClient();
  return useQuery({
    ...flowsQuery(client, { from: range.from, to: range.to, granularity, groupBy: ['commodity'], origins }),
    select: selectFormSeries,
  });
}

/** Yearly tonnes per group, of the region and of all origins: the two sides of its share. */
export function useRegionShareAnswers(origins: readonly string[], range: DateRange) {
  const client = useApiClient();
  const region = useQuery(
    flowsQuery(client, { from: range.from, to: range.to, granularity: 'year', groupBy: ['group'], origins }),
  );
  const all = useQuery(
    flowsQuery(client, { from: range.from, to: range.to, granularity: 'year', groupBy: ['group'] }),
  );
  return { region, all };
}

/** The region's monthly flows over the whole coverage, as seasonal profiles. */
export function useRegionSeasons(origins: readonly string[], coverage: DateRange) {
  const client = useApiClient();
  return useQuery({
    ...flowsQuery(client, {
      from: coverage.from,
      to: coverage.to,
      granularity: 'month',
      groupBy: ['group'],
      origins,
    }),
    select: selectSeasons,
  });
}

/** Production and area facts for the region's origins and its province. */
export function useRegionFacts(region: Region, origins: readonly string[]) {
  const client = useApiClient();
  return useQuery(regionFactsQuery(client, [...origins, ...(region.parentCode ? [region.parentCode] : [])]));
}

/** Jakarta's cooperation agreement with the region, or null. */
export function useRegionAgreement(regionCode: string) {
  const client = useApiClient();
  const select = useCallback(
    (agreements: Agreement[]) => agreements.find((a) => a.partnerCode === regionCode) ?? null,
    [regionCode],
  );
  return useQuery({ ...agreementsQuery(client), select });
}

/** Commodity code → name in the language; a code the catalogue lacks is shown as itself. */
export function useCommodityNames(language: Language) {
  const client = useApiClient();
  const select = useCallback(
    (commodities: Commodity[]) => {
      const names = new Map<string, string>(commodities.map((c) => [c.code, c.name[language]]));
      return (code: string) => names.get(code) ?? code;
    },
    [language],
  );
  return useQuery({ ...commoditiesQuery(client), select });
}

export function useSources() {
  const client = useApiClient();
  return useQuery(sourcesQuery(client));
}
