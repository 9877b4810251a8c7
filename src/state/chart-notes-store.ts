import { isIsoDate } from '../domain/calendar-date';
import { createPersistedStore } from '../storage/persisted-store';
import { MAX_NOTE_TEXT, STORED_CHART_NOTES, type ChartNote } from '../storage/stored-values';

interface ChartNotesState {
  notes: ChartNote[];
  add: (panelId: string, date: string, text: string) => boolean;
  remove: (id: string) => void;
}

export const useChartNotes = createPersistedStore<ChartNotesState, { notes: ChartNote[] }>(
  (set) => ({
    notes: [],
    add: (panelId, date, text) => {
      const trimmed = text.trim().slice(0, MAX_NOTE_TEXT);
      if (!isIsoDate(date) || trimmed === '') return false;
      const id = `${panelId}-${date}-${Date.now().toString(36)}`;
      set((state) => ({ notes: [...state.notes, { id, panelId, date, text: trimmed }] }));
      return true;
    },
    remove: (id) => set((state) => ({ notes: state.notes.filter((note) => note.id !== id) })),
  }),
  { definition: STORED_CHART_NOTES, partialize: ({ notes }) => ({ notes }) },
);
