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
