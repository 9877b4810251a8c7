/**
 * A total over parts of which some were not reported (null) is incomplete: it is a lower bound,
 * not the total. It is shown with that word and never compared with a complete one — 6.8 years of
 * reports against 7.8 is not growth.
 */
export function isIncomplete(values: Iterable<{ tonnes: number | null }>): boolean {
  let known = false;
  let missing = false;
  for (const value of values) {
    if (value.tonnes === null) missing = true;
    else known = true;
  }
  return known && missing;
}
