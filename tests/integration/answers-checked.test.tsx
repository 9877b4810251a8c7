// Answers are checked for sense, not only shape: each test sends the demo's normal answer with one
// thing wrong, and the panels that show it must say so instead of drawing a wrong figure.
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, test } from 'vitest';
import { server } from '../../mocks/node';
import { duplicateRows, makeRouteAnswer, unknownOrigin } from '../../mocks/scenarios';
import { renderApp, TEST_API_BASE_URL, warmUpApp } from '../helpers/render-app';

function panel(id: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-panel="${id}"]`);
  if (!element) throw new Error(`no panel [data-panel="${id}"]`);
  return element;
}

async function settled(id: string): Promise<HTMLElement> {
  await waitFor(() => expect(panel(id)).not.toHaveAttribute('data-state', 'loading'), { timeout: 10_000 });
  return panel(id);
}

describe('answers checked for sense', () => {
  beforeAll(warmUpApp);

  test('duplicate flow rows are an error naming the repeated rows, never a doubled total', async () => {
    makeRouteAnswer(server, TEST_API_BASE_URL, 'flows', duplicateRows);
    renderApp();
    const tiles = await settled('headline-tiles');
    expect(tiles).toHaveAttribute('data-state', 'error');
    const alert = within(tiles).getByRole('alert');
    // Row 0 is sent again as row 1, row 2 as row 3 …
    expect(alert.textContent).toMatch(/rows\.1, rows\.3/);
  });

  test('1e308 tonnes in a row is invalid data naming the field, never "∞ t"', async () => {
    makeRouteAnswer(server, TEST_API_BASE_URL, 'flows', (body) => {
      const { rows } = body as { rows: { tonnes: number | null }[] };
      if (rows[0]) rows[0].tonnes = 1e308;
      return body;
    });
    renderApp();
    const tiles = await settled('headline-tiles');
    expect(tiles).toHaveAttribute('data-state', 'error');
    expect(within(tiles).getByRole('alert').textContent).toContain('rows.0.tonnes');
    expect(document.body.textContent).not.toMatch(/∞|NaN/);
  });

  test('a total with a part not reported is marked incomplete and not compared', async () => {
    // July 2023 to June 2024 in years: two rows per group. The first rice row of every answer is
    // "not reported", so each rice total is only half a period.
    makeRouteAnswer(server, TEST_API_BASE_URL, 'flows', (body) => {
      const { rows } = body as { rows: { group?: string; tonnes: number | null }[] };
      const rice = rows.find((row) => row.group === 'rice');
      if (rice) rice.tonnes = null;
      return body;
    });
    renderApp({ url: '/?period=custom&from=2023-07-01&to=2024-06-30' });
    const tiles = await settled('headline-tiles');
    const rice = tiles.querySelector<HTMLElement>('[data-group="rice"]');
    const meat = tiles.querySelector<HTMLElement>('[data-group="meat"]');
    if (!rice || !meat) throw new Error('no rice or meat tile');
    expect(within(rice).getByRole('note').textContent).toBe(
      'Tidak lengkap: sebagian tidak dilaporkan, jadi tidak dibandingkan.',
    );
    const changes = (tile: HTMLElement) =>
      [...tile.querySelectorAll('.tile-facts dd')].slice(0, 2).map((dd) => dd.textContent);
    expect(changes(rice)).toEqual(['—', '—']);
    // Meat is complete: compared as before, with no mark.
    expect(changes(meat).every((text) => text !== '—')).toBe(true);
    expect(within(meat).queryByRole('note')).toBeNull();
    // "All food" holds the incomplete rice: marked too.
    expect(tiles.querySelector('[data-group="all"] .tile-incomplete')).not.toBeNull();
  });

  test('an unknown origin code gets a notice on every overview panel that shows origins', async () => {
    makeRouteAnswer(server, TEST_API_BASE_URL, 'flows', unknownOrigin('99.99'));
    renderApp();
    for (const id of ['supply-by-origin', 'dependency-risk']) {
      const frame = await settled(id);
      expect(frame, id).toHaveAttribute('data-state', 'ready');
      expect(frame.querySelector('[data-notice="unknown-codes"]')?.textContent, id).toBe(
        '1 kode daerah tanpa nama di katalog ditampilkan sebagai kode: 99.99',
      );
    }
  });

  test('one bad /regions record leaves the other names, and names the code it cannot', async () => {
    makeRouteAnswer(server, TEST_API_BASE_URL, 'regions', (body) => {
      const regions = body as { code: string; centroid?: unknown }[];
      // Cirebon's record without its centroid: not a valid region record.
      const cirebon = regions.find((region) => region.code === '32.09');
      if (cirebon) delete cirebon.centroid;
      return body;
    });
    renderApp();
    const frame = await settled('supply-by-origin');
    expect(frame).toHaveAttribute('data-state', 'ready');
    const names = within(within(frame).getByRole('table', { name: 'Pemasok terbesar' }))
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(names).toContain('32.09');
    // Every other origin keeps its name.
    expect(names.filter((name) => /^\d{2}(\.\d{2})*$/.test(name ?? ''))).toEqual(['32.09']);
    expect(frame.querySelector('[data-notice="unknown-codes"]')?.textContent).toContain('32.09');
  });

  test('a link too long to read says so in words, not "((url))"', async () => {
    renderApp({ url: `/?commodity=rice&pad=${'x'.repeat(5000)}` });
    const notice = await screen.findByText(/Tautan terlalu panjang/);
    expect(notice.textContent).toBe(
      'Tautan terlalu panjang dan diabaikan seluruhnya; tampilan bawaan dipakai.',
    );
    expect(document.body.textContent).not.toContain('((url))');
  });
});
