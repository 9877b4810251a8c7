import { describe, expect, test } from 'vitest';
import { toDayNumber } from '../../../src/domain/calendar-date';
import { eventsOfKind } from '../../../src/domain/calendar-events';
import type { FlowRow } from '../../../src/contract/schemas';
import { REGIONS } from '../../../src/reference/regions';
import { demoApi, totalTonnes } from '../../helpers/demo-api';

// One test per row of docs/reference-figures.md, with the numbers typed from that file
// (not imported from the generator's plan), so a change to the plan cannot move the target too.

const api = demoApi();
const COUNTRIES = new Set(REGIONS.filter((r) => r.level === 'country').map((r) => r.code));
const LEBARAN = eventsOfKind('lebaran').map(toDayNumber);

/**
 * Percentage of the total for each key of rows grouped by one dimension. Rows of series that were
 * not reported yet (the partner flows starting in 2026) are null: a gap, left out of the total.
 */
function sharesBy(rows: readonly FlowRow[], key: (row: FlowRow) => string | undefined) {
  const reported = rows.filter((row) => row.tonnes !== null);
  const total = totalTonnes(reported);
  const shares = new Map<string, number>();
  for (const row of reported) {
    const k = key(row) ?? '(none)';
    shares.set(k, (shares.get(k) ?? 0) + ((row.tonnes ?? Number.NaN) / total) * 100);
  }
  return shares;
}

const within = (value: number | undefined, target: number, tolerance: number) => {
  expect(value).toBeDefined();
  expect(Math.abs((value ?? Number.NaN) - target)).toBeLessThanOrEqual(tolerance);
};

describe('rice — Pasar Induk Beras Cipinang (PIBC)', () => {
  test('"rice entering PIBC | 3,000–3,200 t/day | Aug 2021": mean per day in Aug 2021', () => {
    const { rows } = api.flows({
      from: '2021-08-01',
      to: '2021-08-31',
      granularity: 'month',
      commodity: 'rice',
      entryPoint: 'PIBC',
    });
    const perDay = totalTonnes(rows) / 31;
    expect(perDay).toBeGreaterThanOrEqual(3000);
    expect(perDay).toBeLessThanOrEqual(3200);
  });

  test('"origin shares of PIBC inflow | Cirebon 31.52%, Jawa Tengah 23.13%, Karawang 20.25%, Bandung 7.46%, Jawa Timur 4.27% | Oct 2021": monthly shares within ±2 pp', () => {
    const range = {
      from: '2021-10-01',
      to: '2021-10-31',
      granularity: 'month',
      commodity: 'rice',
      entryPoint: 'PIBC',
    };
    const byOrigin = sharesBy(api.flows({ ...range, groupBy: 'origin' }).rows, (r) => r.origin);
    const byProvince = sharesBy(api.flows({ ...range, groupBy: 'province' }).rows, (r) => r.province);
    within(byOrigin.get('32.09'), 31.52, 2); // Cirebon
    within(byProvince.get('33'), 23.13, 2); // Jawa Tengah
    within(byOrigin.get('32.15'), 20.25, 2); // Karawang
    within(byOrigin.get('32.04'), 7.46, 2); // Bandung
    within(byProvince.get('35'), 4.27, 2); // Jawa Timur
  });

  test('"one morning\'s inflow | Cirebon 38.99%, Karawang 24.46%, Jawa Tengah 18.25% | 14 Sep 2020": Sep 2020 monthly shares within ±5 pp', () => {
    const range = {
      from: '2020-09-01',
      to: '2020-09-30',
      granularity: 'month',
      commodity: 'rice',
      entryPoint: 'PIBC',
    };
    const byOrigin = sharesBy(api.flows({ ...range, groupBy: 'origin' }).rows, (r) => r.origin);
    const byProvince = sharesBy(api.flows({ ...range, groupBy: 'province' }).rows, (r) => r.province);
    within(byOrigin.get('32.09'), 38.99, 5);
    within(byOrigin.get('32.15'), 24.46, 5);
    within(byProvince.get('33'), 18.25, 5);
  });

  test('"PIBC outflow | in/out 2,700–4,000 t/day | Oct 2021": every day of Oct 2021 except within 3 days of Lebaran', () => {
    const { rows } = api.flows({
      from: '2021-10-01',
      to: '2021-10-31',
      granularity: 'day',
      commodity: 'rice',
      entryPoint: 'PIBC',
    });
    expect(rows).toHaveLength(31);
    const outside = rows
      .filter((row) => !LEBARAN.some((lebaran) => Math.abs(toDayNumber(row.period) - lebaran) <= 3))
      .filter((row) => row.tonnes === null || row.tonnes < 2700 || row.tonnes > 4000)
      .map((row) => `${row.period}: ${row.tonnes}`);
    expect(outside).toEqual([]);
  });

  test('"PIBC outflow | stock 37,912 t | Oct 2021": stock on 2021-10-15 within ±5%', () => {
    const { rows } = api.stocks({
      from: '2021-10-15',
      to: '2021-10-15',
      granularity: 'day',
      entryPoint: 'PIBC',
    });
    within(rows[0]?.closingTonnes ?? undefined, 37912, 0.05 * 37912);
  });

  test('"PIBC safety stock | peak 46,634 t on 2 May 2024 | 2024": the 2024 maximum within ±1%, within 3 days of 2 May', () => {
    const { rows } = api.stocks({
      from: '2024-01-01',
      to: '2024-12-31',
      granularity: 'day',
      entryPoint: 'PIBC',
    });
    expect(rows).toHaveLength(366);
    const peak = rows.reduce((best, row) =>
      (row.closingTonnes ?? -1) > (best.closingTonnes ?? -1) ? row : best,
    );
    within(peak.closingTonnes ?? undefined, 46634, 0.01 * 46634);
    expect(Math.abs(toDayNumber(peak.period) - toDayNumber('2024-05-02'))).toBeLessThanOrEqual(3);
  });

  test('"Jakarta\'s own production | 1,359.57 t rice (2024); 1,576.37 t rice (2023)": reported as published', () => {
    const { rows } = api.production({
      from: '2023-01-01',
      to: '2024-12-31',
      granularity: 'year',
      group: 'rice',
    });
    expect(rows.map((r) => [r.period, r.tonnes, r.status])).toEqual([
      ['2023-01-01', 1576.37, 'reported'],
      ['2024-01-01', 1359.57, 'reported'],
    ]);
  });

  test('"98%; own rice covers ~2 days of need | Dinas KPKP": own rice 2024 ÷ mean daily rice inflow 2024 is below 2 days', () => {
    const own = api.production({ from: '2024-01-01', to: '2024-12-31', granularity: 'year', group: 'rice' })
      .rows[0]?.tonnes;
    const inflow = totalTonnes(
      api.flows({ from: '2024-01-01', to: '2024-12-31', granularity: 'year', commodity: 'rice' }).rows,
    );
    const days = (own ?? Number.NaN) / (inflow / 366);
    expect(days).toBeGreaterThan(0);
    expect(days).toBeLessThan(2);
  });
});

describe('meat', () => {
  test('"beef demand | ~6,000 t/month, ~95% imported | Oct 2021": total within ±10%, imports 93–97%', () => {
    const { rows } = api.flows({
      from: '2021-10-01',
      to: '2021-10-31',
      granularity: 'month',
      commodity: 'meat-beef',
      groupBy: 'origin',
    });
    const total = totalTonnes(rows);
    within(total, 6000, 600);
    const imported = totalTonnes(rows.filter((r) => COUNTRIES.has(r.origin ?? '')));
    expect(imported / total).toBeGreaterThanOrEqual(0.93);
    expect(imported / total).toBeLessThanOrEqual(0.97);
  });

  test('"chicken demand | ~1,000 t/day | 2018": mean per day in 2019 within 950–1,100 t', () => {
    const { rows } = api.flows({
      from: '2019-01-01',
      to: '2019-12-31',
      granularity: 'year',
      commodity: 'meat-chicken',
    });
    const perDay = totalTonnes(rows) / 365;
    expect(perDay).toBeGreaterThanOrEqual(950);
    expect(perDay).toBeLessThanOrEqual(1100);
  });
});

describe('fish', () => {
  test('"Jakarta\'s own fisheries | capture 107,828.84 t, aquaculture 3,869.48 t | 2020": reported as published', () => {
    const { rows } = api.production({
      from: '2020-01-01',
      to: '2020-12-31',
      granularity: 'year',
      group: 'fish',
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tonnes).toBeCloseTo(107828.84 + 3869.48, 2);
    expect(rows[0]?.status).toBe('reported');
  });

  test('"daily fish demand | ~650 t/day | 2015" (sources disagree): inflow + own production per day in 2020 within 550–800 t', () => {
    const inflow = totalTonnes(
      api.flows({ from: '2020-01-01', to: '2020-12-31', granularity: 'year', commodity: 'fish' }).rows,
    );
    const own = api.production({ from: '2020-01-01', to: '2020-12-31', granularity: 'year', group: 'fish' })
      .rows[0]?.tonnes;
    const perDay = (inflow + (own ?? Number.NaN)) / 366;
    expect(perDay).toBeGreaterThanOrEqual(550);
    expect(perDay).toBeLessThanOrEqual(800);
  });
});

test('the Lebaran exclusion above knows Lebaran 2021 (13 May, far from October)', () => {
  expect(LEBARAN).toContain(toDayNumber('2021-05-13'));
});
