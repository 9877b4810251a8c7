import { daysBetweenInclusive, maxDate, minDate, type IsoDate } from './calendar-date';
import type { CommodityGroup } from './commodity';
import { weakestStatus, type DataStatus } from './data-status';
import { nextPeriodStart, periodStarts, type DateRange, type Granularity } from './period';
import { addDays } from './calendar-date';
import { roundTonnes } from './flow-store';

export interface AnnualProduction {
  year: number;
  tonnes: number;
  status: DataStatus;
  sourceIds: string[];
}

export interface ProductionPeriod {
  period: IsoDate;
  group: CommodityGroup;
  tonnes: number | null;
  status: DataStatus;
  sourceIds: string[];
}

/**
 * Spreads annual production evenly over the days of each year and sums it into periods. A
 * reported yearly figure cut into parts becomes "derived"; a year with no figure leaves a gap.
 */
export function prorateProduction(
  group: CommodityGroup,
  annual: readonly AnnualProduction[],
  range: DateRange,
  granularity: Granularity,
): ProductionPeriod[] {
  const byYear = new Map(annual.map((entry) => [entry.year, entry]));
  return periodStarts(range, granularity).map((start) => {
    const from = maxDate(start, range.from);
    const to = minDate(addDays(nextPeriodStart(start, granularity), -1), range.to);
    let tonnes = 0;
    let covered = false;
    const statuses: DataStatus[] = [];
    const sourceIds = new Set<string>();
    for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
      const entry = byYear.get(year);
      if (!entry) continue;
      const yearFrom = maxDate(from, `${year}-01-01`);
      const yearTo = minDate(to, `${year}-12-31`);
      const days = daysBetweenInclusive(yearFrom, yearTo);
      const wholeYear = days === daysBetweenInclusive(`${year}-01-01`, `${year}-12-31`);
      tonnes += (entry.tonnes * days) / daysBetweenInclusive(`${year}-01-01`, `${year}-12-31`);
      covered = true;
      statuses.push(entry.status === 'reported' && !wholeYear ? 'derived' : entry.status);
      entry.sourceIds.forEach((id) => sourceIds.add(id));
    }
    return {
      period: start,
      group,
      tonnes: covered ? roundTonnes(tonnes) : null,
      status: weakestStatus(statuses),
      sourceIds: [...sourceIds].sort(),
    };
  });
}
