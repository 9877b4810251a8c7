import { setupWorker } from 'msw/browser';
import type { DemoApiAnswer, DemoApiRequest } from './demo-api-protocol';
import { createHandlers, type DemoApiAnswerer } from './handlers';

/**
 * Forwards requests to the demo API worker (mocks/demo-api.worker.ts), which owns the dataset: the
 * page's main thread never generates or aggregates, it only receives the answer's bytes.
 */
function workerAnswerer(): DemoApiAnswerer {
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

/** Starts the demo API in a service worker; resolves once it answers requests. */
export async function startDemoApi(apiBaseUrl: string): Promise<void> {
  const base = new URL(apiBaseUrl, window.location.href).href;
  const worker = setupWorker(...createHandlers(base, workerAnswerer()));
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
