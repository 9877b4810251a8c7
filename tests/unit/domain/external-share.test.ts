import { describe, expect, test } from 'vitest';
import { sumTonnes } from '../../../src/domain/external-share';

describe('sumTonnes', () => {
  test('skips nulls and takes the weakest status', () => {
    expect(
      sumTonnes([
        { tonnes: 5, status: 'reported' },
        { tonnes: null, status: 'synthetic' },
        { tonnes: 2.5, status: 'derived' },
      ]),
    ).toEqual({ tonnes: 7.5, status: 'synthetic' });
  });

  test('null only when every value is null; 0 stays 0', () => {
    expect(sumTonnes([{ tonnes: null, status: 'estimated' }])).toEqual({ tonnes: null, status: 'estimated' });
    expect(sumTonnes([])).toEqual({ tonnes: null, status: 'reported' });
    expect(
      sumTonnes([
        { tonnes: 0, status: 'reported' },
        { tonnes: null, status: 'reported' },
      ]).tonnes,
    ).toBe(0);
  });
});
