import { useState } from 'react';

// The width a series is asked for when the server may reduce it to the plot (M4): the window's
// width, which no plot exceeds, rounded up to a step so that small resizes keep one cache entry.
const WIDTH_STEP = 200;
const MIN_WIDTH = 400;
const MAX_WIDTH = 4000;

export function plotRequestWidth(viewportWidth: number): number {
  const stepped = Math.ceil(viewportWidth / WIDTH_STEP) * WIDTH_STEP;
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Number.isFinite(stepped) ? stepped : MIN_WIDTH));
}

/** The plot width for the requests of a chart, read once when the chart mounts. */
export function usePlotRequestWidth(): number {
  const [width] = useState(() => plotRequestWidth(typeof window === 'undefined' ? 0 : window.innerWidth));
  return width;
}
