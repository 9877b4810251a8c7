// Value-axis layout for charts of shares: ticks at round values with the claims' values among them,
// and margin labels for reference lines that never sit on top of each other. Pure.

/** Tick steps as fractions (0.1 point up to 50 points): each a round number of percentage points. */
const STEPS = [0.001, 0.002, 0.005, 0.01, 0.02, 0.025, 0.05, 0.1, 0.2, 0.25, 0.5] as const;
/** A round tick this close to a marked value (as a share of the step) would print over its label. */
const CROWDING = 0.4;
const EPSILON = 1e-9;

export interface ShareAxis {
  domain: [number, number];
  ticks: number[];
}

const roundTo = (value: number, step: number) => Math.round(value / step) * step;
const clean = (value: number) => Number(value.toFixed(6));

/**
 * The axis of a share chart (values 0…1): the smallest round step that gives at most `maxTicks`
 * ticks over the data and the marked values (claims), the domain snapped to that step (never above
 * 1 or below 0), and every marked value as a tick of its own, exactly; round ticks crowding a mark
 * give way to it.
 */
export function shareAxis(
  dataMin: number,
  dataMax: number,
  marks: readonly number[] = [],
  maxTicks = 6,
): ShareAxis {
  const min = Math.max(0, Math.min(dataMin, ...marks));
  const max = Math.min(1, Math.max(dataMax, ...marks));
  let step: number = STEPS.at(-1) ?? 0.5;
  let lo = 0;
  let hi = 1;
  for (const candidate of STEPS) {
    const from = Math.max(0, Math.floor(min / candidate + EPSILON) * candidate);
    const to = Math.min(1, Math.ceil(max / candidate - EPSILON) * candidate);
    const count = Math.round((to - from) / candidate) + 1;
    if (count <= maxTicks) {
      step = candidate;
      lo = clean(from);
      hi = clean(to);
      break;
    }
  }
  if (hi <= lo) hi = clean(Math.min(1, lo + step));
  if (hi <= lo) lo = clean(Math.max(0, hi - step));
  const inside = marks.filter((mark) => mark >= lo - EPSILON && mark <= hi + EPSILON);
  const ticks: number[] = [];
  for (let value = lo; value <= hi + EPSILON; value += step) {
    const tick = clean(roundTo(value, step));
    if (inside.some((mark) => Math.abs(mark - tick) < CROWDING * step && Math.abs(mark - tick) > EPSILON))
      continue;
    ticks.push(tick);
  }
  for (const mark of inside) if (!ticks.some((tick) => Math.abs(tick - mark) <= EPSILON)) ticks.push(mark);
  ticks.sort((a, b) => a - b);
  return { domain: [lo, hi], ticks };
}

/**
 * Vertical positions for labels wanted at `targets` (pixels, any order), each at least `gap` from
 * the next and all within [top, bottom]: labels keep their order and move as little as this simple
 * push allows (down first, then up from the bottom edge). Returned in the order of `targets`.
 */
export function spreadLabels(targets: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = targets.map((y, index) => ({ y, index })).sort((a, b) => a.y - b.y || a.index - b.index);
  const placed = order.map(({ y }) => Math.min(bottom, Math.max(top, y)));
  for (let i = 1; i < placed.length; i++) placed[i] = Math.max(placed[i] ?? 0, (placed[i - 1] ?? 0) + gap);
  const last = placed.length - 1;
  if (last >= 0 && (placed[last] ?? 0) > bottom) {
    placed[last] = bottom;
    for (let i = last - 1; i >= 0; i--) placed[i] = Math.min(placed[i] ?? 0, (placed[i + 1] ?? 0) - gap);
  }
  const result = new Array<number>(targets.length);
  order.forEach(({ index }, rank) => {
    result[index] = placed[rank] ?? 0;
  });
  return result;
}
