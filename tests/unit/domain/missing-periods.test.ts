import { describe, expect, test } from 'vitest';
import type { DataStatus } from '../../../src/domain/data-status';
import { fillMissingPeriods } from '../../../src/domain/missing-periods';

interface Row {
  period: string;
  group: string;
  tonnes: number | null;
  status: DataStatus;
  sourceIds: string[];
}

const row = (period: string, group: string, tonnes: number | null): Row => ({
  period,
  group,
  tonnes,
  status: 'estimated',
  sourceIds: ['s'],
});
const empty = (template: Row, period: string): Row => ({ ...template, period, tonnes: null, sourceIds: [] });
const range = { from: '2025-01-01', to: '2025-04-30' };

describe('fillMissingPeriods', () => {
  test('a month left out of the answer comes back as a not-reported row, in its place', () => {
    const rows = [row('2025-01-01', 'rice', 10), row('2025-02-01', 'rice', 12), row('2025-04-01', 'rice', 9)];
    const filled = fillMissingPeriods(rows, range, 'month', (r) => r.group, empty);
    expect(filled.map((r) => [r.period, r.tonnes])).toEqual([
      ['2025-01-01', 10],
      ['2025-02-01', 12],
      ['2025-03-01', null],
      ['2025-04-01', 9],
    ]);
    // It keeps its series' status, so a gap never looks like a reported figure, and cites nothing.
    expect(filled[2]).toEqual({
      period: '2025-03-01',
      group: 'rice',
      tonnes: null,
      status: 'estimated',
      sourceIds: [],
    });
  });

  test('each series is completed on its own; a complete answer is returned as it came', () => {
    const rows = [
      row('2025-01-01', 'rice', 1),
      row('2025-01-01', 'fish', 2),
      row('2025-02-01', 'rice', 3),
      row('2025-03-01', 'rice', 4),
      row('2025-03-01', 'fish', 5),
      row('2025-04-01', 'rice', 6),
      row('2025-04-01', 'fish', 7),
    ];
    const filled = fillMissingPeriods(rows, range, 'month', (r) => r.group, empty);
    expect(filled).toHaveLength(8);
    expect(filled.find((r) => r.period === '2025-02-01' && r.group === 'fish')?.tonnes).toBeNull();
    const complete = filled.filter((r) => r.tonnes !== null || r.group !== 'fish');
    expect(fillMissingPeriods(filled, range, 'month', (r) => r.group, empty)).toEqual(filled);
    expect(complete).toHaveLength(7);
  });

  test('an empty answer stays empty (nothing to say which series there would be)', () => {
    expect(fillMissingPeriods([], range, 'month', (r: Row) => r.group, empty)).toEqual([]);
  });
});
