import { describe, expect, test } from 'vitest';
import { shareAxis, spreadLabels } from '../../../src/domain/value-axis';

describe('shareAxis', () => {
  test('data 93–99.9% with claims at 90% and 98%: steps of 2 points from 90 to 100, both claims ticks', () => {
    // Step 1 point: 90 … 100 is 11 ticks (> 6); 2 points: 90, 92, 94, 96, 98, 100 (6).
    expect(shareAxis(0.93, 0.999, [0.9, 0.98])).toEqual({
      domain: [0.9, 1],
      ticks: [0.9, 0.92, 0.94, 0.96, 0.98, 1],
    });
  });

  test('a claim between round ticks is a tick of its own; a round tick crowding it gives way', () => {
    // Data 96.2–99.5%, claim 97.5%: step 1 point, 96 … 100 (5 ticks); 97.5 is 0.5 from 97 and 98,
    // more than 0.4 of the step, so both stay, and 97.5 joins them.
    expect(shareAxis(0.962, 0.995, [0.975])).toEqual({
      domain: [0.96, 1],
      ticks: [0.96, 0.97, 0.975, 0.98, 0.99, 1],
    });
    // Claim 97.8%: 0.2 from 98 (< 0.4 point): 98 gives way to 97.8.
    expect(shareAxis(0.962, 0.995, [0.978]).ticks).toEqual([0.96, 0.97, 0.978, 0.99, 1]);
  });

  test('a wide range takes a wide step, and the domain never leaves 0…1', () => {
    // 40–100%: 10 points is 7 ticks, 20 points gives 40, 60, 80, 100.
    expect(shareAxis(0.41, 0.97, [0.9])).toEqual({ domain: [0.4, 1], ticks: [0.4, 0.6, 0.8, 0.9, 1] });
    expect(shareAxis(0, 0.03).domain).toEqual([0, 0.03]);
  });

  test('a flat series still gets an axis one step tall', () => {
    expect(shareAxis(1, 1)).toEqual({ domain: [0.999, 1], ticks: [0.999, 1] });
  });
});

describe('spreadLabels', () => {
  test('labels far apart stay where they are wanted', () => {
    expect(spreadLabels([40, 120], 14, 0, 300)).toEqual([40, 120]);
  });

  test('two labels 4 px apart: the lower one moves down to the gap, order kept', () => {
    expect(spreadLabels([104, 100], 14, 0, 300)).toEqual([114, 100]);
  });

  test('labels pushed past the bottom edge are pulled back up from it', () => {
    // 290, 292, 295 with a 14 px gap would need 290, 304, 318; the last stops at 300: 272, 286, 300.
    expect(spreadLabels([290, 292, 295], 14, 0, 300)).toEqual([272, 286, 300]);
  });
});
