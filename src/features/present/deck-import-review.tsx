import { useEffect, useId, useRef } from 'react';
import type { MessageKey } from '../../i18n/messages-id';
import { useI18n } from '../../i18n/use-i18n';
import {
  MAX_DECK_FILE_BYTES,
  MAX_SLIDES,
  type DeckFileReading,
  type SlideRejection,
} from '../../storage/deck-value';
import { useDeckStore } from '../../state/deck-store';

const REJECTION: Record<SlideRejection, MessageKey> = {
  'not-a-slide': 'deck.rejected.notASlide',
  panel: 'deck.rejected.panel',
  view: 'deck.rejected.view',
  page: 'deck.rejected.page',
};

const MAX_LISTED = 20;

/**
 * What a deck file holds, before anything changes: how many slides can be used, which were rejected
 * and why; then replace the deck, add to it, or leave it as it is.
 */
export function DeckImportReview({
  fileName,
  reading,
  currentCount,
  onDone,
}: {
  fileName: string;
  reading: DeckFileReading;
  currentCount: number;
  onDone: (report: string | null) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const headingId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Focus goes to the harmless choice, so a stray Enter keeps the deck as it is.
  useEffect(() => cancelRef.current?.focus(), []);

  if (!reading.ok) {
    const detail =
      reading.problem === 'too-big'
        ? t('deck.file.tooBig', { size: i18n.number(MAX_DECK_FILE_BYTES / 1_000_000) })
        : reading.problem === 'not-json'
          ? t('deck.file.notJson')
          : reading.problem === 'format'
            ? t('deck.file.format')
            : reading.problem === 'version'
              ? t('deck.file.version', { version: reading.version ?? '' })
              : t('deck.file.noSlides');
    return (
      <section className="deck-import-review panel-error" role="alert" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('deck.review.title', { file: fileName })}</h2>
        <p>{t('deck.review.unusable', { detail })}</p>
        <button type="button" ref={cancelRef} onClick={() => onDone(null)}>
          {t('deck.review.close')}
        </button>
      </section>
    );
  }

  const { slides, rejected, overLimit, total } = reading;
  const room = Math.max(0, MAX_SLIDES - currentCount);
  return (
    <section className="deck-import-review" role="dialog" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('deck.review.title', { file: fileName })}</h2>
      <p>{t('deck.review.holds', { total, usable: slides.length, rejected: rejected.length })}</p>
      {overLimit > 0 && <p>{t('deck.review.overLimit', { count: overLimit, max: MAX_SLIDES })}</p>}
      {rejected.length > 0 && (
        <ul className="deck-import-rejected">
          {rejected.slice(0, MAX_LISTED).map((item) => (
            <li key={item.number}>
              {t('deck.review.rejectedSlide', {
                number: item.number,
                title: item.title ?? '—',
                reason: t(REJECTION[item.reason]),
              })}
            </li>
          ))}
          {rejected.length > MAX_LISTED && (
            <li>{t('deck.review.moreRejected', { count: rejected.length - MAX_LISTED })}</li>
          )}
        </ul>
      )}
      <div className="deck-actions">
        {slides.length > 0 && (
          <>
            <button
              type="button"
              className="primary-button"
              onClick={() => {
                useDeckStore.getState().replace(slides);
                onDone(t('deck.review.replaced', { count: slides.length }));
              }}
            >
              {t('deck.review.replace', { count: currentCount })}
            </button>
            <button
              type="button"
              disabled={room === 0}
              onClick={() => {
                const added = useDeckStore.getState().append(slides);
                onDone(t('deck.review.merged', { count: added }));
              }}
            >
              {t('deck.review.merge')}
            </button>
          </>
        )}
        <button type="button" ref={cancelRef} onClick={() => onDone(t('deck.review.cancelled'))}>
          {t('deck.review.cancel')}
        </button>
      </div>
    </section>
  );
}
