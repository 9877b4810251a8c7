import { createContext, useContext } from 'react';

/** Set while a slide shows one chart: every other frame and page element stays hidden. */
export const PresentFocusContext = createContext<string | null>(null);

export function usePresentFocus(): string | null {
  return useContext(PresentFocusContext);
}

/** The id of the frame a chart sits in, so the chart can draw the notes pinned to it. */
export const FrameIdContext = createContext<string | null>(null);

export function useFrameId(): string | null {
  return useContext(FrameIdContext);
}

/** True while the views show the built-in demo dataset: every frame and export then says so. */
export const DemoDataContext = createContext(false);

export function useDemoData(): boolean {
  return useContext(DemoDataContext);
}
