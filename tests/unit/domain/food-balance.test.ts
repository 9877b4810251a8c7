import { describe, expect, test } from 'vitest';
import {
  balancesFromRows,
  basketDiffers,
  shareUnderBasis,
  type CommodityBalance,
  type StatusedTonnes,
} from '../../../src/domain/food-balance';

const t = (
  tonnes: number | null,
  status: StatusedTonnes['status'] = 'reported',
  source = 's',
): StatusedTonnes => ({
  tonnes,
  status,
  sourceIds: [source],
});

// A small balance worked by hand (tonnes over one period).
const rice: CommodityBalance = {
  commodity: 'rice-milled',
  inflow: t(1000),
  onward: { 'buffer-zone': t(200), 'inter-island': t(150), export: t(0) },
  stockChange: t(50), // stock built up by 50 t
  production: { grown: t(10, 'derived') },
};
const fish: CommodityBalance = {
  commodity: 'fish-marine',
  inflow: t(300),
  onward: { export: t(40, 'estimated', 'model') },
  stockChange: t(0),
  production: { landed: t(200), caught: t(20), farmed: t(5) },
};
const beef: CommodityBalance = {
  commodity: 'meat-beef',
  inflow: t(180),
  onward: { 'buffer-zone': t(0) },
  stockChange: t(0),
  production: { raised: t(2), slaughtered: t(50) },
};
const chicken: CommodityBalance = {
  commodity: 'meat-chicken',
  inflow: t(500),
  onward: { 'buffer-zone': t(0) },
  stockChange: t(0),
  production: { raised: t(5) },
};
const balances = [rice, fish, beef, chicken];

describe('shareUnderBasis on a hand-worked balance', () => {
  test('gross: inflow ÷ (inflow + everything Jakarta counts as produced, slaughter of outside animals left out)', () => {
    expect(shareUnderBasis('gross', balances, ['rice-milled']).share).toBeCloseTo(1000 / 1010, 12);
    // fish: 300 ÷ (300 + 200 landed + 20 caught + 5 farmed) = 300 / 525
    expect(shareUnderBasis('gross', balances, ['fish-marine']).share).toBeCloseTo(300 / 525, 12);
    // beef: 180 ÷ (180 + 2 raised); the 50 t slaughtered are animals already in the inflow
    expect(shareUnderBasis('gross', balances, ['meat-beef']).share).toBeCloseTo(180 / 182, 12);
    const all = shareUnderBasis('gross', balances, ['rice-milled', 'fish-marine', 'meat-beef']);
    expect(all.outside).toBe(1480);
    expect(all.own).toBe(237);
    expect(all.share).toBeCloseTo(1480 / 1717, 12);
  });

  test('retained: inflow + landings from elsewhere − onward − stock built up, against what grew in DKI', () => {
    // rice: 1000 − 200 − 150 − 0 − 50 = 600 outside, 10 own
    const riceShare = shareUnderBasis('retained', balances, ['rice-milled']);
    expect(riceShare.outside).toBe(600);
    expect(riceShare.own).toBe(10);
    expect(riceShare.share).toBeCloseTo(600 / 610, 12);
    // fish: 300 + 200 landed − 40 exported = 460 outside; 20 caught + 5 farmed = 25 own
    expect(shareUnderBasis('retained', balances, ['fish-marine']).share).toBeCloseTo(460 / 485, 12);
    const all = shareUnderBasis('retained', balances, ['rice-milled', 'fish-marine', 'meat-beef']);
    expect(all.outside).toBe(1240);
    expect(all.own).toBe(37);
    expect(all.share).toBeCloseTo(1240 / 1277, 12);
    expect(all.warnings).toEqual([]);
    expect(all.missing).toEqual([]);
  });

  test('a stock drawn down adds to what Jakarta kept', () => {
    const drawn = { ...rice, stockChange: t(-100) };
    // 1000 − 350 + 100 = 750 outside
    expect(shareUnderBasis('retained', [drawn], ['rice-milled']).share).toBeCloseTo(750 / 760, 12);
  });

  test("claim: the retained rule over the claim's basket, naming what the dashboard does not record", () => {
    const claim = shareUnderBasis(
      'claim',
      balances,
      ['rice-milled', 'meat-beef', 'meat-chicken', 'fish-marine'],
      ['rice', 'beef', 'eggs', 'chicken', 'chili', 'shallots'],
    );
    expect(claim.commodities).toEqual(['rice-milled', 'meat-beef', 'meat-chicken']);
    // 600 + 180 + 500 outside, 10 + 2 + 5 own; no fish in this basket
    expect(claim.outside).toBe(1280);
    expect(claim.own).toBe(17);
    expect(claim.share).toBeCloseTo(1280 / 1297, 12);
    expect(claim.notCovered).toEqual(['eggs', 'chili', 'shallots']);
  });

  test('a claim naming no basket is computed over everything shown', () => {
    const claim = shareUnderBasis('claim', balances, ['rice-milled', 'fish-marine'], null);
    expect(claim.share).toBeCloseTo((600 + 460) / (600 + 460 + 10 + 25), 12);
    expect(claim.notCovered).toEqual([]);
  });

  test('status is the weakest of what was added, sources are the union', () => {
    const share = shareUnderBasis('retained', balances, ['rice-milled', 'fish-marine']);
    expect(share.status).toBe('estimated');
    expect(share.sourceIds).toEqual(['model', 's']);
    expect(shareUnderBasis('gross', balances, ['rice-milled']).status).toBe('derived');
  });
});

describe('bad input', () => {
  test('a balance that does not close is shown as computed, with a warning, never clamped', () => {
    const short: CommodityBalance = {
      commodity: 'rice-milled',
      inflow: t(100),
      onward: { 'buffer-zone': t(150) },
      stockChange: t(-20),
      production: { grown: t(10) },
    };
    const share = shareUnderBasis('retained', [short], ['rice-milled']);
    // 100 − 150 + 20 = −30 outside; −30 ÷ (−30 + 10) = 1.5
    expect(share.outside).toBe(-30);
    expect(share.share).toBeCloseTo(1.5, 12);
    expect(share.warnings).toEqual([{ commodity: 'rice-milled', retainedOutside: -30 }]);
  });

  test('a basis that cannot be computed says what is missing instead of a share', () => {
    const inflowOnly: CommodityBalance = { commodity: 'rice-milled', inflow: t(100) };
    const gross = shareUnderBasis('gross', [inflowOnly], ['rice-milled', 'fish-marine']);
    expect(gross.share).toBeNull();
    expect(gross.missing).toEqual([
      { commodity: 'rice-milled', part: 'production' },
      { commodity: 'fish-marine', part: 'inflow' },
      { commodity: 'fish-marine', part: 'production' },
    ]);
    const retained = shareUnderBasis(
      'retained',
      [{ ...inflowOnly, production: { grown: t(1) } }],
      ['rice-milled'],
    );
    expect(retained.share).toBeNull();
    expect(retained.missing).toEqual([
      { commodity: 'rice-milled', part: 'onward' },
      { commodity: 'rice-milled', part: 'stock-change' },
    ]);
  });

  test('a reported zero is not missing; a null is', () => {
    const zeroOnward: CommodityBalance = { ...beef, onward: { 'buffer-zone': t(0) } };
    expect(shareUnderBasis('retained', [zeroOnward], ['meat-beef']).missing).toEqual([]);
    const nullOnward: CommodityBalance = { ...beef, onward: { 'buffer-zone': t(null) } };
    expect(shareUnderBasis('retained', [nullOnward], ['meat-beef']).missing).toEqual([
      { commodity: 'meat-beef', part: 'onward' },
    ]);
  });
});

describe('balancesFromRows', () => {
  test('sums rows of several periods into one balance per form', () => {
    const [balance] = balancesFromRows(
      [
        { commodity: 'rice-milled', tonnes: 400, status: 'reported', sourceIds: ['a'] },
        { commodity: 'rice-milled', tonnes: 600, status: 'estimated', sourceIds: ['b'] },
      ],
      [
        {
          commodity: 'rice-milled',
          item: 'onward',
          detail: 'buffer-zone',
          tonnes: 120,
          status: 'reported',
          sourceIds: ['a'],
        },
        {
          commodity: 'rice-milled',
          item: 'onward',
          detail: 'buffer-zone',
          tonnes: 80,
          status: 'reported',
          sourceIds: ['a'],
        },
        {
          commodity: 'rice-milled',
          item: 'stock-change',
          detail: null,
          tonnes: -30,
          status: 'reported',
          sourceIds: ['a'],
        },
        {
          commodity: 'rice-milled',
          item: 'production',
          detail: 'grown',
          tonnes: 4,
          status: 'derived',
          sourceIds: ['c'],
        },
      ],
    );
    expect(balance?.inflow).toEqual({ tonnes: 1000, status: 'estimated', sourceIds: ['a', 'b'] });
    expect(balance?.onward?.['buffer-zone']?.tonnes).toBe(200);
    expect(balance?.stockChange?.tonnes).toBe(-30);
    expect(balance?.production?.grown?.tonnes).toBe(4);
  });
});

describe('basketDiffers', () => {
  test("says when the claim's basket is not what is shown", () => {
    expect(
      basketDiffers(
        ['rice', 'beef', 'buffalo', 'chicken', 'fish'],
        ['rice-milled', 'meat-beef', 'meat-buffalo', 'meat-chicken', 'fish-marine', 'fish-freshwater'],
      ),
    ).toBe(false);
    expect(basketDiffers(['rice', 'beef', 'eggs'], ['rice-milled', 'meat-beef'])).toBe(true);
    expect(basketDiffers(['rice'], ['rice-milled', 'fish-marine'])).toBe(true);
    expect(basketDiffers(null, ['rice-milled'])).toBe(true);
  });
});
