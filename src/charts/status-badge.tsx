import type { DataStatus } from '../domain/data-status';
import { useI18n } from '../i18n/use-i18n';
import { badgeStatus, badgeText } from './frame-texts';

/** Shown whenever any value in view is estimated or synthetic; silent for sourced figures. */
export function StatusBadge({ statuses }: { statuses: readonly DataStatus[] }) {
  const i18n = useI18n();
  const status = badgeStatus(statuses);
  if (status === null) return null;
  return (
    <span
      className={`status-badge status-${status}`}
      title={i18n.t('status.badge.title')}
      data-status={status}
    >
      {badgeText(statuses, i18n)}
    </span>
  );
}
