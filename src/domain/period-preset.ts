import { addDays, isIsoDate, maxDate, minDate, yearOf } from './calendar-date';
import { periodStart, trailingMonths, type DateRange } from './period';

/**
 * The period choices of the filter bar, as they appear in the URL. Relative presets are anchored
 * to the last day with data, not to today: published figures lag by weeks, and "the last 30 days"
 * counted from today would show a half-empty chart. "This week" (`wtd`) is likewise the week (Monday
 * to Sunday) that holds the last day with data, up to that day.
 */
export type PeriodPreset = '7d' | 'wtd' | '30d' | '90d' | '12m' | 'ytd' | `y${number}` | 'custom';

const FIXED_PRESETS: readonly string[] = ['7d', 'wtd', '30d', '90d', '12m', 'ytd', 'custom'];
const MAX_PRESET_LENGTH = 'custom'.length;

// Years the URL may name. Wide enough for any history the data could have, narrow enough that a
// typo like y20250 or y0 is rejected rather than resolved to an empty range.
const YEAR_PRESET = /^y(20\d\d)$/;

function isPresetText(value: string): value is PeriodPreset {
  return FIXED_PRESETS.includes(value) || YEAR_PRESET.test(value);
}

/** A preset from untrusted text (the URL, a select); null for anything else. */
export function parsePeriodPreset(value: string | null): PeriodPreset | null {
  // The length check ('custom' is the longest preset) comes first so a huge parameter is never run
  // through the pattern.
  if (value === null || value.length > MAX_PRESET_LENGTH) return null;
  return isPresetText(value) ? value : null;
}

export interface ResolvedPeriod {
  range: DateRange;
  /** True when the requested year or custom range had no day with data and 12m is shown instead. */
  fellBack: boolean;
}

function clip(range: DateRange, coverage: DateRange): DateRange | null {
  const from = maxDate(range.from, coverage.from);
  const to = minDate(range.to, coverage.to);
  return from <= to ? { from, to } : null;
}

function lastTwelveMonths(coverage: DateRange): DateRange {
  // Coverage is never empty, so this clip always succeeds; the fallback keeps the type honest.
  return clip(trailingMonths(coverage.to, 12), coverage) ?? coverage;
}

function fallBack(coverage: DateRange): ResolvedPeriod {
  return { range: lastTwelveMonths(coverage), fellBack: true };
}

/** The days the preset means for data covering `coverage`, always inside the coverage. */
export function resolvePeriod(
  preset: PeriodPreset,
  coverage: DateRange,
  custom?: DateRange | null,
): ResolvedPeriod {
  const resolved = (range: DateRange): ResolvedPeriod => ({
    range: clip(range, coverage) ?? coverage,
    fellBack: false,
  });
  switch (preset) {
    case '7d':
      return resolved({ from: addDays(coverage.to, -6), to: coverage.to });
    case 'wtd':
      return resolved({ from: periodStart(coverage.to, 'week'), to: coverage.to });
    case '30d':
      return resolved({ from: addDays(coverage.to, -29), to: coverage.to });
    case '90d':
      return resolved({ from: addDays(coverage.to, -89), to: coverage.to });
    case '12m':
      return { range: lastTwelveMonths(coverage), fellBack: false };
    case 'ytd':
      return resolved({ from: `${yearOf(coverage.to)}-01-01`, to: coverage.to });
    case 'custom': {
      if (!custom || !isIsoDate(custom.from) || !isIsoDate(custom.to) || custom.from > custom.to) {
        return fallBack(coverage);
      }
      const range = clip(custom, coverage);
      return range ? { range, fellBack: false } : fallBack(coverage);
    }
    default: {
      // The type admits any `y${number}` (y1.5, y1e3); only a four-digit year means something.
      const match = YEAR_PRESET.exec(preset);
      if (!match) return fallBack(coverage);
      const year = match[1] ?? '';
      const range = clip({ from: `${year}-01-01`, to: `${year}-12-31` }, coverage);
      return range ? { range, fellBack: false } : fallBack(coverage);
    }
  }
}

/** Calendar years with at least one day in the coverage, oldest first. */
export function availableYears(coverage: DateRange): number[] {
  const years: number[] = [];
  if (coverage.from > coverage.to) return years;
  for (let year = yearOf(coverage.from); year <= yearOf(coverage.to); year++) years.push(year);
  return years;
}
