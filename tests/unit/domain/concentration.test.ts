import { describe, expect, it } from 'vitest';
import {
  concentrationByForm,
  concentrationByPeriod,
  concentrationLevel,
  herfindahl,
  topShare,
} from '../../../src/domain/concentration';

describe('herfindahl', () => {
  it('is 10,000 for a single origin and 5,000 for two equal ones', () => {
    expect(herfindahl([{ origin: 'A', tonnes: 12.5 }])).toBeCloseTo(10_000, 9);
    expect(
      herfindahl([
        { origin: 'A', tonnes: 7 },
        { origin: 'B', tonnes: 7 },
      ]),
    ).toBeCloseTo(5_000, 9);
  });

  it('sums squared percentage shares: 50/30/20 gives 2,500 + 900 + 400', () => {
    const volumes = [
      { origin: 'A', tonnes: 500 },
      { origin: 'B', tonnes: 300 },
      { origin: 'C', tonnes: 200 },
    ];
    expect(herfindahl(volumes)).toBeCloseTo(3_800, 9);
  });

  it('sums duplicate origins before squaring', () => {
    // A = 30 + 20 = 50, B = 50: two halves → 5,000 (not 900 + 2,500 + 400 = 3,800).
    const volumes = [
      { origin: 'A', tonnes: 30 },
      { origin: 'B', tonnes: 50 },
      { origin: 'A', tonnes: 20 },
    ];
    expect(herfindahl(volumes)).toBeCloseTo(5_000, 9);
  });

  it('ignores origins that sent nothing or did not report', () => {
    // 60/40 → 3,600 + 1,600.
    const volumes = [
      { origin: 'A', tonnes: 60 },
      { origin: 'B', tonnes: 40 },
      { origin: 'C', tonnes: 0 },
      { origin: 'D', tonnes: null },
    ];
    expect(herfindahl(volumes)).toBeCloseTo(5_200, 9);
  });

  it('is null when nothing was reported or the total is 0', () => {
    expect(herfindahl([])).toBeNull();
    expect(herfindahl([{ origin: 'A', tonnes: null }])).toBeNull();
    expect(
      herfindahl([
        { origin: 'A', tonnes: 0 },
        { origin: 'B', tonnes: 0 },
      ]),
    ).toBeNull();
  });
});

describe('topShare', () => {
  const volumes = [
    { origin: 'C', tonnes: 200 },
    { origin: 'A', tonnes: 500 },
    { origin: 'B', tonnes: 300 },
  ];

  it('names the n largest origins, largest first, with their combined share', () => {
    const top = topShare(volumes, 2);
    expect(top?.origins).toEqual(['A', 'B']);
    expect(top?.share).toBeCloseTo(0.8, 12);
  });

  it('breaks ties by origin code', () => {
    const tied = [
      { origin: 'D', tonnes: 25 },
      { origin: 'B', tonnes: 25 },
      { origin: 'C', tonnes: 25 },
      { origin: 'A', tonnes: 25 },
    ];
    expect(topShare(tied, 2)).toEqual({ share: 0.5, origins: ['A', 'B'] });
  });

  it('sums duplicates and skips nulls and zeros', () => {
    const top = topShare(
      [
        { origin: 'B', tonnes: 30 },
        { origin: 'A', tonnes: 10 },
        { origin: 'A', tonnes: 50 },
        { origin: 'C', tonnes: 0 },
        { origin: 'D', tonnes: null },
      ],
      3,
    );
    expect(top?.origins).toEqual(['A', 'B']);
    expect(top?.share).toBe(1);
  });

  it('takes everything when n exceeds the origins, nothing when n is 0', () => {
    expect(topShare(volumes, 10)).toEqual({ share: 1, origins: ['A', 'B', 'C'] });
    expect(topShare(volumes, 0)).toEqual({ share: 0, origins: [] });
  });

  it('is null when nothing was reported', () => {
    expect(topShare([], 3)).toBeNull();
    expect(topShare([{ origin: 'A', tonnes: 0 }], 3)).toBeNull();
  });
});

describe('concentrationLevel (DOJ/FTC 2010 bands)', () => {
  it('is unconcentrated below 1,500', () => {
    expect(concentrationLevel(0)).toBe('unconcentrated');
    expect(concentrationLevel(1_499.99)).toBe('unconcentrated');
  });

  it('is moderate from 1,500 to 2,500 inclusive', () => {
    expect(concentrationLevel(1_500)).toBe('moderate');
    expect(concentrationLevel(2_000)).toBe('moderate');
    expect(concentrationLevel(2_500)).toBe('moderate');
  });

  it('is high above 2,500', () => {
    expect(concentrationLevel(2_500.01)).toBe('high');
    expect(concentrationLevel(10_000)).toBe('high');
  });
});

describe('concentrationByPeriod', () => {
  const rows = [
    { period: '2025-02-01', origin: 'B', tonnes: 30 },
    { period: '2025-01-01', origin: 'A', tonnes: 60 },
    { period: '2025-04-01', tonnes: 50 },
    { period: '2025-02-01', origin: 'D', tonnes: 10 },
    { period: '2025-03-01', origin: 'A', tonnes: null },
    { period: '2025-01-01', origin: 'B', tonnes: null },
    { period: '2025-02-01', origin: 'A', tonnes: 40 },
    { period: '2025-04-01', origin: 'A', tonnes: 50 },
    { period: '2025-01-01', origin: 'A', tonnes: 40 },
    { period: '2025-02-01', origin: 'C', tonnes: 20 },
  ];
  const points = concentrationByPeriod(rows);

  it('has one point per period, in period order', () => {
    expect(points.map((p) => p.period)).toEqual(['2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01']);
  });

  it('a period with one origin (duplicates summed, nulls ignored) is fully concentrated', () => {
    expect(points[0]).toMatchObject({ top3: ['A'], top3Share: 1, originCount: 1 });
    expect(points[0]?.hhi).toBeCloseTo(10_000, 9);
  });

  it('40/30/20/10 gives 1,600 + 900 + 400 + 100 and a top-3 share of 90 %', () => {
    expect(points[1]?.hhi).toBeCloseTo(3_000, 9);
    expect(points[1]?.top3).toEqual(['A', 'B', 'C']);
    expect(points[1]?.top3Share).toBeCloseTo(0.9, 12);
    expect(points[1]?.originCount).toBe(4);
  });

  it('a period with nothing reported has no index', () => {
    expect(points[2]).toEqual({ period: '2025-03-01', hhi: null, top3Share: null, top3: [], originCount: 0 });
  });

  it('rows without an origin count as one unknown origin, so their tonnes stay in the total', () => {
    expect(points[3]?.hhi).toBeCloseTo(5_000, 9);
    expect(points[3]?.top3).toEqual(['', 'A']);
    expect(points[3]?.originCount).toBe(2);
  });

  it('is empty for no rows', () => {
    expect(concentrationByPeriod([])).toEqual([]);
  });
});

describe('concentrationByForm', () => {
  // Meat: beef 80 t (AUS 70, NTT 10), buffalo 20 t (IND 20), chicken 100 t (Bogor 50, Sukabumi 50).
  const rows = [
    { period: '2025-01-01', commodity: 'meat-beef', origin: 'AUS', tonnes: 40 },
    { period: '2025-02-01', commodity: 'meat-beef', origin: 'AUS', tonnes: 30 },
    { period: '2025-01-01', commodity: 'meat-beef', origin: '53.01', tonnes: 10 },
    { period: '2025-01-01', commodity: 'meat-buffalo', origin: 'IND', tonnes: 20 },
    { period: '2025-01-01', commodity: 'meat-chicken', origin: '32.01', tonnes: 50 },
    { period: '2025-01-01', commodity: 'meat-chicken', origin: '32.02', tonnes: 50 },
    { period: '2025-01-01', commodity: 'rice-milled', origin: '32.15', tonnes: 999 },
  ];
  const groupOfForm = (form: string) => form.split('-')[0] ?? form;
  const result = concentrationByForm(rows, ['meat-beef', 'meat-buffalo', 'meat-chicken'], groupOfForm);

  it('reads each form on its own', () => {
    // Beef: 87.5 % and 12.5 % → 7,656.25 + 156.25 = 7,812.5. Buffalo: one origin → 10,000.
    // Chicken: two halves → 5,000.
    expect(result.forms.map((r) => [r.commodity, r.hhi, r.level, r.originCount])).toEqual([
      ['meat-beef', 7_812.5, 'high', 2],
      ['meat-buffalo', 10_000, 'high', 1],
      ['meat-chicken', 5_000, 'high', 2],
    ]);
    expect(result.forms[0]?.top3).toEqual({ share: 1, origins: ['AUS', '53.01'] });
  });

  it('pools the forms of a group per origin, which hides the concentration of each form', () => {
    // Of 200 t: AUS 70 (35 %), Bogor 50 (25 %), Sukabumi 50 (25 %), IND 20 (10 %), NTT 10 (5 %):
    // 1,225 + 625 + 625 + 100 + 25 = 2,600.
    expect(result.groups).toHaveLength(1);
    expect(result.groups[0]?.commodity).toBe('meat');
    expect(result.groups[0]?.hhi).toBeCloseTo(2_600, 9);
    expect(result.groups[0]?.level).toBe('high');
  });
});
