import { focusManager, onlineManager } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createApiClient } from '../../src/api/http-client';
import { createQueryClient } from '../../src/api/queries';
import { App } from '../../src/app/app';
import { resolvePeriod } from '../../src/domain/period-preset';
import { REGIONS } from '../../src/reference/regions';
import { server } from '../../mocks/node';
import {
  makeFlowsFromUnknownOrigin,
  makeOffline,
  makeRouteOutOfRange,
  makeRouteSlow,
} from '../../mocks/scenarios';
import { demoApi } from '../helpers/demo-api';
import { settledPanel } from '../helpers/panel';
import { renderApp, TEST_API_BASE_URL, TEST_TIMEOUT_MS, warmUpApp } from '../helpers/render-app';

// Faults that reach the dashboard from the API or the network, each through a named scenario of
// mocks/scenarios.ts: a late answer racing a newer filter, values the contract rules out, a code
// nobody knows, and a browser that goes offline and back (as a wall screen does).

function panel(id: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-panel="${id}"]`);
  if (!element) throw new Error(`no panel [data-panel="${id}"] in the document`);
  return element;
}

async function readyPanel(id: string): Promise<HTMLElement> {
  await waitFor(() => expect(panel(id)).toHaveAttribute('data-state', 'ready'), { timeout: 10_000 });
  return panel(id);
}

/** The origin names of the supply panel's "largest suppliers" table, in its order. */
function supplierNames(supply: HTMLElement): string[] {
  const table = within(supply).getByRole('table', { name: 'Pemasok terbesar' });
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

/** The largest origin of a commodity group over the default period, worked out from the demo API. */
function largestOrigin(group: 'rice' | 'fish'): string {
  const api = demoApi();
  const { range } = resolvePeriod('12m', api.dataset.meta.coverage);
  const rows = api.flows({
    from: range.from,
    to: range.to,
    granularity: 'year',
    groupBy: 'origin',
    commodity: group,
  }).rows;
  const totals = new Map<string, number>();
  for (const row of rows)
    totals.set(row.origin ?? '', (totals.get(row.origin ?? '') ?? 0) + (row.tonnes ?? 0));
  const code = [...totals].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  return REGIONS.find((region) => region.code === code)?.name.id ?? code;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(warmUpApp);

afterEach(() => {
  onlineManager.setOnline(true);
  focusManager.setFocused(undefined);
});

describe('a late answer and a newer filter', () => {
  test('the rice answer that arrives after the switch to fish never replaces the fish data', async () => {
    const LATE_MS = 1_500;
    makeRouteSlow(server, TEST_API_BASE_URL, 'flows', {
      ms: LATE_MS,
      matches: (url) => url.searchParams.get('commodity') === 'rice',
    });
    const { user } = renderApp({ url: '/?commodity=rice' });
    const filters = await screen.findByRole('group', { name: 'Komoditas' });
    // The rice answers are still on their way.
    await user.click(within(filters).getByRole('button', { name: 'Ikan' }));
    const supply = await readyPanel('supply-by-origin');
    const fishLeader = largestOrigin('fish');
    expect(fishLeader).not.toBe(largestOrigin('rice'));
    expect(supplierNames(supply)[0]).toBe(fishLeader);

    await wait(LATE_MS + 300);
    expect(panel('supply-by-origin')).toHaveAttribute('data-state', 'ready');
    expect(supplierNames(panel('supply-by-origin'))[0]).toBe(fishLeader);
    expect(within(panel('supply-by-origin')).getByRole('heading', { level: 2 })).toHaveTextContent('Ikan');
  });
});

describe('values the contract rules out', () => {
  test('negative tonnes: the flow panels say the data is invalid and name the field', async () => {
    makeRouteOutOfRange(server, TEST_API_BASE_URL, 'flows');
    renderApp();
    await waitFor(() => expect(panel('supply-by-origin')).toHaveAttribute('data-state', 'error'), {
      timeout: 10_000,
    });
    const alert = within(panel('supply-by-origin')).getByRole('alert');
    expect(alert).toHaveTextContent(/tidak valid/);
    expect(alert).toHaveTextContent(/rows\.\d+\.tonnes/);
    // Nothing is drawn from an answer that broke the contract, and the page is still there.
    expect(panel('supply-by-origin').querySelector('table')).toBeNull();
    expect(screen.getByRole('navigation', { name: 'Navigasi utama' })).toBeInTheDocument();
  });

  test('a claimed share given in percent (98, not 0.98): the claim panels say so, the others draw', async () => {
    makeRouteOutOfRange(server, TEST_API_BASE_URL, 'claims');
    renderApp();
    await waitFor(() => expect(panel('share-over-time')).toHaveAttribute('data-state', 'error'), {
      timeout: 10_000,
    });
    expect(within(panel('share-over-time')).getByRole('alert')).toHaveTextContent(/0\.share/);
    expect(await readyPanel('supply-by-origin')).toBeInTheDocument();
    expect(await readyPanel('dependency-risk')).toBeInTheDocument();
  });
});

describe('a code nobody knows', () => {
  test('flows from an unknown origin are shown under their code, not dropped', async () => {
    makeFlowsFromUnknownOrigin(server, TEST_API_BASE_URL, '99.99');
    renderApp();
    const supply = await readyPanel('supply-by-origin');
    expect(supplierNames(supply)).toContain('99.99');
  });
});

describe('offline, then online again (a wall screen)', () => {
  function renderOnline() {
    // As in a real deployment: data from a server, so queries wait while the browser is offline.
    const queryClient = createQueryClient({ servedLocally: false, retries: 0 });
    const client = createApiClient({ baseUrl: TEST_API_BASE_URL, timeoutMs: TEST_TIMEOUT_MS });
    const user = userEvent.setup();
    render(<App client={client} queryClient={queryClient} demo />);
    return { user, queryClient };
  }

  function countRequests(): { count: () => number } {
    let requests = 0;
    server.events.on('request:start', () => {
      requests += 1;
    });
    return { count: () => requests };
  }

  test('while offline nothing is asked and nothing fails; back online the panels load', async () => {
    makeOffline(server, TEST_API_BASE_URL);
    onlineManager.setOnline(false);
    const requests = countRequests();
    renderOnline();
    await wait(500);
    expect(requests.count()).toBe(0);
    expect(screen.queryByRole('alert')).toBeNull();

    server.resetHandlers();
    onlineManager.setOnline(true);
    const share = await settledPanel();
    expect(share).toHaveAttribute('data-state', 'ready');
    expect(requests.count()).toBeGreaterThan(0);
  });

  test('focus coming back does not refetch what is shown, even once it is stale', async () => {
    const requests = countRequests();
    const { queryClient } = renderOnline();
    await settledPanel();
    // Every panel shown has its answers (the overview builds them from the top down).
    for (const id of ['headline-tiles', 'needs-supply', 'share-over-time', 'supply-by-origin']) {
      await readyPanel(id);
    }
    for (const id of ['dependency-risk', 'alerts']) {
      await waitFor(() => expect(panel(id)).not.toHaveAttribute('data-state', 'loading'), {
        timeout: 10_000,
      });
    }
    // Hours later on a wall screen everything shown is stale: mark it so, without refetching.
    await queryClient.invalidateQueries({ refetchType: 'none' });
    await wait(300);
    const before = requests.count();
    expect(before).toBeGreaterThan(0);
    for (let i = 0; i < 3; i += 1) {
      focusManager.setFocused(false);
      focusManager.setFocused(true);
    }
    await wait(500);
    expect(requests.count()).toBe(before);
  });
});
