import { useCallback, useSyncExternalStore } from 'react';
import { LANGUAGES, type Language } from '../i18n/format';

// The view lives in the URL so that every view is a link. This module is the one place that
// reads and writes it: parse validates every parameter and reports what it had to ignore.

export const PAGES = ['overview'] as const;
export type Page = (typeof PAGES)[number];

export interface ViewState {
  page: Page;
  lang: Language;
}

export const DEFAULT_VIEW: ViewState = { page: 'overview', lang: 'id' };

export interface ParsedView {
  view: ViewState;
  /** Parameters that were present but invalid, and fell back to defaults. */
  rejected: string[];
}

const MAX_PARAM_LENGTH = 200;

function pick<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
  fallback: T,
  rejected: string[],
): T {
  const value = params.get(name);
  if (value === null) return fallback;
  if (value.length <= MAX_PARAM_LENGTH && (allowed as readonly string[]).includes(value)) return value as T;
  rejected.push(name);
  return fallback;
}

export function parseViewState(search: string): ParsedView {
  const params = new URLSearchParams(search);
  const rejected: string[] = [];
  const view: ViewState = {
    page: pick(params, 'page', PAGES, DEFAULT_VIEW.page, rejected),
    lang: pick(params, 'lang', LANGUAGES, DEFAULT_VIEW.lang, rejected),
  };
  return { view, rejected };
}

/** Only what differs from the defaults goes into the URL, in a fixed order. */
export function serializeViewState(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.page !== DEFAULT_VIEW.page) params.set('page', view.page);
  if (view.lang !== DEFAULT_VIEW.lang) params.set('lang', view.lang);
  const search = params.toString();
  return search ? `?${search}` : '';
}

const listeners = new Set<() => void>();
let lastSearch: string | undefined;
let lastParsed: ParsedView = { view: DEFAULT_VIEW, rejected: [] };

function snapshot(): ParsedView {
  const search = window.location.search;
  if (search !== lastSearch) {
    lastSearch = search;
    lastParsed = parseViewState(search);
  }
  return lastParsed;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('popstate', notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', notify);
  };
}

function notify() {
  listeners.forEach((listener) => listener());
}

export function navigate(view: ViewState, { replace = false } = {}): void {
  const url = `${window.location.pathname}${serializeViewState(view)}${window.location.hash}`;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  notify();
}

/** The current view and a function to change part of it (a new history entry by default). */
export function useViewState(): [
  ParsedView,
  (change: Partial<ViewState>, options?: { replace?: boolean }) => void,
] {
  const parsed = useSyncExternalStore(subscribe, snapshot, snapshot);
  const update = useCallback((change: Partial<ViewState>, options?: { replace?: boolean }) => {
    navigate({ ...snapshot().view, ...change }, options);
  }, []);
  return [parsed, update];
}
