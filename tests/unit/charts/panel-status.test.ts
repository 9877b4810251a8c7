import type { UseQueryResult } from '@tanstack/react-query';
import { describe, expect, test } from 'vitest';
import { combinePanelStatus } from '../../../src/charts/panel-status';

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
