import { describe, expect, test } from 'vitest';
import type { BalanceRow, FlowRow } from '../../../src/contract/schemas';
import { shareRowsInSteps, type ShareRows } from '../../../src/features/overview/share-over-time-model';

// Two months of rice (one form, rice-milled) on the gross basis: outside is the inflow, own is
// what Jakarta grows. Months are read as they are (a trailing window of one period).
const flows: FlowRow[] = [
  { period: '2025-01-01', commodity: 'rice-milled', tonnes: 90, status: 'reported', sourceIds: ['a'] },
  { period: '2025-02-01', commodity: 'rice-milled', tonnes: 60, status: 'reported', sourceIds: ['a'] },
  { period: '2025-02-01', commodity: 'rice-milled', tonnes: 20, status: 'estimated', sourceIds: ['b'] },
];
const grown = (period: string, tonnes: number): BalanceRow => ({
  period,
  commodity: 'rice-milled',
  item: 'production',
  detail: 'grown',
  tonnes,
  status: 'reported',
  sourceIds: ['c'],
});

function run(steps: Generator<void, ShareRows>): { result: ShareRows; yields: number } {
  let yields = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { result: step.value, yields };
    yields++;
  }
}

describe('share rows in steps', () => {
  test('one row per month with the share under the basis, after yielding at least once', () => {
    const { result, yields } = run(
      shareRowsInSteps({
        flowRows: flows,
        balanceRows: [grown('2025-01-01', 10), grown('2025-02-01', 20)],
        groups: ['rice'],
        basis: 'gross',
        basket: null,
        granularity: 'month',
        displayFrom: '2025-01-01',
        basisLabel: 'Bruto',
        dateLabel: (date) => `<${date}>`,
      }),
    );
    expect(yields).toBeGreaterThanOrEqual(1);
    // January: 90 ÷ (90 + 10) = 0.9. February: (60 + 20) ÷ (80 + 20) = 0.8, estimated through the
    // second flow row.
    expect(result.rows).toEqual([
      {
        period: '2025-01-01',
        window: '<2025-01-01> – <2025-01-31>',
        basis: 'Bruto',
        rice: 0.9,
        'rice-status': 'reported',
      },
      {
        period: '2025-02-01',
        window: '<2025-02-01> – <2025-02-28>',
        basis: 'Bruto',
        rice: 0.8,
        'rice-status': 'estimated',
      },
    ]);
    expect([...result.sourceIds].sort()).toEqual(['a', 'b', 'c']);
    expect(result.shortWindows).toBe(0);
    expect(result.missing.size).toBe(0);
  });
});
