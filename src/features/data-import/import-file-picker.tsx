import { useId, useState, type DragEvent } from 'react';
import { useI18n } from '../../i18n/use-i18n';

export interface ImportFilePickerProps {
  disabled: boolean;
  onFile: (file: File, datasetName: string) => void;
}

/**
 * The file input is the control everyone can use (keyboard, screen reader, automation: its
 * accessible name is "Pilih berkas CSV, XLSX atau JSON" / "Choose a CSV, XLSX or JSON file"); dropping a
 * file onto the zone around it is a shortcut for pointer users.
 */
export function ImportFilePicker({ disabled, onFile }: ImportFilePickerProps) {
  const { t } = useI18n();
  const fileId = useId();
  const nameId = useId();
  const nameHintId = useId();
  const [datasetName, setDatasetName] = useState('');
  const [dragging, setDragging] = useState(false);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file, datasetName);
  };

  return (
    <div className="import-picker">
      <div className="filter-field">
        <label htmlFor={nameId}>{t('import.name.label')}</label>
        <input
          id={nameId}
          type="text"
          maxLength={120}
          value={datasetName}
          aria-describedby={nameHintId}
          onChange={(event) => setDatasetName(event.target.value)}
        />
        <span id={nameHintId} className="import-hint">
          {t('import.name.hint')}
        </span>
      </div>
      <div
        className="import-drop-zone"
        data-dragging={dragging || undefined}
        onDragOver={(event) => {
          event.preventDefault();
          if (!disabled) setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={fileId}>{t('import.file.label')}</label>
        <input
          id={fileId}
          type="file"
          accept=".csv,.tsv,.txt,.json,.xlsx,text/csv,text/tab-separated-values,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={disabled}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so that choosing the same file again (after fixing it) imports it again.
            event.target.value = '';
            if (file) onFile(file, datasetName);
          }}
        />
        <p className="import-hint" aria-hidden="true">
          {t(dragging ? 'import.drop.active' : 'import.drop')}
        </p>
      </div>
    </div>
  );
}
