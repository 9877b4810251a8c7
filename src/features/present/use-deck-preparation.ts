import { useIsFetching } from '@tanstack/react-query';
import { useEffect, useState, type RefObject } from 'react';

export type DeckPreparation =
  | { kind: 'idle' }
  | { kind: 'running'; settled: number; total: number }
  | { kind: 'done'; total: number; failed: number };

const CHECK_EVERY_MS = 250;

/** How the slides drawn in `list` stand: settled once each shows its chart, nothing or an error. */
function slideStates(list: HTMLElement) {
  const slides = [...list.querySelectorAll<HTMLElement>('.slide-view')];
  let settled = 0;
  let failed = 0;
  for (const slide of slides) {
    const state = slide.querySelector<HTMLElement>('.chart-frame')?.dataset.state;
    // A slide that names no chart shows its own error instead of a frame.
    const broken = slide.matches('.panel-error') || state === 'error';
    if (broken) failed++;
    if (broken || state === 'ready' || state === 'empty') settled++;
  }
  return { settled, failed };
}

/**
 * "Prepare for offline": every slide is drawn (so its code and data are fetched, and the service
 * worker keeps the answers) until each one has settled and no request is under way.
 */
export function useDeckPreparation(list: RefObject<HTMLElement | null>, total: number) {
  const [preparation, setPreparation] = useState<DeckPreparation>({ kind: 'idle' });
  const fetching = useIsFetching();
  const running = preparation.kind === 'running';

  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => {
      const element = list.current;
      if (!element) return;
      const { settled, failed } = slideStates(element);
      if (settled >= total && fetching === 0) setPreparation({ kind: 'done', total, failed });
      else
        setPreparation((current) =>
          current.kind === 'running' && current.settled === settled
            ? current
            : { kind: 'running', settled, total },
        );
    }, CHECK_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [running, list, total, fetching]);

  return {
    preparation,
    start: () => setPreparation({ kind: 'running', settled: 0, total }),
  };
}
