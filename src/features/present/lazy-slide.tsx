import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { useI18n } from '../../i18n/use-i18n';
import type { Slide } from '../../storage/deck-value';
import { SlideView } from './slide-view';

let printing = false;
const listeners = new Set<() => void>();

function setPrinting(value: boolean) {
  printing = value;
  // Synchronously, so that every slide is drawn before the browser lays out the printed pages.
  flushSync(() => listeners.forEach((listener) => listener()));
}

function subscribe(listener: () => void) {
  if (listeners.size === 0) {
    window.addEventListener('beforeprint', onBeforePrint);
    window.addEventListener('afterprint', onAfterPrint);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      window.removeEventListener('beforeprint', onBeforePrint);
      window.removeEventListener('afterprint', onAfterPrint);
    }
  };
}

function onBeforePrint() {
  setPrinting(true);
}

function onAfterPrint() {
  setPrinting(false);
}

/** True while the page is being printed: a printed deck has every slide. */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  );
}

/**
 * A slide drawn once it comes near the screen: a long deck costs the charts in view, not all of
 * them. Once drawn it stays, so scrolling back does not draw it again.
 */
export function LazySlide({ slide, eager }: { slide: Slide; eager: boolean }) {
  const { t } = useI18n();
  const placeholder = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(false);
  const shown = eager || seen;

  useEffect(() => {
    if (shown) return;
    const element = placeholder.current;
    if (!element || typeof IntersectionObserver !== 'function') {
      setSeen(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
      },
      { rootMargin: '600px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [shown]);

  if (shown) return <SlideView slide={slide} />;
  return (
    <div
      ref={placeholder}
      className="skeleton slide-placeholder"
      role="status"
      aria-label={t('panel.loading')}
    />
  );
}
