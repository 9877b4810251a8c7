import { useId, useState } from 'react';
import { dateOrderPattern, readNumericDate, type DateOrder } from '../../import/date-order';
import type { ImportQuestion } from '../../import/import-report';
import { useI18n } from '../../i18n/use-i18n';
import type { ImportAnswers } from './use-import';

export interface ImportQuestionViewProps {
  fileName: string;
  question: ImportQuestion;
  onAnswer: (answers: ImportAnswers) => void;
  onCancel: () => void;
}

/** What the file cannot tell by itself, asked in one question before any row is read. */
export function ImportQuestionView({ fileName, question, onAnswer, onCancel }: ImportQuestionViewProps) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section
      className="chart-frame import-question"
      aria-labelledby={headingId}
      data-question={question.kind}
    >
      <h2 id={headingId}>{t('import.question.title', { file: fileName })}</h2>
      {question.kind === 'date-order' ? (
        <DateOrderQuestion question={question} onAnswer={onAnswer} />
      ) : (
        <SheetQuestion question={question} onAnswer={onAnswer} />
      )}
      <p>
        <button type="button" className="import-button" onClick={onCancel}>
          {t('import.question.cancel')}
        </button>
      </p>
    </section>
  );
}

function DateOrderQuestion({
  question,
  onAnswer,
}: {
  question: Extract<ImportQuestion, { kind: 'date-order' }>;
  onAnswer: (answers: ImportAnswers) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const detected = question.detected;
  const other: DateOrder = detected === 'dmy' ? 'mdy' : 'dmy';
  const example = question.examples[0];
  const asDate = (order: DateOrder) => {
    const iso = example ? readNumericDate(example, order) : null;
    return iso ? i18n.date(iso) : '—';
  };
  return (
    <>
      <p className="import-question-text" role="status">
        {t('import.question.date', { pattern: dateOrderPattern(detected) })}
      </p>
      <p>
        {t('import.question.date.examples', {
          column: question.column,
          examples: question.examples.join(', '),
        })}
      </p>
      {question.ambiguous && example && (
        <p className="notice">
          {t('import.question.date.ambiguous', {
            example,
            asDetected: asDate(detected),
            detected: dateOrderPattern(detected),
            asOther: asDate(other),
            other: dateOrderPattern(other),
          })}
        </p>
      )}
      <p className="import-question-answers">
        <button type="button" className="primary-button" onClick={() => onAnswer({ dateOrder: detected })}>
          {t('import.question.date.yes', { pattern: dateOrderPattern(detected) })}
        </button>{' '}
        <button type="button" className="import-button" onClick={() => onAnswer({ dateOrder: other })}>
          {t('import.question.date.other', { pattern: dateOrderPattern(other) })}
        </button>
      </p>
      <p className="import-hint">{t('import.question.date.note')}</p>
    </>
  );
}

function SheetQuestion({
  question,
  onAnswer,
}: {
  question: Extract<ImportQuestion, { kind: 'sheet' }>;
  onAnswer: (answers: ImportAnswers) => void;
}) {
  const { t } = useI18n();
  const selectId = useId();
  const [sheet, setSheet] = useState(question.suggested);
  return (
    <>
      <p className="import-question-text" role="status">
        {t('import.question.sheet', { count: question.sheets.length })}
      </p>
      <div className="filter-field">
        <label htmlFor={selectId}>{t('import.question.sheet.label')}</label>
        <select id={selectId} value={sheet} onChange={(event) => setSheet(event.target.value)}>
          {question.sheets.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <p className="import-question-answers">
        <button type="button" className="primary-button" onClick={() => onAnswer({ sheet })}>
          {t('import.question.sheet.use')}
        </button>
      </p>
    </>
  );
}
