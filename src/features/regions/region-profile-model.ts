// What the region profile draws, from the API's answers: no React, no formatting, so each panel's
// numbers can be checked by hand.
import type { FlowRow } from '../../contract/schemas';
import { COMMODITY_GROUPS, type CommodityGroup } from '../../domain/commodity';
import { figuresStatus } from '../../domain/data-status';
import { groupByPeriod, periodRows, type PeriodRow } from '../../domain/period-rows';
import { seasonalProfile, peakMonth } from '../../domain/seasonality';
import { readShare, type ShareReading } from '../../domain/share';
import { monthRow } from '../../charts/month-axis';

type TonnesRow = Pick<FlowRow, 'period' | 'tonnes'>;
type StatusedRow = TonnesRow & Pick<FlowRow, 'status'>;

export interface FormSeries {
  /** The commodity forms that appear, sorted by code: one line each. */
  forms: string[];
  /**
   * One row per period with each form's tonnes and, as `status`, the weakest status of them (no
   * status when the period has no figure).
   */
  chartRows: PeriodRow[];
}

/** Flows over time, one series per commodity form. */
export function formSeries(rows: readonly (StatusedRow & Pick<FlowRow, 'commodity'>)[]): FormSeries {
  const forms = [...new Set(rows.map((row) => row.commodity ?? ''))].filter(Boolean).sort();
  const chartRows = periodRows(rows, (chartRow, row) => {
    chartRow[row.commodity ?? ''] = row.tonnes;
  });
  const byPeriod = groupByPeriod(rows);
  for (const chartRow of chartRows) {
    const status = figuresStatus(byPeriod.get(chartRow.period) ?? []);
    if (status) chartRow['status'] = status;
  }
  return { forms, chartRows };
}

export interface GroupShare {
  group: CommodityGroup;
  tonnes: number;
  share: ShareReading;
}

function groupTonnes(rows: readonly (TonnesRow & Pick<FlowRow, 'group'>)[], group: string): number {
  return rows.filter((row) => row.group === group).reduce((sum, row) => sum + (row.tonnes ?? 0), 0);
}

/**
 * The region's share of Jakarta's inflow per commodity group, over the same years: the region's
 * tonnes over all origins' tonnes. A group the region did not supply is left out.
 */
export function groupShares(
  regionRows: readonly (TonnesRow & Pick<FlowRow, 'group'>)[],
  allRows: readonly (TonnesRow & Pick<FlowRow, 'group'>)[],
): GroupShare[] {
  return COMMODITY_GROUPS.map((group) => {
    const own = groupTonnes(regionRows, group);
    return { group, tonnes: own, share: readShare(own, groupTonnes(allRows, group)) };
  }).filter((entry) => entry.tonnes > 0);
}

export interface RegionSeasons {
  /** Groups with any tonnes in the monthly series. */
  groupsWithData: CommodityGroup[];
  /** Groups with enough whole years for a profile: one line each. */
  seasonGroups: CommodityGroup[];
  /**
   * Twelve rows (January to December) with each season group's mean tonnes and, as `status`, the
   * weakest status of the monthly figures averaged (no status for a month without any).
   */
  profileRows: PeriodRow[];
  peaks: { group: CommodityGroup; month: number | null }[];
  /** Groups whose series is too short for a season, with their count of whole years. */
  shortHistory: { group: CommodityGroup; years: number }[];
}

/**
 * Seasonality: mean tonnes per calendar month over the region's whole years of supply only; a
 * series shorter than two whole years has no season to show.
 */
export function regionSeasons(monthlyRows: readonly (StatusedRow & Pick<FlowRow, 'group'>)[]): RegionSeasons {
  const groupsWithData = COMMODITY_GROUPS.filter((group) =>
    monthlyRows.some((row) => row.group === group && row.tonnes),
  );
  const profileRows: PeriodRow[] = Array.from({ length: 12 }, (_, i) => monthRow(i + 1));
  const seasons: RegionSeasons = {
    groupsWithData,
    seasonGroups: [],
    profileRows,
    peaks: [],
    shortHistory: [],
  };
  // The figures each calendar month's means are taken of, by month (0 = January).
  const averaged: StatusedRow[][] = Array.from({ length: 12 }, () => []);
  for (const group of groupsWithData) {
    const groupRows = monthlyRows.filter((row) => row.group === group);
    const { years, profile } = seasonalProfile(groupRows);
    if (!profile) {
      seasons.shortHistory.push({ group, years: years.length });
      continue;
    }
    for (const row of groupRows)
      if (years.includes(Number(row.period.slice(0, 4))))
        averaged[Number(row.period.slice(5, 7)) - 1]?.push(row);
    seasons.seasonGroups.push(group);
    profile.forEach((month, index) => {
      const row = profileRows[index];
      if (row) row[group] = month.meanTonnes;
    });
    seasons.peaks.push({ group, month: peakMonth(profile) });
  }
  profileRows.forEach((row, index) => {
    const status = figuresStatus(averaged[index] ?? []);
    if (status) row['status'] = status;
  });
  return seasons;
}
