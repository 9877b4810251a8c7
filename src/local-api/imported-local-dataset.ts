// An imported dataset as the local API serves it: the file's flows with the built-in reference
// catalogue. The browser serves it from IndexedDB, the server from its database.
import type { Source } from '../contract/schemas';
import { jakartaDate } from '../domain/calendar-date';
import type { ImportedDataset } from '../import/imported-dataset-repository';
import { unpackFlowStore } from '../import/packed-flow-store';
import { AGREEMENTS } from '../reference/agreements';
import { CLAIMS } from '../reference/claims';
import { COMMODITIES, ENTRY_POINTS } from '../reference/entry-points';
import { REGION_FACTS } from '../reference/region-facts';
import { REGIONS } from '../reference/regions';
import { NEEDS } from '../reference/needs';
import { SOURCES } from '../reference/sources';
import { importedBalanceParts } from './imported-balance';
import { EMPTY_BALANCE, type LocalDataset } from './local-api';
import { JAKARTA } from '../reference/provinces';

/** The same limit as the demo: a careless query must not build a huge response in the page. */
export const IMPORTED_MAX_ROWS = 50_000;
/**
 * The imported flows with the built-in reference catalogue, and the balance table when one was
 * added. Without it, Jakarta's own production and the PIBC stock are empty (every period "not
 * reported"): a share from outside or a stock cover then says what is missing rather than being
 * computed against the demo's invented figures. PIBC has an empty stock series so its panel says
 * "no data", not "not found"; an imported rice stock takes its place.
 */
export function importedLocalDataset(dataset: ImportedDataset): LocalDataset {
  const { info, flows, sources } = dataset;
  const importedOn = jakartaDate(info.importedAt);
  const balance = dataset.balance && importedBalanceParts(dataset.balance, info.name, importedOn);
  const importedSources: Source[] = sources.map((source) => ({
    id: source.id,
    title: source.title,
    publisher: info.name,
    url: null,
    // The day of the import as Jakarta counts it, like every other date on the dashboard.
    date: jakartaDate(info.importedAt),
    kind: 'report',
  }));
  return {
    meta: {
      dataset: { id: info.id, name: info.name, kind: 'imported' },
      coverage: { from: flows.firstDay, to: flows.lastDay },
      maxRows: IMPORTED_MAX_ROWS,
      destinations: [JAKARTA],
    },
    regions: REGIONS,
    commodities: COMMODITIES,
    entryPoints: ENTRY_POINTS,
    sources: [...SOURCES, ...importedSources, ...(balance?.sources ?? [])],
    claims: CLAIMS,
    agreements: AGREEMENTS,
    regionFacts: REGION_FACTS,
    flows: unpackFlowStore(flows),
    ownProduction: { rice: [], meat: [], fish: [] },
    stocks: {
      PIBC: {
        firstDay: flows.firstDay,
        lastDay: flows.lastDay,
        values: new Float64Array(flows.dayCount).fill(Number.NaN),
        status: 'reported',
        sourceIds: [],
      },
      ...balance?.stocks,
    },
    balance: balance?.balance ?? EMPTY_BALANCE,
    needs: NEEDS,
  };
}
