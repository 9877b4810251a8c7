import { THEMED_COLORS } from './palette';
import { ensureContrast } from './colour';
import type { ResolvedTheme } from './theme-choice';

/** What a chart draws with in one theme. The surfaces match --surface in styles.css (a test checks). */
export interface ChartTheme {
  surface: string;
  /** Axis tick labels and the legend. */
  text: string;
  grid: string;
  gridDash: string;
  axis: string;
  event: string;
  eventLabel: string;
  band: string;
  bandOpacity: number;
  tooltipBackground: string;
  tooltipBorder: string;
  tooltipText: string;
  fontSize: number;
  lineWidth: number;
  areaOpacity: number;
}

export const CHART_THEMES: Record<ResolvedTheme, ChartTheme> = {
  light: {
    surface: '#FFFFFF',
    text: '#4D5A55',
    grid: '#DDE3DF',
    gridDash: '3 3',
    axis: '#6B7570',
    event: '#6B7570',
    eventLabel: '#4D5A55',
    band: '#8FBF7F',
    bandOpacity: 0.16,
    tooltipBackground: '#FFFFFF',
    tooltipBorder: '#B9C2BD',
    tooltipText: '#1D2522',
    fontSize: 12,
    lineWidth: 2,
    areaOpacity: 0.75,
  },
  dark: {
    surface: '#1A211E',
    text: '#C3CCC7',
    grid: '#36423D',
    gridDash: '3 3',
    axis: '#8E9A95',
    event: '#8E9A95',
    eventLabel: '#C3CCC7',
    band: '#7FBF6A',
    bandOpacity: 0.14,
    tooltipBackground: '#232B28',
    tooltipBorder: '#55625C',
    tooltipText: '#E8ECE9',
    fontSize: 12,
    lineWidth: 2,
    areaOpacity: 0.8,
  },
  // For projectors: black on white, no light greys, thick lines, larger text.
  contrast: {
    surface: '#FFFFFF',
    text: '#000000',
    grid: '#000000',
    gridDash: '1 6',
    axis: '#000000',
    event: '#000000',
    eventLabel: '#000000',
    band: '#FFD400',
    bandOpacity: 0.3,
    tooltipBackground: '#FFFFFF',
    tooltipBorder: '#000000',
    tooltipText: '#000000',
    fontSize: 15,
    lineWidth: 3.5,
    areaOpacity: 0.9,
  },
};

/**
 * A palette colour as drawn in a theme: the tuned variant when the colour is one of palette.ts,
 * otherwise the same hue nudged to `minRatio` against the chart surface (3:1 for lines and
 * shapes, 4.5:1 for text).
 */
export function themeColour(colour: string, theme: ResolvedTheme, minRatio = 3): string {
  const tuned = THEMED_COLORS[theme][colour.toUpperCase()];
  const surface = CHART_THEMES[theme].surface;
  return ensureContrast(tuned ?? colour, surface, minRatio);
}
