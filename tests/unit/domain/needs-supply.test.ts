import { describe, expect, test } from 'vitest';
import type { CommodityBalance, StatusedTonnes } from '../../../src/domain/food-balance';
import { compareNeed, needWindows, type PublishedNeed } from '../../../src/domain/needs-supply';

const t = (tonnes: number, status: StatusedTonnes['status'] = 'reported', source = 's'): StatusedTonnes => ({
  tonnes,
  status,
  sourceIds: [source],
});

// A two-month window worked by hand.
const rice: CommodityBalance = {
  commodity: 'rice-milled',
  inflow: t(190000),
  onward: { 'buffer-zone': t(30000), 'inter-island': t(20000) },
  stockChange: t(-2000, 'estimated', 'stock'), // stock drawn down by 2,000 t: that rice was eaten
  production: { grown: t(300, 'derived', 'bps') },
};
const beef: CommodityBalance = {
  commodity: 'meat-beef',
  inflow: t(10000),
  onward: { 'buffer-zone': t(0) },
  stockChange: t(0),
  production: { raised: t(40), slaughtered: t(2700) },
};
const buffalo: CommodityBalance = {
  commodity: 'meat-buffalo',
  inflow: t(1500),
  onward: { 'buffer-zone': t(0) },
  stockChange: t(0),
  production: { raised: t(0) },
};
const coverage = { from: '2019-01-01', to: '2026-10-31' };
const need = (items: PublishedNeed['items'], tonnes: number, from = '2025-09-01', to = '2025-10-31') => ({
  id: items.join('+'),
  from,
  to,
  items,
  tonnes,
  status: 'forecast' as const,
  sourceIds: ['prognosis'],
});

describe('compareNeed', () => {
  test('rice: retained supply = inflow − onward − stock change + own rice, against the need', () => {
    const result = compareNeed(need(['rice'], 156745), [rice, beef], coverage);
    // 190,000 − 30,000 − 20,000 − (−2,000) + 300 = 142,300 t
    expect(result.kind).toBe('compared');
    if (result.kind !== 'compared') return;
    expect(result.supply).toBe(142300);
    expect(result.gap).toBe(142300 - 156745); // −14,445 t short of the prognosis
    expect(result.ratio).toBeCloseTo(142300 / 156745, 12); // ≈ 0.908
    expect(result.supplyStatus).toBe('estimated');
    expect(result.supplySourceIds).toEqual(['bps', 's', 'stock']);
    expect(result.commodities).toEqual(['rice-milled']);
  });

  test('beef + buffalo is one figure over two forms; slaughter of outside animals is not added again', () => {
    const result = compareNeed(need(['beef', 'buffalo'], 11999), [rice, beef, buffalo], coverage);
    // (10,000 + 40) + (1,500 + 0) = 11,540 t; the 2,700 t slaughtered arrived as inflow
    expect(result.kind === 'compared' && result.supply).toBe(11540);
    expect(result.kind === 'compared' && result.ratio).toBeCloseTo(11540 / 11999, 12);
  });

  test('eggs are not recorded by the dashboard: said so, not compared with zero', () => {
    expect(compareNeed(need(['eggs'], 19525), [rice], coverage)).toEqual({
      kind: 'not-recorded',
      need: need(['eggs'], 19525),
      items: ['eggs'],
    });
  });

  test('a form without its balance is missing, never zero supply', () => {
    const result = compareNeed(need(['chicken'], 30176), [rice, beef], coverage);
    expect(result.kind).toBe('missing');
    if (result.kind !== 'missing') return;
    expect(result.missing.map((m) => m.part)).toEqual(['inflow', 'production', 'onward', 'stock-change']);
  });

  test('a window outside the dataset coverage is said to be so', () => {
    expect(compareNeed(need(['rice'], 85246, '2018-09-01', '2018-09-30'), [rice], coverage).kind).toBe(
      'outside-coverage',
    );
  });

  test('a balance that does not close keeps its negative supply and a warning', () => {
    const leaking: CommodityBalance = { ...rice, onward: { 'inter-island': t(195000) } };
    const result = compareNeed(need(['rice'], 1000), [leaking], coverage);
    // 190,000 − 195,000 + 2,000 = −3,000 t from outside, + 300 own = −2,700 t
    expect(result.kind === 'compared' && result.supply).toBe(-2700);
    expect(result.kind === 'compared' && result.warnings).toEqual([
      { commodity: 'rice-milled', retainedOutside: -3000 },
    ]);
  });

  test('needWindows lists each publisher window once', () => {
    expect(
      needWindows([need(['rice'], 1), need(['eggs'], 2), need(['rice'], 3, '2020-09-01', '2020-09-30')]),
    ).toEqual([
      { from: '2025-09-01', to: '2025-10-31' },
      { from: '2020-09-01', to: '2020-09-30' },
    ]);
  });
});
