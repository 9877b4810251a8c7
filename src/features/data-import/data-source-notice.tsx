import type { ImportedDatasetInfo } from '../../import/imported-dataset-repository';
import './data-import.css';
import { useI18n } from '../../i18n/use-i18n';
import { useDataSourceStore } from '../../data-source/data-source-store';
import { ServerSourceNotice } from './server-source-notice';

/**
 * For the shell: says when the views show imported data (in place of the demo banner), and
 * when a chosen dataset could not be found and the built-in data took its place.
 */
export function DataSourceNotice({ imported }: { imported: ImportedDatasetInfo | null }) {
  const i18n = useI18n();
  const { t } = i18n;
  const fallback = useDataSourceStore((state) => state.fallback);
  const dismissFallback = useDataSourceStore((state) => state.dismissFallback);
  return (
    <>
      {imported && (
        <p className="demo-banner" role="note">
          {t('import.source.banner', {
            name: imported.name,
            file: imported.fileName,
            date: i18n.time(Date.parse(imported.importedAt)),
          })}
        </p>
      )}
      <ServerSourceNotice />
      {fallback && (
        <p className="notice" role="status">
          {t(fallback === 'missing' ? 'import.source.missing' : 'import.source.failed')}{' '}
          <button type="button" className="import-button" onClick={dismissFallback}>
            {t('import.source.dismiss')}
          </button>
        </p>
      )}
    </>
  );
}
