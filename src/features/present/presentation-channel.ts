import { useEffect, useRef } from 'react';

/** What the windows of one presentation tell each other. */
export type PresentationMessage =
  | { kind: 'go'; slide: number }
  /** A window that just opened asks where the talk is. */
  | { kind: 'where' };

const CHANNEL = 'arus-pangan:presentation';

export function isPresentationMessage(data: unknown): data is PresentationMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as { kind?: unknown; slide?: unknown };
  if (message.kind === 'where') return true;
  return message.kind === 'go' && Number.isInteger(message.slide) && (message.slide as number) >= 1;
}

/**
 * Keeps the audience and presenter windows on the same slide (same browser, same origin): a move
 * made in one is sent to the others, which follow without sending it on, so two windows never
 * echo each other. Returns `announce`, to call on each move made here.
 */
export function usePresentationChannel(currentSlide: number, follow: (slide: number) => void) {
  const channel = useRef<BroadcastChannel | null>(null);
  const current = useRef(currentSlide);
  const followRef = useRef(follow);
  useEffect(() => {
    current.current = currentSlide;
    followRef.current = follow;
  });

  useEffect(() => {
    if (typeof BroadcastChannel !== 'function') return;
    const opened = new BroadcastChannel(CHANNEL);
    channel.current = opened;
    opened.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data;
      if (!isPresentationMessage(message)) return;
      if (message.kind === 'where') opened.postMessage({ kind: 'go', slide: current.current });
      else if (message.slide !== current.current) followRef.current(message.slide);
    };
    opened.postMessage({ kind: 'where' } satisfies PresentationMessage);
    return () => {
      opened.close();
      channel.current = null;
    };
  }, []);

  return (slide: number) => channel.current?.postMessage({ kind: 'go', slide } satisfies PresentationMessage);
}
