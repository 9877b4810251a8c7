import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { pendingChartUpdates, queueChartUpdate } from '../../../src/charts/chart-update-queue';

describe('queueChartUpdate', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.runAllTimers();
    vi.useRealTimers();
  });

  test('runs nothing in the task that queues, then one update per task, each after the one before is done', () => {
    const ran: string[] = [];
    const dones: (() => void)[] = [];
    for (const name of ['share', 'origins', 'risk']) {
      queueChartUpdate((done) => {
        ran.push(name);
        dones.push(done);
      });
    }
    expect(ran).toEqual([]);
    vi.runAllTimers();
    // The second waits for the first to be done, however many tasks pass.
    expect(ran).toEqual(['share']);
    dones[0]?.();
    expect(ran).toEqual(['share']);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['share', 'origins']);
    dones[1]?.();
    vi.runAllTimers();
    expect(ran).toEqual(['share', 'origins', 'risk']);
    dones[2]?.();
  });

  test('counts the updates queued or running until each is done', () => {
    let finishShare = () => {};
    queueChartUpdate((done) => {
      finishShare = done;
    });
    queueChartUpdate((done) => done());
    expect(pendingChartUpdates()).toBe(2);
    vi.advanceTimersToNextTimer();
    expect(pendingChartUpdates()).toBe(2);
    finishShare();
    expect(pendingChartUpdates()).toBe(1);
    vi.advanceTimersToNextTimer();
    expect(pendingChartUpdates()).toBe(0);
  });

  test('an update that finishes at once lets the next one run in the next task', () => {
    const ran: string[] = [];
    queueChartUpdate((done) => {
      ran.push('share');
      done();
    });
    queueChartUpdate((done) => {
      ran.push('risk');
      done();
    });
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['share']);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['share', 'risk']);
  });

  test('a cancelled update never runs; cancelling the running one lets the next run', () => {
    const ran: string[] = [];
    const cancelShare = queueChartUpdate((done) => {
      ran.push('share');
      void done;
    });
    const cancelStale = queueChartUpdate(() => ran.push('stale'));
    queueChartUpdate((done) => {
      ran.push('risk');
      done();
    });
    cancelStale();
    vi.runAllTimers();
    expect(ran).toEqual(['share']);
    cancelShare();
    vi.runAllTimers();
    expect(ran).toEqual(['share', 'risk']);
  });

  test('an update that throws does not stop the ones after it', () => {
    const ran: string[] = [];
    queueChartUpdate(() => {
      throw new Error('broken chart');
    });
    queueChartUpdate((done) => {
      ran.push('risk');
      done();
    });
    expect(() => vi.advanceTimersToNextTimer()).toThrow('broken chart');
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['risk']);
  });
});
