import { expect, test } from 'vitest';
import { countChartRender, takeChartRenders } from '../../../src/charts/chart-renders';

test('renders and mounts are counted per chart frame and start afresh once taken', () => {
  takeChartRenders();
  countChartRender('share-over-time', 'mount');
  countChartRender('share-over-time', 'update');
  countChartRender('supply-by-origin', 'nested-update');
  expect(takeChartRenders()).toEqual({
    'share-over-time': { renders: 2, mounts: 1 },
    'supply-by-origin': { renders: 1, mounts: 0 },
  });
  expect(takeChartRenders()).toEqual({});
});
