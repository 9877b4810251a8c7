import { useId } from 'react';
import type { ImportProgress } from '../../import/import-flow-file';
import { useI18n } from '../../i18n/use-i18n';
import { megabytes } from './import-report-text';

export function ImportProgressView({
  fileName,
  progress,
  onCancel,
}: {
  fileName: string;
  progress: ImportProgress | null;
  onCancel: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const barId = useId();
  const building = progress?.phase === 'building';
  return (
    <div className="import-progress" aria-busy="true">
      <label htmlFor={barId}>{t('import.progress.label')}</label>
      {/* Without a value the bar is indeterminate: the worker has not reported yet. */}
      <progress
        id={barId}
        max={progress?.totalBytes || 1}
        value={progress ? progress.bytesRead : undefined}
      />
      <p>
        {t('import.progress.reading', {
          file: fileName,
          read: megabytes(i18n, progress?.bytesRead ?? 0),
          total: megabytes(i18n, progress?.totalBytes ?? 0),
        })}
      </p>
      {/* Only the change of phase is announced, not every step of the bar. */}
      <p role="status">{building ? t('import.progress.building') : ''}</p>
      <button type="button" className="import-button" onClick={onCancel}>
        {t('import.cancel')}
      </button>
    </div>
  );
}
