import type { ImportReference } from './flow-rows';
import { COMMODITIES, ENTRY_POINTS } from '../reference/entry-points';
import { REGIONS } from '../reference/regions';
import { SOURCES } from '../reference/sources';

/** Imported rows are checked against the same catalogue every view uses. */
export const BUILT_IN_IMPORT_REFERENCE: ImportReference = {
  regions: REGIONS,
  entryPoints: ENTRY_POINTS,
  commodities: COMMODITIES,
  sourceIds: SOURCES.map((source) => source.id),
};
