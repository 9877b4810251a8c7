import { needsBadge, weakestStatus, type DataStatus } from '../domain/data-status';
import { useI18n } from '../i18n/use-i18n';

/** Shown whenever any value in view is estimated or synthetic; silent for sourced figures. */
export function StatusBadge({ statuses }: { statuses: readonly DataStatus[] }) {
  const { t } = useI18n();
  if (statuses.length === 0) return null;
  const status = weakestStatus(statuses);
  if (!needsBadge(status)) return null;
  return (
    <span className={`status-badge status-${status}`} title={t('status.badge.title')} data-status={status}>
      {t(status === 'synthetic' ? 'status.badge.synthetic' : 'status.badge.estimated')}
    </span>
  );
}
