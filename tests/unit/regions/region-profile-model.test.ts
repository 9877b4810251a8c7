import { describe, expect, test } from 'vitest';
import type { CommodityGroup } from '../../../src/domain/commodity';
import type { DataStatus } from '../../../src/domain/data-status';
import { monthlyRows } from '../../helpers/monthly-rows';
import { formSeries, groupShares, regionSeasons } from '../../../src/features/regions/region-profile-model';

describe('formSeries', () => {
  test('one series per form, sorted by code, one row per period', () => {
    const series = formSeries([
      { period: '2025-02-01', commodity: 'meat-beef', tonnes: 4, status: 'reported' },
      { period: '2025-01-01', commodity: 'rice-milled', tonnes: 100, status: 'reported' },
      { period: '2025-01-01', commodity: 'meat-beef', tonnes: 3, status: 'reported' },
      { period: '2025-02-01', commodity: 'rice-milled', tonnes: null, status: 'reported' },
    ]);
    expect(series.forms).toEqual(['meat-beef', 'rice-milled']);
    expect(series.chartRows).toEqual([
      { period: '2025-01-01', 'meat-beef': 3, 'rice-milled': 100, status: 'reported' },
      { period: '2025-02-01', 'meat-beef': 4, 'rice-milled': null, status: 'reported' },
    ]);
  });

  test("each period's row takes the weakest status of its figures; a gap qualifies nothing", () => {
    const series = formSeries([
      { period: '2025-01-01', commodity: 'rice-milled', tonnes: 100, status: 'reported' },
      { period: '2025-01-01', commodity: 'meat-beef', tonnes: 3, status: 'estimated' },
      { period: '2025-02-01', commodity: 'rice-milled', tonnes: 90, status: 'preliminary' },
      { period: '2025-02-01', commodity: 'meat-beef', tonnes: null, status: 'synthetic' },
      { period: '2025-03-01', commodity: 'rice-milled', tonnes: null, status: 'reported' },
    ]);
    // January: reported and estimated → estimated. February: the synthetic beef is not reported,
    // so only the preliminary rice counts. March shows no figure: no status.
    expect(series.chartRows).toEqual([
      { period: '2025-01-01', 'meat-beef': 3, 'rice-milled': 100, status: 'estimated' },
      { period: '2025-02-01', 'meat-beef': null, 'rice-milled': 90, status: 'preliminary' },
      { period: '2025-03-01', 'rice-milled': null },
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

const monthly = (
  group: CommodityGroup,
  year: number,
  tonnes: (month: number) => number,
  status: DataStatus = 'reported',
) => monthlyRows(year, tonnes, { group, status });

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
    expect(seasons.profileRows[0]).toEqual({ period: '2001-01-01', rice: 20, status: 'reported' });
    expect(seasons.profileRows[11]).toEqual({ period: '2001-12-01', rice: 130, status: 'reported' });
    expect(seasons.peaks).toEqual([{ group: 'rice', month: 12 }]);
  });

  test("each month takes the weakest status of the figures averaged into it, not of a group's short history", () => {
    const rows = [
      ...monthly('rice', 2023, () => 10, 'estimated'),
      ...monthly('rice', 2024, () => 30).map((row) =>
        row.period === '2024-03-01' ? { ...row, status: 'synthetic' as const } : row,
      ),
      // Only 2022's December is reported: 2022 is not a whole year, so its synthetic figure is
      // left out of the means and of their status.
      { period: '2022-12-01', group: 'rice' as const, tonnes: 99, status: 'synthetic' as const },
      ...monthly('fish', 2023, () => 2, 'reported'),
      ...monthly('fish', 2024, () => 4, 'preliminary'),
      // Meat has one year: not drawn, so its synthetic figures qualify no month.
      ...monthly('meat', 2024, () => 5, 'synthetic'),
    ];
    const seasons = regionSeasons(rows);
    expect(seasons.seasonGroups).toEqual(['rice', 'fish']);
    // January: rice (10 + 30) / 2 = 20, estimated and reported; fish (2 + 4) / 2 = 3, reported and
    // preliminary: the weakest of the four is estimated.
    expect(seasons.profileRows[0]).toEqual({ period: '2001-01-01', rice: 20, fish: 3, status: 'estimated' });
    // March: the same means, and 2024's rice is synthetic.
    expect(seasons.profileRows[2]).toEqual({ period: '2001-03-01', rice: 20, fish: 3, status: 'synthetic' });
    // December: 2022 is left out, so (10 + 30) / 2 = 20 and the status is estimated.
    expect(seasons.profileRows[11]).toEqual({ period: '2001-12-01', rice: 20, fish: 3, status: 'estimated' });
  });

  test('nothing supplied: no groups, twelve empty months without a status', () => {
    const seasons = regionSeasons(monthly('rice', 2024, () => 0));
    expect(seasons.groupsWithData).toEqual([]);
    expect(seasons.profileRows.map((row) => Object.keys(row))).toEqual(Array(12).fill(['period']));
  });
});
