import {
  daysCoveredInPeriod,
  partialPeriodStarts,
  periodLengthDays,
  type DateRange,
  type Granularity,
} from '../domain/period';
import type { I18n } from '../i18n/use-i18n';
import type { TableColumn } from './table-data';

/**
 * How a chart and its table mark the first and last periods the range cuts: the chart hatches
 * them, and the table and CSV say "3 of 7 days" in a column of their own, so a short week is
 * never read as a collapse.
 */
export function partialPeriodMarks(range: DateRange, granularity: Granularity, i18n: Pick<I18n, 't'>) {
  const periods = partialPeriodStarts(range, granularity);
  const column: TableColumn = { key: 'partial', header: i18n.t('table.partial'), kind: 'text' };
  const cell = (period: string): string =>
    periods.includes(period)
      ? i18n.t('table.partialDays', {
          days: daysCoveredInPeriod(period, granularity, range),
          length: periodLengthDays(period, granularity),
        })
      : '';
  return { chart: { periods, label: i18n.t('chart.partial') }, column, cell };
}
