// What the comparison draws, from the API's answers: no React, no formatting, so its numbers can
// be checked by hand.
import type { FlowRow } from '../../contract/schemas';
import { relativeChange } from '../../domain/change';
import { figuresStatus, type DataStatus } from '../../domain/data-status';
import { tonnesByOrigin } from '../../domain/origin-totals';
import { periodRows, type PeriodRow } from '../../domain/period-rows';
import { monthOfYearProfile, normaliseProfile, peakMonth } from '../../domain/seasonality';
import { readShare, type ShareReading } from '../../domain/share';
import { monthRow } from '../../charts/month-axis';

type OriginTonnes = Pick<FlowRow, 'period' | 'origin' | 'tonnes'>;
type OriginRow = OriginTonnes & Pick<FlowRow, 'status'>;

/** One row per period with each compared origin's tonnes. */
export function originSeries(rows: readonly OriginTonnes[]): PeriodRow[] {
  return periodRows(rows, (chartRow, row) => {
    if (row.origin) chartRow[row.origin] = row.tonnes;
  });
}

export interface OriginSummary {
  code: string;
  /** Tonnes over the chosen period; null when the answer has none for the origin. */
  tonnes: number | null;
  /** Of all origins' tonnes over the same period and commodity. */
  share: ShareReading;
  /** Against the same dates a year before. */
  growth: number | null;
  /** Calendar month (1–12) of the highest mean tonnes over the whole coverage. */
  peak: number | null;
  /**
   * The weakest status of the figures the row is made of: the origin's tonnes in every answer and,
   * since its share is taken of it, the total of all origins. Null when the answers hold no
   * figure of the origin: the row shows nothing to qualify.
   */
  status: DataStatus | null;
}

export interface ComparisonAnswers {
  /** Yearly tonnes per origin over the chosen period. */
  totals: readonly OriginRow[];
  /** The same, a year before. */
  lastYear: readonly OriginRow[];
  /** Yearly tonnes of all origins together. */
  all: readonly Pick<FlowRow, 'tonnes' | 'status'>[];
  /** Monthly tonnes per origin over the whole coverage. */
  monthly: readonly OriginRow[];
}

export interface Comparison {
  summary: OriginSummary[];
  /** Twelve rows (January to December) with each origin's share of its own year. */
  profileRows: PeriodRow[];
}

export function compareOrigins(codes: readonly string[], answers: ComparisonAnswers): Comparison {
  const now = tonnesByOrigin(answers.totals);
  const before = tonnesByOrigin(answers.lastYear);
  const allTonnes = answers.all.reduce((sum, row) => sum + (row.tonnes ?? 0), 0);
  const profileRows: PeriodRow[] = Array.from({ length: 12 }, (_, i) => monthRow(i + 1));
  const summary = codes.map((code) => {
    const ofOrigin = (rows: readonly OriginRow[]) => rows.filter((row) => row.origin === code);
    const monthly = ofOrigin(answers.monthly);
    const profile = monthOfYearProfile(monthly);
    normaliseProfile(profile).forEach((share, index) => {
      const row = profileRows[index];
      if (row) row[code] = share;
    });
    const tonnes = now.get(code) ?? null;
    const own = [...ofOrigin(answers.totals), ...ofOrigin(answers.lastYear), ...monthly];
    return {
      code,
      tonnes,
      share: readShare(tonnes, allTonnes),
      growth: relativeChange(tonnes, before.get(code) ?? null),
      peak: peakMonth(profile),
      status: figuresStatus(own) === null ? null : figuresStatus([...own, ...answers.all]),
    };
  });
  return { summary, profileRows };
}

const JAKARTA = '31';

/** Regions that can be added: not Jakarta itself (the destination) and not chosen already. */
export function addableRegions<R extends { code: string }>(
  regions: readonly R[],
  chosen: readonly string[],
): R[] {
  return regions.filter(
    (region) =>
      region.code !== JAKARTA && !region.code.startsWith(`${JAKARTA}.`) && !chosen.includes(region.code),
  );
}
