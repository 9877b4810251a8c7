import { describe, expect, test } from 'vitest';
import {
  areaPath,
  linearScale,
  linePath,
  nearestIndex,
  roundAxis,
  stackValues,
} from '../../../src/charts/chart-geometry';

describe('linearScale', () => {
  test('maps the domain onto the range, also reversed (a value axis grows upwards)', () => {
    const x = linearScale(10, 20, 100, 300);
    expect(x(10)).toBe(100);
    expect(x(15)).toBe(200);
    expect(x(25)).toBe(400);
    const y = linearScale(0, 50, 200, 0);
    expect(y(0)).toBe(200);
    expect(y(40)).toBe(40);
  });

  test('a domain of no width (one day) maps to the middle of the range', () => {
    expect(linearScale(7, 7, 0, 100)(7)).toBe(50);
  });
});

describe('roundAxis', () => {
  test('0 … 46,200 in about five ticks: steps of 10,000 up to 50,000', () => {
    expect(roundAxis(0, 46_200)).toEqual({
      domain: [0, 50_000],
      ticks: [0, 10_000, 20_000, 30_000, 40_000, 50_000],
    });
  });

  test('0 … 9,990: a step of 2,500 (quarters), ending on 10,000', () => {
    expect(roundAxis(0, 9_990)).toEqual({ domain: [0, 10_000], ticks: [0, 2_500, 5_000, 7_500, 10_000] });
  });

  test('a range off zero starts on the step below its minimum', () => {
    // (0.995 − 0.962) / 4 = 0.00825 → step 0.01; 0.96 … 1.
    expect(roundAxis(0.962, 0.995)).toEqual({ domain: [0.96, 1], ticks: [0.96, 0.97, 0.98, 0.99, 1] });
  });

  test('a flat series gets an axis from zero to its value, and nothing at all gets 0 … 1', () => {
    expect(roundAxis(300, 300)).toEqual({ domain: [0, 300], ticks: [0, 100, 200, 300] });
    expect(roundAxis(0, 0)).toEqual({ domain: [0, 1], ticks: [0, 0.25, 0.5, 0.75, 1] });
    expect(roundAxis(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY).domain).toEqual([0, 1]);
  });

  test('negative values keep their sign', () => {
    expect(roundAxis(-12, 7)).toEqual({ domain: [-15, 10], ticks: [-15, -10, -5, 0, 5, 10] });
  });
});

describe('linePath', () => {
  test('joins the points, and a missing value breaks the line into two', () => {
    expect(linePath([0, 10, 20, 30, 40], [5, 6, null, 8, 9.004])).toBe('M0,5L10,6M30,8L40,9');
  });

  test('no values: no path', () => {
    expect(linePath([0, 10], [null, null])).toBe('');
  });
});

describe('stackValues and areaPath', () => {
  const rows = [
    { a: 1, b: 2 },
    { a: null, b: 3 },
    { a: 4, b: 1 },
  ];

  test('each band sits on the sum of those before it; a gap adds nothing', () => {
    expect(stackValues(rows, ['a', 'b'])).toEqual([
      { upper: [1, null, 4], lower: [0, 0, 0] },
      { upper: [3, 3, 5], lower: [1, 0, 4] },
    ]);
  });

  test('a band is one closed shape per run of values: along the top, back along the bottom', () => {
    const xs = [0, 10, 20];
    expect(areaPath(xs, [1, null, 4], [0, 0, 0])).toBe('M0,1L0,0ZM20,4L20,0Z');
    expect(areaPath(xs, [3, 3, 5], [1, 0, 4])).toBe('M0,3L10,3L20,5L20,4L10,0L0,1Z');
  });
});

describe('nearestIndex', () => {
  const xs = [0, 10, 20, 40];

  test('the nearest value, the earlier one on a tie, and the ends beyond the range', () => {
    expect(nearestIndex(xs, 12)).toBe(1);
    expect(nearestIndex(xs, 16)).toBe(2);
    expect(nearestIndex(xs, 30)).toBe(2);
    expect(nearestIndex(xs, -5)).toBe(0);
    expect(nearestIndex(xs, 99)).toBe(3);
    expect(nearestIndex([], 3)).toBe(-1);
  });
});
