import { describe, expect, test } from 'vitest';
import {
  CLAIM_COLOR,
  COMMODITY_COLORS,
  OTHERS_COLOR,
  SERIES_COLORS,
  THEMED_COLORS,
} from '../../../src/theme/palette';
import { CHART_THEMES, themeColour } from '../../../src/theme/chart-theme';
import { contrastRatio } from '../../../src/theme/colour';
import { RESOLVED_THEMES } from '../../../src/theme/theme-choice';
import { perceivedDistance, VISIONS } from './colour-vision';

const LINE_COLOURS = [...SERIES_COLORS, ...Object.values(COMMODITY_COLORS), OTHERS_COLOR, CLAIM_COLOR];
/** Colours panels pass for reference lines whose labels are drawn in the same colour. */
const LABEL_COLOURS = [CLAIM_COLOR, '#8a5a00', '#B3261E', '#6b3fa0'];

function minimumDistance(colours: readonly string[]) {
  let minimum = { distance: Infinity, pair: '', vision: '' };
  for (const vision of VISIONS)
    for (let i = 0; i < colours.length; i++)
      for (let j = i + 1; j < colours.length; j++) {
        const a = colours[i] as string;
        const b = colours[j] as string;
        const distance = perceivedDistance(a, b, vision);
        if (distance < minimum.distance) minimum = { distance, pair: `${a}/${b}`, vision };
      }
  return minimum;
}

describe.each(RESOLVED_THEMES)('palette in the %s theme', (theme) => {
  const surface = CHART_THEMES[theme].surface;

  test('every line colour reaches 3:1 against the chart surface', () => {
    const weak = LINE_COLOURS.map((colour) => ({ colour, drawn: themeColour(colour, theme) }))
      .map((entry) => ({ ...entry, ratio: contrastRatio(entry.drawn, surface) }))
      .filter((entry) => entry.ratio < 3);
    expect(weak).toEqual([]);
  });

  test('colours drawn as label text reach 4.5:1', () => {
    for (const colour of LABEL_COLOURS)
      expect(contrastRatio(themeColour(colour, theme, 4.5), surface)).toBeGreaterThanOrEqual(4.5);
  });

  test('the tuned variants need no further nudging (they already reach 3:1)', () => {
    for (const [base, tuned] of Object.entries(THEMED_COLORS[theme]))
      expect(contrastRatio(tuned, surface), `${base} → ${tuned}`).toBeGreaterThanOrEqual(3);
  });

  test('series colours stay apart with normal vision and the three dichromacies', () => {
    const drawn = SERIES_COLORS.map((colour) => themeColour(colour, theme));
    // Okabe–Ito's own first six are 0.076 apart at the closest (deuteranopia, green/purple).
    expect(minimumDistance(drawn.slice(0, 6)).distance).toBeGreaterThanOrEqual(0.065);
    expect(minimumDistance(drawn).distance).toBeGreaterThanOrEqual(0.045);
  });

  test('commodity colours stay apart', () => {
    const drawn = Object.values(COMMODITY_COLORS).map((colour) => themeColour(colour, theme));
    expect(minimumDistance(drawn).distance).toBeGreaterThanOrEqual(0.065);
  });

  test('chart text, axis labels and tooltips are readable', () => {
    const look = CHART_THEMES[theme];
    expect(contrastRatio(look.text, surface)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(look.eventLabel, surface)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(look.tooltipText, look.tooltipBackground)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(look.axis, surface)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(look.event, surface)).toBeGreaterThanOrEqual(3);
  });
});

describe('high contrast', () => {
  test('uses pure black and white, thicker lines and larger text than light', () => {
    const look = CHART_THEMES.contrast;
    expect([look.surface, look.text, look.axis, look.grid, look.tooltipBorder]).toEqual([
      '#FFFFFF',
      '#000000',
      '#000000',
      '#000000',
      '#000000',
    ]);
    expect(look.lineWidth).toBeGreaterThan(CHART_THEMES.light.lineWidth);
    expect(look.fontSize).toBeGreaterThan(CHART_THEMES.light.fontSize);
  });
});

describe('themeColour', () => {
  test('black lines turn near-white on the dark surface', () => {
    expect(themeColour('#000000', 'dark')).toBe('#F5F5F5');
  });

  test('a colour the palette does not know is nudged to the ratio asked for, keeping its hue', () => {
    const pale = '#FFD9A0';
    const drawn = themeColour(pale, 'light', 4.5);
    expect(drawn).not.toBe(pale);
    expect(contrastRatio(drawn, '#FFFFFF')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(themeColour('#202020', 'dark'), CHART_THEMES.dark.surface)).toBeGreaterThanOrEqual(
      3,
    );
  });

  test('is case-insensitive and leaves non-hex colours alone', () => {
    expect(themeColour('#e69f00', 'light')).toBe(themeColour('#E69F00', 'light'));
    expect(themeColour('currentColor', 'dark')).toBe('currentColor');
  });
});
