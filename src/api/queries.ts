import { QueryClient, queryOptions, type Query } from '@tanstack/react-query';
import { isApiError } from './errors';
import { keepServedAt, shareStructureKeepingServedAt } from './served-at';
import type { ApiClient, BalanceParams, FlowsParams, StocksParams } from './http-client';
import type { FlowRow } from '../contract/schemas';
import { fillMissingPeriods } from '../domain/missing-periods';

// One queryOptions factory per endpoint. Keys start with the endpoint and the base URL, so data
// from another server (or an imported dataset) never mixes with what is cached.
// Series keep the previous filter's answer as placeholder data while the next one loads: a panel
// stays drawn (dimmed, marked busy) instead of flashing back to a skeleton on every switch. The
// parameters are in the key, so an older answer only ever fills its own entry, never the newer view.
const CATALOGUE_STALE_MS = 60 * 60 * 1000;
const SERIES_STALE_MS = 5 * 60 * 1000;

/**
 * The previous answer as placeholder, but only from the same data source: after a switch to an
 * imported dataset the panels wait for it rather than show the other source's numbers.
 */
function sameSourcePrevious(client: ApiClient) {
  return <T>(previous: T | undefined, previousQuery: Query<T, Error, T, readonly unknown[]> | undefined) =>
    previousQuery?.queryKey[1] === client.scope ? previous : undefined;
}

export const metaQuery = (client: ApiClient) =>
  queryOptions({
    queryKey: ['meta', client.baseUrl],
    queryFn: ({ signal }) => client.getMeta(signal),
    staleTime: SERIES_STALE_MS,
  });

export const regionsQuery = (client: ApiClient) =>
  queryOptions({
    queryKey: ['regions', client.baseUrl],
    queryFn: ({ signal }) => client.getRegions(signal),
    staleTime: CATALOGUE_STALE_MS,
  });

export const commoditiesQuery = (client: ApiClient) =>
  queryOptions({
    queryKey: ['commodities', client.baseUrl],
    queryFn: ({ signal }) => client.getCommodities(signal),
    staleTime: CATALOGUE_STALE_MS,
  });

export const entryPointsQuery = (client: ApiClient) =>
  queryOptions({
    queryKey: ['entry-points', client.baseUrl],
    queryFn: ({ signal }) => client.getEntryPoints(signal),
    staleTime: CATALOGUE_STALE_MS,
  });

export const sourcesQuery = (client: ApiClient) =>
  queryOptions({
    queryKey: ['sources', client.baseUrl],
    queryFn: ({ signal }) => client.getSources(signal),
    staleTime: CATALOGUE_STALE_MS,
  });

export const claimsQuery = (client: ApiClient) =>
  queryOptions({
    queryKey: ['claims', client.baseUrl],
    queryFn: ({ signal }) => client.getClaims(signal),
    staleTime: CATALOGUE_STALE_MS,
  });

export const agreementsQuery = (client: ApiClient) =>
  queryOptions({
    queryKey: ['agreements', client.baseUrl],
    queryFn: ({ signal }) => client.getAgreements(signal),
    staleTime: CATALOGUE_STALE_MS,
  });

/** The published needs of the dataset's destination: their own series, per data source. */
export const needsQuery = (client: ApiClient) =>
  queryOptions({
    queryKey: ['needs', client.scope],
    queryFn: ({ signal }) => client.getNeeds(signal),
    staleTime: CATALOGUE_STALE_MS,
  });

export const regionFactsQuery = (client: ApiClient, regions: readonly string[]) =>
  queryOptions({
    queryKey: ['region-facts', client.baseUrl, [...regions].sort()],
    queryFn: ({ signal }) => client.getRegionFacts(regions, signal),
    staleTime: CATALOGUE_STALE_MS,
  });

/** A period the answer left out: nothing reported, in the same series (its keys and status). */
function emptyRow<R extends { tonnes: number | null; sourceIds: string[] }>(template: R, period: string): R {
  return { ...template, period, tonnes: null, sourceIds: [] };
}

export const flowsQuery = (client: ApiClient, params: FlowsParams) =>
  queryOptions({
    queryKey: ['flows', client.scope, params],
    queryFn: async ({ signal }) => {
      const answer = await client.getFlows(params, signal);
      // A reduced answer leaves periods out on purpose: filling them in would draw gaps.
      if (answer.reduction) return answer;
      const keyOf = (row: FlowRow) => answer.groupBy.map((dimension) => row[dimension] ?? '').join('\u0000');
      return keepServedAt(answer, {
        ...answer,
        rows: fillMissingPeriods(answer.rows, answer, answer.granularity, keyOf, emptyRow),
      });
    },
    staleTime: SERIES_STALE_MS,
    placeholderData: sameSourcePrevious(client),
  });

export const balanceQuery = (client: ApiClient, params: BalanceParams) =>
  queryOptions({
    queryKey: ['balance', client.scope, params],
    queryFn: ({ signal }) => client.getBalance(params, signal),
    staleTime: SERIES_STALE_MS,
    placeholderData: sameSourcePrevious(client),
  });

export const stocksQuery = (client: ApiClient, params: StocksParams) =>
  queryOptions({
    queryKey: ['stocks', client.scope, params],
    queryFn: async ({ signal }) => {
      const answer = await client.getStocks(params, signal);
      const rows = fillMissingPeriods(
        answer.rows,
        answer,
        answer.granularity,
        () => '',
        (template, period) => ({
          ...template,
          period,
          closingTonnes: null,
          sourceIds: [],
        }),
      );
      return keepServedAt(answer, { ...answer, rows });
    },
    staleTime: SERIES_STALE_MS,
    placeholderData: sameSourcePrevious(client),
  });

export interface QueryClientChoices {
  /** Demo data is served inside the page, so queries must run even when the browser is offline. */
  servedLocally: boolean;
  /** A service worker controls the page and may answer from its copy while the browser is offline. */
  offlineCopy?: boolean;
  /** Tests turn retries off so that error states show at once. */
  retries?: number;
}

/**
 * Defaults chosen on purpose: invalid data, unparseable answers and 4xx errors are never retried
 * (they will not improve); network trouble and 5xx are retried twice with backoff. A wall screen
 * must not refetch on every focus.
 */
export function createQueryClient({
  servedLocally,
  offlineCopy = false,
  retries = 2,
}: QueryClientChoices): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => isApiError(error) && error.retryable && failureCount < retries,
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
        refetchOnWindowFocus: false,
        // With an offline copy a query tries once while offline (the service worker may have the
        // answer) before it waits for the connection; without one it waits at once.
        networkMode: servedLocally ? 'always' : offlineCopy ? 'offlineFirst' : 'online',
        structuralSharing: shareStructureKeepingServedAt,
        gcTime: 30 * 60 * 1000,
      },
    },
  });
}
