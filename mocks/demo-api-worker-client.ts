import type { DemoApiAnswer, DemoApiRequest } from './demo-api-protocol';
import type { DemoApiAnswerer } from './handlers';

/**
 * Forwards requests to the demo API worker (mocks/demo-api.worker.ts), which owns the dataset: the
 * page's main thread never generates or aggregates, it only receives the answer's bytes.
 */
export function workerAnswerer(): DemoApiAnswerer {
  const worker = new Worker(new URL('./demo-api.worker.ts', import.meta.url), {
    type: 'module',
    name: 'arus-pangan-demo-api',
  });
  const pending = new Map<number, (answer: DemoApiAnswer) => void>();
  let nextId = 1;
  worker.onmessage = (event: MessageEvent<DemoApiAnswer>) => {
    pending.get(event.data.id)?.(event.data);
    pending.delete(event.data.id);
  };
  worker.onerror = (event) => {
    const message = `the demo API worker failed: ${event.message || 'unknown error'}`;
    for (const [id, settle] of pending) settle({ id, ok: false, message });
    pending.clear();
  };
  return (route, search) => {
    const request: DemoApiRequest = { id: nextId++, route, search: search.toString() };
    return new Promise((resolve, reject) => {
      pending.set(request.id, (answer) => {
        if (answer.ok) resolve({ status: answer.status, contentType: answer.contentType, body: answer.body });
        else reject(new Error(answer.message));
      });
      worker.postMessage(request);
    });
  };
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('Aborted', 'AbortError');
}

/**
 * The demo API as a `fetch` for the API client: requests under `apiBaseUrl` are answered by the
 * demo API worker, without any service worker. A build uses it, so the page's scope stays free for
 * the offline service worker and the demo data works with no network at all.
 */
export function createDemoWorkerFetch(
  apiBaseUrl: string,
  answer: DemoApiAnswerer = workerAnswerer(),
): typeof fetch {
  const base = new URL(apiBaseUrl, window.location.href).href.replace(/\/$/, '');
  const basePath = new URL(base).pathname;
  return async (input, init) => {
    const signal = init?.signal ?? new AbortController().signal;
    if (signal.aborted) throw abortError(signal);
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    if (!url.href.startsWith(`${base}/`)) {
      return new Response(JSON.stringify({ type: 'about:blank', title: 'Not found', status: 404 }), {
        status: 404,
        headers: { 'Content-Type': 'application/problem+json' },
      });
    }
    const answered = answer(url.pathname.slice(basePath.length), url.searchParams, signal);
    // A cancelled request stops waiting at once; the worker's answer is then dropped.
    const aborted = new Promise<never>((_, reject) => {
      signal.addEventListener('abort', () => reject(abortError(signal)), { once: true });
    });
    const result = await Promise.race([answered, aborted]);
    return new Response(result.body, {
      status: result.status,
      headers: { 'Content-Type': result.contentType },
    });
  };
}
