import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from '../api/http-client';
import { createQueryClient } from '../api/queries';
import { ConfigError, loadRuntimeConfig } from '../api/runtime-config';
import { preloadTimeSeriesChart } from '../charts/lazy-time-series-chart';
import { loadLanguage } from '../i18n/translate';
import { i18nFor } from '../i18n/use-i18n';
import { parseViewState } from '../state/view-url';
import { App } from './app';
import './styles.css';

async function start() {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  try {
    const config = await loadRuntimeConfig(`${import.meta.env.BASE_URL}config.json`, window.location.href);
    // The mock server is imported only when demo data is on, so it stays out of the initial JS,
    // and a build with VITE_DEMO=false drops it altogether. The chosen language's messages are
    // ready before the first paint (Indonesian is built in); both load at the same time.
    await Promise.all([
      __DEMO_ENABLED__ && config.demo
        ? import('../../mocks/browser').then(({ startDemoApi }) => startDemoApi(config.apiBaseUrl))
        : undefined,
      loadLanguage(parseViewState(window.location.search).view.lang),
    ]);
    const client = createApiClient({ baseUrl: config.apiBaseUrl, timeoutMs: config.requestTimeoutMs });
    const queryClient = createQueryClient({ servedLocally: __DEMO_ENABLED__ && config.demo });
    root.render(
      <StrictMode>
        <App client={client} queryClient={queryClient} demo={__DEMO_ENABLED__ && config.demo} />
      </StrictMode>,
    );
    preloadTimeSeriesChart();
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
