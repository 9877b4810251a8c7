import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, test } from 'vitest';
import { demoLocalDataset } from '../../mocks/demo-dataset/demo-local-dataset';
import { server } from '../../mocks/node';
import { makeRouteFail } from '../../mocks/scenarios';
import { FlowsPage } from '../../src/features/flows/flows-page';
import { REGIONS } from '../../src/reference/regions';
import { plain } from '../helpers/panel';
import { renderWithProviders, TEST_API_BASE_URL } from '../helpers/render-app';

const SANKEY_TITLE = 'Arus ke Jakarta: Semua pangan';
const MAP_TITLE = 'Peta arus ke Jakarta: Semua pangan';

// The demo dataset is built once per file; build it before the first test waits on it.
beforeAll(() => {
  demoLocalDataset();
});

async function settled(name: string): Promise<HTMLElement> {
  const panel = await screen.findByRole('region', { name });
  await waitFor(() => expect(panel).not.toHaveAttribute('data-state', 'loading'));
  return panel;
}

function renderFlowsPage() {
  return renderWithProviders(<FlowsPage />);
}

describe('flows page: Sankey', () => {
  test('the table view lists Kabupaten Cirebon, from its province and into rice, with tonnes and status', async () => {
    const { user } = renderFlowsPage();
    const panel = await settled(SANKEY_TITLE);
    expect(panel).toHaveAttribute('data-state', 'ready');
    await user.click(within(panel).getByRole('button', { name: 'Tampilkan tabel' }));
    const table = within(panel).getByRole('table');
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => plain(row.textContent));
    expect(rows[0]).toBe('DariKeTonStatus data');
    expect(rows).toContainEqual(expect.stringMatching(/^Jawa BaratKabupaten Cirebon[\d.]+ tperkiraan$/));
    expect(rows).toContainEqual(expect.stringMatching(/^Kabupaten CirebonBeras[\d.]+ tperkiraan$/));
    expect(within(panel).getByRole('button', { name: 'Unduh CSV' })).toBeInTheDocument();
  });

  test('every node is a focusable element named with its tonnes; countries are their own province, and the note says so', async () => {
    renderFlowsPage();
    const panel = await settled(SANKEY_TITLE);
    const cirebon = within(panel).getByRole('button', { name: /^Kabupaten Cirebon: / });
    expect(plain(cirebon.getAttribute('aria-label'))).toMatch(/^Kabupaten Cirebon: [\d.]+ t$/);
    expect(cirebon).toHaveAttribute('tabindex', '0');
    expect(cirebon).toHaveAttribute('aria-pressed', 'false');
    // Australia is one node (province and origin at once), not two boxes joined by a self-link.
    expect(within(panel).getAllByRole('button', { name: /^Australia: / })).toHaveLength(1);
    expect(within(panel).getByText(/tautan ke dirinya sendiri tidak digambar/)).toBeInTheDocument();
    // Column headers, and the smallest origins merged until asked for.
    expect(within(panel).getByText('Pintu masuk')).toBeInTheDocument();
    expect(
      within(panel).getByRole('button', { name: /^Daerah asal lainnya \(\d+\): .*Tampilkan semua$/ }),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: /^Provinsi lainnya \(\d+\): / })).toBeInTheDocument();
  });

  test('Enter on a node narrows both panels to it; Enter again, or the chip, clears it', async () => {
    const { user } = renderFlowsPage();
    const sankey = await settled(SANKEY_TITLE);
    const map = await settled(MAP_TITLE);
    expect(within(sankey).getByRole('button', { name: /^Kabupaten Karawang: / })).toBeInTheDocument();

    within(sankey)
      .getByRole('button', { name: /^Kabupaten Cirebon: / })
      .focus();
    await user.keyboard('{Enter}');

    const chip = await screen.findByRole('button', { name: 'Hapus saringan Kabupaten Cirebon' });
    expect(chip).toHaveTextContent('Daerah asal: Kabupaten Cirebon');
    expect(screen.getByRole('region', { name: 'Saringan arus' })).toContainElement(chip);
    await waitFor(() =>
      expect(within(sankey).queryByRole('button', { name: /^Kabupaten Karawang: / })).not.toBeInTheDocument(),
    );
    expect(within(sankey).getByRole('button', { name: /^Kabupaten Cirebon: / })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // The map shows the same selection: Cirebon alone.
    const mapOrigins = within(map)
      .getAllByRole('button')
      .filter((button) => button.hasAttribute('data-origin'));
    expect(mapOrigins.map((button) => button.getAttribute('data-origin'))).toEqual(['32.09']);

    within(sankey)
      .getByRole('button', { name: /^Kabupaten Cirebon: / })
      .focus();
    await user.keyboard('{Enter}');
    expect(await within(sankey).findByRole('button', { name: /^Kabupaten Karawang: / })).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Hapus saringan Kabupaten Cirebon' }),
    ).not.toBeInTheDocument();

    // A click on a commodity narrows too; its chip clears it.
    await user.click(within(sankey).getByRole('button', { name: /^Ikan laut: / }));
    const fishChip = await screen.findByRole('button', { name: 'Hapus saringan Ikan laut' });
    await waitFor(() =>
      expect(within(sankey).queryByRole('button', { name: /^Beras: / })).not.toBeInTheDocument(),
    );
    await user.click(fishChip);
    expect(await within(sankey).findByRole('button', { name: /^Beras: / })).toBeInTheDocument();
  });

  test('clicking "others" shows every origin', async () => {
    const { user } = renderFlowsPage();
    const panel = await settled(SANKEY_TITLE);
    const before = within(panel).getAllByRole('button', { name: /: [\d.,]+\s?t/ }).length;
    await user.click(within(panel).getByRole('button', { name: /^Daerah asal lainnya \(\d+\)/ }));
    await waitFor(() =>
      expect(within(panel).queryByRole('button', { name: /lainnya \(\d+\)/ })).not.toBeInTheDocument(),
    );
    expect(within(panel).getAllByRole('button', { name: /: [\d.,]+\s?t/ }).length).toBeGreaterThan(before);
    expect(within(panel).getByRole('button', { name: 'Tampilkan semua simpul' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});

describe('flows page: map', () => {
  test('each origin is focusable, named "Kabupaten Cirebon: … t beras", and shows a tooltip on focus', async () => {
    const { user } = renderFlowsPage();
    const panel = await settled(MAP_TITLE);
    const cirebon = within(panel).getByRole('button', { name: /^Kabupaten Cirebon: / });
    expect(plain(cirebon.getAttribute('aria-label'))).toMatch(/^Kabupaten Cirebon: [\d.]+ t beras$/);

    await user.tab();
    cirebon.focus();
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent('Kabupaten Cirebon');
    expect(plain(tooltip.textContent)).toMatch(/Beras: [\d.]+ t/);
    expect(cirebon).toHaveAttribute('aria-describedby', tooltip.id);
    cirebon.blur();
    await waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());

    // Hover shows it too.
    await user.hover(within(panel).getByRole('button', { name: /^Kabupaten Karawang: / }));
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Kabupaten Karawang');
  });

  test('distant countries are arrows from the edge, named with their direction; the table lists every flow', async () => {
    const { user } = renderFlowsPage();
    const panel = await settled(MAP_TITLE);
    const australia = within(panel).getByRole('button', { name: /^Australia: / });
    expect(plain(australia.getAttribute('aria-label'))).toMatch(
      /^Australia: [\d.]+ t daging; di luar peta, arah tenggara$/,
    );
    expect(
      within(panel).getByRole('button', { name: /^Amerika Serikat: .*arah timur laut$/ }),
    ).toBeInTheDocument();
    // Jakarta is named on the national map and on the enlarged Java inset.
    expect(within(panel).getAllByText('Jakarta')).toHaveLength(2);
    expect(within(panel).getByText(/Jawa bagian barat dan tengah, diperbesar/)).toBeInTheDocument();
    expect(within(panel).getByText(/Natural Earth/)).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Tampilkan tabel' }));
    const rows = within(within(panel).getByRole('table'))
      .getAllByRole('row')
      .map((row) => plain(row.textContent));
    expect(rows).toContainEqual(expect.stringMatching(/^Kabupaten CirebonBeras[\d.]+ tperkiraantitik$/));
    expect(rows).toContainEqual(
      expect.stringMatching(/^AustraliaDaging[\d.]+ t\w+panah dari tepi peta, arah tenggara$/),
    );
  });
});

describe('flows page: bad input', () => {
  test('hostile and very long region names are shown as text, truncated on screen with the full name in the accessible name', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const long = `Kabupaten 🐄 ${'Sangat Panjang '.repeat(20)}Sekali`;
    server.use(
      http.get(`${TEST_API_BASE_URL}/regions`, () =>
        HttpResponse.json(
          REGIONS.map((region) =>
            region.code === '32.15'
              ? { ...region, name: { id: hostile, en: hostile } }
              : region.code === '32.04'
                ? { ...region, name: { id: long, en: long } }
                : region.code === 'AUS'
                  ? { ...region, name: { id: 'javascript:alert(1)', en: 'javascript:alert(1)' } }
                  : region,
          ),
        ),
      ),
    );
    const { user, container } = renderFlowsPage();
    const sankey = await settled(SANKEY_TITLE);
    const map = await settled(MAP_TITLE);

    const node = within(sankey).getByRole('button', { name: (name) => name.startsWith(`${hostile}: `) });
    // The visible label sits beside the focusable node (hidden from assistive technology).
    expect(node.nextElementSibling?.textContent).toBe(hostile);
    expect(
      within(map).getByRole('button', { name: (name) => name.startsWith(`${hostile}: `) }),
    ).toBeInTheDocument();

    const longNode = within(sankey).getByRole('button', { name: (name) => name.startsWith(long) });
    const label = longNode.nextElementSibling;
    expect(label?.textContent).toMatch(/^Kabupaten 🐄 Sangat Panjang.*…$/);
    expect((label?.textContent ?? '').length).toBeLessThan(40);
    // The full name is kept in the node's accessible name.
    expect(longNode.getAttribute('aria-label')?.startsWith(long)).toBe(true);

    expect(within(map).getByRole('button', { name: /^javascript:alert\(1\): / })).toBeInTheDocument();
    await user.click(within(sankey).getByRole('button', { name: 'Tampilkan tabel' }));
    expect(within(within(sankey).getByRole('table')).getAllByText(hostile).length).toBeGreaterThan(0);

    expect(container.querySelector('img, script, a[href^="javascript"]')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });

  test('flows answering 503: each panel shows the error and a retry', async () => {
    makeRouteFail(server, TEST_API_BASE_URL, 'flows');
    renderFlowsPage();
    for (const title of [SANKEY_TITLE, MAP_TITLE]) {
      const panel = await settled(title);
      expect(within(panel).getByRole('alert')).toHaveTextContent('Server data menjawab dengan galat 503.');
      expect(within(panel).getByRole('button', { name: 'Coba lagi' })).toBeInTheDocument();
    }
  });

  test('one commodity group: titles say so and only its commodities are drawn', async () => {
    window.history.replaceState(null, '', '/?commodity=fish');
    renderFlowsPage();
    const panel = await settled('Arus ke Jakarta: Ikan');
    expect(within(panel).getByRole('button', { name: /^Ikan laut: / })).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: /^Beras: / })).not.toBeInTheDocument();
    expect(await settled('Peta arus ke Jakarta: Ikan')).toHaveAttribute('data-state', 'ready');
  });
});
