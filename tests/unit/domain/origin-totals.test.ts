import { describe, expect, test } from 'vitest';
import { rankOrigins, tonnesByOrigin } from '../../../src/domain/origin-totals';

describe('origin totals', () => {
  test('sums reported tonnes per origin; nulls and rows without an origin add nothing', () => {
    const totals = tonnesByOrigin([
      { origin: 'A', tonnes: 10 },
      { origin: 'A', tonnes: null },
      { origin: 'B', tonnes: 0 },
      { tonnes: 99 },
      { origin: 'A', tonnes: 5 },
    ]);
    expect([...totals]).toEqual([
      ['A', 15],
      ['B', 0],
    ]);
  });

  test('ranks origins with share, change, groups and the weakest status', () => {
    const ranking = rankOrigins(
      [
        { origin: 'A', group: 'rice', tonnes: 30, status: 'estimated' },
        { origin: 'A', group: 'fish', tonnes: 10, status: 'synthetic' },
        { origin: 'B', group: 'rice', tonnes: 60, status: 'reported' },
        { origin: 'C', group: 'meat', tonnes: null, status: 'reported' },
      ],
      [
        { origin: 'A', tonnes: 50, status: 'reported' },
        { origin: 'B', tonnes: 0, status: 'reported' },
      ],
    );
    // Total 100: A 40 (0.4), B 60 (0.6), C 0. A fell from 50 to 40 (−20%); B had 0 before: no change.
    expect(ranking).toEqual([
      { origin: 'A', tonnes: 40, share: 0.4, change: -0.2, groups: ['fish', 'rice'], status: 'synthetic' },
      { origin: 'B', tonnes: 60, share: 0.6, change: null, groups: ['rice'], status: 'reported' },
      { origin: 'C', tonnes: 0, share: 0, change: null, groups: [], status: 'reported' },
    ]);
  });
});
