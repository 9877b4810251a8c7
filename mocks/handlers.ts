import { http, HttpResponse, type RequestHandler } from 'msw';
import { createLocalApi, type LocalDataset } from '../src/local-api/local-api';
import { demoLocalDataset } from './demo-dataset/demo-local-dataset';

/** Absolute base URL the Node tests use; the browser uses the one from public/config.json. */
export const TEST_API_BASE_URL = 'http://arus-pangan.test/api/v1';

/**
 * One handler answers every route of the contract from the dataset: fewer handlers keep MSW
 * fast in the browser, and the routing itself lives in the local API, which is unit-tested.
 */
export function createHandlers(
  baseUrl: string,
  dataset: () => LocalDataset = demoLocalDataset,
): RequestHandler[] {
  const base = baseUrl.replace(/\/$/, '');
  let api: ReturnType<typeof createLocalApi> | undefined;
  return [
    http.get(`${base}/*`, ({ request }) => {
      api ??= createLocalApi(dataset());
      const url = new URL(request.url);
      const route = url.pathname.slice(new URL(base, url).pathname.length);
      const response = api.handle(route, url.searchParams);
      return HttpResponse.json(response.body as Record<string, unknown>, {
        status: response.status,
        headers: { 'Content-Type': response.contentType },
      });
    }),
  ];
}
