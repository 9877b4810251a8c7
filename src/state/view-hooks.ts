import { createContext, useContext, useSyncExternalStore } from 'react';
import { changeView, subscribeToUrl, urlSnapshot } from './url-store';
import type { ParsedView, ViewChange, ViewState } from './view-url';

/**
 * A fixed view for part of the page: a slide shows a chart as it was saved, whatever the
 * address bar says. Inside it, changes to the view are ignored.
 */
export const ViewOverrideContext = createContext<ParsedView | null>(null);

type SetView = (update: ViewChange, options?: { replace?: boolean }) => void;

const ignoreChange: SetView = () => undefined;

/** Changes the view without subscribing to it (no re-render when the URL changes). */
export function useSetView(): SetView {
  return useContext(ViewOverrideContext) ? ignoreChange : changeView;
}

/**
 * One field of the view. Components that read only what they use re-render only when it
 * changes: a URL update is synchronous, so subscribing to everything makes every click slow.
 */
export function useViewField<K extends keyof ViewState>(key: K): ViewState[K] {
  const override = useContext(ViewOverrideContext);
  const read = () => urlSnapshot().view[key];
  const live = useSyncExternalStore(subscribeToUrl, read, read);
  return override ? override.view[key] : live;
}

/** The parameters the URL held that were invalid and fell back to defaults (for the notice). */
export function useRejectedViewParams(): readonly string[] {
  const override = useContext(ViewOverrideContext);
  const read = () => urlSnapshot().rejected;
  const live = useSyncExternalStore(subscribeToUrl, read, read);
  return override ? override.rejected : live;
}

/**
 * The whole view, for what must carry all of it (a link to the same view on another page).
 * It re-renders on every change of the URL: prefer useViewField.
 */
export function useView(): ViewState {
  const override = useContext(ViewOverrideContext);
  const live = useSyncExternalStore(subscribeToUrl, urlSnapshot, urlSnapshot);
  return (override ?? live).view;
}
