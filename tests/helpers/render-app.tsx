import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { ApiClientProvider } from '../../src/api/api-client-context';
import { createApiClient, type ApiClient } from '../../src/api/http-client';
import { createQueryClient } from '../../src/api/queries';
import { App, UrlLanguage } from '../../src/app/app';
import { FrameActionsProvider } from '../../src/app/frame-actions';
import { demoLocalDataset } from '../../mocks/demo-dataset/demo-local-dataset';
import { TEST_API_BASE_URL } from '../../mocks/handlers';
import { PANEL_TITLE } from './panel';

export { TEST_API_BASE_URL };

/** Generous next to MSW's in-process answers; short enough that a hang fails a test quickly. */
export const TEST_TIMEOUT_MS = 5_000;

export interface RenderAppOptions {
  demo?: boolean;
  /** A client built elsewhere, e.g. from a loaded runtime configuration. */
  client?: ApiClient;
  baseUrl?: string;
  timeoutMs?: number;
  /** Initial URL (path and query), e.g. "/?lang=en". */
  url?: string;
}

export interface RenderedApp extends RenderResult {
  user: UserEvent;
  client: ApiClient;
  queryClient: QueryClient;
}

/** Test providers: the real API client against MSW, and a QueryClient that does not retry. */
export function createTestProviders({
  client,
  baseUrl = TEST_API_BASE_URL,
  timeoutMs = TEST_TIMEOUT_MS,
}: Pick<RenderAppOptions, 'client' | 'baseUrl' | 'timeoutMs'> = {}) {
  return {
    client: client ?? createApiClient({ baseUrl, timeoutMs }),
    queryClient: createQueryClient({ servedLocally: true, retries: 0 }),
  };
}

/** Renders the whole app with its real providers, as main.tsx does (without StrictMode). */
export function renderApp({ demo = true, url, ...providerOptions }: RenderAppOptions = {}): RenderedApp {
  if (url !== undefined) window.history.replaceState(null, '', url);
  const { client, queryClient } = createTestProviders(providerOptions);
  const user = userEvent.setup();
  const result = render(<App client={client} queryClient={queryClient} demo={demo} />);
  return { user, client, queryClient, ...result };
}

/** Renders one component inside the same providers the app uses. */
export function renderWithProviders(
  ui: ReactElement,
  options: Pick<RenderAppOptions, 'client' | 'baseUrl' | 'timeoutMs'> = {},
): RenderedApp {
  const { client, queryClient } = createTestProviders(options);
  const user = userEvent.setup();
  const result = render(
    <QueryClientProvider client={queryClient}>
      <UrlLanguage>
        <FrameActionsProvider>
          <ApiClientProvider client={client}>{ui}</ApiClientProvider>
        </FrameActionsProvider>
      </UrlLanguage>
    </QueryClientProvider>,
  );
  return { user, client, queryClient, ...result };
}

/**
 * Renders the app once and waits for the overview, then unmounts it. Call in beforeAll: the demo
 * dataset is built and lazily loaded parts of the page are imported (and transformed) before the
 * first test, so no test spends its waiting time on them.
 */
export async function warmUpApp(): Promise<void> {
  demoLocalDataset();
  const { unmount } = renderApp();
  await screen.findByRole('region', { name: PANEL_TITLE.id }, { timeout: 20_000 });
  unmount();
}
