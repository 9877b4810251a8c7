import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHART_THEMES } from '../../../src/theme/chart-theme';
import { contrastRatio } from '../../../src/theme/colour';
import { RESOLVED_THEMES, type ResolvedTheme } from '../../../src/theme/theme-choice';

// The custom properties of each theme, read from styles.css itself: :root is light, the
// data-theme blocks override it.
const css = readFileSync(resolve(__dirname, '../../../src/app/styles.css'), 'utf8');

function block(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`styles.css has no "${selector} {" block`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]?.trim()]));
}

const light = block(':root');
const tokens: Record<ResolvedTheme, Record<string, string>> = {
  light,
  dark: { ...light, ...block(":root[data-theme='dark']") },
  contrast: { ...light, ...block(":root[data-theme='contrast']") },
};

/** [foreground, background, minimum ratio] */
const PAIRS: [string, string, number][] = [
  ['--text', '--bg', 4.5],
  ['--text', '--surface', 4.5],
  ['--text', '--surface-2', 4.5],
  ['--muted', '--bg', 4.5],
  ['--muted', '--surface', 4.5],
  ['--accent-text', '--surface', 4.5],
  ['--accent-text', '--bg', 4.5],
  ['--accent-text', '--accent-soft', 4.5],
  ['--on-accent', '--accent', 4.5],
  ['--header-text', '--header-bg', 4.5],
  ['--warning-text', '--warning-bg', 4.5],
  ['--claim', '--surface', 4.5],
  ['--claim', '--claim-bg', 4.5],
  ['--text', '--claim-bg', 4.5],
  ['--synthetic', '--surface', 4.5],
  ['--estimated', '--surface', 4.5],
  ['--positive', '--surface', 4.5],
  ['--control-border', '--surface', 3],
  ['--focus', '--bg', 3],
  ['--focus', '--surface', 3],
  ['--header-current', '--header-bg', 3],
];

describe.each(RESOLVED_THEMES)('styles.css, %s theme', (theme) => {
  const values = tokens[theme];

  test.each(PAIRS)('%s on %s reaches %s:1', (foreground, background, minimum) => {
    const fg = values[foreground];
    const bg = values[background];
    expect(fg, foreground).toBeDefined();
    expect(bg, background).toBeDefined();
    expect(contrastRatio(fg as string, bg as string)).toBeGreaterThanOrEqual(minimum);
  });

  test('charts draw on the same surface as the frames', () => {
    expect(values['--surface']?.toUpperCase()).toBe(CHART_THEMES[theme].surface);
  });
});

describe('styles.css', () => {
  test('high contrast has no greys: text, muted text and borders are black on white', () => {
    const contrast = tokens.contrast;
    for (const name of ['--text', '--muted', '--border', '--control-border'])
      expect(contrast[name]).toBe('#000000');
    for (const name of ['--bg', '--surface', '--surface-2']) expect(contrast[name]).toBe('#ffffff');
  });

  test('reduced motion switches animations and transitions off', () => {
    const reduced = css.slice(css.indexOf('@media (prefers-reduced-motion: reduce)'));
    expect(reduced).toMatch(/animation:\s*none\s*!important/);
    expect(reduced).toMatch(/transition:\s*none\s*!important/);
  });
});
