import { describe, expect, test } from 'vitest';
import { readShare } from '../../../src/domain/share';

describe('readShare', () => {
  test('a part of its whole', () => {
    expect(readShare(250, 1000)).toEqual({ kind: 'share', value: 0.25 });
    expect(readShare(0, 1000)).toEqual({ kind: 'share', value: 0 });
  });

  test('a part larger than its whole (1.234,72 %) is flagged, not shown as a share', () => {
    expect(readShare(12_347.2, 1000)).toEqual({ kind: 'implausible', value: 12.3472 });
  });

  test('non-finite parts are flagged', () => {
    expect(readShare(Number.POSITIVE_INFINITY, 1000).kind).toBe('implausible');
    expect(readShare(1e308 * 10, 1e308 * 10).kind).toBe('implausible');
  });

  test('unknown parts or an empty whole are no share at all', () => {
    expect(readShare(null, 1000)).toEqual({ kind: 'none' });
    expect(readShare(0, 0)).toEqual({ kind: 'none' });
    expect(readShare(5, 0).kind).toBe('implausible');
  });
});
