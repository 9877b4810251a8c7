import type { Alert, AlertThresholds } from '../../domain/alerts';
import { addDays, maxDate, minDate, type IsoDate } from '../../domain/calendar-date';
import { groupOf, isCommodityCode, isCommodityGroup, type CommodityGroup } from '../../domain/commodity';
import { nextPeriodStart, type DateRange } from '../../domain/period';
import { groupLabel } from '../../i18n/labels';
import type { I18n } from '../../i18n/use-i18n';
import type { OriginUnit, ViewChange } from '../../state/view-url';

/** The words for the norm an alert was measured against: "rata-rata 3 tahun, disejajarkan ke Lebaran". */
export function normName(norm: NonNullable<Alert['norm']>, { t }: Pick<I18n, 't'>): string {
  const name = t(norm.alignment === 'lebaran' ? 'alerts.norm.lebaran' : 'alerts.norm.calendar', {
    years: norm.yearsFound,
  });
  return norm.yearsFound < norm.yearsRequested
    ? `${name}; ${t('alerts.norm.found', { found: norm.yearsFound, requested: norm.yearsRequested })}`
    : name;
}

/** One alert's reason in the current language. Tonnes are model estimates: three significant figures. */
export function describeAlert(alert: Alert, i18n: I18n, regionName: (code: string) => string): string {
  const { t } = i18n;
  switch (alert.kind) {
    case 'below-norm': {
      const norm = alert.norm;
      const days = norm && norm.ratePerDay > 0 ? norm.tonnes / norm.ratePerDay : 1;
      return t('alerts.reason.belowNorm', {
        value: i18n.tonnesEstimate(alert.value),
        rate: i18n.tonnesEstimate(alert.value / days),
        norm: norm ? i18n.tonnesEstimate(norm.tonnes) : '—',
        gap: i18n.percent(norm && norm.tonnes > 0 ? 1 - alert.value / norm.tonnes : 0, 0),
        normName: norm ? normName(norm, i18n) : '—',
      });
    }
    case 'origin-share':
      if (alert.until !== undefined && alert.until !== alert.date) {
        return t('alerts.reason.originShareRun', {
          origin: regionName(alert.origin ?? ''),
          share: i18n.percent(alert.value, 0),
          months: alert.periods ?? 1,
          until: i18n.month(alert.until),
          threshold: i18n.percent(alert.threshold, 0),
        });
      }
      return t('alerts.reason.originShare', {
        origin: regionName(alert.origin ?? ''),
        share: i18n.percent(alert.value, 0),
        threshold: i18n.percent(alert.threshold, 0),
      });
    case 'stock-cover':
      return t('alerts.reason.stockCover', {
        days: i18n.number(alert.value, 1),
        threshold: i18n.number(alert.threshold),
      });
  }
}

/** When the alert happened, in words: a week's Monday, a month, or a run of months. */
export function alertWhen(alert: Alert, i18n: I18n): string {
  if (alert.granularity !== 'month') return i18n.date(alert.date);
  if (alert.until !== undefined && alert.until !== alert.date) {
    return `${i18n.month(alert.date)} – ${i18n.month(alert.until)}`;
  }
  return i18n.month(alert.date);
}

/** The group an alert's commodity (a group or a form) belongs to, for the commodity filter. */
export function alertGroup(alert: Alert): CommodityGroup | null {
  if (isCommodityGroup(alert.group)) return alert.group;
  return isCommodityCode(alert.group) ? groupOf(alert.group) : null;
}

/** Weeks of context either side of a weekly alert, so the chart shows the dip against its neighbours. */
const CONTEXT_WEEKS = 8;

/** The panel that shows what an alert is about. */
export function alertPanel(alert: Alert): string {
  switch (alert.kind) {
    case 'below-norm':
      return 'supply-by-origin';
    case 'origin-share':
      return 'dependency-risk';
    case 'stock-cover':
      return 'headline-tiles';
  }
}

/**
 * The view that shows an alert: its commodity, a custom range around its period (within the
 * data) and the granularity it was raised at.
 */
export function alertView(alert: Alert, coverage: DateRange, originUnit: OriginUnit): ViewChange {
  const lastStart = alert.until ?? alert.date;
  const end = addDays(nextPeriodStart(lastStart, alert.granularity), -1);
  const [from, to]: [IsoDate, IsoDate] =
    alert.granularity === 'week'
      ? [addDays(alert.date, -7 * CONTEXT_WEEKS), addDays(end, 7 * CONTEXT_WEEKS)]
      : [alert.date, end];
  const group = alertGroup(alert);
  return {
    page: 'overview',
    period: 'custom',
    from: maxDate(from, coverage.from),
    to: minDate(to, coverage.to),
    granularity: alert.granularity,
    commodity: group ?? 'all',
    originUnit,
  };
}

/** The alert list as plain text for a message to colleagues, in the current language. */
export function alertsAsText(input: {
  alerts: readonly Alert[];
  range: DateRange;
  commodity: string;
  thresholds: AlertThresholds;
  datasetName: string;
  i18n: I18n;
  regionName: (code: string) => string;
}): string {
  const { alerts, range, i18n, regionName } = input;
  const { t } = i18n;
  const lines = [
    t('alerts.textHeader', {
      from: i18n.date(range.from),
      to: i18n.date(range.to),
      commodity: groupLabel(input.commodity, i18n),
    }),
  ];
  if (alerts.length === 0) lines.push(t('alerts.none'));
  for (const alert of alerts) {
    lines.push(
      `• ${alertWhen(alert, i18n)} — ${groupLabel(alert.group, i18n)}: ${describeAlert(alert, i18n, regionName)}`,
    );
  }
  lines.push(
    t('alerts.textFooter', {
      dataset: input.datasetName,
      thresholds: t('alerts.textThresholds', {
        belowNorm: i18n.percent(input.thresholds.belowNormFraction, 0),
        originShare: i18n.percent(input.thresholds.originShareFraction, 0),
        stockDays: i18n.number(input.thresholds.stockCoverDays),
      }),
    }),
  );
  return lines.join('\n');
}
