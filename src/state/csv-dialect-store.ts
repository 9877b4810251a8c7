import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { CsvDialectName } from '../domain/csv';

export type CsvDialectChoice = CsvDialectName | 'auto';
export const CSV_DIALECT_CHOICES: readonly CsvDialectChoice[] = ['auto', 'id', 'en'];

interface CsvDialectState {
  choice: CsvDialectChoice;
  choose: (choice: CsvDialectChoice) => void;
}

/**
 * How downloaded CSV is written is a person's own setting (it depends on their spreadsheet, not
 * on the view), kept in this browser. "auto" follows the language of the page.
 */
export const useCsvDialect = create<CsvDialectState>()(
  persist(
    (set) => ({
      choice: 'auto',
      choose: (choice) => set({ choice }),
    }),
    {
      name: 'arus-pangan:csv-dialect',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ choice }) => ({ choice }),
      merge: (persisted, current) => {
        const choice = (persisted as { choice?: unknown } | undefined)?.choice;
        return CSV_DIALECT_CHOICES.includes(choice as CsvDialectChoice)
          ? { ...current, choice: choice as CsvDialectChoice }
          : current;
      },
    },
  ),
);
