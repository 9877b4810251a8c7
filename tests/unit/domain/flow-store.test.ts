import { describe, expect, test } from 'vitest';
import {
  aggregateFlows,
  roundTonnes,
  type FlowQuery,
  type FlowSeries,
  type FlowStore,
} from '../../../src/domain/flow-store';

const N = Number.NaN;

function series(
  origin: string,
  commodity: FlowSeries['commodity'],
  entryPoint: string,
  status: FlowSeries['status'],
  sourceIds: string[],
  values: number[],
): FlowSeries {
  return { origin, commodity, entryPoint, status, sourceIds, values: Float64Array.from(values) };
}

// Four days across a month boundary: Tue 30 Jan … Fri 2 Feb 2024.
const STORE: FlowStore = {
  firstDay: '2024-01-30',
  lastDay: '2024-02-02',
  series: [
    series('32.09', 'rice-milled', 'PIBC', 'estimated', ['s1'], [10, 20, N, 5]),
    series('32.15', 'rice-milled', 'PIBC', 'reported', ['s2'], [1, 2, 3, 4]),
    series('33.10', 'rice-milled', 'PIBC', 'estimated', ['s1'], [2, 2, 2, 2]),
    // Never reported: contributes no tonnes, no status and no source.
    series('33.10', 'meat-chicken', 'JALUR-DARAT', 'synthetic', ['s3'], [N, N, N, N]),
    // 0 = nothing came (reported), NaN = not reported.
    series('AUS', 'meat-beef', 'TANJUNG-PRIOK', 'reported', ['s4'], [0, N, 0, 7.5]),
  ],
};

const provinceOf = (code: string) => code.split('.')[0] ?? code;

function aggregate(query: Partial<FlowQuery>) {
  return aggregateFlows(
    STORE,
    { range: { from: '2024-01-01', to: '2024-02-29' }, granularity: 'month', groupBy: [], ...query },
    provinceOf,
  );
}

describe('aggregateFlows on a hand-made store', () => {
  test('monthly totals without grouping', () => {
    // January (30, 31): 10+20 + 1+2 + 2+2 + 0 = 37. February (1, 2): 5 + 3+4 + 2+2 + 0+7.5 = 23.5.
    expect(aggregate({})).toEqual([
      { period: '2024-01-01', tonnes: 37, status: 'estimated', sourceIds: ['s1', 's2', 's4'] },
      { period: '2024-02-01', tonnes: 23.5, status: 'estimated', sourceIds: ['s1', 's2', 's4'] },
    ]);
  });

  test('one week covering all four days', () => {
    const rows = aggregate({ range: { from: '2024-01-29', to: '2024-02-04' }, granularity: 'week' });
    // 35 + 10 + 8 + 7.5
    expect(rows).toEqual([
      { period: '2024-01-29', tonnes: 60.5, status: 'estimated', sourceIds: ['s1', 's2', 's4'] },
    ]);
  });

  test('daily by group: a day where every series is NaN is null; a day with 0 and NaN is 0', () => {
    const rows = aggregate({
      range: { from: '2024-01-30', to: '2024-02-02' },
      granularity: 'day',
      groupBy: ['group'],
    });
    const byGroup = (group: string) => rows.filter((r) => r.group === group).map((r) => [r.period, r.tonnes]);
    expect(byGroup('rice')).toEqual([
      ['2024-01-30', 13],
      ['2024-01-31', 24],
      ['2024-02-01', 5],
      ['2024-02-02', 11],
    ]);
    expect(byGroup('meat')).toEqual([
      ['2024-01-30', 0],
      ['2024-01-31', null],
      ['2024-02-01', 0],
      ['2024-02-02', 7.5],
    ]);
    // The synthetic chicken series reported nothing, so it does not weaken the meat status.
    expect(rows.find((r) => r.group === 'meat')).toMatchObject({ status: 'reported', sourceIds: ['s4'] });
    expect(rows.find((r) => r.group === 'rice')).toMatchObject({
      status: 'estimated',
      sourceIds: ['s1', 's2'],
    });
  });

  test('groupBy province through the provinceOf function', () => {
    const rows = aggregate({ groupBy: ['province'] });
    const table = rows.map((r) => [r.period, r.province, r.tonnes]);
    expect(table).toEqual([
      ['2024-01-01', '32', 33],
      ['2024-01-01', '33', 4],
      ['2024-01-01', 'AUS', 0],
      ['2024-02-01', '32', 12],
      ['2024-02-01', '33', 4],
      ['2024-02-01', 'AUS', 7.5],
    ]);
    expect(rows.every((r) => r.origin === undefined && r.group === undefined)).toBe(true);
  });

  test('groupBy two dimensions keeps both keys', () => {
    const rows = aggregate({
      groupBy: ['group', 'entryPoint'],
      range: { from: '2024-02-01', to: '2024-02-29' },
    });
    expect(rows.map((r) => [r.group, r.entryPoint, r.tonnes])).toEqual([
      ['rice', 'PIBC', 16],
      ['meat', 'JALUR-DARAT', null],
      ['meat', 'TANJUNG-PRIOK', 7.5],
    ]);
  });

  test('filters by commodity, origin and entry point', () => {
    expect(aggregate({ commodities: new Set(['meat-beef'] as const) }).map((r) => r.tonnes)).toEqual([
      0, 7.5,
    ]);
    expect(aggregate({ origins: new Set(['32.09']) }).map((r) => r.tonnes)).toEqual([30, 5]);
    expect(aggregate({ entryPoints: new Set(['PIBC']) }).map((r) => r.tonnes)).toEqual([37, 16]);
    expect(aggregate({ origins: new Set(['32.09']), entryPoints: new Set(['TANJUNG-PRIOK']) })).toEqual([]);
  });

  test('a series that was never reported gives null, not 0', () => {
    const rows = aggregate({ commodities: new Set(['meat-chicken'] as const) });
    expect(rows.map((r) => r.tonnes)).toEqual([null, null]);
    expect(rows.every((r) => r.sourceIds.length === 0)).toBe(true);
  });

  test('periods of the range beyond the store are null; a range wholly outside gives no rows', () => {
    const rows = aggregate({ range: { from: '2023-12-01', to: '2024-03-31' } });
    expect(rows.map((r) => [r.period, r.tonnes])).toEqual([
      ['2023-12-01', null],
      ['2024-01-01', 37],
      ['2024-02-01', 23.5],
      ['2024-03-01', null],
    ]);
    expect(aggregate({ range: { from: '2025-01-01', to: '2025-12-31' } })).toEqual([]);
  });

  test('sums are rounded to kilograms', () => {
    expect(roundTonnes(0.1 + 0.2)).toBe(0.3);
    expect(roundTonnes(1.23456)).toBe(1.235);
    const store: FlowStore = {
      firstDay: '2024-01-01',
      lastDay: '2024-01-02',
      series: [series('32.09', 'rice-milled', 'PIBC', 'reported', [], [0.1, 0.2])],
    };
    const rows = aggregateFlows(
      store,
      { range: { from: '2024-01-01', to: '2024-01-02' }, granularity: 'month', groupBy: [] },
      provinceOf,
    );
    expect(rows[0]?.tonnes).toBe(0.3);
  });
});
