import { COMMODITY_CODES } from '../../domain/commodity';
import {
  COLUMN_ALIASES,
  IMPORT_COLUMNS,
  REQUIRED_COLUMNS,
  type ImportColumn,
} from '../../import/import-columns';
import type { MessageKey } from '../../i18n/messages-id';
import { useI18n } from '../../i18n/use-i18n';
import { ENTRY_POINTS } from '../../reference/entry-points';

const DESCRIPTION: Record<ImportColumn, MessageKey> = {
  date: 'import.column.date',
  origin: 'import.column.origin',
  commodity: 'import.column.commodity',
  entry_point: 'import.column.entryPoint',
  tonnes: 'import.column.tonnes',
  status: 'import.column.status',
  source: 'import.column.source',
};

/** What each column holds and the other names it may have, generated from the parser's own lists. */
export function ImportColumnHelp() {
  const { t } = useI18n();
  return (
    <dl className="import-columns">
      {IMPORT_COLUMNS.map((column) => (
        <div key={column}>
          <dt>
            <code>{column}</code>{' '}
            <span className="import-hint">
              ({t(REQUIRED_COLUMNS.includes(column) ? 'import.columns.required' : 'import.columns.optional')};{' '}
              {t('import.columns.alsoNamed', { names: COLUMN_ALIASES[column].slice(1).join(', ') })})
            </span>
          </dt>
          <dd>
            {t(DESCRIPTION[column], {
              // Only the commodity and entry point texts have a {codes} placeholder.
              codes:
                column === 'commodity'
                  ? COMMODITY_CODES.join(', ')
                  : ENTRY_POINTS.map((entryPoint) => entryPoint.code).join(', '),
            })}
          </dd>
        </div>
      ))}
    </dl>
  );
}
