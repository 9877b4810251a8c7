import { describe, expect, test } from 'vitest';
import type { CommodityGroup } from '../../../src/domain/commodity';
import { monthlyRows } from '../../helpers/monthly-rows';
import { formSeries, groupShares, regionSeasons } from '../../../src/features/regions/region-profile-model';

describe('formSeries', () => {
  test('one series per form, sorted by code, one row per period', () => {
    const series = formSeries([
      { period: '2025-02-01', commodity: 'meat-beef', tonnes: 4 },
      { period: '2025-01-01', commodity: 'rice-milled', tonnes: 100 },
      { period: '2025-01-01', commodity: 'meat-beef', tonnes: 3 },
      { period: '2025-02-01', commodity: 'rice-milled', tonnes: null },
    ]);
    expect(series.forms).toEqual(['meat-beef', 'rice-milled']);
    expect(series.chartRows).toEqual([
      { period: '2025-01-01', 'meat-beef': 3, 'rice-milled': 100 },
      { period: '2025-02-01', 'meat-beef': 4, 'rice-milled': null },
    ]);
  });

  test('no rows, no series', () => {
    expect(formSeries([])).toEqual({ forms: [], chartRows: [] });
  });
});

type GroupRow = { period: string; group: CommodityGroup; tonnes: number };

describe('groupShares', () => {
  test("the region's tonnes over all origins' tonnes, per group; groups it did not supply are left out", () => {
    const region: GroupRow[] = [
      { period: '2024-01-01', group: 'rice', tonnes: 30 },
      { period: '2025-01-01', group: 'rice', tonnes: 20 },
      { period: '2024-01-01', group: 'fish', tonnes: 0 },
    ];
    const all: GroupRow[] = [
      { period: '2024-01-01', group: 'rice', tonnes: 300 },
      { period: '2025-01-01', group: 'rice', tonnes: 200 },
      { period: '2024-01-01', group: 'meat', tonnes: 80 },
      { period: '2024-01-01', group: 'fish', tonnes: 40 },
    ];
    // rice: (30 + 20) / (300 + 200) = 50 / 500 = 0.1; meat and fish: nothing from the region.
    expect(groupShares(region, all)).toEqual([
      { group: 'rice', tonnes: 50, share: { kind: 'share', value: 0.1 } },
    ]);
  });

  test('a region larger than the whole is flagged, not drawn as a share', () => {
    const shares = groupShares(
      [{ period: '2024-01-01', group: 'meat', tonnes: 12 }] satisfies GroupRow[],
      [{ period: '2024-01-01', group: 'meat', tonnes: 8 }] satisfies GroupRow[],
    );
    expect(shares).toEqual([{ group: 'meat', tonnes: 12, share: { kind: 'implausible', value: 1.5 } }]);
  });
});

const monthly = (group: CommodityGroup, year: number, tonnes: (month: number) => number) =>
  monthlyRows(year, tonnes, { group });

describe('regionSeasons', () => {
  test('mean per calendar month over whole years; a short series is named, not drawn', () => {
    const rows = [
      ...monthly('rice', 2023, (month) => 10 * month),
      ...monthly('rice', 2024, (month) => 10 * month + 20),
      // Meat starts in March 2024: no whole year after the first delivery.
      ...monthly('meat', 2024, (month) => (month >= 3 ? 5 : 0)),
      ...monthly('fish', 2024, () => 0),
    ];
    const seasons = regionSeasons(rows);
    expect(seasons.groupsWithData).toEqual(['rice', 'meat']);
    expect(seasons.seasonGroups).toEqual(['rice']);
    expect(seasons.shortHistory).toEqual([{ group: 'meat', years: 0 }]);
    // January: (10 + 30) / 2 = 20; December: (120 + 140) / 2 = 130, the peak.
    expect(seasons.profileRows).toHaveLength(12);
    expect(seasons.profileRows[0]).toEqual({ period: '2001-01-01', rice: 20 });
    expect(seasons.profileRows[11]).toEqual({ period: '2001-12-01', rice: 130 });
    expect(seasons.peaks).toEqual([{ group: 'rice', month: 12 }]);
  });

  test('nothing supplied: no groups, twelve empty months', () => {
    const seasons = regionSeasons(monthly('rice', 2024, () => 0));
    expect(seasons.groupsWithData).toEqual([]);
    expect(seasons.profileRows.map((row) => Object.keys(row))).toEqual(Array(12).fill(['period']));
  });
});
