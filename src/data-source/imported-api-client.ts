// An imported dataset answers the same API as the server and the demo: the normal ApiClient
// with a `fetch` that asks the local API instead of the network. Every view, query and schema
// check works unchanged, and the base URL (local://imported/<id>) keeps its cached queries apart
// from those of any other source.
import { createApiClient, type ApiClient } from '../api/http-client';
import type { Source } from '../contract/schemas';
import { unpackFlowStore } from '../import/packed-flow-store';
import { jakartaDate } from '../domain/calendar-date';
import { createLocalApi, EMPTY_BALANCE, type LocalApi, type LocalDataset } from '../local-api/local-api';
import { NEEDS } from '../reference/needs';
import { AGREEMENTS } from '../reference/agreements';
import { CLAIMS } from '../reference/claims';
import { COMMODITIES, ENTRY_POINTS } from '../reference/entry-points';
import { REGION_FACTS } from '../reference/region-facts';
import { REGIONS } from '../reference/regions';
import { SOURCES } from '../reference/sources';
import type { ImportedDataset } from '../import/imported-dataset-repository';

/** The same limit as the demo: a careless query must not build a huge response in the page. */
export const IMPORTED_MAX_ROWS = 50_000;
const DEFAULT_TIMEOUT_MS = 15_000;

export function importedBaseUrl(id: string): string {
  return `local://imported/${encodeURIComponent(id)}`;
}

/**
 * The imported flows with the built-in reference catalogue. The file carries flows only, so
 * Jakarta's own production and the PIBC stock are empty (every period "not reported"): a share
 * from outside or a stock cover is then shown as "no data" rather than computed against the demo's
 * invented figures. PIBC has an empty stock series so its panel says "no data", not "not found".
 */
export function importedLocalDataset(dataset: ImportedDataset): LocalDataset {
  const { info, flows, sources } = dataset;
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
    },
    regions: REGIONS,
    commodities: COMMODITIES,
    entryPoints: ENTRY_POINTS,
    sources: [...SOURCES, ...importedSources],
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
    },
    balance: EMPTY_BALANCE,
    needs: NEEDS,
  };
}

/** A `fetch` that answers requests under `baseUrl` from the local API, as a server would. */
export function createLocalFetch(api: LocalApi, baseUrl: string): typeof fetch {
  const basePath = new URL(baseUrl).pathname.replace(/\/$/, '');
  return async (input, init) => {
    const signal = init?.signal;
    if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
    // Answer on a later turn, as the network would: callers never see a synchronous response.
    await Promise.resolve();
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const local = url.href.startsWith(baseUrl)
      ? api.handle(url.pathname.slice(basePath.length), url.searchParams)
      : null;
    const response = local ?? {
      status: 404,
      contentType: 'application/problem+json',
      body: { type: 'about:blank', title: 'Not found', status: 404, detail: `No resource at ${url.href}` },
    };
    if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
    return new Response(JSON.stringify(response.body), {
      status: response.status,
      headers: { 'Content-Type': response.contentType },
    });
  };
}

export interface ImportedApiClientOptions {
  timeoutMs?: number;
}

export function createImportedApiClient(
  dataset: ImportedDataset,
  { timeoutMs = DEFAULT_TIMEOUT_MS }: ImportedApiClientOptions = {},
): ApiClient {
  const baseUrl = importedBaseUrl(dataset.info.id);
  const api = createLocalApi(importedLocalDataset(dataset));
  return createApiClient({ baseUrl, timeoutMs, fetch: createLocalFetch(api, baseUrl) });
}
