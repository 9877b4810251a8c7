import { describe, expect, it } from 'vitest';
import { balancesFromRows, shareUnderBasis } from '../../../src/domain/food-balance';
import { groupByPeriod } from '../../../src/domain/period-rows';
import { trailingFrom, trailingWindows } from '../../../src/domain/trailing-window';

describe('trailingFrom', () => {
  it('reaches back three whole weeks before the first week shown, 27 days for days, none for months', () => {
    // 1 November 2025 is a Saturday: its week starts on Monday 27 October; three weeks before is 6 October.
    expect(trailingFrom({ from: '2025-11-01', to: '2026-10-31' }, 'week')).toBe('2025-10-06');
    expect(trailingFrom({ from: '2025-11-01', to: '2026-10-31' }, 'day')).toBe('2025-10-05');
    expect(trailingFrom({ from: '2025-11-15', to: '2026-10-31' }, 'month')).toBe('2025-11-01');
  });
});

describe('trailingWindows', () => {
  // Rice per week: inflow 700, 700, 1,000 (the rush before Lebaran), 200 (Lebaran week, trucks
  // stop), 700; own production 70 t every week.
  const inflow = [700, 700, 1000, 200, 700].map((tonnes, i) => ({
    period: ['2024-03-18', '2024-03-25', '2024-04-01', '2024-04-08', '2024-04-15'][i] ?? '',
    commodity: 'rice-milled' as const,
    tonnes,
    status: 'reported' as const,
    sourceIds: ['s'],
  }));
  const production = inflow.map((row) => ({
    ...row,
    item: 'production' as const,
    detail: 'grown' as const,
    tonnes: 70,
  }));
  const grossShare = (window: { items: typeof inflow }, own: typeof production) =>
    shareUnderBasis('gross', balancesFromRows(window.items, own), ['rice-milled'], null).share;

  it('sums the four weeks ending with each week shown, and marks windows the data does not fill', () => {
    const windows = trailingWindows(groupByPeriod(inflow), 'week', '2024-04-08');
    expect(windows.map((w) => [w.period, w.window, w.complete])).toEqual([
      ['2024-04-08', { from: '2024-03-18', to: '2024-04-14' }, true],
      ['2024-04-15', { from: '2024-03-25', to: '2024-04-21' }, true],
    ]);
    expect(windows[0]?.items.map((row) => row.tonnes)).toEqual([700, 700, 1000, 200]);
    // Shown from 1 April, that week's window would need 11 March, which the data does not hold.
    expect(trailingWindows(groupByPeriod(inflow), 'week', '2024-04-01')[0]?.complete).toBe(false);
  });

  it('keeps the Lebaran week from reading as falling dependency', () => {
    const lebaranWeek = trailingWindows(groupByPeriod(inflow), 'week', '2024-04-08')[0];
    const lebaranProduction =
      trailingWindows(groupByPeriod(production), 'week', '2024-04-08')[0]?.items ?? [];
    // The week alone: 200 ÷ (200 + 70) = 74.1 %, "below 90 %". Over four weeks:
    // 2,600 ÷ (2,600 + 280) = 90.3 %.
    expect(
      shareUnderBasis(
        'gross',
        balancesFromRows(
          inflow.filter((row) => row.period === '2024-04-08'),
          production.filter((row) => row.period === '2024-04-08'),
        ),
        ['rice-milled'],
        null,
      ).share,
    ).toBeCloseTo(200 / 270, 10);
    expect(lebaranWeek && grossShare(lebaranWeek, lebaranProduction)).toBeCloseTo(2600 / 2880, 10);
  });
});
