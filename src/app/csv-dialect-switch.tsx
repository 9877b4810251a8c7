import { useId } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { CSV_DIALECT_CHOICES, useCsvDialect, type CsvDialectChoice } from '../state/csv-dialect-store';

const LABEL = { auto: 'csv.auto', id: 'csv.id', en: 'csv.en' } as const satisfies Record<
  CsvDialectChoice,
  string
>;

/** How "Unduh CSV" writes files: as the page's language does, or as a chosen spreadsheet expects. */
export function CsvDialectSwitch() {
  const { t } = useI18n();
  const id = useId();
  const choice = useCsvDialect((state) => state.choice);
  const choose = useCsvDialect((state) => state.choose);
  return (
    <div className="theme-switch csv-dialect-switch">
      <label htmlFor={id}>{t('csv.label')}</label>
      <select
        id={id}
        value={choice}
        onChange={(event) => {
          const next = CSV_DIALECT_CHOICES.find((option) => option === event.target.value);
          if (next) choose(next);
        }}
      >
        {CSV_DIALECT_CHOICES.map((option) => (
          <option key={option} value={option}>
            {t(LABEL[option])}
          </option>
        ))}
      </select>
    </div>
  );
}
