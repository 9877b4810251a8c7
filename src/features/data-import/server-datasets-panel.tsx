// The server's shared datasets on the import page: which exist, as of which revision, which one
// the views show; and an upload that stores a file on the server for every colleague.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { ServerDataset } from '../../contract/server-datasets';
import { useI18n } from '../../i18n/use-i18n';
import { useDataSourceStore } from '../../data-source/data-source-store';
import { useServerApiBase } from '../../data-source/server-api-base';
import {
  serverDatasetsQuery,
  serverSourceId,
  uploadToServer,
  type UploadOutcome,
} from '../../data-source/server-datasets';

export function ServerDatasetsPanel() {
  const base = useServerApiBase();
  // Without a configured API (a page rendered on its own) there is no server to ask.
  return base === null ? null : <ServerDatasetsOf base={base} />;
}

function ServerDatasetsOf({ base }: { base: string }) {
  const datasets = useQuery(serverDatasetsQuery(base));
  // The in-browser demo has no server behind it: nothing to show.
  if (!datasets.data) return null;
  return <ServerDatasets base={base} datasets={datasets.data} />;
}

function ServerDatasets({ base, datasets }: { base: string; datasets: readonly ServerDataset[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const headingId = useId();
  const active = useDataSourceStore((state) => state.active);
  const chooseImported = useDataSourceStore((state) => state.chooseImported);
  const chooseDefault = useDataSourceStore((state) => state.chooseDefault);

  return (
    <section className="chart-frame import-datasets" aria-labelledby={headingId} data-panel="server-datasets">
      <h2 id={headingId}>{t('server.datasets.title')}</h2>
      <p>{t('server.datasets.intro')}</p>
      <ul className="server-datasets">
        {datasets.map((dataset) => {
          const source = serverSourceId(dataset.id);
          return (
            <li key={dataset.id} data-dataset={dataset.id}>
              <strong>{dataset.name}</strong>{' '}
              <span>
                {t('server.datasets.asOf', {
                  date: i18n.time(Date.parse(dataset.revision.createdAt)),
                  revision: dataset.revision.number,
                })}
                {' · '}
                {t('server.datasets.rows', { count: dataset.revision.acceptedRows })}
              </span>{' '}
              {active === source ? (
                <span className="import-current">{t('server.datasets.inUse')}</span>
              ) : (
                <button type="button" className="import-button" onClick={() => chooseImported(source)}>
                  {t('server.datasets.use')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {active.startsWith('server:') && (
        <button type="button" className="import-button" onClick={chooseDefault}>
          {t('server.datasets.useDefault')}
        </button>
      )}
      <ServerUploadForm base={base} />
    </section>
  );
}

function ServerUploadForm({ base }: { base: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const formId = useId();
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<UploadOutcome | { kind: 'failed'; detail: string } | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) return;
    setSending(true);
    setOutcome(null);
    uploadToServer(base, {
      file,
      datasetName: String(form.get('dataset') ?? '').trim(),
      token: String(form.get('token') ?? ''),
    })
      .then(
        (result) => {
          setOutcome(result);
          if (result.kind === 'stored') void queryClient.invalidateQueries({ queryKey: ['server-datasets'] });
        },
        (error: unknown) =>
          setOutcome({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => setSending(false));
  };

  return (
    <form className="server-upload" onSubmit={submit} aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`}>{t('server.upload.title')}</h3>
      <label>
        {t('server.upload.file')}{' '}
        <input type="file" name="file" accept=".csv,.tsv,.txt,.json,text/csv,application/json" required />
      </label>
      <label>
        {t('server.upload.name')} <input type="text" name="dataset" maxLength={120} />
      </label>
      <label>
        {t('server.upload.token')} <input type="password" name="token" autoComplete="off" required />
      </label>
      <button type="submit" className="import-button" disabled={sending}>
        {sending ? t('server.upload.sending') : t('server.upload.submit')}
      </button>
      <UploadOutcomeView outcome={outcome} />
    </form>
  );
}

function UploadOutcomeView({
  outcome,
}: {
  outcome: UploadOutcome | { kind: 'failed'; detail: string } | null;
}) {
  const { t } = useI18n();
  if (!outcome) return null;
  if (outcome.kind === 'stored') {
    const { response } = outcome;
    const values = { revision: response.revision.number, name: response.dataset };
    return (
      <p className="notice" role="status" data-upload="stored">
        {response.created
          ? t('server.upload.stored', {
              ...values,
              accepted: response.revision.acceptedRows,
              rejected: response.revision.rejectedRows,
            })
          : t('server.upload.duplicate', values)}
      </p>
    );
  }
  if (outcome.kind === 'rejected') {
    return (
      <div className="panel-error" role="alert" data-upload="rejected">
        <p>{t('server.upload.rejected')}</p>
        <ul>
          {outcome.response.report.rejections.slice(0, 10).map((r) => (
            <li key={`${r.line}-${r.column}-${r.reason}`}>
              {t('server.upload.problem', {
                line: r.line,
                column: r.column ? `, ${r.column}` : '',
                reason: r.reason,
                value: r.value,
              })}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <p className="panel-error" role="alert" data-upload="refused">
      {t('server.upload.refused', {
        status: outcome.kind === 'refused' ? outcome.status : 0,
        detail: outcome.detail,
      })}
    </p>
  );
}
