import { describe, expect, test } from 'vitest';
import type { FlowRow } from '../../../src/contract/schemas';
import { applySelection, toggleSelection, totalsOverPeriods } from '../../../src/features/flows/flow-totals';
import { truncateLabel } from '../../../src/features/flows/truncate-label';

const row = (overrides: Partial<FlowRow>): FlowRow => ({
  period: '2025-01-01',
  province: '32',
  origin: '32.09',
  commodity: 'rice-milled',
  entryPoint: 'PIBC',
  tonnes: 10,
  status: 'estimated',
  sourceIds: ['a'],
  ...overrides,
});

const response = (rows: FlowRow[]) => ({
  from: '2025-01-01',
  to: '2026-12-31',
  granularity: 'year' as const,
  groupBy: ['province' as const, 'origin' as const, 'commodity' as const, 'entryPoint' as const],
  rows,
});

describe('totalsOverPeriods', () => {
  test('sums the years of one combination, keeps the weakest status and every source', () => {
    const totals = totalsOverPeriods(
      response([
        row({ tonnes: 10, status: 'reported', sourceIds: ['b'] }),
        row({ period: '2026-01-01', tonnes: 5, status: 'synthetic', sourceIds: ['a'] }),
        row({ origin: '32.15', tonnes: 3 }),
      ]),
    );
    expect(totals).toEqual([
      {
        province: '32',
        origin: '32.09',
        commodity: 'rice-milled',
        entryPoint: 'PIBC',
        tonnes: 15,
        status: 'synthetic',
        sourceIds: ['a', 'b'],
      },
      expect.objectContaining({ origin: '32.15', tonnes: 3 }),
    ]);
  });

  test('not reported in any year stays null (not 0); a reported year among nulls counts', () => {
    const totals = totalsOverPeriods(
      response([
        row({ tonnes: null }),
        row({ period: '2026-01-01', tonnes: null }),
        row({ origin: '32.15', tonnes: null }),
        row({ origin: '32.15', period: '2026-01-01', tonnes: 0 }),
      ]),
    );
    expect(totals.map((total) => [total.origin, total.tonnes])).toEqual([
      ['32.09', null],
      ['32.15', 0],
    ]);
  });
});

describe('selection', () => {
  const rows = totalsOverPeriods(
    response([
      row({}),
      row({ origin: '32.15' }),
      row({ origin: '32.15', commodity: 'fish-marine', entryPoint: 'PPI' }),
    ]),
  );

  test('applySelection keeps the rows that match every selected dimension', () => {
    expect(applySelection(rows, {})).toHaveLength(3);
    expect(applySelection(rows, { origin: '32.15' })).toHaveLength(2);
    expect(applySelection(rows, { origin: '32.15', commodity: 'fish-marine' })).toHaveLength(1);
    expect(applySelection(rows, { entryPoint: 'nowhere' })).toEqual([]);
  });

  test('toggleSelection selects, replaces, and clears on a second click', () => {
    const one = toggleSelection({}, 'origin', '32.09');
    expect(one).toEqual({ origin: '32.09' });
    expect(toggleSelection(one, 'origin', '32.15')).toEqual({ origin: '32.15' });
    expect(toggleSelection({ ...one, commodity: 'rice-milled' }, 'origin', '32.09')).toEqual({
      commodity: 'rice-milled',
    });
  });
});

describe('truncateLabel', () => {
  test('short text is unchanged; long text is cut to the limit, ellipsis included', () => {
    expect(truncateLabel('Kabupaten Cirebon', 28)).toBe('Kabupaten Cirebon');
    expect(truncateLabel('Kabupaten Ogan Komering Ulu Timur Raya', 20)).toBe('Kabupaten Ogan Kome…');
  });

  test('an emoji or a family of emoji is never split', () => {
    const family = '👨‍👩‍👧‍👦';
    expect(truncateLabel(`${family}${family}${family}`, 2)).toBe(`${family}…`);
    expect(truncateLabel('Sapi 🐄🐄🐄🐄', 7)).toBe('Sapi 🐄…');
  });
});
