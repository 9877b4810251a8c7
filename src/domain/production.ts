import { addDays, daysBetweenInclusive, maxDate, minDate, type IsoDate } from './calendar-date';
import type { CommodityGroup } from './commodity';
import { weakestStatus, type DataStatus } from './data-status';
import { nextPeriodStart, periodStarts, type DateRange, type Granularity } from './period';
import { roundTonnes } from './flow-store';

export interface AnnualProduction {
  year: number;
  tonnes: number;
  status: DataStatus;
  sourceIds: string[];
  /**
   * How the year divides over its twelve months (shares summing to 1): rice comes in harvest
   * months, not evenly. Without it the year is spread evenly over its days.
   */
  monthlyShares?: readonly number[];
  /** Status of the monthly profile; a reported year cut by a modelled profile is no better. */
  profileStatus?: DataStatus;
}

export interface ProductionPeriod {
  period: IsoDate;
  group: CommodityGroup;
  tonnes: number | null;
  status: DataStatus;
  sourceIds: string[];
}

export interface SpreadPeriod {
  period: IsoDate;
  tonnes: number | null;
  status: DataStatus;
  sourceIds: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  const first = `${year}-${pad(month)}-01`;
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
  return daysBetweenInclusive(first, addDays(next, -1));
}

/** Tonnes of one year that fall between two days of it, by the year's monthly profile or evenly. */
function tonnesBetween(entry: AnnualProduction, from: IsoDate, to: IsoDate): number {
  const year = entry.year;
  if (!entry.monthlyShares) {
    return (
      (entry.tonnes * daysBetweenInclusive(from, to)) / daysBetweenInclusive(`${year}-01-01`, `${year}-12-31`)
    );
  }
  let tonnes = 0;
  for (let month = Number(from.slice(5, 7)); month <= Number(to.slice(5, 7)); month++) {
    const length = daysInMonth(year, month);
    const monthFrom = maxDate(from, `${year}-${pad(month)}-01`);
    const monthTo = minDate(to, `${year}-${pad(month)}-${pad(length)}`);
    const share = entry.monthlyShares[month - 1] ?? 0;
    tonnes += (entry.tonnes * share * daysBetweenInclusive(monthFrom, monthTo)) / length;
  }
  return tonnes;
}

/**
 * Spreads yearly figures over the periods of a range, by each year's monthly profile (evenly
 * over days without one). A reported yearly figure cut into parts becomes "derived" (evenly) or
 * takes its profile's status; a year with no figure leaves a gap (null), never a zero.
 */
export function spreadAnnual(
  annual: readonly AnnualProduction[],
  range: DateRange,
  granularity: Granularity,
): SpreadPeriod[] {
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
      const wholeYear = yearFrom === `${year}-01-01` && yearTo === `${year}-12-31`;
      tonnes += tonnesBetween(entry, yearFrom, yearTo);
      covered = true;
      const cutStatus = entry.monthlyShares
        ? weakestStatus([entry.status, entry.profileStatus ?? 'estimated'])
        : entry.status === 'reported'
          ? 'derived'
          : entry.status;
      statuses.push(wholeYear ? entry.status : cutStatus);
      entry.sourceIds.forEach((id) => sourceIds.add(id));
    }
    return {
      period: start,
      tonnes: covered ? roundTonnes(tonnes) : null,
      status: weakestStatus(statuses),
      sourceIds: [...sourceIds].sort(),
    };
  });
}

/** Own production of a commodity group per period (see spreadAnnual). */
export function prorateProduction(
  group: CommodityGroup,
  annual: readonly AnnualProduction[],
  range: DateRange,
  granularity: Granularity,
): ProductionPeriod[] {
  return spreadAnnual(annual, range, granularity).map((row) => ({ ...row, group }));
}
