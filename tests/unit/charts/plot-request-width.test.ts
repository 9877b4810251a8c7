import { describe, expect, test } from 'vitest';
import { plotRequestWidth } from '../../../src/charts/plot-request-width';

describe('the plot width a chart asks the server for', () => {
  test('the window width rounded up to 200 px, between 400 and 4000', () => {
    expect(plotRequestWidth(1024)).toBe(1200);
    expect(plotRequestWidth(1200)).toBe(1200);
    expect(plotRequestWidth(1201)).toBe(1400);
    expect(plotRequestWidth(320)).toBe(400);
    expect(plotRequestWidth(0)).toBe(400);
    expect(plotRequestWidth(7680)).toBe(4000);
    expect(plotRequestWidth(Number.NaN)).toBe(400);
  });
});
