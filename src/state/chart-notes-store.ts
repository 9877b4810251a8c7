import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { isIsoDate } from '../domain/calendar-date';

/** A note a person pinned to a date on one chart; drawn on the chart, its images and slides. */
export interface ChartNote {
  id: string;
  panelId: string;
  date: string;
  text: string;
}

interface ChartNotesState {
  notes: ChartNote[];
  add: (panelId: string, date: string, text: string) => boolean;
  remove: (id: string) => void;
}

export const useChartNotes = create<ChartNotesState>()(
  persist(
    (set) => ({
      notes: [],
      add: (panelId, date, text) => {
        const trimmed = text.trim().slice(0, 140);
        if (!isIsoDate(date) || trimmed === '') return false;
        const id = `${panelId}-${date}-${Date.now().toString(36)}`;
        set((state) => ({ notes: [...state.notes, { id, panelId, date, text: trimmed }] }));
        return true;
      },
      remove: (id) => set((state) => ({ notes: state.notes.filter((note) => note.id !== id) })),
    }),
    { name: 'arus-pangan:chart-notes', version: 1, storage: createJSONStorage(() => localStorage) },
  ),
);
