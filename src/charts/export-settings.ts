import { createContext, useContext } from 'react';
import type { CsvDialectName } from '../domain/csv';

/**
 * What every CSV download needs to know beyond the chart: the dialect the person chose (null: the
 * page's language decides). The app provides it; without a provider, downloads follow the language.
 */
export interface ExportSettings {
  csvDialect: CsvDialectName | null;
}

export const ExportSettingsContext = createContext<ExportSettings>({ csvDialect: null });

export function useExportSettings(): ExportSettings {
  return useContext(ExportSettingsContext);
}
