// The report in words, in the page's language: the same sentences on screen and in the CSV.
import { toCsv } from '../../domain/csv';
import type { DecimalMark, Delimiter } from '../../import/dialect';
import type { FileProblem, ImportReport, Rejection } from '../../import/import-report';
import type { I18n } from '../../i18n/use-i18n';

const DELIMITER_KEY = {
  ',': 'import.delimiter.comma',
  ';': 'import.delimiter.semicolon',
  '\t': 'import.delimiter.tab',
  '|': 'import.delimiter.pipe',
} as const satisfies Record<Delimiter, string>;

export function delimiterName({ t }: I18n, delimiter: Delimiter): string {
  return t(DELIMITER_KEY[delimiter]);
}

export function decimalName({ t }: I18n, mark: DecimalMark): string {
  return t(mark === 'comma' ? 'import.decimal.comma' : 'import.decimal.dot');
}

/** Reasons whose `expected` is a guess at what was meant rather than part of the sentence. */
const SUGGESTS = new Set<Rejection['reason']>([
  'unknown-origin',
  'unknown-commodity',
  'unknown-entry-point',
  'bad-date',
]);

export function rejectionText(i18n: I18n, rejection: Rejection): string {
  const { t } = i18n;
  const expected =
    rejection.reason === 'bad-number' && (rejection.expected === 'dot' || rejection.expected === 'comma')
      ? decimalName(i18n, rejection.expected)
      : (rejection.expected ?? '');
  const sentence = t(`import.reason.${rejection.reason}`, { value: rejection.value, expected });
  const suggestion =
    SUGGESTS.has(rejection.reason) && rejection.expected && rejection.expected !== 'YYYY-MM-DD'
      ? ` ${t('import.reason.suggestion', { expected: rejection.expected })}`
      : '';
  return sentence + suggestion;
}

export function megabytes(i18n: I18n, bytes: number): string {
  return `${i18n.number(bytes / 1_000_000, 1)}\u00a0MB`;
}

export function fileProblemText(i18n: I18n, problem: FileProblem): string {
  const { t } = i18n;
  switch (problem.kind) {
    case 'missing-columns': {
      const text = t('import.problem.missing-columns', {
        missing: problem.missing.join(', '),
        found: problem.found.length > 0 ? problem.found.join(', ') : '—',
      });
      return problem.found.length === 1 ? `${text} ${t('import.problem.singleColumn')}` : text;
    }
    case 'duplicate-column':
      return t('import.problem.duplicate-column', {
        column: problem.column,
        headers: problem.headers.join(', '),
      });
    case 'bad-json':
      return t('import.problem.bad-json', { message: problem.message });
    case 'too-large':
      return t('import.problem.too-large', {
        series: i18n.number(problem.seriesCount),
        days: i18n.number(problem.dayCount),
        max: i18n.number(problem.maxCells),
        first: problem.firstDate,
        firstLine: problem.firstDateLine,
        last: problem.lastDate,
        lastLine: problem.lastDateLine,
      });
    case 'bad-xlsx':
      return t('import.problem.bad-xlsx', { message: problem.message });
    case 'xlsx-too-large':
      return t('import.problem.xlsx-too-large', {
        size: megabytes(i18n, problem.bytes),
        max: megabytes(i18n, problem.maxBytes),
      });
    case 'unknown-sheet':
      return t('import.problem.unknown-sheet', { sheet: problem.sheet, sheets: problem.sheets.join(', ') });
    case 'empty-file':
    case 'json-shape':
    case 'old-excel':
      return t(`import.problem.${problem.kind}`);
  }
}

/** Every kept problem as CSV (comma, dot decimal, formula-safe text: src/domain/csv.ts). */
export function reportCsv(i18n: I18n, report: ImportReport): string {
  const { t } = i18n;
  return toCsv(
    [
      { key: 'line', header: t(report.format === 'json' ? 'import.report.record' : 'import.report.line') },
      { key: 'column', header: t('import.report.column') },
      { key: 'reason', header: t('import.report.reason') },
      { key: 'value', header: t('import.report.value') },
    ],
    report.rejections.map((rejection) => ({
      line: rejection.line,
      column: rejection.column,
      reason: rejectionText(i18n, rejection),
      value: rejection.value,
    })),
  );
}
