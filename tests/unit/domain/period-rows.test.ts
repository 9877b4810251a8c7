import { describe, expect, test } from 'vitest';
import { groupByPeriod, periodRows } from '../../../src/domain/period-rows';

const flows = [
  { period: '2025-02-01', origin: '32.09', tonnes: 40 },
  { period: '2025-01-01', origin: '32.09', tonnes: 10 },
  { period: '2025-01-01', origin: '18.01', tonnes: 5 },
  { period: '2025-02-01', origin: '32.09', tonnes: 2 },
  { period: '2025-03-01', origin: '18.01', tonnes: null },
];

describe('periodRows', () => {
  test('one row per period, in time order, with what place() writes', () => {
    const rows = periodRows(flows, (row, flow) => {
      if (flow.tonnes === null) return;
      row[flow.origin] = ((row[flow.origin] as number | undefined) ?? 0) + flow.tonnes;
    });
    expect(rows).toEqual([
      { period: '2025-01-01', '32.09': 10, '18.01': 5 },
      { period: '2025-02-01', '32.09': 42 },
      // Only a missing value: the period is still there, a gap rather than a missing date.
      { period: '2025-03-01' },
    ]);
  });

  test('several values per item, and later items overwrite when place() assigns', () => {
    const rows = periodRows(
      [
        { period: '2025-01-06', hhi: 0.3, top3: 0.7 },
        { period: '2025-01-06', hhi: 0.25, top3: 0.6 },
      ],
      (row, point) => {
        row.hhi = point.hhi;
        row.top3 = point.top3;
      },
    );
    expect(rows).toEqual([{ period: '2025-01-06', hhi: 0.25, top3: 0.6 }]);
  });

  test('no items, no rows', () => {
    expect(periodRows([], () => undefined)).toEqual([]);
  });
});

describe('groupByPeriod', () => {
  test('items of each period in input order, periods in time order', () => {
    const groups = groupByPeriod(flows);
    expect([...groups.keys()]).toEqual(['2025-01-01', '2025-02-01', '2025-03-01']);
    expect(groups.get('2025-02-01')?.map((flow) => flow.tonnes)).toEqual([40, 2]);
    expect(groups.get('2025-01-01')?.map((flow) => flow.origin)).toEqual(['32.09', '18.01']);
  });
});
