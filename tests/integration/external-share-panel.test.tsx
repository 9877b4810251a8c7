import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, test } from 'vitest';
import { CLAIMS } from '../../src/reference/claims';
import { server } from '../../mocks/node';
import {
  makeRouteEmpty,
  makeRouteFail,
  makeRouteHang,
  makeRouteMalformed,
  makeRouteNetworkError,
} from '../../mocks/scenarios';
import { demoBanner, findExternalSharePanel, plain, settledPanel } from '../helpers/panel';
import { renderApp, TEST_API_BASE_URL, warmUpApp } from '../helpers/render-app';

beforeAll(warmUpApp);

describe('external-share panel with the demo API', () => {
  test('shows the loading state first, then the data', async () => {
    // Flows answer only when the test lets them (a handler that returns nothing passes the
    // request on to the demo API), so the loading state can be seen without any timing.
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      http.get(`${TEST_API_BASE_URL}/flows`, async () => {
        await gate;
      }),
    );
    renderApp();
    // Before any answer has arrived, the page says it is loading.
    expect(screen.getAllByRole('status', { name: 'Memuat data…' }).length).toBeGreaterThan(0);

    const panel = await findExternalSharePanel();
    expect(panel).toHaveAttribute('aria-busy', 'true');
    expect(panel).toHaveAttribute('data-state', 'loading');
    expect(within(panel).getByRole('status', { name: 'Memuat data…' })).toBeInTheDocument();

    release();
    await waitFor(() => expect(panel).toHaveAttribute('data-state', 'ready'));
    expect(panel).toHaveAttribute('aria-busy', 'false');
    expect(within(panel).queryByRole('status', { name: 'Memuat data…' })).not.toBeInTheDocument();
  });

  test('shows an observed percentage beside the 90% claim of Marulina Dewi, and its sources', async () => {
    renderApp();
    const panel = await settledPanel();
    expect(panel).toHaveAttribute('data-state', 'ready');

    // The observed share, e.g. "94,3%": a decimal comma in Indonesian, and a plausible value.
    const observed = within(panel).getByText('Teramati (beras, daging, ikan)').previousElementSibling;
    const match = /^(\d{1,3})(?:,(\d))?%$/.exec(plain(observed?.textContent));
    expect(match, `observed share "${observed?.textContent}"`).not.toBeNull();
    const percent = Number(`${match?.[1]}.${match?.[2] ?? 0}`);
    expect(percent).toBeGreaterThan(80);
    expect(percent).toBeLessThanOrEqual(100);

    expect(within(panel).getByText('sekitar 90%')).toBeInTheDocument();
    expect(within(panel).getByText(/Marulina Dewi/)).toHaveTextContent(
      'Klaim resmi: Marulina Dewi, Kepala Biro Kerja Sama Daerah DKI Jakarta, 3 Oktober 2025',
    );

    // A source line, with https links only.
    expect(within(panel).getByText('Sumber:')).toBeInTheDocument();
    const link = within(panel).getByRole('link', { name: /Beritasatu/ });
    expect(link).toHaveAttribute('href', 'https://www.beritasatu.com/megapolitan/814049');
    expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
    expect(within(panel).getByText(/RANAHNEWS, 3 Oktober 2025/)).toBeInTheDocument();
    for (const anchor of within(panel).getAllByRole('link'))
      expect(anchor.getAttribute('href')).toMatch(/^https:\/\//);

    // The partner flows of the last 12 months are synthetic, and the panel says so.
    expect(within(panel).getByText('Berisi data sintetis')).toBeInTheDocument();
  });

  test('shows a table by commodity group with a share for rice, meat, fish and all food', async () => {
    renderApp();
    const panel = await settledPanel();
    const table = within(panel).getByRole('table', { name: 'Per kelompok komoditas' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Beras',
      'Daging',
      'Ikan',
      'Semua pangan',
    ]);
    for (const row of rows) expect(plain(row.textContent)).toMatch(/\d+(,\d)?%/);
  });

  test('HTTP 503 on flows: an error alert with "Coba lagi" while the header and demo banner still render; retry recovers', async () => {
    makeRouteFail(server, TEST_API_BASE_URL, 'flows');
    const { user } = renderApp();
    const panel = await settledPanel();

    const alert = within(panel).getByRole('alert');
    expect(alert).toHaveTextContent('Panel ini tidak dapat memuat data');
    expect(alert).toHaveTextContent('Server data menjawab dengan galat 503.');
    expect(alert).toHaveTextContent('The flows service is down for maintenance.');
    expect(screen.getByRole('navigation', { name: 'Navigasi utama' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Bahasa' })).toBeInTheDocument();
    expect(demoBanner()).toBeInTheDocument();

    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Coba lagi' }));
    await waitFor(() => expect(panel).toHaveAttribute('data-state', 'ready'));
    expect(within(panel).getByText('sekitar 90%')).toBeInTheDocument();
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
  });

  test('no flows in the period: the empty message', async () => {
    makeRouteEmpty(server, TEST_API_BASE_URL, 'flows');
    renderApp();
    const panel = await settledPanel();
    expect(panel).toHaveAttribute('data-state', 'empty');
    expect(within(panel).getByText('Tidak ada data untuk periode ini.')).toBeInTheDocument();
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
  });

  test('a schema violation: "Data tidak valid" naming the field', async () => {
    makeRouteMalformed(server, TEST_API_BASE_URL, 'flows', 'schema');
    renderApp();
    const panel = await settledPanel();
    expect(within(panel).getByRole('alert')).toHaveTextContent('Data tidak valid: rows.0.tonnes');
  });

  test('an HTML page instead of JSON: a parse error', async () => {
    makeRouteMalformed(server, TEST_API_BASE_URL, 'flows', 'html');
    renderApp();
    const panel = await settledPanel();
    expect(within(panel).getByRole('alert')).toHaveTextContent(
      'Jawaban server bukan data yang dapat dibaca.',
    );
  });

  test('a network failure: the connection message', async () => {
    makeRouteNetworkError(server, TEST_API_BASE_URL, 'flows');
    renderApp();
    const panel = await settledPanel();
    expect(within(panel).getByRole('alert')).toHaveTextContent('Server data tidak dapat dihubungi.');
  });

  test('a hanging response: loading, then a timeout error', async () => {
    makeRouteHang(server, TEST_API_BASE_URL, 'flows');
    renderApp({ timeoutMs: 200 });
    const panel = await findExternalSharePanel();
    await waitFor(() => expect(within(panel).getByRole('alert')).toBeInTheDocument());
    expect(within(panel).getByRole('alert')).toHaveTextContent(
      /Server data tidak menjawab dalam \d+ detik\./,
    );
  });

  test('a failed refresh keeps the last good data and says it is stale', async () => {
    const { queryClient } = renderApp();
    const panel = await settledPanel();
    expect(within(panel).getByText('sekitar 90%')).toBeInTheDocument();

    makeRouteNetworkError(server, TEST_API_BASE_URL, 'flows');
    await act(() => queryClient.refetchQueries({ queryKey: ['flows'] }));

    expect(
      await within(panel).findByText(/Menampilkan data terakhir yang berhasil dimuat/),
    ).toBeInTheDocument();
    expect(within(panel).getByText('sekitar 90%')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Coba lagi' })).toBeInTheDocument();
  });

  test('hostile text in a claim is shown as text, never as markup', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    server.use(
      http.get(`${TEST_API_BASE_URL}/claims`, () =>
        HttpResponse.json(
          CLAIMS.map((claim) => (claim.id === 'biro-ksd-2025' ? { ...claim, who: hostile } : claim)),
        ),
      ),
    );
    const { container } = renderApp();
    const panel = await settledPanel();
    expect(panel).toHaveAttribute('data-state', 'ready');
    expect(within(panel).getByText(/onerror/)).toHaveTextContent(`Klaim resmi: ${hostile}, 3 Oktober 2025`);
    expect(container.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });
});
