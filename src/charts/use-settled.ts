import { useState } from 'react';

/**
 * `value` while it is settled; while it is not (some query behind it still shows the previous
 * filter's placeholder data), the last settled value. A chart fed from several queries thus never
 * draws a mix of the new answers and the old ones, and draws once when the last answer is in.
 * `value` must keep its identity while its content is unchanged (memoise it).
 */
export function useSettled<T>(value: T, settled: boolean): T {
  const [kept, setKept] = useState(value);
  if (settled && kept !== value) setKept(value);
  return settled ? value : kept;
}
