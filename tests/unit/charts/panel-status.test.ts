import type { UseQueryResult } from '@tanstack/react-query';
import { describe, expect, test } from 'vitest';
import { combinePanelStatus, untilNamed } from '../../../src/charts/panel-status';

const result = (fields: Partial<UseQueryResult<unknown>>) =>
  ({
    isError: false,
    data: undefined,
    fetchStatus: 'idle',
    dataUpdatedAt: 0,
    ...fields,
  }) as UseQueryResult<unknown>;

describe('combinePanelStatus', () => {
  test('a query paused while offline, with nothing cached, says offline instead of loading forever', () => {
    expect(combinePanelStatus([result({ data: 1 }), result({ fetchStatus: 'paused' })])).toEqual({
      kind: 'loading',
      offline: true,
    });
  });

  test('a query still fetching is plain loading', () => {
    expect(combinePanelStatus([result({ fetchStatus: 'fetching' })])).toEqual({
      kind: 'loading',
      offline: false,
    });
  });
});

describe('untilNamed', () => {
  const ready = combinePanelStatus([result({ data: 1 })]);

  test('a ready panel waits while the names it shows are on their way, and is ready once they are in', () => {
    expect(untilNamed(ready, true)).toEqual({ kind: 'loading' });
    expect(untilNamed(ready, false)).toBe(ready);
  });

  test('a panel that failed keeps its error, names or not', () => {
    const failed = combinePanelStatus([result({ isError: true, error: new Error('x') })]);
    expect(untilNamed(failed, true)).toBe(failed);
  });
});
