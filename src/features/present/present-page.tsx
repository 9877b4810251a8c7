import './present.css';
import { useEffect, useId, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { useDeckStore } from '../../state/deck-store';
import { useSetView, useViewField } from '../../state/view-hooks';
import { SlideView } from './slide-view';

const AUTO_ADVANCE_SECONDS = [0, 10, 30, 60] as const;

/** Full-screen slides: ←/→/Space/Home/End to move, Esc to leave, N for speaker notes. */
export function PresentPage() {
  const { t } = useI18n();
  const slides = useDeckStore((state) => state.slides);
  const slideNumber = useViewField('slide');
  const setView = useSetView();
  const [showNotes, setShowNotes] = useState(false);
  const [autoSeconds, setAutoSeconds] = useState<number>(0);
  const autoId = useId();
  const count = slides.length;
  const index = Math.min(Math.max((slideNumber ?? 1) - 1, 0), Math.max(count - 1, 0));
  const slide = slides[index];

  useEffect(() => {
    const go = (next: number) =>
      setView({ slide: Math.min(Math.max(next, 0), count - 1) + 1 }, { replace: true });
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select')) return;
      switch (event.key) {
        case 'ArrowRight':
        case 'PageDown':
        case ' ':
          event.preventDefault();
          go(index + 1);
          break;
        case 'ArrowLeft':
        case 'PageUp':
          event.preventDefault();
          go(index - 1);
          break;
        case 'Home':
          event.preventDefault();
          go(0);
          break;
        case 'End':
          event.preventDefault();
          go(count - 1);
          break;
        case 'Escape':
          if (document.fullscreenElement) void document.exitFullscreen();
          setView({ page: 'deck', slide: null });
          break;
        case 'n':
        case 'N':
          setShowNotes((shown) => !shown);
          break;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, count, setView]);

  useEffect(() => {
    if (autoSeconds === 0 || count < 2) return;
    // A wall screen loops through the deck.
    const timer = window.setInterval(
      () => setView({ slide: ((slideNumber ?? 1) % count) + 1 }, { replace: true }),
      autoSeconds * 1000,
    );
    return () => window.clearInterval(timer);
  }, [autoSeconds, count, slideNumber, setView]);

  if (!slide) {
    return (
      <section className="present present-empty">
        <h1>{t('deck.title')}</h1>
        <p>{t('deck.empty')}</p>
        <button
          type="button"
          className="primary-button"
          onClick={() => setView({ page: 'deck', slide: null })}
        >
          {t('present.leave')}
        </button>
      </section>
    );
  }

  return (
    <section className="present" aria-roledescription={t('present.roleDescription')} aria-label={slide.title}>
      <h1 className="present-title">{slide.title}</h1>
      <SlideView slide={slide} />
      {showNotes && (
        <aside className="speaker-notes" aria-label={t('present.notes')}>
          <h2>{t('present.notes')}</h2>
          <p>{slide.notes || t('present.noNotes')}</p>
        </aside>
      )}
      <footer className="present-controls">
        <button
          type="button"
          onClick={() => setView({ slide: Math.max(index, 1) }, { replace: true })}
          disabled={index === 0}
        >
          ← {t('present.previous')}
        </button>
        <span role="status" aria-live="polite">
          {t('present.counter', { current: index + 1, total: count })}
        </span>
        <button
          type="button"
          onClick={() => setView({ slide: Math.min(index + 2, count) }, { replace: true })}
          disabled={index === count - 1}
        >
          {t('present.next')} →
        </button>
        <button type="button" aria-pressed={showNotes} onClick={() => setShowNotes((shown) => !shown)}>
          {t('present.notes')} (N)
        </button>
        <label htmlFor={autoId}>{t('present.auto')}</label>
        <select
          id={autoId}
          value={autoSeconds}
          onChange={(event) => setAutoSeconds(Number(event.target.value))}
        >
          {AUTO_ADVANCE_SECONDS.map((seconds) => (
            <option key={seconds} value={seconds}>
              {seconds === 0 ? t('present.autoOff') : t('present.autoEvery', { seconds })}
            </option>
          ))}
        </select>
        <button
          type="button"
          onClick={() => {
            if (document.fullscreenElement) void document.exitFullscreen();
            else void document.documentElement.requestFullscreen?.();
          }}
        >
          {t('present.fullscreen')}
        </button>
        <button type="button" onClick={() => setView({ page: 'deck', slide: null })}>
          {t('present.leave')} (Esc)
        </button>
      </footer>
    </section>
  );
}
