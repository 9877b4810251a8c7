import { describe, expect, test } from 'vitest';
import {
  assembleBalanceRows,
  balanceSeriesCount,
  type OnwardPart,
  type StockChangePart,
} from '../../../src/domain/balance-rows';
import type { CommodityCode } from '../../../src/domain/commodity';

const onward: OnwardPart[] = [
  { commodity: 'rice-milled', destination: 'buffer-zone', status: 'estimated', sourceIds: ['s-onward'] },
  // Not asked for below: no rows.
  { commodity: 'fish-freshwater', destination: 'export', status: 'reported', sourceIds: ['s-fish'] },
];

const stockChanges = new Map<CommodityCode, StockChangePart>([
  ['rice-milled', { stock: 'PIBC' }],
  ['meat-beef', { none: true, status: 'reported', sourceIds: ['s-none'] }],
  // Names a stock the dataset does not hold.
  ['fish-marine', { stock: 'COLD-STORE' }],
]);

const parts = {
  onward,
  stockChange: (commodity: CommodityCode) => stockChanges.get(commodity),
  stock: (key: string) =>
    key === 'PIBC' ? { status: 'reported' as const, sourceIds: ['s-stock'] } : undefined,
  production: [
    {
      commodity: 'rice-milled' as const,
      kind: 'grown' as const,
      annual: [{ year: 2025, tonnes: 365, status: 'reported' as const, sourceIds: ['s-bps'] }],
    },
  ],
};

const asked: CommodityCode[] = ['rice-milled', 'meat-beef', 'fish-marine'];
const range = { from: '2025-01-01', to: '2025-02-28' };

describe('assembleBalanceRows', () => {
  test('per commodity its onward series, stock change and production, each over every period, then by period', () => {
    const rows = assembleBalanceRows(
      parts,
      {
        // January 10 t out to the buffer zone, February not reported.
        onward: (series) => (series.commodity === 'rice-milled' ? [10, null] : [99, 99]),
        // PIBC drew 5 t down in January and built 3 t up in February.
        stockChange: (stock) => (stock === 'PIBC' ? [-5, 3] : [99, 99]),
      },
      asked,
      range,
      'month',
    );
    // Rice grown: 365 t over 2025's 365 days, evenly: 31 t in January, 28 t in February; a
    // reported year cut evenly is derived. Beef holds no stock: a change of 0 on that statement's
    // word. Fish names a stock that is not held: no stock-change rows.
    const row = (
      period: string,
      commodity: CommodityCode,
      item: 'onward' | 'stock-change' | 'production',
      detail: string | null,
      tonnes: number | null,
      status: string,
      sourceIds: string[],
    ) => ({ period, commodity, item, detail, tonnes, status, sourceIds });
    expect(rows).toEqual([
      row('2025-01-01', 'rice-milled', 'onward', 'buffer-zone', 10, 'estimated', ['s-onward']),
      row('2025-01-01', 'rice-milled', 'stock-change', null, -5, 'reported', ['s-stock']),
      row('2025-01-01', 'rice-milled', 'production', 'grown', 31, 'derived', ['s-bps']),
      row('2025-01-01', 'meat-beef', 'stock-change', null, 0, 'reported', ['s-none']),
      row('2025-02-01', 'rice-milled', 'onward', 'buffer-zone', null, 'estimated', ['s-onward']),
      row('2025-02-01', 'rice-milled', 'stock-change', null, 3, 'reported', ['s-stock']),
      row('2025-02-01', 'rice-milled', 'production', 'grown', 28, 'derived', ['s-bps']),
      row('2025-02-01', 'meat-beef', 'stock-change', null, 0, 'reported', ['s-none']),
    ]);
  });

  test('the series an answer holds, for the row budget: onward, production and stock changes asked for', () => {
    // Rice: one onward, one production, one stock change; beef and fish: a stock change each.
    expect(balanceSeriesCount(parts, asked)).toBe(5);
    // Freshwater fish: its onward series only.
    expect(balanceSeriesCount(parts, ['fish-freshwater'])).toBe(1);
  });
});
