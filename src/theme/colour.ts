// Colour arithmetic for the themes: WCAG contrast ratios, and a lightness nudge (in OKLab, so the
// hue stays put) that brings a colour to a minimum contrast against a background.

export type Rgb = readonly [number, number, number];

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Channels 0–1 from #rgb or #rrggbb; null for anything else. */
export function parseHex(colour: string): Rgb | null {
  const match = HEX.exec(colour.trim());
  if (!match?.[1]) return null;
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16) / 255) as unknown as Rgb;
}

export function toHex(rgb: Rgb): string {
  return `#${rgb
    .map((c) =>
      Math.round(Math.min(1, Math.max(0, c)) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase()}`;
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const fromLinear = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

/** WCAG 2 relative luminance. */
export function relativeLuminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map(toLinear) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1–21. Throws on a colour that is not #rgb / #rrggbb. */
export function contrastRatio(a: string, b: string): number {
  const x = parseHex(a);
  const y = parseHex(b);
  if (!x || !y) throw new Error(`contrastRatio: not a hex colour: ${x ? b : a}`);
  const [hi, lo] = [relativeLuminance(x), relativeLuminance(y)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export function toOklab(rgb: Rgb): Rgb {
  const [r, g, b] = rgb.map(toLinear) as unknown as Rgb;
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

export function fromOklab([L, a, b]: Rgb): Rgb {
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ].map((c) => Math.min(1, Math.max(0, fromLinear(c)))) as unknown as Rgb;
}

/**
 * The colour itself when it already reaches `minRatio` against `background`; otherwise the same
 * hue made darker (light background) or lighter (dark background) until it does. Colours that
 * are not hex pass through unchanged.
 */
export function ensureContrast(colour: string, background: string, minRatio: number): string {
  const rgb = parseHex(colour);
  const bg = parseHex(background);
  if (!rgb || !bg) return colour;
  if (contrastRatio(colour, background) >= minRatio) return colour;
  const darken = relativeLuminance(bg) > 0.18;
  const [L, a, b] = toOklab(rgb);
  for (let step = 1; step <= 200; step++) {
    const candidate = toHex(fromOklab([darken ? L - step * 0.005 : L + step * 0.005, a, b]));
    if (contrastRatio(candidate, background) >= minRatio) return candidate;
  }
  return darken ? '#000000' : '#FFFFFF';
}
