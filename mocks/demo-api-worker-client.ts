import { CHECKED_ANSWER_HEADER } from '../src/contract/checked-answer';
import type { DemoApiAnswer, DemoApiRequest } from './demo-api-protocol';
import type { DemoApiAnswerer } from './handlers';

export interface DemoApiWorker {
  answer: DemoApiAnswerer;
  /** Ends the worker: the page turned out not to use the demo API. */
  stop(): void;
}

/**
 * Starts the demo API worker (mocks/demo-api.worker.ts), which owns the dataset, and forwards
 * requests to it: the page's main thread never generates, aggregates or checks, it only receives
 * the answer's bytes. The worker builds its dataset from the moment it starts, so a page starts it
 * as early as it can.
 */
export function startDemoApiWorker(): DemoApiWorker {
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
  const answer: DemoApiAnswerer = (route, search) => {
    const request: DemoApiRequest = { id: nextId++, route, search: search.toString() };
    return new Promise((resolve, reject) => {
      pending.set(request.id, (reply) => {
        if (reply.ok) {
          resolve({
            status: reply.status,
            contentType: reply.contentType,
            body: reply.body,
            checked: reply.checked,
          });
        } else reject(new Error(reply.message));
      });
      worker.postMessage(request);
    });
  };
  return { answer, stop: () => worker.terminate() };
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('Aborted', 'AbortError');
}

/**
 * The demo API as a `fetch` for the API client: requests under `apiBaseUrl` are answered by the
 * demo API worker, without any service worker. A build uses it, so the page's scope stays free for
 * the offline service worker and the demo data works with no network at all.
 */
export function createDemoWorkerFetch(apiBaseUrl: string, answer: DemoApiAnswerer): typeof fetch {
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
    const headers = new Headers({ 'Content-Type': result.contentType });
    if (result.checked) headers.set(CHECKED_ANSWER_HEADER, 'true');
    return new Response(result.body, { status: result.status, headers });
  };
}
