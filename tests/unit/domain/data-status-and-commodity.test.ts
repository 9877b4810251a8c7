import { describe, expect, test } from 'vitest';
import {
  expandCommoditySelection,
  formsOfGroup,
  groupOf,
  isCommodityCode,
  isCommodityGroup,
} from '../../../src/domain/commodity';
import { figuresStatus, needsBadge, weakestStatus } from '../../../src/domain/data-status';

describe('weakestStatus', () => {
  test('takes the least trustworthy status', () => {
    expect(weakestStatus(['reported', 'derived'])).toBe('derived');
    expect(weakestStatus(['estimated', 'derived', 'reported'])).toBe('estimated');
    expect(weakestStatus(['synthetic', 'reported'])).toBe('synthetic');
    expect(weakestStatus(new Set(['reported'] as const))).toBe('reported');
  });

  test('nothing to combine reads as reported', () => {
    expect(weakestStatus([])).toBe('reported');
  });

  test('only estimates and synthetic values need a badge', () => {
    expect([
      needsBadge('reported'),
      needsBadge('derived'),
      needsBadge('estimated'),
      needsBadge('synthetic'),
    ]).toEqual([false, false, true, true]);
  });
});

describe('figuresStatus', () => {
  test('the weakest status of the figures; a value not reported is left out', () => {
    expect(
      figuresStatus([
        { tonnes: 5, status: 'reported' },
        { tonnes: 0, status: 'preliminary' },
        { tonnes: null, status: 'synthetic' },
      ]),
    ).toBe('preliminary');
  });

  test('no figure, no status: never "reported" for nothing', () => {
    expect(figuresStatus([])).toBeNull();
    expect(figuresStatus([{ tonnes: null, status: 'estimated' }])).toBeNull();
  });
});

describe('commodities', () => {
  test('expandCommoditySelection turns groups into their forms', () => {
    expect(expandCommoditySelection(['meat'])).toEqual(['meat-beef', 'meat-buffalo', 'meat-chicken']);
    expect(expandCommoditySelection(['rice'])).toEqual(['rice-milled']);
  });

  test('mixes of groups and forms come back once each, in catalogue order', () => {
    expect(expandCommoditySelection(['fish-marine', 'rice'])).toEqual(['rice-milled', 'fish-marine']);
    expect(expandCommoditySelection(['meat', 'meat-beef'])).toEqual([
      'meat-beef',
      'meat-buffalo',
      'meat-chicken',
    ]);
    expect(expandCommoditySelection(['fish', 'rice', 'meat'])).toHaveLength(6);
    expect(expandCommoditySelection([])).toEqual([]);
  });

  test('type guards reject unknown codes, including Object.prototype names', () => {
    expect(isCommodityCode('meat-beef')).toBe(true);
    expect(isCommodityCode('gold')).toBe(false);
    expect(isCommodityCode('toString')).toBe(false);
    expect(isCommodityGroup('fish')).toBe(true);
    expect(isCommodityGroup('fish-marine')).toBe(false);
  });

  test('each form belongs to one group', () => {
    expect(groupOf('fish-freshwater')).toBe('fish');
    expect(formsOfGroup('fish')).toEqual(['fish-marine', 'fish-freshwater']);
  });
});
