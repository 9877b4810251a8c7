import { useState } from 'react';

/**
 * `value` while it is settled; while it is not (the queries behind it answer for different
 * filters: one already for the new filter, another still showing the previous filter's
 * placeholder), the last settled value. A chart fed by several queries thus never draws a mix of
 * new and old answers, and changes once, when the last answer is in. `value` must keep its
 * identity while its content is unchanged (memoise it).
 */
export function useSettled<T>(value: T, settled: boolean): T {
  const [kept, setKept] = useState(value);
  if (settled && kept !== value) setKept(value);
  return settled ? value : kept;
}
