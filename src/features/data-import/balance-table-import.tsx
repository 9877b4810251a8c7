// Adding a balance table (onward outflow, stock, own production) to a stored dataset, and what the
// reading of it found. The flows stay as imported; the table is stored beside them, replacing any
// earlier table of the same dataset.
import { useId } from 'react';
import { downloadFile } from '../../charts/download';
import type { BalanceFileProblem, BalanceFileReading } from '../../import/balance-file';
import type { BalanceProblemReason } from '../../import/balance-table';
import { balanceStorable, balanceTemplateCsv } from '../../import/balance-table';
import type { MessageKey } from '../../i18n/messages-id';
import { useI18n } from '../../i18n/use-i18n';

/** Problems shown on the page; the counts above them are complete. */
const SHOWN_PROBLEMS = 100;

export interface BalanceImportOutcome {
  datasetName: string;
  fileName: string;
  reading: BalanceFileReading;
  /** Why storing failed, when it did. */
  saveError: string | null;
}

export function BalanceTemplateButton() {
  const { t, language } = useI18n();
  return (
    <button
      type="button"
      className="import-button"
      onClick={() =>
        downloadFile(
          language === 'en' ? 'arus-pangan-balance-template.csv' : 'arus-pangan-templat-neraca.csv',
          balanceTemplateCsv(),
          'text/csv;charset=utf-8',
        )
      }
    >
      {t('import.balance.template')}
    </button>
  );
}

/** The file input of one dataset's row: "Tambah tabel neraca ke …". */
export function BalanceFileInput({
  datasetName,
  disabled,
  onFile,
}: {
  datasetName: string;
  disabled: boolean;
  onFile: (file: File) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <span className="import-balance-input">
      <label htmlFor={id}>{t('import.balance.add')}</label>
      <input
        id={id}
        type="file"
        accept=".csv,.tsv,.txt,.xlsx,.json,text/csv,text/tab-separated-values,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t('import.balance.addNamed', { name: datasetName })}
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </span>
  );
}

export function BalanceImportReport({ outcome }: { outcome: BalanceImportOutcome }) {
  const i18n = useI18n();
  const { t } = i18n;
  const headingId = useId();
  const { reading } = outcome;
  const stored = balanceStorable(reading) && !outcome.saveError;
  const unreadable =
    reading.fileProblem && reading.fileProblem.kind !== 'missing-columns' ? reading.fileProblem : null;
  return (
    <section className="chart-frame import-balance-report" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('import.balance.reportTitle', { file: outcome.fileName, name: outcome.datasetName })}
      </h2>
      {unreadable ? (
        <p className="panel-error" role="alert">
          {t('import.balance.readFailed', { detail: problemDetail(unreadable) })}
        </p>
      ) : reading.missingColumns.length > 0 ? (
        <p className="panel-error" role="alert">
          {t('import.balance.missingColumns', { columns: reading.missingColumns.join(', ') })}
        </p>
      ) : (
        <p role="status">
          {t('import.balance.counts', {
            accepted: i18n.number(reading.rows.length),
            rejected: i18n.number(reading.rejectedRows),
            total: i18n.number(reading.totalRows),
          })}{' '}
          {stored ? t('import.balance.stored') : t('import.balance.notStored')}
        </p>
      )}
      {outcome.saveError && (
        <p className="panel-error" role="alert">
          {t('import.balance.saveFailed', { detail: outcome.saveError })}
        </p>
      )}
      {reading.problems.length > 0 && (
        <div className="data-table-scroll">
          <table className="data-table">
            <caption>{t('import.balance.problems')}</caption>
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  {t('import.balance.line')}
                </th>
                <th scope="col">{t('import.balance.column')}</th>
                <th scope="col">{t('import.balance.reason')}</th>
                <th scope="col">{t('import.balance.value')}</th>
                <th scope="col">{t('import.balance.expected')}</th>
              </tr>
            </thead>
            <tbody>
              {reading.problems.slice(0, SHOWN_PROBLEMS).map((problem, index) => (
                <tr key={`${problem.line}-${index}`}>
                  <td className="numeric">{i18n.number(problem.line)}</td>
                  <td>{problem.column}</td>
                  <td>{t(reasonKey(problem.reason))}</td>
                  <td>{problem.value}</td>
                  <td>{problem.expected ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** What makes the file unreadable, in the reader's words (the file's format names are not translated). */
function problemDetail(problem: BalanceFileProblem): string {
  switch (problem.kind) {
    case 'bad-json':
    case 'bad-xlsx':
      return problem.message;
    case 'too-large':
      return `${problem.bytes} B > ${problem.maxBytes} B`;
    default:
      return problem.kind;
  }
}

function reasonKey(reason: BalanceProblemReason): MessageKey {
  return `import.balance.reason.${reason}` as MessageKey;
}
