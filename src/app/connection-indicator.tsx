import { useI18n } from '../i18n/use-i18n';
import { useConnection } from '../state/connection-store';

/** Online or offline, whether this browser keeps an offline copy, and a waiting new version. */
export function ConnectionIndicator() {
  const { t } = useI18n();
  const online = useConnection((state) => state.online);
  const offline = useConnection((state) => state.offline);
  const applyUpdate = useConnection((state) => state.applyUpdate);
  const label = !online
    ? t('connection.offline')
    : offline === 'ready'
      ? t('connection.offlineReady')
      : offline === 'installing'
        ? t('connection.installing')
        : t('connection.online');
  const detail = !online
    ? t('connection.offlineDetail')
    : offline === 'ready'
      ? t('connection.offlineReadyDetail')
      : undefined;
  return (
    <div className="connection" data-online={online} data-offline-copy={offline}>
      <span className="connection-state" role="status" title={detail}>
        <span className="connection-dot" aria-hidden="true" />
        {label}
      </span>
      {!online && <span className="visually-hidden">{detail}</span>}
      {applyUpdate && (
        <button type="button" className="connection-update" onClick={applyUpdate}>
          {t('connection.update')}
        </button>
      )}
    </div>
  );
}
