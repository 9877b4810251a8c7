/**
 * A part of a whole as a fraction, checked: a share above 100 % (a part larger than the total it
 * belongs to) or one computed from non-finite numbers means the answers disagree with each other.
 * Such a share is flagged, never drawn as if it were a figure.
 */
export type ShareReading =
  { kind: 'share'; value: number } | { kind: 'none' } | { kind: 'implausible'; value: number };

/** Rounding in a sum of many rows may leave a part a hair above its total. */
const TOLERANCE = 1e-9;

export function readShare(part: number | null, whole: number | null): ShareReading {
  if (part === null || whole === null) return { kind: 'none' };
  if (!Number.isFinite(part) || !Number.isFinite(whole)) return { kind: 'implausible', value: Number.NaN };
  if (whole <= 0)
    return part > 0 ? { kind: 'implausible', value: Number.POSITIVE_INFINITY } : { kind: 'none' };
  const value = part / whole;
  if (value < 0 || value > 1 + TOLERANCE) return { kind: 'implausible', value };
  return { kind: 'share', value: Math.min(value, 1) };
}
