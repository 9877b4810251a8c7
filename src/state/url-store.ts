import {
  parseViewState,
  serializeViewState,
  type ParsedView,
  type ViewChange,
  type ViewState,
} from './view-url';

// The address bar as a store: parsed once per change of the query string, and listeners told
// when the app navigates or the browser goes back or forward.

const listeners = new Set<() => void>();
let lastSearch: string | undefined;
let lastParsed: ParsedView | undefined;

/** The view the address bar holds now (the same object until the query string changes). */
export function urlSnapshot(): ParsedView {
  const search = window.location.search;
  if (lastParsed === undefined || search !== lastSearch) {
    lastSearch = search;
    lastParsed = parseViewState(search);
  }
  return lastParsed;
}

export function subscribeToUrl(listener: () => void): () => void {
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

/** Changes part of the view: a new history entry by default. */
export function changeView(update: ViewChange, options?: { replace?: boolean }): void {
  navigate({ ...urlSnapshot().view, ...update }, options);
}

/** The view right now, for event handlers that should not re-render on every change. */
export function currentView(): ViewState {
  return urlSnapshot().view;
}
