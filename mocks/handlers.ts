import { http, HttpResponse, type RequestHandler } from 'msw';
import { createLocalApi, type LocalDataset, type LocalResponse } from '../src/local-api/local-api';
import { demoLocalDataset } from './demo-dataset/demo-local-dataset';

/** Absolute base URL the Node tests use; the browser uses the one from public/config.json. */
export const TEST_API_BASE_URL = 'http://arus-pangan.test/api/v1';

/**
 * Answers one request to the contract: a route (`/flows`) and its query string. `checked`: the
 * body is the output of the route's contract schema (the demo API worker checks what it sends).
 */
export type DemoApiAnswerer = (
  route: string,
  search: URLSearchParams,
  signal: AbortSignal,
) => Promise<{
  status: number;
  contentType: LocalResponse['contentType'] | string;
  body: BodyInit;
  checked?: boolean;
}>;

/** The local API over `dataset`, in this thread (Node tests; the browser asks a worker instead). */
export function inProcessAnswerer(dataset: () => LocalDataset = demoLocalDataset): DemoApiAnswerer {
  let api: ReturnType<typeof createLocalApi> | undefined;
  return async (route, search) => {
    api ??= createLocalApi(dataset());
    const response = api.handle(route, search);
    return {
      status: response.status,
      contentType: response.contentType,
      body: JSON.stringify(response.body),
    };
  };
}

/**
 * One handler answers every route of the contract: fewer handlers keep MSW fast in the browser,
 * and the routing itself lives in the local API, which is unit-tested.
 */
export function createHandlers(
  baseUrl: string,
  answer: DemoApiAnswerer = inProcessAnswerer(),
): RequestHandler[] {
  const base = baseUrl.replace(/\/$/, '');
  return [
    http.get(`${base}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const route = url.pathname.slice(new URL(base, url).pathname.length);
      const response = await answer(route, url.searchParams, request.signal);
      return new HttpResponse(response.body, {
        status: response.status,
        headers: { 'Content-Type': response.contentType },
      });
    }),
  ];
}
