import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../api/api-client-context';
import { metaQuery } from '../api/queries';
import { daysBetweenInclusive, jakartaDate } from '../domain/calendar-date';
import { useI18n } from '../i18n/use-i18n';

/**
 * "Data up to 31 October 2026 — 32 days before today": the last day of the data in view, on every
 * page, so nobody reads a month-old total as this morning's. Today is the calendar day in Jakarta,
 * where the data's days are counted.
 */
export function DataFreshnessLine({ now = () => new Date() }: { now?: () => Date }) {
  const i18n = useI18n();
  const meta = useQuery(metaQuery(useApiClient()));
  const lastDay = meta.data?.coverage.to;
  if (!lastDay) return null;
  const today = jakartaDate(now());
  const behind = daysBetweenInclusive(lastDay, today) - 1;
  return (
    <p className="data-freshness" data-last-day={lastDay}>
      {behind > 0
        ? i18n.t('freshness.line', { date: i18n.date(lastDay), count: behind, today: i18n.date(today) })
        : i18n.t('freshness.upTo', { date: i18n.date(lastDay) })}
    </p>
  );
}
