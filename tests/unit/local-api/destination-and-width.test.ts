// The destination parameter and the reduction to a plot width, on a dataset small enough to work
// out by hand: one series of 20 days into Jakarta.
import { describe, expect, test } from 'vitest';
import { createLocalApi, EMPTY_BALANCE, type LocalDataset } from '../../../src/local-api/local-api';
import { COMMODITIES, ENTRY_POINTS } from '../../../src/reference/entry-points';
import { NEEDS } from '../../../src/reference/needs';
import { REGIONS } from '../../../src/reference/regions';

const VALUES = [1, 5, 2, 3, 3, 4, 4, 0, 4, 4, 9, 1, 1, 2, 2, 6, 6, 6, 7, 6];
const day = (i: number) => `2024-01-${String(i + 1).padStart(2, '0')}`;

const dataset: LocalDataset = {
  meta: {
    dataset: { id: 'hand', name: 'Worked by hand', kind: 'imported' },
    coverage: { from: day(0), to: day(19) },
    maxRows: 1000,
    destinations: ['31'],
  },
  regions: REGIONS,
  commodities: COMMODITIES,
  entryPoints: ENTRY_POINTS,
  sources: [],
  claims: [],
  agreements: [],
  regionFacts: [],
  flows: {
    firstDay: day(0),
    lastDay: day(19),
    series: [
      {
        origin: '32.09',
        commodity: 'rice-milled',
        entryPoint: 'PIBC',
        status: 'reported',
        sourceIds: [],
        values: Float64Array.from(VALUES),
      },
    ],
  },
  ownProduction: { rice: [], meat: [], fish: [] },
  stocks: {},
  balance: EMPTY_BALANCE,
  needs: NEEDS,
};
const api = createLocalApi(dataset);
const days = { from: day(0), to: day(19), granularity: 'day', groupBy: 'group' };
type Flows = { destination: string; rows: { period: string; tonnes: number }[]; reduction?: unknown };
const flows = (query: Record<string, string>) => {
  const answer = api.handle('/flows', new URLSearchParams(query));
  return { status: answer.status, body: answer.body as Flows };
};

describe('destination', () => {
  test('Jakarta when not named, and when named', () => {
    for (const query of [days, { ...days, destination: '31' }]) {
      const { status, body } = flows(query);
      expect(status).toBe(200);
      expect(body.destination).toBe('31');
      expect(body.rows.map((r) => r.tonnes)).toEqual(VALUES);
    }
  });

  test('another province: no rows, under its own code, on every data endpoint', () => {
    expect(flows({ ...days, destination: '32' }).body).toMatchObject({ destination: '32', rows: [] });
    for (const route of ['/production', '/stocks', '/balance']) {
      const answer = api.handle(route, new URLSearchParams({ ...days, destination: '61' }));
      expect(answer.status, route).toBe(200);
      expect(answer.body, route).toMatchObject({ destination: '61', rows: [] });
    }
    expect(api.handle('/needs', new URLSearchParams({ destination: '61' })).body).toEqual([]);
    expect((api.handle('/needs', new URLSearchParams()).body as unknown[]).length).toBe(NEEDS.length);
  });

  test('a code that is no province is refused, naming the field', () => {
    for (const destination of ['99', '31.71', 'JKT', '']) {
      const answer = api.handle('/flows', new URLSearchParams({ ...days, destination }));
      expect(answer.status, destination).toBe(400);
      expect(answer.body).toMatchObject({ errors: [{ field: 'destination' }] });
    }
  });
});

describe('width (M4 to the plot)', () => {
  test('12 px is too narrow for the API: refused, as are widths that are not whole pixels', () => {
    for (const width of ['12', '10001', '12.5', '1e3', 'wide']) {
      expect(flows({ ...days, width }).status, width).toBe(400);
    }
  });

  test('16 px, one series: 4 columns of 5 days keep first, last, minimum and maximum of each', () => {
    // m4ColumnsFor(16, 1) = 4 columns (at most 16 periods) over 20 days: days 0–4, 5–9, 10–14, 15–19.
    // [1 5 2 3 3] → 0 (first, min), 1 (max), 4;  [4 4 0 4 4] → 5 (first, max), 7 (min), 9;
    // [9 1 1 2 2] → 10 (first, max), 11 (min, earliest), 14;  [6 6 6 7 6] → 15 (first, min), 18 (max), 19.
    const { body } = flows({ ...days, width: '16' });
    expect(body.rows.map((r) => r.period)).toEqual([0, 1, 4, 5, 7, 9, 10, 11, 14, 15, 18, 19].map(day));
    expect(body.rows.map((r) => r.tonnes)).toEqual([1, 5, 3, 4, 0, 4, 9, 1, 2, 6, 7, 6]);
    expect(body.reduction).toEqual({ method: 'm4', width: 16, periods: 20, keptPeriods: 12 });
  });

  test('a width that holds every period sends them all, without a reduction note', () => {
    const { body } = flows({ ...days, width: '100' });
    expect(body.rows).toHaveLength(20);
    expect(body.reduction).toBeUndefined();
  });
});
