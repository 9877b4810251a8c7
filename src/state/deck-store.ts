import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** One slide: a chart (the frame id) as it looked in a saved view (the URL query). */
export interface Slide {
  id: string;
  panelId: string;
  title: string;
  /** The view's URL query, e.g. "?period=y2024&commodity=rice". */
  search: string;
  notes: string;
}

export const DECK_FORMAT = 'arus-pangan-deck';
export const DECK_VERSION = 1;

export interface DeckFile {
  format: typeof DECK_FORMAT;
  version: number;
  slides: Slide[];
}

interface DeckState {
  slides: Slide[];
  add: (slide: Omit<Slide, 'id' | 'notes'>) => void;
  remove: (id: string) => void;
  rename: (id: string, title: string) => void;
  setNotes: (id: string, notes: string) => void;
  move: (id: string, offset: -1 | 1) => void;
  replace: (slides: Slide[]) => void;
}

const MAX_TEXT = 2000;

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `slide-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

function text(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value.slice(0, MAX_TEXT) : fallback;
}

/**
 * Reads slides from a deck file or from stored state of any earlier version. Every field is
 * checked; a slide that cannot be used is reported, not silently dropped.
 */
export function readSlides(raw: unknown): { slides: Slide[]; problems: string[] } {
  const problems: string[] = [];
  const list = Array.isArray(raw) ? raw : [];
  if (!Array.isArray(raw)) problems.push('slides: expected a list');
  const slides: Slide[] = [];
  list.forEach((item: unknown, index) => {
    const record = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : null;
    const panelId = text(record?.panelId);
    const search = text(record?.search);
    if (!record || !/^[a-z0-9-]{1,60}$/.test(panelId) || (search !== '' && !search.startsWith('?'))) {
      problems.push(`slides[${index}]: not a slide (needs panelId and search)`);
      return;
    }
    slides.push({
      id: text(record.id) || newId(),
      panelId,
      title: text(record.title, panelId) || panelId,
      search,
      notes: text(record.notes),
    });
  });
  return { slides, problems };
}

export function parseDeckFile(content: string): { slides: Slide[]; problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch {
    return { slides: [], problems: ['(file): not JSON'] };
  }
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  if (record.format !== DECK_FORMAT) return { slides: [], problems: ['format: not an Arus Pangan deck'] };
  if (typeof record.version !== 'number' || record.version > DECK_VERSION) {
    return {
      slides: [],
      problems: [`version: ${String(record.version)} is newer than this dashboard reads`],
    };
  }
  return readSlides(record.slides);
}

export function deckFile(slides: readonly Slide[]): DeckFile {
  return { format: DECK_FORMAT, version: DECK_VERSION, slides: [...slides] };
}

/** The presentation deck, kept in this browser; versioned so an upgrade can migrate it. */
export const useDeckStore = create<DeckState>()(
  persist(
    (set) => ({
      slides: [],
      add: (slide) => set((state) => ({ slides: [...state.slides, { ...slide, id: newId(), notes: '' }] })),
      remove: (id) => set((state) => ({ slides: state.slides.filter((s) => s.id !== id) })),
      rename: (id, title) =>
        set((state) => ({
          slides: state.slides.map((s) => (s.id === id ? { ...s, title: title.slice(0, 200) } : s)),
        })),
      setNotes: (id, notes) =>
        set((state) => ({
          slides: state.slides.map((s) => (s.id === id ? { ...s, notes: notes.slice(0, MAX_TEXT) } : s)),
        })),
      move: (id, offset) =>
        set((state) => {
          const index = state.slides.findIndex((s) => s.id === id);
          const target = index + offset;
          if (index < 0 || target < 0 || target >= state.slides.length) return state;
          const slides = [...state.slides];
          const [slide] = slides.splice(index, 1);
          if (slide) slides.splice(target, 0, slide);
          return { slides };
        }),
      replace: (slides) => set({ slides }),
    }),
    {
      name: 'arus-pangan:deck',
      version: DECK_VERSION,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ slides }) => ({ slides }),
      // Any stored shape from an older version goes through the same checks as an imported file.
      migrate: (persisted) => ({
        slides: readSlides((persisted as { slides?: unknown } | null)?.slides).slides,
      }),
    },
  ),
);
