import type { UseQueryResult } from '@tanstack/react-query';

export type PanelStatus =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown; retry: () => void }
  | {
      kind: 'ready';
      staleSince: number | null;
      staleError: unknown;
      retry: () => void;
      /** Showing the previous filter's data while the new one loads (drawn dimmed, marked busy). */
      updating?: boolean;
    };

/**
 * One status for a panel that needs several queries: loading until all have data, an error if
 * one failed with nothing to show, "ready but stale" when a refresh failed over good data, and
 * "ready, updating" while the previous filter's data stands in for the new one.
 */
export function combinePanelStatus(results: readonly UseQueryResult<unknown>[]): PanelStatus {
  const retry = () => {
    results.forEach((result) => {
      if (result.isError) void result.refetch();
    });
  };
  const failedWithoutData = results.find((result) => result.isError && result.data === undefined);
  if (failedWithoutData) return { kind: 'error', error: failedWithoutData.error, retry };
  if (results.some((result) => result.data === undefined)) return { kind: 'loading' };
  const failedRefresh = results.find((result) => result.isError);
  return {
    kind: 'ready',
    staleSince: failedRefresh ? Math.min(...results.map((r) => r.dataUpdatedAt)) : null,
    staleError: failedRefresh?.error ?? null,
    retry,
    updating: results.some((result) => result.isPlaceholderData),
  };
}
