// "Bring your own data": import a CSV, XLSX or JSON file of daily flows, answer what the file
// cannot tell (its sheet, its date order), read its report row by row, keep the result in this
// browser and choose it as the data every view shows.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useId, useMemo, useState } from 'react';
import { downloadFile } from '../../charts/download';
import { readBalanceFile } from '../../import/balance-file';
import { balanceStorable } from '../../import/balance-table';
import { importTemplateCsv } from '../../import/import-template';
import type { ImportResult } from '../../import/import-and-store';
import {
  createInThreadImportRunner,
  createWorkerImportRunner,
  type ImportRunner,
} from '../../import/import-runner';
import type {
  ImportedDatasetInfo,
  ImportedDatasetRepository,
} from '../../import/imported-dataset-repository';
import { sharedImportedDatasetRepository } from '../../import/shared-repository';
import { useI18n } from '../../i18n/use-i18n';
import { useDataSourceStore } from '../../data-source/data-source-store';
import {
  BalanceImportReport,
  BalanceTemplateButton,
  type BalanceImportOutcome,
} from './balance-table-import';
import { ImportColumnHelp } from './import-column-help';
import { ImportFilePicker } from './import-file-picker';
import { ImportProgressView } from './import-progress-view';
import { ImportQuestionView } from './import-question-view';
import { ImportReportView } from './import-report-view';
import { ImportedDatasetList } from './imported-dataset-list';
import { ServerDatasetsPanel } from './server-datasets-panel';
import {
  forgetImportedDataset,
  rememberImportedDataset,
  replaceImportedDataset,
} from '../../data-source/use-active-data-source';
import { useImport } from './use-import';
import { useImportedDatasets } from './use-imported-datasets';
import './data-import.css';

export interface ImportPageProps {
  /** Tests run the import on the page's thread (jsdom has no Worker); the app uses the worker. */
  runner?: ImportRunner;
  repository?: ImportedDatasetRepository;
}

function defaultRunner(repository: ImportedDatasetRepository): ImportRunner {
  return typeof Worker === 'function' ? createWorkerImportRunner() : createInThreadImportRunner(repository);
}

export function ImportPage({ runner, repository }: ImportPageProps) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const repo = useMemo(() => repository ?? sharedImportedDatasetRepository(), [repository]);
  const run = useMemo(() => runner ?? defaultRunner(repo), [runner, repo]);
  const queryClient = useQueryClient();
  const [list, refresh] = useImportedDatasets(repo);
  const replaceDataset = useCallback(
    async (replacedId: string, result: ImportResult) => {
      const next = result.dataset;
      if (!next) return;
      const wasActive = useDataSourceStore.getState().active === replacedId;
      await repo.remove(replacedId).catch(() => undefined);
      forgetImportedDataset(queryClient, replacedId);
      if (wasActive) {
        void rememberImportedDataset(queryClient, next);
        useDataSourceStore.getState().chooseImported(next.info.id);
      }
    },
    [repo, queryClient],
  );
  const { state, start, retry, dismiss, cancel } = useImport(run, {
    onFinished: refresh,
    onReplaced: replaceDataset,
  });
  const active = useDataSourceStore((s) => s.active);
  const chooseImported = useDataSourceStore((s) => s.chooseImported);
  const chooseDefault = useDataSourceStore((s) => s.chooseDefault);
  const [message, setMessage] = useState<string | null>(null);
  const formHeadingId = useId();
  const helpHeadingId = useId();

  const chooseNewDataset = useCallback(
    (result: ImportResult) => {
      if (!result.dataset) return;
      // The buffers are in the page already: no need to read them back from storage.
      void rememberImportedDataset(queryClient, result.dataset);
      chooseImported(result.dataset.info.id);
      setMessage(null);
    },
    [chooseImported, queryClient],
  );

  const [balanceOutcome, setBalanceOutcome] = useState<BalanceImportOutcome | null>(null);
  const [readingBalance, setReadingBalance] = useState(false);
  const addBalance = useCallback(
    async (info: ImportedDatasetInfo, file: File) => {
      setReadingBalance(true);
      const outcome: BalanceImportOutcome = {
        datasetName: info.name,
        fileName: file.name,
        reading: {
          missingColumns: [],
          totalRows: 0,
          rows: [],
          problems: [],
          rejectedRows: 0,
          format: 'csv',
          encoding: 'utf-8',
          sheet: null,
          sheets: [],
          fileProblem: null,
        },
        saveError: null,
      };
      try {
        // Read whole (a balance table is small), with the flows import's format and encoding rules.
        const bytes = new Uint8Array(await file.arrayBuffer());
        outcome.reading = await readBalanceFile({
          name: file.name,
          size: bytes.length,
          read: (offset, length) => Promise.resolve(bytes.subarray(offset, offset + length)),
        });
        const { rows } = outcome.reading;
        if (balanceStorable(outcome.reading)) {
          const dataset = await repo.load(info.id);
          if (!dataset) throw new Error(t('import.source.missing'));
          const updated = {
            ...dataset,
            info: { ...dataset.info, balanceRows: rows.length },
            balance: { fileName: file.name, importedAt: new Date().toISOString(), rows },
          };
          await repo.save(updated);
          // The dataset's answers change: its client is rebuilt (under a new base URL, so no
          // cached answer from before the table is shown).
          await replaceImportedDataset(queryClient, updated);
          refresh();
        }
      } catch (error) {
        outcome.saveError = error instanceof Error ? error.message : String(error);
      } finally {
        setBalanceOutcome(outcome);
        setReadingBalance(false);
      }
    },
    [repo, queryClient, refresh, t],
  );

  const remove = useCallback(
    (info: ImportedDatasetInfo) => {
      repo.remove(info.id).then(
        () => {
          forgetImportedDataset(queryClient, info.id);
          if (useDataSourceStore.getState().active === info.id) chooseDefault();
          setMessage(t('import.datasets.deleted', { name: info.name }));
          refresh();
        },
        (error: unknown) =>
          setMessage(
            t('import.datasets.deleteFailed', {
              name: info.name,
              detail: error instanceof Error ? error.message : String(error),
            }),
          ),
      );
    },
    [repo, queryClient, chooseDefault, refresh, t],
  );

  return (
    <div className="data-import" data-import-state={state.kind}>
      <section className="chart-frame" aria-labelledby={formHeadingId}>
        <h2 id={formHeadingId}>{t('import.title')}</h2>
        <p>{t('import.intro')}</p>
        <ImportFilePicker disabled={state.kind === 'running'} onFile={start} />
        <p>
          <button
            type="button"
            className="import-button"
            onClick={() =>
              downloadFile(
                language === 'en' ? 'arus-pangan-template.csv' : 'arus-pangan-templat.csv',
                importTemplateCsv(language, t('import.template.source')),
                'text/csv;charset=utf-8',
              )
            }
          >
            {t('import.template')}
          </button>{' '}
          <BalanceTemplateButton />
        </p>
        <p className="import-hint">{t('import.balance.intro')}</p>
        {state.kind === 'running' && (
          <ImportProgressView fileName={state.fileName} progress={state.progress} onCancel={cancel} />
        )}
        {state.kind === 'cancelled' && (
          <p className="notice" role="status">
            {t('import.cancelled')}
          </p>
        )}
        {state.kind === 'failed' && (
          <p className="panel-error" role="alert">
            {t('import.failed', { detail: state.message })}
          </p>
        )}
        <details className="import-help">
          <summary id={helpHeadingId}>{t('import.columns.title')}</summary>
          <ImportColumnHelp />
          <p className="import-hint">{t('import.columns.note')}</p>
        </details>
      </section>

      {state.kind === 'done' && state.result.question && (
        <ImportQuestionView
          fileName={state.fileName}
          question={state.result.question}
          onAnswer={(answers) => retry(answers)}
          onCancel={dismiss}
        />
      )}
      {state.kind === 'done' && !state.result.question && (
        <ImportReportView
          result={state.result}
          replaced={state.attempt.replaces !== null}
          onUseNow={() => chooseNewDataset(state.result)}
          onReread={(answers) => retry(answers, { replace: true })}
        />
      )}

      {balanceOutcome && <BalanceImportReport outcome={balanceOutcome} />}

      <ServerDatasetsPanel />

      <ImportedDatasetList
        list={list}
        active={active}
        message={message}
        onUse={(info) => {
          chooseImported(info.id);
          setMessage(null);
        }}
        onUseDefault={() => {
          chooseDefault();
          setMessage(null);
        }}
        onDelete={remove}
        onAddBalance={readingBalance ? null : (info, file) => void addBalance(info, file)}
      />
    </div>
  );
}
