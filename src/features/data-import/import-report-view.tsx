import { useId } from 'react';
import { downloadFile } from '../../charts/download';
import { safeFileName } from '../../domain/csv';
import { dateOrderPattern } from '../../import/date-order';
import { REJECT_REASONS } from '../../import/import-report';
import type { ImportResult } from '../../import/import-and-store';
import { REGIONS } from '../../reference/regions';
import { COMMODITIES, ENTRY_POINTS } from '../../reference/entry-points';
import type { ImportAnswers } from './use-import';
import { useI18n } from '../../i18n/use-i18n';
import { decimalName, delimiterName, fileProblemText, rejectionText, reportCsv } from './import-report-text';

/** Rows drawn in the table; the rest is in the CSV download (a DOM of 10,000 rows helps nobody). */
export const SHOWN_REJECTIONS = 200;

export interface ImportReportViewProps {
  result: ImportResult;
  /** This report comes from re-reading a file, and its dataset took the place of the first one. */
  replaced?: boolean;
  onUseNow: () => void;
  /** Reads the same file again with another answer (date order, sheet). */
  onReread?: (answers: ImportAnswers) => void;
}

const CATALOGUE_NAMES = new Map(
  [...REGIONS, ...COMMODITIES, ...ENTRY_POINTS].map((item) => [item.code, item.name] as const),
);

export function ImportReportView({ result, replaced = false, onUseNow, onReread }: ImportReportViewProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const headingId = useId();
  const { report, dataset, saveError } = result;
  const lineLabel = t(report.format === 'json' ? 'import.report.record' : 'import.report.line');
  const shown = report.rejections.slice(0, SHOWN_REJECTIONS);
  const reasons = REJECT_REASONS.filter((reason) => report.problemCounts[reason] > 0);

  return (
    <section className="chart-frame import-report" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('import.report.title', { file: report.fileName })}</h2>

      {report.fileProblem ? (
        <div className="panel-error" role="alert">
          <p className="panel-error-title">{t('import.report.fileRejected')}</p>
          <p>{fileProblemText(i18n, report.fileProblem)}</p>
        </div>
      ) : (
        <p className="import-summary" role="status">
          {t(report.format === 'json' ? 'import.report.countsJson' : 'import.report.counts', {
            total: i18n.number(report.totalRows),
            accepted: i18n.number(report.acceptedRows),
            rejected: i18n.number(report.rejectedRows),
          })}
          {report.emptyLines > 0 && ` ${t('import.report.emptyLines', { count: report.emptyLines })}`}
        </p>
      )}

      <dl className="import-facts">
        <div>
          <dt>{t('import.report.readAs')}</dt>
          <dd>{t(`import.report.format.${report.format}`)}</dd>
        </div>
        {report.format !== 'xlsx' && (
          <div>
            <dt>{t('import.report.encoding')}</dt>
            <dd>{t(`import.encoding.${report.encoding}`)}</dd>
          </div>
        )}
        {report.sheet !== null && (
          <div>
            <dt>{t('import.report.sheet')}</dt>
            <dd>
              {report.sheet}
              {report.sheets.length > 1 && onReread && (
                <>
                  {' '}
                  <button
                    type="button"
                    className="import-button"
                    onClick={() => onReread({ sheet: undefined, dateOrder: undefined })}
                  >
                    {t('import.report.otherSheet')}
                  </button>
                </>
              )}
            </dd>
          </div>
        )}
        {report.dateOrder !== null && (
          <div>
            <dt>{t('import.report.dates')}</dt>
            <dd>
              {t('import.report.dateOrder', { pattern: dateOrderPattern(report.dateOrder) })}
              {onReread && (
                <>
                  {' '}
                  <button
                    type="button"
                    className="import-button"
                    onClick={() => onReread({ dateOrder: report.dateOrder === 'dmy' ? 'mdy' : 'dmy' })}
                  >
                    {t('import.report.reread', {
                      pattern: dateOrderPattern(report.dateOrder === 'dmy' ? 'mdy' : 'dmy'),
                    })}
                  </button>
                </>
              )}
            </dd>
          </div>
        )}
        {report.delimiter && (
          <div>
            <dt>{t('import.report.delimiter')}</dt>
            <dd>{delimiterName(i18n, report.delimiter)}</dd>
          </div>
        )}
        {report.decimalMark && (
          <div>
            <dt>{t('import.report.decimal')}</dt>
            <dd>{decimalName(i18n, report.decimalMark)}</dd>
          </div>
        )}
        {report.firstDay && report.lastDay && (
          <div>
            <dt>{t('import.report.range')}</dt>
            <dd>
              {t('period.subtitle', { from: i18n.date(report.firstDay), to: i18n.date(report.lastDay) })}
            </dd>
          </div>
        )}
        {report.origins.length > 0 && (
          <div>
            <dt>{t('import.report.origins')}</dt>
            <dd>{i18n.number(report.origins.length)}</dd>
          </div>
        )}
        {report.ignoredColumns.length > 0 && (
          <div>
            <dt>{t('import.report.ignoredColumns')}</dt>
            <dd>{report.ignoredColumns.join(', ')}</dd>
          </div>
        )}
      </dl>

      {replaced && dataset && (
        <p className="notice" role="status">
          {t('import.report.replaced')}
        </p>
      )}
      {dataset && (
        <p className="import-saved">
          {t('import.report.saved', { name: dataset.info.name })}{' '}
          <button type="button" className="import-button" onClick={onUseNow}>
            {t('import.report.useNow')}
          </button>
        </p>
      )}
      {saveError && (
        <p className="panel-error" role="alert">
          {t('import.report.saveFailed', { detail: saveError })}
        </p>
      )}
      {!dataset && !saveError && !report.fileProblem && (
        <p className="notice" role="status">
          {t('import.report.notSaved')}
        </p>
      )}

      {report.nameMatches.length > 0 && (
        <div className="data-table-scroll">
          <table className="data-table import-names">
            <caption>{t('import.report.names.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.report.names.column')}</th>
                <th scope="col">{t('import.report.names.name')}</th>
                <th scope="col">{t('import.report.names.code')}</th>
                <th scope="col">{t('import.report.names.codeName')}</th>
                <th scope="col" className="numeric">
                  {t('import.report.names.rows')}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.nameMatches.map((match) => (
                <tr key={`${match.column}:${match.value}`}>
                  <td>{report.columns[match.column] ?? match.column}</td>
                  <th scope="row">{match.value}</th>
                  <td>{match.code}</td>
                  <td>{CATALOGUE_NAMES.get(match.code)?.[i18n.language] ?? '—'}</td>
                  <td className="numeric">{i18n.number(match.rows)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {reasons.length > 0 && (
        <div className="data-table-scroll">
          <table className="data-table">
            <caption>{t('import.report.byReason')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.report.reason')}</th>
                <th scope="col" className="numeric">
                  {t('import.report.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {reasons.map((reason) => (
                <tr key={reason}>
                  <th scope="row">{t(`import.reasonName.${reason}`)}</th>
                  <td className="numeric">{i18n.number(report.problemCounts[reason])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {shown.length > 0 && (
        <>
          <div className="data-table-scroll tall">
            <table className="data-table import-rejections">
              <caption>{t('import.report.rejectedTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="numeric">
                    {lineLabel}
                  </th>
                  <th scope="col">{t('import.report.column')}</th>
                  <th scope="col">{t('import.report.reason')}</th>
                  <th scope="col">{t('import.report.value')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((rejection, index) => (
                  <tr key={`${rejection.line}-${index}`}>
                    <th scope="row" className="numeric">
                      {rejection.line}
                    </th>
                    <td>{rejection.column ?? '—'}</td>
                    <td>{rejectionText(i18n, rejection)}</td>
                    <td className="import-value">{rejection.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="import-hint">
            {t('import.report.shown', {
              shown: i18n.number(shown.length),
              total: i18n.number(report.problemCount),
            })}
            {report.rejections.length < report.problemCount &&
              ` ${t('import.report.capped', { kept: i18n.number(report.rejections.length) })}`}
          </p>
          <button
            type="button"
            className="import-button"
            onClick={() =>
              downloadFile(
                `${safeFileName(report.fileName.replace(/\.[^.]+$/, ''), t('import.report.rejectedTitle'))}.csv`,
                reportCsv(i18n, report),
                'text/csv;charset=utf-8',
              )
            }
          >
            {t('import.report.download')}
          </button>
        </>
      )}
    </section>
  );
}
