import { needsBadge, weakestStatus, type DataStatus } from '../domain/data-status';
import type { MessageKey } from '../i18n/messages-id';
import { useI18n } from '../i18n/use-i18n';

const BADGE_TEXT: Partial<Record<DataStatus, MessageKey>> = {
  synthetic: 'status.badge.synthetic',
  estimated: 'status.badge.estimated',
  forecast: 'status.badge.forecast',
};

/** Shown whenever any value in view is estimated or synthetic; silent for sourced figures. */
export function StatusBadge({ statuses }: { statuses: readonly DataStatus[] }) {
  const { t } = useI18n();
  if (statuses.length === 0) return null;
  const status = weakestStatus(statuses);
  if (!needsBadge(status)) return null;
  return (
    <span className={`status-badge status-${status}`} title={t('status.badge.title')} data-status={status}>
      {t(BADGE_TEXT[status] ?? 'status.badge.estimated')}
    </span>
  );
}
