import { downloadFile } from '../charts/download';
import type { MessageKey } from '../i18n/messages-id';
import { useI18n, type I18n } from '../i18n/use-i18n';
import { useStorageStatus } from '../storage/persisted-store';

const KEY_LABELS: Record<string, MessageKey> = {
  'arus-pangan:deck': 'storage.key.arus-pangan:deck',
  'arus-pangan:chart-notes': 'storage.key.arus-pangan:chart-notes',
  'arus-pangan:alert-thresholds': 'storage.key.arus-pangan:alert-thresholds',
  'arus-pangan:data-source': 'storage.key.arus-pangan:data-source',
};

function labels(keys: readonly string[], { t }: I18n): string {
  return keys.map((key) => (KEY_LABELS[key] ? t(KEY_LABELS[key]) : key)).join(', ');
}

/**
 * For the shell: one line when something a person saved could not be read and was set aside (with
 * the set-aside text to download), and a lasting line while changes are kept in memory only.
 */
export function StorageNotice() {
  const i18n = useI18n();
  const { t } = i18n;
  const unsaved = useStorageStatus((state) => state.unsaved);
  const quarantined = useStorageStatus((state) => state.quarantined);
  const dismiss = useStorageStatus((state) => state.dismissQuarantined);
  const unsavedKeys = Object.keys(unsaved);
  return (
    <>
      {unsavedKeys.length > 0 && (
        <p className="notice storage-unsaved" role="status" data-storage="not-saved">
          {t('storage.banner.notSaved', { what: labels(unsavedKeys, i18n) })}
        </p>
      )}
      {quarantined.length > 0 && (
        <p className="notice" role="status" data-storage="quarantined">
          {t('storage.banner.quarantined', {
            what: labels(
              quarantined.map((entry) => entry.key),
              i18n,
            ),
          })}{' '}
          <button
            type="button"
            onClick={() =>
              downloadFile(
                'arus-pangan_data-disisihkan.json',
                JSON.stringify(quarantined, null, 2),
                'application/json',
              )
            }
          >
            {t('storage.banner.export')}
          </button>{' '}
          <button type="button" onClick={dismiss}>
            {t('storage.banner.dismiss')}
          </button>
        </p>
      )}
    </>
  );
}
