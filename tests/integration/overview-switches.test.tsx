import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { beforeAll, describe, expect, test } from 'vitest';
import { server } from '../../mocks/node';
import { renderApp, TEST_API_BASE_URL } from '../helpers/render-app';

// What a filter change does to the overview: the panels keep their previous data (dimmed, busy)
// until the new answers are in, an older answer never replaces a newer one, and only the charts
// whose data changed render again.

const LOADING = 'Memuat data…';
const UPDATING = 'Memperbarui…';

function panel(id: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-panel="${id}"]`);
  if (!element) throw new Error(`no panel [data-panel="${id}"] in the document`);
  return element;
}

function commodityButton(name: string): HTMLElement {
  const fieldset = screen.getByRole('group', { name: 'Komoditas' });
  return within(fieldset).getByRole('button', { name });
}

/** Waits until every panel of the overview shows its data and none is busy. */
async function settled(timeout = 10_000): Promise<void> {
  await waitFor(
    () => {
      const panels = document.querySelectorAll('[data-panel]');
      expect(panels.length).toBeGreaterThanOrEqual(6);
      for (const element of panels) {
        expect(element, element.getAttribute('data-panel') ?? '').toHaveAttribute('data-state', 'ready');
        expect(element, element.getAttribute('data-panel') ?? '').toHaveAttribute('aria-busy', 'false');
      }
    },
    { timeout },
  );
}

/** The supply-by-origin panel's answers for one commodity wait until the returned function is called. */
function holdSupplyOf(commodity: string): { release: () => void; answered: Promise<void> } {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let held = 0;
  let markAnswered = () => {};
  const answered = new Promise<void>((resolve) => {
    markAnswered = resolve;
  });
  server.use(
    http.get(`${TEST_API_BASE_URL}/flows`, async ({ request }) => {
      const params = new URL(request.url).searchParams;
      if (params.get('commodity') !== commodity || params.get('groupBy') !== 'origin') return undefined;
      held += 1;
      await gate;
      // Nothing is returned, so the request goes on to the demo API, after the newer answers.
      setTimeout(() => {
        held -= 1;
        if (held === 0) markAnswered();
      }, 0);
      return undefined;
    }),
  );
  return { release, answered };
}

const topSuppliers = () =>
  panel('supply-by-origin').querySelector('table.top-suppliers tbody')?.textContent ?? '';

beforeAll(async () => {
  // Builds the demo dataset and loads the lazy modules once, so no test waits on them.
  const { unmount } = renderApp();
  await settled(20_000);
  unmount();
}, 90_000);

describe('overview: a filter change', () => {
  test('keeps the previous data on screen, dimmed and busy, never a skeleton, until the new data is in', async () => {
    const { user } = renderApp();
    await settled();
    const before = topSuppliers();
    const { release } = holdSupplyOf('rice');

    await user.click(commodityButton('Beras'));
    const supply = panel('supply-by-origin');
    await waitFor(() => expect(supply).toHaveAttribute('data-updating', 'true'));
    expect(supply).toHaveAttribute('data-state', 'ready');
    expect(supply).toHaveAttribute('aria-busy', 'true');
    expect(within(supply).getByText(UPDATING)).toHaveAttribute('role', 'status');
    expect(within(supply).queryByRole('status', { name: LOADING })).not.toBeInTheDocument();
    expect(supply.querySelector('.chart-frame-body')).toHaveClass('is-updating');
    // The previous answer is still what the table shows.
    expect(topSuppliers()).toBe(before);

    release();
    await settled();
    expect(supply).not.toHaveAttribute('data-updating');
    expect(within(supply).queryByText(UPDATING)).not.toBeInTheDocument();
    expect(topSuppliers()).not.toBe(before);
  });

  test('an older answer that arrives last never replaces the newer one', async () => {
    const { user } = renderApp();
    await settled();
    const { release, answered } = holdSupplyOf('rice');

    await user.click(commodityButton('Beras')); // its answers are held back
    await user.click(commodityButton('Daging')); // answered at once
    await settled();
    const meat = topSuppliers();

    release();
    await answered;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(topSuppliers()).toBe(meat);
    expect(commodityButton('Daging')).toHaveAttribute('aria-pressed', 'true');

    // The rice answer did arrive (into its own cache entry) and differs from the meat one.
    await user.click(commodityButton('Beras'));
    await settled();
    expect(topSuppliers()).not.toBe(meat);
  });
});
