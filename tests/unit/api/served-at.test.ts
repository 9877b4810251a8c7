import { describe, expect, test } from 'vitest';
import {
  keepServedAt,
  markServedAt,
  responseDate,
  servedAtOf,
  shareStructureKeepingServedAt,
} from '../../../src/api/served-at';

describe('when an answer was made', () => {
  test("the Date header of the server's answer, in ms since the epoch", () => {
    // 1 December 2026 08:30 UTC = 1 796 113 800 000 ms.
    expect(responseDate(new Headers({ Date: 'Tue, 01 Dec 2026 08:30:00 GMT' }))).toBe(1_796_113_800_000);
    expect(responseDate(new Headers())).toBeNull();
    expect(responseDate(new Headers({ Date: 'yesterday' }))).toBeNull();
  });

  test('the time travels with the data and with what is computed from it, not inside it', () => {
    const answer = markServedAt({ rows: [1, 2] }, 1000);
    expect(servedAtOf(answer)).toBe(1000);
    expect(Object.keys(answer)).toEqual(['rows']);
    const filled = keepServedAt(answer, { rows: [1, 2, null] });
    expect(servedAtOf(filled)).toBe(1000);
    expect(servedAtOf(markServedAt({ rows: [] }, null))).toBeUndefined();
    expect(servedAtOf(42)).toBeUndefined();
  });

  test('an unchanged answer fetched again keeps its object and takes the newer time', () => {
    const first = markServedAt({ rows: [{ tonnes: 5 }] }, 1000);
    const again = markServedAt({ rows: [{ tonnes: 5 }] }, 2000);
    const kept = shareStructureKeepingServedAt(first, again);
    expect(kept).toBe(first);
    expect(servedAtOf(kept)).toBe(2000);
    const changed = markServedAt({ rows: [{ tonnes: 6 }] }, 3000);
    const shared = shareStructureKeepingServedAt(first, changed);
    expect(shared).not.toBe(first);
    expect(servedAtOf(shared)).toBe(3000);
  });
});
