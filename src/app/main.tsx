import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from '../api/http-client';
import { claimsQuery, createQueryClient, metaQuery, sourcesQuery } from '../api/queries';
import { ConfigError, loadRuntimeConfig } from '../api/runtime-config';
import { loadLanguage } from '../i18n/translate';
import { i18nFor } from '../i18n/use-i18n';
import { parseViewState } from '../state/view-url';
import { followBrowserConnection } from '../state/connection-store';
import { createDemoWorkerFetch, type DemoApiWorker } from '../../mocks/demo-api-worker-client';
import { App } from './app';
import { CONFIG_URL, earlyConfig, earlyDemoWorker } from './early-start';
import { preloadPage } from './app-shell';
import { startOffline } from './offline';
import './styles.css';

interface DemoApi {
  fetch: typeof fetch;
  /** The answers were checked against the contract where they were made (the worker). */
  checked: boolean;
}

/**
 * The demo API. A build answers it in the page from the demo API worker, so the page's scope is
 * left to the offline service worker and the demo data works without a network too. `npm run dev`
 * serves it with MSW's service worker (requests visible in the network panel); where the browser
 * refuses one (site data blocked), it is answered in the page as well.
 */
async function startDemo(apiBaseUrl: string, worker: DemoApiWorker | null): Promise<DemoApi | null> {
  if (worker) {
    return { fetch: createDemoWorkerFetch(apiBaseUrl, worker.answer), checked: true };
  }
  try {
    const { startDemoApi } = await import('../../mocks/browser');
    await startDemoApi(apiBaseUrl);
    return null;
  } catch (error) {
    console.warn('Arus Pangan: no service worker for the demo API; answering in the page', error);
    const [{ demoLocalDataset }, { createLocalApi }, { createLocalFetch }] = await Promise.all([
      import('../../mocks/demo-dataset/demo-local-dataset'),
      import('../local-api/local-api'),
      import('../data-source/imported-api-client'),
    ]);
    const base = new URL(apiBaseUrl, window.location.href).href.replace(/\/$/, '');
    return { fetch: createLocalFetch(createLocalApi(demoLocalDataset()), base), checked: false };
  }
}

async function start() {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const { view } = parseViewState(window.location.search);
  preloadPage(view.page);
  try {
    const config = await loadRuntimeConfig(CONFIG_URL, window.location.href, () => earlyConfig);
    // The mock server is imported only when demo data is on, so it stays out of the initial JS,
    // and a build with VITE_DEMO=false drops it altogether. The chosen language's messages are
    // ready before the first paint (Indonesian is built in); both load at the same time.
    const demoOn = __DEMO_ENABLED__ && config.demo;
    if (!demoOn) earlyDemoWorker?.stop();
    const [demo] = await Promise.all([
      demoOn ? startDemo(config.apiBaseUrl, earlyDemoWorker) : null,
      loadLanguage(view.lang),
    ]);
    const client = createApiClient({
      baseUrl: config.apiBaseUrl,
      timeoutMs: config.requestTimeoutMs,
      ...(demo ? { fetch: demo.fetch, checkedAnswers: demo.checked } : {}),
    });
    const queryClient = createQueryClient({
      servedLocally: demoOn,
      offlineCopy: navigator.serviceWorker?.controller != null,
    });
    // Asked for before the first render: every page waits for the dataset's coverage before it can
    // ask for its own answers, and the shell's first render is sliced over many tasks.
    void queryClient.prefetchQuery(metaQuery(client));
    void queryClient.prefetchQuery(sourcesQuery(client));
    void queryClient.prefetchQuery(claimsQuery(client));
    // A transition, so React renders the first view in slices and the page keeps answering input.
    startTransition(() => {
      root.render(
        <StrictMode>
          <App client={client} queryClient={queryClient} demo={demoOn} />
        </StrictMode>,
      );
    });
    followBrowserConnection();
    if (import.meta.env.PROD) void startOffline();
  } catch (error) {
    const { t } = i18nFor(view.lang);
    const detail = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
    root.render(
      <main className="fatal" role="alert">
        <h1>{t('config.error.title')}</h1>
        <p>{t('config.error.body', { detail })}</p>
      </main>,
    );
  }
}

void start();
