import { startTransition, useEffect, useState } from 'react';

/** How long one slice of work may hold the main thread before it gives the browser a turn. */
const SLICE_MS = 12;

/**
 * Runs `work` (a generator that yields between steps, returning its result) in slices of about
 * SLICE_MS, each in a task of its own, so maths over years of periods never makes one long task.
 * Returns the last finished result (null before the first) and whether `work` is still running.
 * `work` must keep its identity while its inputs are unchanged (memoise it): a new `work` stops
 * the old one, whose result is never shown. Null `work` (nothing to work from yet) runs nothing.
 * An error thrown by `work` is thrown again in the caller's render, so the panel's error boundary
 * shows it (the slices run outside React, where it would be lost and the panel left "updating").
 */
export function useSliced<T>(work: (() => Generator<unknown, T>) | null): {
  value: T | null;
  pending: boolean;
} {
  const [finished, setFinished] = useState<
    | { work: () => Generator<unknown, T>; value: T }
    | { work: () => Generator<unknown, T>; error: unknown }
    | null
  >(null);
  useEffect(() => {
    if (!work) return;
    const steps = work();
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slice = () => {
      const deadline = performance.now() + SLICE_MS;
      try {
        for (;;) {
          const step = steps.next();
          if (step.done) {
            // A transition: the panel's render with the new result yields to input in turn.
            if (!stopped) startTransition(() => setFinished({ work, value: step.value }));
            return;
          }
          if (performance.now() >= deadline) break;
        }
      } catch (error) {
        if (!stopped) setFinished({ work, error });
        return;
      }
      timer = setTimeout(slice, 0);
    };
    slice();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [work]);
  if (finished && 'error' in finished && finished.work === work) throw finished.error;
  return {
    value: finished && 'value' in finished ? finished.value : null,
    pending: work !== null && finished?.work !== work,
  };
}
