import { useEffect, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import type { Slide } from '../../storage/deck-value';
import { formatElapsed, SLIDE_DESIGN_WIDTH } from './slide-fit';
import { SlideStage } from './slide-stage';
import { SlideView } from './slide-view';

/** The talk's clock: runs from when the presenter view opens; pause and reset are the presenter's. */
function PresenterTimer() {
  const { t } = useI18n();
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [pausedAt, setPausedAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (pausedAt !== null) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [pausedAt]);
  const elapsed = (pausedAt ?? now) - startedAt;
  return (
    <section className="presenter-timer" aria-label={t('present.timer')}>
      <h2>{t('present.timer')}</h2>
      <p className="presenter-clock" role="timer">
        {formatElapsed(elapsed)}
      </p>
      <button
        type="button"
        onClick={() => {
          if (pausedAt === null) setPausedAt(Date.now());
          else {
            // Resuming leaves the paused stretch out of the talk's time.
            setStartedAt((start) => start + (Date.now() - pausedAt));
            setNow(Date.now());
            setPausedAt(null);
          }
        }}
      >
        {t(pausedAt === null ? 'present.timerPause' : 'present.timerResume')}
      </button>
      <button
        type="button"
        onClick={() => {
          const at = Date.now();
          setStartedAt(at);
          setNow(at);
          setPausedAt((paused) => (paused === null ? null : at));
        }}
      >
        {t('present.timerReset')}
      </button>
    </section>
  );
}

/** What the presenter sees beside the current slide: the next one, the timer and the notes. */
export function PresenterPanel({
  slide,
  next,
  current,
}: {
  slide: Slide;
  next: Slide | null;
  current: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="presenter-layout">
      <div className="presenter-current">{current}</div>
      <div className="presenter-side">
        <section className="presenter-next" aria-label={t('present.nextSlide')}>
          <h2>{t('present.nextSlide')}</h2>
          {next ? (
            <SlideStage designWidth={SLIDE_DESIGN_WIDTH} className="presenter-next-stage">
              <div className="projected-slide">
                <p className="present-title">{next.title}</p>
                <SlideView slide={next} />
              </div>
            </SlideStage>
          ) : (
            <p>{t('present.lastSlide')}</p>
          )}
        </section>
        <PresenterTimer />
      </div>
      <aside className="speaker-notes" aria-label={t('present.notes')}>
        <h2>{t('present.notes')}</h2>
        <p>{slide.notes || t('present.noNotes')}</p>
      </aside>
    </div>
  );
}
