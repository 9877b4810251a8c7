/** Twelve monthly rows of one year, January to December, with `tonnes(month)` and the given keys. */
export function monthlyRows<K extends object>(year: number, tonnes: (month: number) => number, keys: K) {
  return Array.from({ length: 12 }, (_, i) => ({
    period: `${year}-${String(i + 1).padStart(2, '0')}-01`,
    ...keys,
    tonnes: tonnes(i + 1),
  }));
}
