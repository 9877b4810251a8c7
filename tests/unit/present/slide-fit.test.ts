import { describe, expect, test } from 'vitest';
import { fitSlide, formatElapsed } from '../../../src/features/present/slide-fit';

describe('fitting a slide to its screen', () => {
  test('16:9 at 1920×1080: a 1024×600 slide grows until its height fills the screen', () => {
    // 1920/1024 = 1.875, 1080/600 = 1.8: the height limits. 1024 × 1.8 = 1843.2 wide, 38.4 each side.
    const fit = fitSlide({ width: 1024, height: 600 }, { width: 1920, height: 1080 });
    expect(fit.scale).toBeCloseTo(1.8, 10);
    expect(fit.left).toBeCloseTo(38.4, 10);
    expect(fit.top).toBeCloseTo(0, 10);
  });

  test('4:3 at 1024×768: the same slide keeps its size, centred with 84 px above and below', () => {
    const fit = fitSlide({ width: 1024, height: 600 }, { width: 1024, height: 768 });
    expect(fit).toEqual({ scale: 1, left: 0, top: 84 });
  });

  test('a slide taller than the screen shrinks so nothing spills below', () => {
    // 800/1000 = 0.8 < 1280/1024 = 1.25. Width 819.2, left (1280 − 819.2)/2 = 230.4.
    const fit = fitSlide({ width: 1024, height: 1000 }, { width: 1280, height: 800 });
    expect(fit.scale).toBeCloseTo(0.8, 10);
    expect(fit.left).toBeCloseTo(230.4, 10);
    expect(fit.top).toBeCloseTo(0, 10);
  });

  test('before anything is measured the content is left as it is', () => {
    expect(fitSlide({ width: 0, height: 0 }, { width: 1920, height: 1080 })).toEqual({
      scale: 1,
      left: 0,
      top: 0,
    });
    expect(fitSlide({ width: 1024, height: 600 }, { width: 0, height: 0 })).toEqual({
      scale: 1,
      left: 0,
      top: 0,
    });
  });
});

describe("the presenter's clock", () => {
  test.each([
    [0, '0:00'],
    [999, '0:00'],
    [61_000, '1:01'],
    [12 * 60_000 + 5_000, '12:05'],
    [3_600_000 + 2 * 60_000 + 3_000, '1:02:03'],
    [-5_000, '0:00'],
  ])('%i ms reads %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});
