import './present.css';
import { useCallback, useEffect, useId, useState } from 'react';
import { DataAsOf } from '../../charts/data-as-of';
import { useI18n } from '../../i18n/use-i18n';
import type { Slide } from '../../storage/deck-value';
import { useDeckStore } from '../../state/deck-store';
import { useSetView, useViewField } from '../../state/view-hooks';
import { serializeViewState, parseViewState } from '../../state/view-url';
import { usePresentationChannel } from './presentation-channel';
import { SLIDE_DESIGN_WIDTH } from './slide-fit';
import { SlideStage } from './slide-stage';
import { SlideView } from './slide-view';
import { PresenterPanel } from './presenter-panel';

const AUTO_ADVANCE_SECONDS = [0, 10, 30, 60] as const;
/** How long the audience window's controls stay after the pointer last moved. */
const CONTROLS_SHOWN_MS = 2500;
const PRESENTER_WINDOW = 'arus-pangan-presenter';
const AUDIENCE_WINDOW = 'arus-pangan-audience';

/** This page's link with `presenter` set as asked: the other window of the same talk. */
function linkFor(presenter: boolean): string {
  const { view } = parseViewState(window.location.search);
  return `${window.location.pathname}${serializeViewState({ ...view, presenter }) || '?'}`;
}

/** One projected slide: title, chart and its "data as of", scaled as one to the box it is given. */
export function ProjectedSlide({ slide }: { slide: Slide }) {
  return (
    <SlideStage designWidth={SLIDE_DESIGN_WIDTH}>
      <div className="projected-slide">
        <h1 className="present-title">{slide.title}</h1>
        <SlideView slide={slide} />
        <DataAsOf />
      </div>
    </SlideStage>
  );
}

/**
 * Presentation: the audience window shows only the slide, fitted to the screen; the presenter's
 * (P opens one, N switches this window) shows notes, the next slide and a timer. Every window of
 * the talk moves together. Keys: ←/→/Space/PageUp/PageDown/Home/End, Esc to leave.
 */
export function PresentPage() {
  const { t } = useI18n();
  const slides = useDeckStore((state) => state.slides);
  const slideNumber = useViewField('slide');
  const presenter = useViewField('presenter');
  const setView = useSetView();
  const [autoSeconds, setAutoSeconds] = useState<number>(0);
  const [popupBlocked, setPopupBlocked] = useState(false);
  const [controlsShown, setControlsShown] = useState(false);
  const autoId = useId();
  const count = slides.length;
  const index = Math.min(Math.max((slideNumber ?? 1) - 1, 0), Math.max(count - 1, 0));
  const slide = slides[index];

  const follow = useCallback((slide: number) => setView({ slide }, { replace: true }), [setView]);
  const announce = usePresentationChannel(index + 1, follow);
  const go = useCallback(
    (next: number) => {
      if (count === 0) return;
      const number = Math.min(Math.max(next, 0), count - 1) + 1;
      setView({ slide: number }, { replace: true });
      announce(number);
    },
    [count, setView, announce],
  );
  const open = useCallback((presenterWindow: boolean) => {
    const opened = window.open(
      linkFor(presenterWindow),
      presenterWindow ? PRESENTER_WINDOW : AUDIENCE_WINDOW,
      'popup,width=1280,height=800',
    );
    setPopupBlocked(opened === null);
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select')) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
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
          setView({ page: 'deck', slide: null, presenter: false });
          break;
        case 'n':
        case 'N':
          // Notes never go on the projected slide: N turns this window into the presenter's.
          setView({ presenter: !presenter }, { replace: true });
          break;
        case 'p':
        case 'P':
          open(true);
          break;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, count, presenter, go, open, setView]);

  useEffect(() => {
    if (autoSeconds === 0 || count < 2) return;
    // A wall screen loops through the deck.
    const timer = window.setInterval(() => go((index + 1) % count), autoSeconds * 1000);
    return () => window.clearInterval(timer);
  }, [autoSeconds, count, index, go]);

  useEffect(() => {
    if (!controlsShown) return;
    const timer = window.setTimeout(() => setControlsShown(false), CONTROLS_SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [controlsShown]);

  if (!slide) {
    return (
      <section className="present present-empty">
        <h1>{t('deck.title')}</h1>
        <p>{t('deck.empty')}</p>
        <button
          type="button"
          className="primary-button"
          onClick={() => setView({ page: 'deck', slide: null, presenter: false })}
        >
          {t('present.leave')}
        </button>
      </section>
    );
  }

  const controls = (
    <footer className="present-controls">
      <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
        ← {t('present.previous')}
      </button>
      <span role="status" aria-live="polite">
        {t('present.counter', { current: index + 1, total: count })}
      </span>
      <button type="button" onClick={() => go(index + 1)} disabled={index === count - 1}>
        {t('present.next')} →
      </button>
      {presenter ? (
        <>
          <button type="button" onClick={() => open(false)}>
            {t('present.openAudience')}
          </button>
          <button type="button" onClick={() => setView({ presenter: false }, { replace: true })}>
            {t('present.audienceHere')}
          </button>
        </>
      ) : (
        <>
          <button type="button" onClick={() => open(true)}>
            {t('present.openPresenter')}
          </button>
          <button type="button" onClick={() => setView({ presenter: true }, { replace: true })}>
            {t('present.presenterHere')}
          </button>
        </>
      )}
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
      <button type="button" onClick={() => setView({ page: 'deck', slide: null, presenter: false })}>
        {t('present.leave')} (Esc)
      </button>
      {popupBlocked && (
        <span className="present-popup-blocked" role="alert">
          {t('present.popupBlocked')}
        </span>
      )}
    </footer>
  );

  if (presenter) {
    return (
      <section
        className="present presenter"
        aria-label={t('present.presenterView')}
        data-present-role="presenter"
      >
        <PresenterPanel
          slide={slide}
          next={slides[index + 1] ?? null}
          current={<ProjectedSlide slide={slide} />}
        />
        {controls}
      </section>
    );
  }

  return (
    <section
      className={controlsShown ? 'present present-audience controls-shown' : 'present present-audience'}
      aria-roledescription={t('present.roleDescription')}
      aria-label={slide.title}
      data-present-role="audience"
      onPointerMove={() => setControlsShown(true)}
    >
      <ProjectedSlide slide={slide} />
      {controls}
    </section>
  );
}
