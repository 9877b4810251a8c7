import { useEffect, useId, useRef, useState } from 'react';
import type { ImportedDatasetInfo } from '../../import/imported-dataset-repository';
import { useI18n } from '../../i18n/use-i18n';
import { DEFAULT_DATA_SOURCE } from '../../storage/stored-values';
import { BalanceFileInput } from './balance-table-import';
import type { DatasetList } from './use-imported-datasets';

export interface ImportedDatasetListProps {
  list: DatasetList;
  active: string;
  /** What the last action did, announced politely. */
  message: string | null;
  onUse: (info: ImportedDatasetInfo) => void;
  onUseDefault: () => void;
  onDelete: (info: ImportedDatasetInfo) => void;
  /** A balance table chosen for the dataset; null while one is being read. */
  onAddBalance: ((info: ImportedDatasetInfo, file: File) => void) | null;
}

export function ImportedDatasetList({
  list,
  active,
  message,
  onUse,
  onUseDefault,
  onDelete,
  onAddBalance,
}: ImportedDatasetListProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const headingId = useId();
  const [confirming, setConfirming] = useState<string | null>(null);
  const activeInfo = list.kind === 'ready' ? list.datasets.find((info) => info.id === active) : undefined;

  return (
    <section className="chart-frame import-datasets" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('import.datasets.title')}</h2>
      <p role="status" className="import-current">
        {activeInfo
          ? t('import.datasets.importedActive', { name: activeInfo.name })
          : t('import.datasets.defaultActive')}
        {message && ` ${message}`}
      </p>
      {active !== DEFAULT_DATA_SOURCE && (
        <button type="button" className="import-button" onClick={onUseDefault}>
          {t('import.datasets.useDefault')}
        </button>
      )}
      <p className="import-hint">{t('import.datasets.flowsOnly')}</p>
      {list.kind === 'loading' && <p className="panel-empty">{t('import.datasets.loading')}</p>}
      {list.kind === 'failed' && (
        <p className="panel-error" role="alert">
          {t('import.datasets.loadFailed', {
            detail:
              list.problem === 'blocked'
                ? t('storage.indexedDb.blocked')
                : list.problem === 'quota'
                  ? t('storage.indexedDb.quota')
                  : list.message,
          })}
        </p>
      )}
      {list.kind === 'ready' && list.datasets.length === 0 && (
        <p className="panel-empty">{t('import.datasets.empty')}</p>
      )}
      {list.kind === 'ready' && list.datasets.length > 0 && (
        <div className="data-table-scroll">
          <table className="data-table">
            <caption>{t('import.datasets.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.datasets.name')}</th>
                <th scope="col">{t('import.datasets.file')}</th>
                <th scope="col">{t('import.datasets.importedAt')}</th>
                <th scope="col" className="numeric">
                  {t('import.datasets.rows')}
                </th>
                <th scope="col">{t('import.datasets.range')}</th>
                <th scope="col" className="numeric">
                  {t('import.datasets.origins')}
                </th>
                <th scope="col" className="numeric">
                  {t('import.balance.rows')}
                </th>
                <th scope="col">{t('import.datasets.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.datasets.map((info) => (
                <tr key={info.id} aria-current={info.id === active ? 'true' : undefined}>
                  <th scope="row">{info.name}</th>
                  <td>{info.fileName}</td>
                  <td>{i18n.time(Date.parse(info.importedAt))}</td>
                  <td className="numeric">{i18n.number(info.acceptedRows)}</td>
                  <td>
                    {t('period.subtitle', { from: i18n.date(info.firstDay), to: i18n.date(info.lastDay) })}
                  </td>
                  <td className="numeric">{i18n.number(info.origins.length)}</td>
                  <td className="numeric">
                    {info.balanceRows === undefined ? '—' : i18n.number(info.balanceRows)}
                  </td>
                  <td className="import-actions">
                    {confirming === info.id ? (
                      <ConfirmDelete
                        name={info.name}
                        onConfirm={() => {
                          setConfirming(null);
                          onDelete(info);
                        }}
                        onCancel={() => setConfirming(null)}
                      />
                    ) : (
                      <>
                        {info.id === active ? (
                          <strong className="import-active">{t('import.datasets.active')}</strong>
                        ) : (
                          <button
                            type="button"
                            className="import-button"
                            aria-label={t('import.datasets.useNamed', { name: info.name })}
                            onClick={() => onUse(info)}
                          >
                            {t('import.datasets.use')}
                          </button>
                        )}
                        <BalanceFileInput
                          datasetName={info.name}
                          disabled={onAddBalance === null}
                          onFile={(file) => onAddBalance?.(info, file)}
                        />
                        <button
                          type="button"
                          className="import-button"
                          aria-label={t('import.datasets.deleteNamed', { name: info.name })}
                          onClick={() => setConfirming(info.id)}
                        >
                          {t('import.datasets.delete')}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ConfirmDelete({
  name,
  onConfirm,
  onCancel,
}: {
  name: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const promptId = useId();
  const keep = useRef<HTMLButtonElement>(null);
  // Focus goes to the harmless choice, so a stray Enter keeps the data.
  useEffect(() => keep.current?.focus(), []);
  return (
    <div role="group" aria-labelledby={promptId} className="import-confirm">
      <p id={promptId}>{t('import.datasets.confirmDelete', { name })}</p>
      <button type="button" className="import-button import-danger" onClick={onConfirm}>
        {t('import.datasets.confirm')}
      </button>
      <button type="button" className="import-button" ref={keep} onClick={onCancel}>
        {t('import.datasets.keep')}
      </button>
    </div>
  );
}
