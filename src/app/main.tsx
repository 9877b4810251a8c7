import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from '../api/http-client';
import { createQueryClient } from '../api/queries';
import { ConfigError, loadRuntimeConfig } from '../api/runtime-config';
import { preloadTimeSeriesChart } from '../charts/lazy-time-series-chart';
import { loadLanguage } from '../i18n/translate';
import { i18nFor } from '../i18n/use-i18n';
import { parseViewState } from '../state/view-url';
import { followBrowserConnection } from '../state/connection-store';
import { App } from './app';
import { startOffline } from './offline';
import './styles.css';

/**
 * The demo API. A build answers it in the page from the demo API worker, so the page's scope is
 * left to the offline service worker and the demo data works without a network too. `npm run dev`
 * serves it with MSW's service worker (requests visible in the network panel); where the browser
 * refuses one (site data blocked), it is answered in the page as well.
 */
async function startDemo(apiBaseUrl: string): Promise<typeof fetch | null> {
  if (import.meta.env.PROD) {
    const { createDemoWorkerFetch } = await import('../../mocks/demo-api-worker-client');
    return createDemoWorkerFetch(apiBaseUrl);
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
    return createLocalFetch(createLocalApi(demoLocalDataset()), base);
  }
}

async function start() {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  try {
    const config = await loadRuntimeConfig(`${import.meta.env.BASE_URL}config.json`, window.location.href);
    // The mock server is imported only when demo data is on, so it stays out of the initial JS,
    // and a build with VITE_DEMO=false drops it altogether. The chosen language's messages are
    // ready before the first paint (Indonesian is built in); both load at the same time.
    const [demoFetch] = await Promise.all([
      __DEMO_ENABLED__ && config.demo ? startDemo(config.apiBaseUrl) : null,
      loadLanguage(parseViewState(window.location.search).view.lang),
    ]);
    const client = createApiClient({
      baseUrl: config.apiBaseUrl,
      timeoutMs: config.requestTimeoutMs,
      ...(demoFetch ? { fetch: demoFetch } : {}),
    });
    const queryClient = createQueryClient({
      servedLocally: __DEMO_ENABLED__ && config.demo,
      offlineCopy: navigator.serviceWorker?.controller != null,
    });
    root.render(
      <StrictMode>
        <App client={client} queryClient={queryClient} demo={__DEMO_ENABLED__ && config.demo} />
      </StrictMode>,
    );
    preloadTimeSeriesChart();
    if (import.meta.env.PROD) void startOffline();
    else followBrowserConnection();
  } catch (error) {
    const { t } = i18nFor(parseViewState(window.location.search).view.lang);
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
