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

  test('shows the modelled share, named as a model, beside the 90% claim of Marulina Dewi, and its sources', async () => {
    renderApp();
    const panel = await settledPanel();
    expect(panel).toHaveAttribute('data-state', 'ready');

    // The share, e.g. "99,4%": a decimal comma in Indonesian, and a plausible value.
    const observed = within(panel).getByText('Model, dikalibrasi ke angka terbitan').previousElementSibling;
    const match = /^(\d{1,3})(?:,(\d))?%$/.exec(plain(observed?.textContent));
    expect(match, `observed share "${observed?.textContent}"`).not.toBeNull();
    const percent = Number(`${match?.[1]}.${match?.[2] ?? 0}`);
    expect(percent).toBeGreaterThan(80);
    expect(percent).toBeLessThanOrEqual(100);

    const claim = panel.querySelector<HTMLElement>('.figure-claim');
    expect(claim).not.toBeNull();
    expect(within(claim as HTMLElement).getByText('90%')).toBeInTheDocument();
    expect(within(claim as HTMLElement).getByText(/Marulina Dewi/)).toHaveTextContent(
      'Klaim resmi: Marulina Dewi, Kepala Biro Kerja Sama Daerah DKI Jakarta, 3 Oktober 2025',
    );

    // A source line, with https links only.
    expect(within(panel).getByText('Sumber:')).toBeInTheDocument();
    const link = within(panel).getByRole('link', { name: /Beritasatu/ });
    expect(link).toHaveAttribute('href', 'https://www.beritasatu.com/megapolitan/814049');
    expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
    expect(within(panel).getByText(/RANAHNEWS, 3 Oktober 2025/)).toBeInTheDocument();
    // The model is named as a model in the source line, not as a publication.
    expect(
      within(panel).getByText(/model Arus Pangan \(asumsi\), dikalibrasi ke sumber lain/),
    ).toBeInTheDocument();
    // The basis is named, on screen and in the line every export carries.
    expect(within(panel).getByText(/^Dasar: Pasokan yang tinggal di Jakarta — /)).toBeInTheDocument();
    expect(panel.querySelector('.frame-provenance')).toHaveTextContent('bukan data resmi');
    expect(panel.querySelector('.frame-provenance')).toHaveTextContent(
      'Dasar perhitungan: Pasokan yang tinggal di Jakarta.',
    );
    // This claim names no basket, and the panel says so.
    expect(within(claim as HTMLElement).getByText(/Klaim tidak menyebut komoditasnya/)).toBeInTheDocument();
    for (const anchor of within(panel).getAllByRole('link'))
      expect(anchor.getAttribute('href')).toMatch(/^https:\/\//);

    // The partner flows of the last 12 months are synthetic, and the panel says so.
    expect(within(panel).getByText('Berisi data sintetis')).toBeInTheDocument();
  });

  test('shows the share of rice, meat, fish and all food under every basis side by side', async () => {
    renderApp();
    const panel = await settledPanel();
    const table = within(panel).getByRole('table', { name: 'Pangsa dari luar menurut dasar perhitungan' });
    const header = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(header).toEqual([
      'Kelompok',
      'Pasokan yang tinggal di Jakarta',
      'Arus masuk bruto',
      'Menurut keranjang klaim',
      'Status data',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Beras',
      'Daging',
      'Ikan',
      'Semua pangan',
    ]);
    for (const row of rows) expect(plain(row.textContent)).toMatch(/\d+(,\d)?%/);
    // Fish landed from elsewhere counts as outside under "retained" and as own under "gross".
    const fish = rows[2] as HTMLElement;
    const value = (basis: string) =>
      Number(
        plain(fish.querySelector(`td[data-basis="${basis}"]`)?.textContent)
          .replace('%', '')
          .replace(',', '.'),
      );
    expect(value('retained')).toBeGreaterThan(value('gross'));
  });

  test('the basis is chosen in the panel and kept in the URL; the headline follows it', async () => {
    const { user } = renderApp();
    const panel = await settledPanel();
    const headline = () => plain(panel.querySelector('.figure-emphasis .figure-value')?.textContent);
    const retained = headline();
    await user.click(within(panel).getByRole('radio', { name: 'Arus masuk bruto' }));
    await waitFor(() => expect(headline()).not.toBe(retained));
    expect(window.location.search).toContain('basis=gross');
    expect(within(panel).getByText(/^Dasar: Arus masuk bruto — /)).toBeInTheDocument();
  });

  test('a claim with a basket: the comparison says the basket differs and what the dashboard does not record', async () => {
    const { user } = renderApp();
    const panel = await settledPanel();
    await user.selectOptions(
      within(panel).getByRole('combobox', { name: /Bandingkan dengan klaim/ }),
      'laporan-ketahanan-pangan-2024',
    );
    await user.click(within(panel).getByRole('radio', { name: 'Menurut keranjang klaim' }));
    await waitFor(() => expect(within(panel).getByText(/^Keranjang berbeda/)).toBeInTheDocument());
    expect(within(panel).getByText(/^Keranjang berbeda/)).toHaveTextContent(
      'Keranjang berbeda: klaim mencakup beras, daging sapi, telur, daging ayam, cabai, bawang merah; dibandingkan di sini: beras, daging sapi, daging ayam.',
    );
    expect(
      within(panel).getByText('Tidak tercatat di dasbor: telur, cabai, bawang merah.'),
    ).toBeInTheDocument();
    expect(window.location.search).toContain('claim=laporan-ketahanan-pangan-2024');
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
    expect(panel.querySelector('.figure-claim .figure-value')).toHaveTextContent('90%');
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
    expect(panel.querySelector('.figure-claim .figure-value')).toHaveTextContent('90%');

    makeRouteNetworkError(server, TEST_API_BASE_URL, 'flows');
    await act(() => queryClient.refetchQueries({ queryKey: ['flows'] }));

    expect(
      await within(panel).findByText(/Menampilkan data terakhir yang berhasil dimuat/),
    ).toBeInTheDocument();
    expect(panel.querySelector('.figure-claim .figure-value')).toHaveTextContent('90%');
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
    expect(
      within(panel.querySelector('.figure-claim') as HTMLElement).getByText(/onerror/),
    ).toHaveTextContent(`Klaim resmi: ${hostile}, 3 Oktober 2025`);
    expect(container.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });
});
