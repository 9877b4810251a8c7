import { createContext, useContext } from 'react';
import type { CsvDialectName } from '../domain/csv';

/**
 * What every download of a chart needs to know beyond the chart: the CSV dialect the person
 * chose (null: the page's language decides) and whether the figures are the demo's model, which
 * every file then says. The app provides it; without a provider, downloads follow the language
 * and carry no demo line.
 */
export interface ExportSettings {
  csvDialect: CsvDialectName | null;
  demo: boolean;
}

export const ExportSettingsContext = createContext<ExportSettings>({ csvDialect: null, demo: false });

export function useExportSettings(): ExportSettings {
  return useContext(ExportSettingsContext);
}
