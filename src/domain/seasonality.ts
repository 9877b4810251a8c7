export interface MonthProfile {
  /** 1 = January … 12 = December. */
  month: number;
  /** Mean tonnes in that calendar month over the years with data; null when no year has any. */
  meanTonnes: number | null;
  years: number;
}

/**
 * The month-of-year profile of a monthly series: for each calendar month, the mean over the
 * years that reported it. Months without data are left out of the mean, never counted as zero.
 */
export function monthOfYearProfile(
  rows: readonly { period: string; tonnes: number | null }[],
): MonthProfile[] {
  const totals = new Map<string, number>();
  for (const row of rows) {
    if (row.tonnes === null) continue;
    const key = row.period.slice(0, 7);
    totals.set(key, (totals.get(key) ?? 0) + row.tonnes);
  }
  const byMonth = Array.from({ length: 12 }, () => ({ sum: 0, years: 0 }));
  for (const [key, tonnes] of totals) {
    const entry = byMonth[Number(key.slice(5, 7)) - 1];
    if (!entry) continue;
    entry.sum += tonnes;
    entry.years += 1;
  }
  return byMonth.map((entry, index) => ({
    month: index + 1,
    meanTonnes: entry.years > 0 ? entry.sum / entry.years : null,
    years: entry.years,
  }));
}

/** Each month's share of the year (profile ÷ its sum), so regions of any size can be compared. */
export function normaliseProfile(profile: readonly MonthProfile[]): (number | null)[] {
  const total = profile.reduce((sum, month) => sum + (month.meanTonnes ?? 0), 0);
  return profile.map((month) => (month.meanTonnes === null || total <= 0 ? null : month.meanTonnes / total));
}

/** The calendar month with the highest mean, or null. */
export function peakMonth(profile: readonly MonthProfile[]): number | null {
  let best: MonthProfile | null = null;
  for (const month of profile) {
    if (month.meanTonnes === null) continue;
    if (!best || month.meanTonnes > (best.meanTonnes ?? 0)) best = month;
  }
  return best?.month ?? null;
}

/** A seasonal profile needs this many whole calendar years of a region's supply. */
export const MIN_SEASON_YEARS = 2;

/**
 * The calendar years that a region's monthly series covers from January to December after its
 * supply began (the first month with tonnes above zero), every month reported. The ramp-up of a
 * new partner's series is not a season, so a year that starts before the first delivery is not
 * whole.
 */
export function wholeYears(rows: readonly { period: string; tonnes: number | null }[]): number[] {
  const reported = new Map<string, number>();
  let firstSupply: string | null = null;
  for (const row of rows) {
    if (row.tonnes === null || !Number.isFinite(row.tonnes)) continue;
    const month = row.period.slice(0, 7);
    reported.set(month, (reported.get(month) ?? 0) + row.tonnes);
    if (row.tonnes > 0 && (firstSupply === null || month < firstSupply)) firstSupply = month;
  }
  if (firstSupply === null) return [];
  const years = new Set([...reported.keys()].map((month) => Number(month.slice(0, 4))));
  return [...years]
    .filter((year) => `${year}-01` >= (firstSupply ?? ''))
    .filter((year) =>
      Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`).every((month) =>
        reported.has(month),
      ),
    )
    .sort((a, b) => a - b);
}

/**
 * The month-of-year profile over whole years only, or null when there are fewer than
 * `MIN_SEASON_YEARS` of them.
 */
export function seasonalProfile(rows: readonly { period: string; tonnes: number | null }[]): {
  years: number[];
  profile: MonthProfile[] | null;
} {
  const years = wholeYears(rows);
  if (years.length < MIN_SEASON_YEARS) return { years, profile: null };
  const inWholeYears = rows.filter((row) => years.includes(Number(row.period.slice(0, 4))));
  return { years, profile: monthOfYearProfile(inWholeYears) };
}
