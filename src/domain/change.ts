/**
 * The relative change from `previous` to `current` (0.1 = ten per cent more). Null when either side
 * is unknown or the previous value is 0: "no supply then" has no meaningful percentage, and a
 * missing figure must never read as a change.
 */
export function relativeChange(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null;
  // NaN or Infinity would turn into a bogus percentage on a tile; treat them as unknown.
  if (!Number.isFinite(current) || !Number.isFinite(previous) || previous === 0) return null;
  return (current - previous) / previous;
}
