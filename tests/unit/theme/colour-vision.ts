// Colour-vision-deficiency simulation for palette tests: Machado, Oliveira & Fernandes (2009),
// severity 1.0 (dichromacy), applied in linear RGB; distances in OKLab.
import { parseHex, toOklab, type Rgb } from '../../../src/theme/colour';

export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';
export const VISIONS: readonly Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];

const MATRICES: Record<Exclude<Vision, 'normal'>, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const fromLinear = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
const clamp = (c: number) => Math.min(1, Math.max(0, c));

export function simulate(colour: string, vision: Vision): Rgb {
  const rgb = parseHex(colour);
  if (!rgb) throw new Error(`not a hex colour: ${colour}`);
  if (vision === 'normal') return rgb;
  const linear = rgb.map(toLinear);
  return MATRICES[vision].map((row) =>
    clamp(fromLinear(clamp(row.reduce((sum, weight, i) => sum + weight * (linear[i] ?? 0), 0)))),
  ) as unknown as Rgb;
}

/** Euclidean distance in OKLab between two colours as seen with `vision`. */
export function perceivedDistance(a: string, b: string, vision: Vision): number {
  const [l1, a1, b1] = toOklab(simulate(a, vision));
  const [l2, a2, b2] = toOklab(simulate(b, vision));
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
