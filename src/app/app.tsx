import { QueryClientProvider, useQuery, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, type ReactNode } from 'react';
import { DemoDataContext } from '../charts/frame-context';
import { ApiClientProvider, useApiClient } from '../api/api-client-context';
import { ExportSettingsContext, type ExportSettings } from '../charts/export-settings';
import { useCsvDialect } from '../state/csv-dialect-store';
import { createApiClient, type ApiClient } from '../api/http-client';
import { metaQuery } from '../api/queries';
import { ServerApiBaseContext } from '../data-source/server-api-base';
import { useActiveDataSource } from '../data-source/use-active-data-source';
import { LanguageContext, useI18n } from '../i18n/use-i18n';
import { useViewField } from '../state/view-hooks';
import { FrameActionsProvider } from './frame-actions';
import { AppShell } from './app-shell';
import { AppErrorBoundary } from './app-error-boundary';

export interface AppProps {
  client: ApiClient;
  queryClient: QueryClient;
  demo: boolean;
}

export function App({ client, queryClient, demo }: AppProps) {
  return (
    <AppErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <UrlLanguage>
          <FrameActionsProvider>
            <SourcedApp defaultClient={client} demo={demo} />
          </FrameActionsProvider>
        </UrlLanguage>
      </QueryClientProvider>
    </AppErrorBoundary>
  );
}

/** Messages follow the language the URL asks for. */
export function UrlLanguage({ children }: { children: ReactNode }) {
  const language = useViewField('lang');
  return <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>;
}

/** Every view reads through one client: the configured API, or a dataset imported in this browser. */
function SourcedApp({ defaultClient, demo }: { defaultClient: ApiClient; demo: boolean }) {
  const { t } = useI18n();
  const source = useActiveDataSource(defaultClient);
  const sourceClient = source.status === 'ready' ? source.client : null;
  const destination = useViewField('destination');
  // Every series is asked for the destination in the URL: one client per destination, so the
  // answers for one province are never cached (or shown while loading) as another's.
  const client = useMemo(
    () =>
      sourceClient && sourceClient.destination !== destination
        ? createApiClient({ ...sourceClient.options, destination })
        : sourceClient,
    [sourceClient, destination],
  );
  const dialect = useCsvDialect((state) => state.choice);
  const exportSettings = useMemo<ExportSettings>(
    () => ({ csvDialect: dialect === 'auto' ? null : dialect }),
    [dialect],
  );
  if (source.status === 'loading' || !client) {
    return (
      <div
        className="skeleton page-skeleton"
        role="status"
        aria-busy="true"
        aria-label={t('panel.loading')}
      />
    );
  }
  return (
    <ServerApiBaseContext.Provider value={defaultClient.baseUrl}>
      <ApiClientProvider client={client}>
        <ExportSettingsContext.Provider value={exportSettings}>
          <DocumentLanguage />
          <DemoAwareShell demo={demo} imported={source.imported} />
        </ExportSettingsContext.Provider>
      </ApiClientProvider>
    </ServerApiBaseContext.Provider>
  );
}

/** The demo banner shows for the built-in demo in the browser and for the demo dataset on a server. */
function DemoAwareShell({
  demo,
  imported,
}: {
  demo: boolean;
  imported: Parameters<typeof AppShell>[0]['imported'];
}) {
  const meta = useQuery(metaQuery(useApiClient()));
  const demoShown = (demo || meta.data?.dataset.kind === 'demo') && imported === null;
  return (
    <DemoDataContext.Provider value={demoShown}>
      <AppShell demo={demoShown} imported={imported} />
    </DemoDataContext.Provider>
  );
}

/** Keeps <html lang> and the title in step with the chosen language (screen readers, hyphenation). */
function DocumentLanguage() {
  const { language, t } = useI18n();
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `${t('app.title')} — ${t('app.tagline')}`;
  }, [language, t]);
  return null;
}
