import { setupWorker } from 'msw/browser';
import { startDemoApiWorker } from './demo-api-worker-client';
import { createHandlers } from './handlers';

/** Starts the demo API in a service worker; resolves once it answers requests. */
export async function startDemoApi(apiBaseUrl: string): Promise<void> {
  const base = new URL(apiBaseUrl, window.location.href).href;
  const worker = setupWorker(...createHandlers(base, startDemoApiWorker().answer));
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
