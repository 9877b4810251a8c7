import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ApiClientProvider } from '../api/api-client-context';
import type { ApiClient } from '../api/http-client';
import { useI18n } from '../i18n/use-i18n';
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
        <ApiClientProvider client={client}>
          <DocumentLanguage />
          <AppShell demo={demo} />
        </ApiClientProvider>
      </QueryClientProvider>
    </AppErrorBoundary>
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
