import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { servedAtOf } from '../api/served-at';
import { useI18n } from '../i18n/use-i18n';

/** The oldest server time among the answers now on screen (queries something observes). */
function oldestShownAnswer(queries: readonly { getObserversCount(): number; state: { data: unknown } }[]) {
  let oldest: number | null = null;
  for (const query of queries) {
    if (query.getObserversCount() === 0) continue;
    const time = servedAtOf(query.state.data);
    if (time !== undefined && (oldest === null || time < oldest)) oldest = time;
  }
  return oldest;
}

/**
 * "Data per …": when the server made the oldest answer this view shows. An answer the service
 * worker kept keeps its time, so a view or slide presented offline says how old it is. Data made
 * in the browser (the demo, an imported file) has no server time, and nothing is shown.
 */
export function DataAsOf({ className }: { className?: string }) {
  const { t, time } = useI18n();
  const queryClient = useQueryClient();
  const cache = queryClient.getQueryCache();
  const subscribe = useCallback((listener: () => void) => cache.subscribe(listener), [cache]);
  const oldest = useSyncExternalStore(
    subscribe,
    () => oldestShownAnswer(cache.getAll()),
    () => null,
  );
  if (oldest === null) return null;
  return (
    <p
      className={className ?? 'data-as-of'}
      title={t('dataAsOf.detail')}
      data-as-of={new Date(oldest).toISOString()}
    >
      {t('dataAsOf', { time: time(oldest) })}
    </p>
  );
}
