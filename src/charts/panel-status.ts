import type { UseQueryResult } from '@tanstack/react-query';

export type PanelStatus =
  /** `offline`: waiting for the connection to come back (the browser says it is offline). */
  | { kind: 'loading'; offline?: boolean }
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
  const waiting = results.filter((result) => result.data === undefined);
  if (waiting.length > 0) {
    // A query paused for want of a network never starts on its own: say why nothing comes.
    return { kind: 'loading', offline: waiting.some((result) => result.fetchStatus === 'paused') };
  }
  const failedRefresh = results.find((result) => result.isError);
  return {
    kind: 'ready',
    staleSince: failedRefresh ? Math.min(...results.map((r) => r.dataUpdatedAt)) : null,
    staleError: failedRefresh?.error ?? null,
    retry,
    updating: results.some((result) => result.isPlaceholderData),
  };
}

/**
 * The status of a panel whose drawing is still being worked out from its answers (in slices, see
 * use-sliced.ts): loading before its first result, updating (the previous one drawn) after.
 */
export function withPendingWork(
  status: PanelStatus,
  work: { value: unknown; pending: boolean },
): PanelStatus {
  if (status.kind !== 'ready' || !work.pending) return status;
  return work.value === null ? { kind: 'loading' } : { ...status, updating: true };
}

/** A panel that would be ready shows as loading while the names it shows are still on their way. */
export function untilNamed(status: PanelStatus, namesPending: boolean): PanelStatus {
  return status.kind === 'ready' && namesPending ? { kind: 'loading' } : status;
}
