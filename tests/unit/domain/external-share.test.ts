import { describe, expect, test } from 'vitest';
import {
  externalShare,
  externalSharesByGroup,
  sumTonnes,
  type GroupTonnes,
} from '../../../src/domain/external-share';

describe('externalShare', () => {
  test('inflow ÷ (inflow + own production)', () => {
    expect(externalShare({ inflow: 900, ownProduction: 100 })).toBe(0.9);
    expect(externalShare({ inflow: 0, ownProduction: 50 })).toBe(0);
    expect(externalShare({ inflow: 50, ownProduction: 0 })).toBe(1);
  });

  test('null when a part is unknown or there is no supply at all', () => {
    expect(externalShare({ inflow: null, ownProduction: 100 })).toBeNull();
    expect(externalShare({ inflow: 900, ownProduction: null })).toBeNull();
    expect(externalShare({ inflow: 0, ownProduction: 0 })).toBeNull();
  });
});

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

describe('externalSharesByGroup', () => {
  const GROUPS = ['rice', 'meat', 'fish'];
  const inflow: GroupTonnes[] = [
    { group: 'rice', tonnes: 1000, status: 'estimated' },
    { group: 'rice', tonnes: 900, status: 'estimated' },
    { group: 'meat', tonnes: 480, status: 'reported' },
    { group: 'meat', tonnes: 20, status: 'reported' },
    { group: 'fish', tonnes: null, status: 'estimated' },
  ];
  const production: GroupTonnes[] = [
    { group: 'rice', tonnes: 100, status: 'reported' },
    { group: 'meat', tonnes: 125, status: 'derived' },
    { group: 'fish', tonnes: 300, status: 'reported' },
  ];

  test('per group, hand-computed', () => {
    const [rice, meat, fish] = externalSharesByGroup(GROUPS, inflow, production);
    // rice: 1,900 ÷ (1,900 + 100) = 0.95
    expect(rice).toEqual({
      group: 'rice',
      inflow: 1900,
      ownProduction: 100,
      share: 0.95,
      status: 'estimated',
    });
    // meat: 500 ÷ (500 + 125) = 0.8
    expect(meat).toEqual({ group: 'meat', inflow: 500, ownProduction: 125, share: 0.8, status: 'derived' });
    // fish: inflow unknown → no share, even though production is known
    expect(fish).toMatchObject({ group: 'fish', inflow: null, ownProduction: 300, share: null });
  });

  test('"all" adds up only the groups with both parts', () => {
    const all = externalSharesByGroup(GROUPS, inflow, production).at(-1);
    // (1,900 + 500) ÷ (1,900 + 500 + 100 + 125) = 2,400 ÷ 2,625
    expect(all?.group).toBe('all');
    expect(all?.inflow).toBe(2400);
    expect(all?.ownProduction).toBe(225);
    expect(all?.share).toBeCloseTo(0.9142857, 6);
    expect(all?.status).toBe('estimated');
  });

  test('nothing known → every share null, including "all"', () => {
    const shares = externalSharesByGroup(GROUPS, [], []);
    expect(shares.map((s) => [s.group, s.share])).toEqual([
      ['rice', null],
      ['meat', null],
      ['fish', null],
      ['all', null],
    ]);
    expect(shares.at(-1)).toMatchObject({ inflow: null, ownProduction: null });
  });
});
