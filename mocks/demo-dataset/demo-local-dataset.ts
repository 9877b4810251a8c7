import type { LocalDataset } from '../../src/local-api/local-api';
import { AGREEMENTS } from '../../src/reference/agreements';
import { CLAIMS } from '../../src/reference/claims';
import { COMMODITIES, ENTRY_POINTS } from '../../src/reference/entry-points';
import { REGION_FACTS } from '../../src/reference/region-facts';
import { REGIONS } from '../../src/reference/regions';
import { SOURCES } from '../../src/reference/sources';
import { generateDemoDataset } from './generate';
import { NEEDS } from '../../src/reference/needs';
import { DEMO_FIRST_DAY, DEMO_LAST_DAY, OWN_PRODUCTION, PRODUCTION_PLAN } from './plan';
import { JAKARTA } from '../../src/reference/provinces';

/** The most rows one flows response may carry; keeps a careless query from freezing a tab. */
export const DEMO_MAX_ROWS = 50_000;

let cached: LocalDataset | undefined;

/** The built-in demo dataset with the reference catalogue, generated once per process. */
export function demoLocalDataset(): LocalDataset {
  if (cached) return cached;
  const generated = generateDemoDataset();
  cached = {
    meta: {
      dataset: { id: 'demo', name: 'Arus Pangan demo dataset (calibrated, generated)', kind: 'demo' },
      coverage: { from: DEMO_FIRST_DAY, to: DEMO_LAST_DAY },
      maxRows: DEMO_MAX_ROWS,
      destinations: [JAKARTA],
    },
    regions: REGIONS,
    commodities: COMMODITIES,
    entryPoints: ENTRY_POINTS,
    sources: SOURCES,
    claims: CLAIMS,
    agreements: AGREEMENTS,
    regionFacts: REGION_FACTS,
    flows: generated.flows,
    ownProduction: OWN_PRODUCTION,
    stocks: { PIBC: { ...generated.pibcStock, status: 'estimated' } },
    balance: {
      onward: generated.onward,
      stockChange: {
        'rice-milled': { stock: 'PIBC' },
        ...Object.fromEntries(
          (['meat-beef', 'meat-buffalo', 'meat-chicken', 'fish-marine', 'fish-freshwater'] as const).map(
            (code) => [code, { none: true, status: 'estimated', sourceIds: ['demo-model'] }],
          ),
        ),
      },
      production: PRODUCTION_PLAN,
    },
    needs: NEEDS,
  };
  return cached;
}
