// The geometry of a time-series chart: scales, round value ticks, and the paths of lines and
// stacked areas. Pure, so what a chart draws is worked out (and tested) apart from React and the DOM.

export type Scale = (value: number) => number;

/** A linear map from [d0, d1] onto [r0, r1]; a domain of no width maps to the middle of the range. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): Scale {
  if (d1 === d0) {
    const middle = (r0 + r1) / 2;
    return () => middle;
  }
  const factor = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * factor;
}

/** Round steps within a power of ten: 1, 2, 2.5 and 5 (2.5 gives quarters: 0, 25, 50, 75, 100). */
const ROUND_STEPS = [1, 2, 2.5, 5, 10] as const;

/** The smallest round step that is at least `rough`, and the round step below it. */
function roundSteps(rough: number): [number, number] {
  const power = 10 ** Math.floor(Math.log10(rough));
  const index = ROUND_STEPS.findIndex((step) => step * power >= rough * (1 - 1e-9));
  const at = index < 0 ? ROUND_STEPS.length - 1 : index;
  const below = at === 0 ? 0.5 * power : (ROUND_STEPS[at - 1] ?? 1) * power;
  return [(ROUND_STEPS[at] ?? 10) * power, below];
}

/** Floating-point dust off a tick (0.30000000000000004 → 0.3), relative to its step. */
function tidy(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  return Number(value.toFixed(Math.min(12, decimals)));
}

/** Ticks every `step` from the last multiple at or below lo to the first at or above hi. */
function ticksFor(lo: number, hi: number, step: number): number[] {
  const first = Math.floor(lo / step + 1e-9);
  const last = Math.ceil(hi / step - 1e-9);
  const ticks: number[] = [];
  for (let index = first; index <= last; index += 1) ticks.push(tidy(index * step, step));
  return ticks;
}

export interface ValueAxis {
  domain: [number, number];
  ticks: number[];
}

/**
 * About `count` ticks at round values covering [min, max], and the domain they span: the axis
 * starts and ends on a tick. A flat series (min = max) gets an axis around its value.
 */
export function roundAxis(min: number, max: number, count = 5): ValueAxis {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { domain: [0, 1], ticks: [0, 1] };
  let lo = Math.min(min, max);
  let hi = Math.max(min, max);
  if (hi === lo) {
    if (lo === 0) hi = 1;
    else if (lo > 0) lo = 0;
    else hi = 0;
  }
  // Of the two round steps around (max − min) / (count − 1), the one whose tick count is nearer
  // `count`; on a tie the one whose axis ends nearer the data.
  const [wide, narrow] = roundSteps((hi - lo) / Math.max(1, count - 1));
  const ticks = [ticksFor(lo, hi, wide), ticksFor(lo, hi, narrow)].reduce((best, candidate) => {
    const off = (list: number[]) => Math.abs(list.length - count);
    if (off(candidate) !== off(best)) return off(candidate) < off(best) ? candidate : best;
    const span = (list: number[]) => (list.at(-1) ?? 0) - (list[0] ?? 0);
    return span(candidate) < span(best) ? candidate : best;
  });
  return { domain: [ticks[0] ?? lo, ticks.at(-1) ?? hi], ticks };
}

/** Rounds a pixel coordinate to 0.01 px: paths stay short and still sit where they should. */
export const px = (value: number): number => Math.round(value * 100) / 100;

/**
 * A line through the points that have a value: a value missing (null) breaks the line there, as a
 * period that was not reported is not a zero.
 */
export function linePath(xs: readonly number[], ys: readonly (number | null)[]): string {
  let d = '';
  let drawing = false;
  for (let index = 0; index < xs.length; index += 1) {
    const x = xs[index];
    const y = ys[index];
    if (x === undefined || y === null || y === undefined || !Number.isFinite(y)) {
      drawing = false;
      continue;
    }
    d += `${drawing ? 'L' : 'M'}${px(x)},${px(y)}`;
    drawing = true;
  }
  return d;
}

/**
 * The closed shapes between an upper and a lower edge, one per run of points where the upper edge
 * has a value: along the top left to right, back along the bottom right to left.
 */
export function areaPath(
  xs: readonly number[],
  upper: readonly (number | null)[],
  lower: readonly number[],
): string {
  let d = '';
  let run: number[] = [];
  const close = () => {
    if (run.length === 0) return;
    const top = run.map(
      (index, at) => `${at === 0 ? 'M' : 'L'}${px(xs[index] ?? 0)},${px(upper[index] ?? 0)}`,
    );
    const bottom = [...run].reverse().map((index) => `L${px(xs[index] ?? 0)},${px(lower[index] ?? 0)}`);
    d += `${top.join('')}${bottom.join('')}Z`;
    run = [];
  };
  for (let index = 0; index < xs.length; index += 1) {
    const value = upper[index];
    if (value === null || value === undefined || !Number.isFinite(value)) close();
    else run.push(index);
  }
  close();
  return d;
}

export interface StackedSeries {
  /** Top edge of the series' band, per row; null where the series has no value. */
  upper: (number | null)[];
  /** Bottom edge: the sum of the series below it. */
  lower: number[];
}

/**
 * Values stacked in series order: each series' band sits on the sum of those before it. A missing
 * value leaves a gap in its own band and adds nothing to the bands above it.
 */
export function stackValues(
  rows: readonly Record<string, unknown>[],
  keys: readonly string[],
): StackedSeries[] {
  const base = rows.map(() => 0);
  return keys.map((key) => {
    const lower = [...base];
    const upper = rows.map((row, index) => {
      const value = row[key];
      if (typeof value !== 'number' || !Number.isFinite(value)) return null;
      base[index] = (base[index] ?? 0) + value;
      return base[index] ?? null;
    });
    return { upper, lower };
  });
}

/** The index of the value in ascending `sorted` nearest to `target` (the first on a tie); -1 when empty. */
export function nearestIndex(sorted: readonly number[], target: number): number {
  if (sorted.length === 0) return -1;
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < target) lo = mid + 1;
    else hi = mid;
  }
  const before = sorted[lo - 1];
  const at = sorted[lo] ?? 0;
  return before !== undefined && target - before <= at - target ? lo - 1 : lo;
}
