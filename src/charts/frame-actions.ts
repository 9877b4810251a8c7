import { createContext, useContext, type ComponentType } from 'react';

/** A note pinned to a date on one chart; the chart draws it as a marked line. */
export interface PinnedNote {
  id: string;
  panelId: string;
  date: string;
  text: string;
}

/**
 * What a chart frame offers beyond its own tools: saving the chart to a presentation, pinning
 * notes, and the notes to draw. The caller (the app) provides them, so the frame knows nothing of
 * the stores behind them; without a provider a frame has no such actions and no notes.
 */
export interface FrameActions {
  AddToDeck: ComponentType<{ panelId: string; title: string }> | null;
  NotesEditor: ComponentType<{ panelId: string; min: string; max: string }> | null;
  notes: readonly PinnedNote[];
}

const NO_ACTIONS: FrameActions = { AddToDeck: null, NotesEditor: null, notes: [] };

export const FrameActionsContext = createContext<FrameActions>(NO_ACTIONS);

export function useFrameActions(): FrameActions {
  return useContext(FrameActionsContext);
}
