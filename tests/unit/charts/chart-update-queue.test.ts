import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { queueChartUpdate } from '../../../src/charts/chart-update-queue';

describe('queueChartUpdate', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.runOnlyPendingTimers();
    vi.useRealTimers();
  });

  test('runs nothing in the task that queues, then one update per task, in order', () => {
    const ran: string[] = [];
    queueChartUpdate(() => ran.push('share'));
    queueChartUpdate(() => ran.push('origins'));
    queueChartUpdate(() => ran.push('risk'));
    expect(ran).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['share']);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['share', 'origins']);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['share', 'origins', 'risk']);
    expect(vi.getTimerCount()).toBe(0);
  });

  test('a cancelled update never runs; the others still do', () => {
    const ran: string[] = [];
    queueChartUpdate(() => ran.push('share'));
    const cancel = queueChartUpdate(() => ran.push('stale'));
    queueChartUpdate(() => ran.push('risk'));
    cancel();
    vi.runAllTimers();
    expect(ran).toEqual(['share', 'risk']);
  });

  test('an update that throws does not stop the ones after it', () => {
    const ran: string[] = [];
    queueChartUpdate(() => {
      throw new Error('broken chart');
    });
    queueChartUpdate(() => ran.push('risk'));
    expect(() => vi.advanceTimersToNextTimer()).toThrow('broken chart');
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['risk']);
  });
});
