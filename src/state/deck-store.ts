import { createPersistedStore } from '../storage/persisted-store';
import { MAX_SLIDE_NOTES, MAX_SLIDE_TITLE, MAX_SLIDES, STORED_DECK, type Slide } from '../storage/deck-value';

interface DeckState {
  slides: Slide[];
  add: (slide: Omit<Slide, 'id' | 'notes'>) => void;
  remove: (id: string) => void;
  rename: (id: string, title: string) => void;
  setNotes: (id: string, notes: string) => void;
  move: (id: string, offset: -1 | 1) => void;
  replace: (slides: Slide[]) => void;
  /** Adds slides at the end, as far as the deck has room; returns how many were added. */
  append: (slides: Slide[]) => number;
}

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `slide-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** The presentation deck, kept in this browser; versioned so an upgrade can migrate it. */
export const useDeckStore = createPersistedStore<DeckState, { slides: Slide[] }>(
  (set, get) => ({
    slides: [],
    add: (slide) =>
      set((state) => ({
        slides:
          state.slides.length >= MAX_SLIDES
            ? state.slides
            : [...state.slides, { ...slide, id: newId(), notes: '' }],
      })),
    remove: (id) => set((state) => ({ slides: state.slides.filter((s) => s.id !== id) })),
    rename: (id, title) =>
      set((state) => ({
        slides: state.slides.map((s) => (s.id === id ? { ...s, title: title.slice(0, MAX_SLIDE_TITLE) } : s)),
      })),
    setNotes: (id, notes) =>
      set((state) => ({
        slides: state.slides.map((s) => (s.id === id ? { ...s, notes: notes.slice(0, MAX_SLIDE_NOTES) } : s)),
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
    replace: (slides) => set({ slides: slides.slice(0, MAX_SLIDES) }),
    append: (slides) => {
      const current = get().slides;
      const ids = new Set(current.map((slide) => slide.id));
      const added = slides
        .slice(0, Math.max(0, MAX_SLIDES - current.length))
        .map((slide) => (ids.has(slide.id) ? { ...slide, id: newId() } : slide));
      set({ slides: [...current, ...added] });
      return added.length;
    },
  }),
  { definition: STORED_DECK, partialize: ({ slides }) => ({ slides }) },
);
