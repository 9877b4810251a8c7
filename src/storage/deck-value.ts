// The presentation deck as stored in this browser and as a file: one set of slide checks for both.
// A slide names one chart (its frame id) and the view it was saved in (the URL query). Only pages
// made of charts can be a slide: the deck and presentation pages contain slides themselves, so a
// slide showing them would draw itself without end.
import * as z from 'zod/mini';
import type { ParseOutcome, StoredValueDefinition } from './stored-value';

z.config({ jitless: true });

export interface Slide {
  id: string;
  panelId: string;
  title: string;
  /** The view's URL query, e.g. "?period=y2024&commodity=rice". */
  search: string;
  notes: string;
}

export const DECK_FORMAT = 'arus-pangan-deck';
/** The version of the deck file format (kept apart from the stored state's version). */
export const DECK_FILE_VERSION = 1;
export const MAX_SLIDE_TITLE = 200;
export const MAX_SLIDE_NOTES = 2000;
const MAX_SEARCH = 2000;
/** A deck file larger than this is refused unread. */
export const MAX_DECK_FILE_BYTES = 1_000_000;
/** More slides than a talk needs: the rest of a longer file is rejected, not drawn. */
export const MAX_SLIDES = 200;

/** Pages whose charts a slide may show. */
export const SLIDE_PAGES: readonly string[] = ['overview', 'flows', 'regions', 'region', 'compare'];

/** Why one slide was rejected; a message key suffix, shown in both languages. */
export type SlideRejection = 'not-a-slide' | 'panel' | 'view' | 'page';

export interface RejectedSlide {
  /** Position in the file or stored list, counted from 1. */
  number: number;
  title: string | null;
  reason: SlideRejection;
}

const slideShape = z.object({
  id: z.optional(z.string().check(z.maxLength(100))),
  panelId: z.string().check(z.regex(/^[a-z0-9-]{1,60}$/)),
  title: z.optional(z.string()),
  search: z.string().check(z.maxLength(MAX_SEARCH)),
  notes: z.optional(z.string()),
});

export function slidePage(search: string): string {
  return new URLSearchParams(search).get('page') ?? 'overview';
}

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `slide-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** Checks one slide; a slide that cannot be drawn is rejected with its reason. */
export function checkSlide(item: unknown): { slide: Slide } | { reason: SlideRejection } {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return { reason: 'not-a-slide' };
  const record = item as Record<string, unknown>;
  if (typeof record.panelId !== 'string' || !/^[a-z0-9-]{1,60}$/.test(record.panelId)) {
    return { reason: typeof record.panelId === 'string' ? 'panel' : 'not-a-slide' };
  }
  const parsed = slideShape.safeParse(item);
  if (!parsed.success) return { reason: 'view' };
  const { id, panelId, title, search, notes } = parsed.data;
  if (search !== '' && !search.startsWith('?')) return { reason: 'view' };
  if (!(SLIDE_PAGES as readonly string[]).includes(slidePage(search))) return { reason: 'page' };
  return {
    slide: {
      id: id || newId(),
      panelId,
      title: (title ?? '').slice(0, MAX_SLIDE_TITLE) || panelId,
      search,
      notes: (notes ?? '').slice(0, MAX_SLIDE_NOTES),
    },
  };
}

function titleOf(item: unknown): string | null {
  const title = typeof item === 'object' && item !== null ? (item as { title?: unknown }).title : null;
  return typeof title === 'string' ? title.slice(0, 80) : null;
}

export interface ReadSlides {
  slides: Slide[];
  rejected: RejectedSlide[];
}

/** Reads a list of slides, keeping every usable one and naming every rejected one. */
export function readSlides(list: readonly unknown[], limit = Infinity): ReadSlides {
  const slides: Slide[] = [];
  const rejected: RejectedSlide[] = [];
  const ids = new Set<string>();
  list.forEach((item, index) => {
    const checked = checkSlide(item);
    if ('reason' in checked) {
      rejected.push({ number: index + 1, title: titleOf(item), reason: checked.reason });
      return;
    }
    if (slides.length >= limit) return;
    // Two slides with one id would be moved and removed together.
    const slide = ids.has(checked.slide.id) ? { ...checked.slide, id: newId() } : checked.slide;
    ids.add(slide.id);
    slides.push(slide);
  });
  return { slides, rejected };
}

/** What a deck file holds, before anything is changed. */
export type DeckFileReading =
  | {
      ok: true;
      slides: Slide[];
      rejected: RejectedSlide[];
      /** Usable slides beyond MAX_SLIDES, left out. */
      overLimit: number;
      total: number;
    }
  | { ok: false; problem: 'too-big' | 'not-json' | 'format' | 'version' | 'no-slides'; version?: string };

export function readDeckFile(content: string): DeckFileReading {
  if (content.length > MAX_DECK_FILE_BYTES) return { ok: false, problem: 'too-big' };
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  if (record.format !== DECK_FORMAT) return { ok: false, problem: 'format' };
  const { version } = record;
  if (
    typeof version !== 'number' ||
    !Number.isInteger(version) ||
    version < 1 ||
    version > DECK_FILE_VERSION
  ) {
    return { ok: false, problem: 'version', version: String(version).slice(0, 20) };
  }
  if (!Array.isArray(record.slides)) return { ok: false, problem: 'no-slides' };
  const { slides, rejected } = readSlides(record.slides, MAX_SLIDES);
  const usable = record.slides.length - rejected.length;
  return { ok: true, slides, rejected, overLimit: usable - slides.length, total: record.slides.length };
}

export function deckFile(slides: readonly Slide[]) {
  return { format: DECK_FORMAT, version: DECK_FILE_VERSION, slides: [...slides] };
}

export interface DeckState {
  slides: Slide[];
}

function parseDeckState(state: unknown): ParseOutcome<DeckState> {
  const slides = (state as { slides?: unknown } | null | undefined)?.slides;
  if (!Array.isArray(slides)) return { ok: false, reason: 'slides: expected a list' };
  const read = readSlides(slides, MAX_SLIDES);
  return { ok: true, value: { slides: read.slides }, rejectedParts: slides.length - read.slides.length };
}

/**
 * Version 1 accepted any page as a slide's view; version 2 only chart pages. The check is the
 * same parse, so the migration carries the list over and the parse sets such slides aside.
 */
export const STORED_DECK: StoredValueDefinition<DeckState> = {
  key: 'arus-pangan:deck',
  version: 2,
  defaults: () => ({ slides: [] }),
  migrations: { 0: (state) => state, 1: (state) => state },
  parse: parseDeckState,
};
