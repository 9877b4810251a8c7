import { createLocalFetch } from '../src/import/imported-api-client';
import { createLocalApi } from '../src/local-api/local-api';
import { demoLocalDataset } from './demo-dataset/demo-local-dataset';

/**
 * The demo API answered in the page, for browsers that refuse the service worker (site data
 * blocked, some private windows): the same local API behind a `fetch`, with no MSW involved.
 */
export function createInPageDemoFetch(apiBaseUrl: string): typeof fetch {
  const base = new URL(apiBaseUrl, window.location.href).href.replace(/\/$/, '');
  return createLocalFetch(createLocalApi(demoLocalDataset()), base);
}
