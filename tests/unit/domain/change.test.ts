import { describe, expect, it } from 'vitest';
import { relativeChange } from '../../../src/domain/change';

describe('relativeChange', () => {
  it('is (current − previous) / previous', () => {
    expect(relativeChange(110, 100)).toBeCloseTo(0.1, 12);
    expect(relativeChange(50, 200)).toBeCloseTo(-0.75, 12);
    expect(relativeChange(300, 100)).toBeCloseTo(2, 12);
    expect(relativeChange(100, 100)).toBe(0);
  });

  it('a drop to nothing is −100 %', () => {
    expect(relativeChange(0, 80)).toBe(-1);
  });

  it('is null when the previous value is 0: growth from nothing has no percentage', () => {
    expect(relativeChange(5, 0)).toBeNull();
    expect(relativeChange(0, 0)).toBeNull();
  });

  it('is null when either side was not reported', () => {
    expect(relativeChange(null, 100)).toBeNull();
    expect(relativeChange(100, null)).toBeNull();
    expect(relativeChange(null, null)).toBeNull();
  });

  it('is null for values that are not finite numbers', () => {
    expect(relativeChange(Number.NaN, 100)).toBeNull();
    expect(relativeChange(100, Number.POSITIVE_INFINITY)).toBeNull();
  });
});
