const segmenter =
  typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

/**
 * At most `max` visible characters, ending in "…" when cut. Counts graphemes, so an emoji or a
 * letter with its accent is never split in half (SVG text cannot wrap or ellipsise by itself).
 */
export function truncateLabel(text: string, max: number): string {
  const characters = segmenter
    ? Array.from(segmenter.segment(text), (part) => part.segment)
    : Array.from(text);
  if (characters.length <= max) return text;
  return `${characters
    .slice(0, Math.max(1, max - 1))
    .join('')
    .trimEnd()}…`;
}
