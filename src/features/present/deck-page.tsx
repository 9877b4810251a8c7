import './present.css';
import { useId, useRef, useState } from 'react';
import { downloadFile } from '../../charts/download';
import { useI18n } from '../../i18n/use-i18n';
import { SaveProblem } from '../../storage/save-problem';
import {
  deckFile,
  MAX_DECK_FILE_BYTES,
  MAX_SLIDES,
  readDeckFile,
  STORED_DECK,
  type DeckFileReading,
} from '../../storage/deck-value';
import { useDeckStore } from '../../state/deck-store';
import { DeckImportReview } from './deck-import-review';
import { LazySlide, usePrinting } from './lazy-slide';
import { useSetView } from '../../state/view-hooks';
import { useDeckPreparation } from './use-deck-preparation';
import { SlideStage } from './slide-stage';
import { useDemoData } from '../../charts/frame-context';
import { localToday } from '../../charts/image-export';

/**
 * A printed slide's box in CSS pixels: an A4 landscape page inside 12 mm margins (1032 × 703),
 * less its title, notes and status line. The slide is scaled to fill it.
 */
const PRINTED_SLIDE_BOX = { width: 1030, height: 520 };

/** Slides drawn at once; the rest are drawn when they scroll into view (or the deck is printed). */
const EAGER_SLIDES = 6;

/** The deck: reorder, rename, annotate, remove, export and import slides; print one slide per page. */
export function DeckPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const slides = useDeckStore((state) => state.slides);
  const { rename, setNotes, move, remove } = useDeckStore.getState();
  const setView = useSetView();
  const [pending, setPending] = useState<{ fileName: string; reading: DeckFileReading } | null>(null);
  const [report, setReport] = useState<string | null>(null);
  const printing = usePrinting();
  const demo = useDemoData();
  const importId = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const { preparation, start: prepareOffline } = useDeckPreparation(listRef, slides.length);
  const drawAll = printing || preparation.kind === 'running';

  return (
    <div className="deck">
      <section className="deck-header">
        <h1>{t('deck.title')}</h1>
        <p>{t('deck.count', { count: slides.length })}</p>
        <div className="deck-actions">
          <button
            type="button"
            className="primary-button"
            disabled={slides.length === 0}
            onClick={() => setView({ page: 'present', slide: 1 })}
          >
            {t('deck.start')}
          </button>
          <button type="button" disabled={slides.length === 0} onClick={() => window.print()}>
            {t('deck.print')}
          </button>
          <button
            type="button"
            disabled={slides.length === 0}
            onClick={() =>
              downloadFile(
                'arus-pangan_presentasi.json',
                JSON.stringify(deckFile(slides), null, 2),
                'application/json',
              )
            }
          >
            {t('deck.export')}
          </button>
          <button
            type="button"
            disabled={slides.length === 0 || preparation.kind === 'running'}
            onClick={prepareOffline}
          >
            {t('deck.prepareOffline')}
          </button>
          <label htmlFor={importId} className="file-button">
            {t('deck.import')}
          </label>
          <input
            id={importId}
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (!file) return;
              setReport(null);
              // A file too large is refused before it is read into the page.
              const reading =
                file.size > MAX_DECK_FILE_BYTES
                  ? ({ ok: false, problem: 'too-big' } as const)
                  : readDeckFile(await file.text());
              setPending({ fileName: file.name, reading });
            }}
          />
        </div>
        <p className="method-note">
          {t('deck.limits', { slides: MAX_SLIDES, size: i18n.number(MAX_DECK_FILE_BYTES / 1_000_000) })}
        </p>
        <SaveProblem storageKey={STORED_DECK.key} />
        {pending && (
          <DeckImportReview
            fileName={pending.fileName}
            reading={pending.reading}
            currentCount={slides.length}
            onDone={(text) => {
              setPending(null);
              setReport(text);
            }}
          />
        )}
        {report && (
          <p className="notice" role="status">
            {report}
          </p>
        )}
        {preparation.kind === 'running' && (
          <p className="notice" role="status">
            {t('deck.preparing', {
              done: Math.min(preparation.settled + 1, preparation.total),
              total: preparation.total,
            })}
          </p>
        )}
        {preparation.kind === 'done' && (
          <p className={preparation.failed > 0 ? 'notice deck-prepared' : 'deck-prepared'} role="status">
            {preparation.failed > 0
              ? t('deck.prepareFailed', { count: preparation.failed })
              : t('deck.prepared', { count: preparation.total })}
          </p>
        )}
        {slides.length === 0 && <p>{t('deck.empty')}</p>}
      </section>
      <ol className="slide-list" ref={listRef}>
        {slides.map((slide, index) => (
          <li key={slide.id} className="slide-card">
            <div className="slide-card-tools">
              <label>
                {t('deck.slideTitle', { number: index + 1 })}
                <input
                  type="text"
                  value={slide.title}
                  maxLength={200}
                  onChange={(event) => rename(slide.id, event.target.value)}
                />
              </label>
              <button
                type="button"
                disabled={index === 0}
                onClick={() => move(slide.id, -1)}
                aria-label={t('deck.up', { title: slide.title })}
              >
                ↑
              </button>
              <button
                type="button"
                disabled={index === slides.length - 1}
                onClick={() => move(slide.id, 1)}
                aria-label={t('deck.down', { title: slide.title })}
              >
                ↓
              </button>
              <button type="button" onClick={() => setView({ page: 'present', slide: index + 1 })}>
                {t('deck.presentFrom')}
              </button>
              <button
                type="button"
                onClick={() => remove(slide.id)}
                aria-label={t('deck.remove', { title: slide.title })}
              >
                {t('deck.removeShort')}
              </button>
            </div>
            <h2 className="print-only">{slide.title}</h2>
            <SlideStage box={printing ? PRINTED_SLIDE_BOX : undefined}>
              <LazySlide slide={slide} eager={drawAll || index < EAGER_SLIDES} />
            </SlideStage>
            <label className="slide-notes">
              {t('present.notes')}
              <textarea
                value={slide.notes}
                maxLength={2000}
                rows={2}
                onChange={(event) => setNotes(slide.id, event.target.value)}
              />
            </label>
            {slide.notes && <p className="print-only slide-notes-print">{slide.notes}</p>}
            <p className="print-only slide-print-status">
              {[
                demo ? t('demo.banner') : null,
                t('deck.printedSlide', {
                  number: index + 1,
                  total: slides.length,
                  date: i18n.date(localToday()),
                }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
