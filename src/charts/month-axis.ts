import type { ChartRow } from './time-series-chart';
import { localeOf } from '../i18n/format';
import type { I18n } from '../i18n/use-i18n';

// Month-of-year profiles reuse the time-series chart by placing the twelve months in one
// reference year; only the month name is shown.
const PROFILE_YEAR = 2001;

export function monthRow(month: number): ChartRow {
  return { period: `${PROFILE_YEAR}-${String(month).padStart(2, '0')}-01` };
}

export function monthName(period: string, language: I18n['language']): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${period}T00:00:00Z`));
}
