import { useId, useMemo, useState, type ReactNode } from 'react';
import { FrameActionsContext, type FrameActions } from '../charts/frame-actions';
import { isIsoDate } from '../domain/calendar-date';
import { useI18n } from '../i18n/use-i18n';
import { useChartNotes } from '../state/chart-notes-store';
import { useDeckStore } from '../state/deck-store';
import { STORED_DECK } from '../storage/deck-value';
import { STORED_CHART_NOTES } from '../storage/stored-values';
import { SaveProblem } from '../storage/save-problem';
import { currentView } from '../state/url-store';
import { serializeViewState } from '../state/view-url';

/** "Add to presentation": saves this chart as it looks now (its frame id and the view's link). */
export function AddToDeckButton({ panelId, title }: { panelId: string; title: string }) {
  const { t } = useI18n();
  const add = useDeckStore((state) => state.add);
  const count = useDeckStore((state) => state.slides.length);
  const [added, setAdded] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          add({ panelId, title, search: serializeViewState({ ...currentView(), slide: null }) });
          setAdded(true);
        }}
        aria-describedby={added ? `${panelId}-deck-status` : undefined}
      >
        {t('deck.add')}
        {added && (
          <span id={`${panelId}-deck-status`} className="visually-hidden" role="status">
            {t('deck.added', { count })}
          </span>
        )}
      </button>
      {added && <SaveProblem storageKey={STORED_DECK.key} />}
    </>
  );
}

/** Pin a note to a date on this time chart; notes are listed with a remove button. */
export function ChartNotesEditor({ panelId, min, max }: { panelId: string; min?: string; max?: string }) {
  const { t, date: formatDate } = useI18n();
  const notes = useChartNotes((state) => state.notes);
  const add = useChartNotes((state) => state.add);
  const remove = useChartNotes((state) => state.remove);
  const [date, setDate] = useState(max ?? '');
  const [text, setText] = useState('');
  const dateId = useId();
  const textId = useId();
  const mine = notes.filter((note) => note.panelId === panelId);
  return (
    <details className="chart-notes">
      <summary>{t('notes.title', { count: mine.length })}</summary>
      <form
        className="chart-notes-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (add(panelId, date, text)) setText('');
        }}
      >
        <label htmlFor={dateId}>{t('notes.date')}</label>
        <input
          id={dateId}
          type="date"
          value={date}
          min={min}
          max={max}
          required
          onChange={(e) => setDate(e.target.value)}
        />
        <label htmlFor={textId}>{t('notes.text')}</label>
        <input
          id={textId}
          type="text"
          value={text}
          maxLength={140}
          required
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" disabled={!isIsoDate(date) || text.trim() === ''}>
          {t('notes.add')}
        </button>
        <SaveProblem storageKey={STORED_CHART_NOTES.key} />
      </form>
      {mine.length > 0 && (
        <ul className="chart-notes-list">
          {mine.map((note) => (
            <li key={note.id}>
              {formatDate(note.date)}: {note.text}{' '}
              <button
                type="button"
                onClick={() => remove(note.id)}
                aria-label={t('notes.remove', { text: note.text })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

/** Gives every chart frame below it the presentation and note actions, and the pinned notes. */
export function FrameActionsProvider({ children }: { children: ReactNode }) {
  const notes = useChartNotes((state) => state.notes);
  const actions = useMemo<FrameActions>(
    () => ({ AddToDeck: AddToDeckButton, NotesEditor: ChartNotesEditor, notes }),
    [notes],
  );
  return <FrameActionsContext.Provider value={actions}>{children}</FrameActionsContext.Provider>;
}
