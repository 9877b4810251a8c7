import { describe, expect, test } from 'vitest';
import { daysBetweenInclusive } from '../../../src/domain/calendar-date';
import type { FlowSeries } from '../../../src/domain/flow-store';
import { REGIONS } from '../../../src/reference/regions';
import { demoLocalDataset } from '../../../mocks/demo-dataset/demo-local-dataset';

const dataset = demoLocalDataset();
const { flows } = dataset;
const regionByCode = new Map(REGIONS.map((r) => [r.code, r]));
const provinceOf = (code: string) => regionByCode.get(code)?.parentCode ?? code;

/** A series that actually carries tonnes on some day. */
const hasFlow = (series: FlowSeries) => series.values.some((v) => !Number.isNaN(v) && v > 0);
const withFlows = flows.series.filter(hasFlow);
const originsOf = (predicate: (s: FlowSeries) => boolean) =>
  new Set(withFlows.filter(predicate).map((s) => s.origin));

describe('demo dataset coverage', () => {
  test('daily values from 2019-01-01 through at least 2025-12-31', () => {
    expect(flows.firstDay).toBe('2019-01-01');
    expect(flows.lastDay >= '2025-12-31').toBe(true);
    const days = daysBetweenInclusive(flows.firstDay, flows.lastDay);
    expect(flows.series.every((s) => s.values.length === days)).toBe(true);
  });

  test('every origin and entry point is in the catalogue', () => {
    const entryPoints = new Set(dataset.entryPoints.map((e) => e.code));
    expect(flows.series.filter((s) => !regionByCode.has(s.origin)).map((s) => s.origin)).toEqual([]);
    expect(flows.series.filter((s) => !entryPoints.has(s.entryPoint)).map((s) => s.entryPoint)).toEqual([]);
  });

  test('no negative tonnes anywhere', () => {
    expect(flows.series.filter((s) => s.values.some((v) => v < 0)).map((s) => s.origin)).toEqual([]);
  });

  test('≥30 origin regions (not countries) in ≥12 provinces, plus ≥1 country', () => {
    const domestic = [...originsOf(() => true)].filter((code) => regionByCode.get(code)?.level !== 'country');
    const countries = [...originsOf(() => true)].filter(
      (code) => regionByCode.get(code)?.level === 'country',
    );
    expect(domestic.length).toBeGreaterThanOrEqual(30);
    expect(new Set(domestic.map(provinceOf)).size).toBeGreaterThanOrEqual(12);
    expect(countries.length).toBeGreaterThanOrEqual(1);
  });

  test('rice, meat (beef, buffalo, chicken) and fish (marine, freshwater) are all present', () => {
    const forms = new Set(withFlows.map((s) => s.commodity));
    for (const form of [
      'rice-milled',
      'meat-beef',
      'meat-buffalo',
      'meat-chicken',
      'fish-marine',
      'fish-freshwater',
    ])
      expect(forms.has(form as FlowSeries['commodity']), form).toBe(true);
  });

  test.each(['13.77', '61', '74.01', '61.04'])(
    'partner %s of the October 2025 agreements has flows, every one of them synthetic',
    (partner) => {
      const partnerSeries = flows.series.filter((s) => s.origin === partner);
      expect(partnerSeries.filter(hasFlow).length).toBeGreaterThan(0);
      expect(partnerSeries.map((s) => s.status).every((status) => status === 'synthetic')).toBe(true);
      expect(dataset.agreements.some((a) => a.partnerCode === partner)).toBe(true);
    },
  );

  test('only the partner flows are synthetic', () => {
    const synthetic = new Set(flows.series.filter((s) => s.status === 'synthetic').map((s) => s.origin));
    expect([...synthetic].sort()).toEqual(['13.77', '61', '61.04', '74.01']);
  });

  test('14.71 (Kota Pekanbaru): an agreement only, no flows', () => {
    expect(flows.series.filter((s) => s.origin === '14.71')).toEqual([]);
    expect(dataset.agreements.some((a) => a.partnerCode === '14.71')).toBe(true);
  });

  test('the rice suppliers named in the reference are rice origins', () => {
    const riceOrigins = originsOf((s) => s.commodity === 'rice-milled');
    const riceProvinces = new Set([...riceOrigins].map(provinceOf));
    for (const regency of ['32.09', '32.15', '32.04']) expect(riceOrigins.has(regency), regency).toBe(true);
    for (const province of ['33', '35', '73', '18', '16'])
      expect(riceProvinces.has(province), province).toBe(true);
  });
});
