import {
  belowNormAlerts,
  mergeConsecutive,
  NORM_LOOK_BACK_YEARS,
  originShareAlerts,
  sortAlerts,
  stockCoverAlerts,
  type Alert,
  type AlertThresholds,
} from './alerts';
import { addDays, maxDate, type IsoDate } from './calendar-date';
import { groupOf, isCommodityCode, type CommodityGroup } from './commodity';
import type { DateRange } from './period';

// Every alert the overview raises for one period, from the three series it needs. Kept apart from
// React so the same list can be checked by hand in tests and reproduced from a script.

export interface OverviewAlertInput {
  range: DateRange;
  groups: readonly CommodityGroup[];
  /** Tonnes per day and commodity group, over `lookBackRange(range)`. */
  dailyByGroup: readonly { period: string; group?: string; tonnes: number | null }[];
  /** Tonnes per month, commodity form and origin (regency or province) over the range. */
  monthlyByFormAndOrigin: readonly {
    period: string;
    commodity?: string;
    origin?: string;
    tonnes: number | null;
  }[];
  /** PIBC closing stock per week over the range; only read when rice is among the groups. */
  weeklyStock: readonly { period: string; closingTonnes: number | null }[];
  riceConsumptionTonnesPerDay: number;
  thresholds: AlertThresholds;
}

export interface OverviewAlerts {
  alerts: Alert[];
  /** Week starts the range cuts (the same for every group): shown, but never assessed. */
  partialWeeks: IsoDate[];
}

/** The days the weekly norm needs: the range and the look-back years before it, within the data. */
export function lookBackRange(
  range: DateRange,
  coverageFrom: IsoDate,
  years = NORM_LOOK_BACK_YEARS,
): DateRange {
  // 52 weeks per year back (the calendar-aligned norm) is the farthest any norm window reaches;
  // Lebaran-aligned windows are about 354 days per year back. One more week covers the week start.
  return { from: maxDate(coverageFrom, addDays(range.from, -(364 * years + 7))), to: range.to };
}

export function overviewAlerts(input: OverviewAlertInput): OverviewAlerts {
  const steps = overviewAlertsInSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * overviewAlerts as a generator that yields after each group's below-norm weeks and each form's
 * origin shares (a seven-year range reads hundreds of weeks per group against earlier years), so
 * a page can work it out in slices (charts/use-sliced.ts); its return value is the result.
 */
export function* overviewAlertsInSteps(input: OverviewAlertInput): Generator<void, OverviewAlerts> {
  const { range, groups, thresholds } = input;
  const alerts: Alert[] = [];
  let partialWeeks: IsoDate[] = [];
  for (const group of groups) {
    const belowNorm = belowNormAlerts({
      daily: input.dailyByGroup.filter((row) => row.group === group),
      range,
      granularity: 'week',
      group,
      thresholdFraction: thresholds.belowNormFraction,
    });
    alerts.push(...belowNorm.alerts);
    partialWeeks = belowNorm.partial;
    yield;
  }
  // One origin's share is read per commodity form: beef from one country is a risk even when
  // that country is a small part of all meat.
  const forms = [
    ...new Set(input.monthlyByFormAndOrigin.map((row) => row.commodity ?? '').filter(isCommodityCode)),
  ].filter((form) => groups.includes(groupOf(form)));
  for (const form of forms.sort()) {
    alerts.push(
      ...mergeConsecutive(
        originShareAlerts(
          input.monthlyByFormAndOrigin.filter((row) => row.commodity === form),
          form,
          thresholds.originShareFraction,
          'month',
        ),
      ),
    );
    yield;
  }
  if (groups.includes('rice')) {
    alerts.push(
      ...stockCoverAlerts(
        input.weeklyStock,
        input.riceConsumptionTonnesPerDay,
        thresholds.stockCoverDays,
        'week',
      ),
    );
  }
  return { alerts: sortAlerts(alerts), partialWeeks };
}
