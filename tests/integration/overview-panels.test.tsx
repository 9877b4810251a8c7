import { act, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { beforeAll, describe, expect, test } from 'vitest';
import { resolvePeriod } from '../../src/domain/period-preset';
import { formatTonnes, formatTonnesEstimate } from '../../src/i18n/format';
import { server } from '../../mocks/node';
import { makeRouteEmpty, makeRouteFail } from '../../mocks/scenarios';
import { demoApi, totalTonnes } from '../helpers/demo-api';
import { plain } from '../helpers/panel';
import { renderApp, TEST_API_BASE_URL } from '../helpers/render-app';

// Every panel of the overview through the MSW fault scenarios. Several panels ask the same routes
// (flows, production, stocks, claims, sources), so each assertion names its panel by data-panel and
// checks that the panels which do not use a failed route are left alone.

const PANELS = [
  'headline-tiles',
  'external-share',
  'needs-supply',
  'share-over-time',
  'supply-by-origin',
  'dependency-risk',
  'alerts',
] as const;
type PanelId = (typeof PANELS)[number];
type Route = 'flows' | 'balance' | 'stocks' | 'claims' | 'sources' | 'regions';

/**
 * The routes whose data each panel draws. Regions only name origins and sources only describe the
 * source line: a panel never fails on either.
 */
const ROUTES_OF: Record<PanelId, readonly Route[]> = {
  'headline-tiles': ['flows', 'balance', 'stocks'],
  'external-share': ['flows', 'balance', 'claims'],
  'needs-supply': ['flows', 'balance'],
  'share-over-time': ['flows', 'balance', 'claims'],
  'supply-by-origin': ['flows'],
  'dependency-risk': ['flows'],
  alerts: ['flows', 'stocks'],
};
const panelsUsing = (route: Route) => PANELS.filter((id) => ROUTES_OF[id].includes(route));
const panelsNotUsing = (route: Route) => PANELS.filter((id) => !ROUTES_OF[id].includes(route));

/** Panels that offer a table view and a CSV download: all of them. */
const WITH_TABLE: readonly PanelId[] = PANELS;

const LOADING = 'Memuat data…';
const EMPTY = 'Tidak ada data untuk periode ini.';
const RETRY = 'Coba lagi';
const STALE = /Menampilkan data terakhir yang berhasil dimuat/;

function panel(id: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-panel="${id}"]`);
  if (!element) throw new Error(`no panel [data-panel="${id}"] in the document`);
  return element;
}

/** Waits for every panel to exist and to have left the loading state. */
async function settledPanels(ids: readonly PanelId[] = PANELS): Promise<Record<PanelId, HTMLElement>> {
  // Generous: the alerts panel reads three years of daily flows, slow on a shared machine.
  await waitFor(
    () => {
      for (const id of ids) expect(panel(id)).not.toHaveAttribute('data-state', 'loading');
    },
    { timeout: 15_000 },
  );
  return Object.fromEntries(
    PANELS.map((id) => [id, document.querySelector(`[data-panel="${id}"]`)]),
  ) as Record<PanelId, HTMLElement>;
}

/** Holds every answer of one route until the returned function is called. */
function holdRoute(route: Route): () => void {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  server.use(
    http.get(`${TEST_API_BASE_URL}/${route}`, async () => {
      await gate; // then nothing is returned, so the request goes on to the demo API
    }),
  );
  return release;
}

/** The default period (last 12 months of the demo data), as the app resolves it. */
function defaultRange() {
  return resolvePeriod('12m', demoApi().dataset.meta.coverage).range;
}

// Builds the demo dataset and loads every lazily imported module (the overview page) once, so no
// test spends its waiting time on them.
beforeAll(async () => {
  const { unmount } = renderApp();
  await waitFor(
    () => {
      for (const id of PANELS) expect(panel(id)).toHaveAttribute('data-state', 'ready');
      expect(panel('share-over-time').querySelector('figure.time-series-chart')).not.toBeNull();
    },
    // A warm-up (the demo dataset is built once); a loaded machine may take long over it.
    { timeout: 60_000 },
  );
  unmount();
}, 90_000);

describe('overview panels: loading', () => {
  test('while flows are on their way every panel says it is loading, then each shows its data', async () => {
    const release = holdRoute('flows');
    renderApp();
    await waitFor(() => PANELS.forEach(panel));
    for (const id of PANELS) {
      const element = panel(id);
      expect(element, id).toHaveAttribute('data-state', 'loading');
      expect(element, id).toHaveAttribute('aria-busy', 'true');
      expect(within(element).getByRole('status', { name: LOADING })).toBeInTheDocument();
      // Nothing to show or download yet.
      expect(within(element).queryByRole('button', { name: 'Tampilkan tabel' })).not.toBeInTheDocument();
    }

    release();
    const panels = await settledPanels();
    for (const id of PANELS) {
      expect(panels[id], id).toHaveAttribute('data-state', 'ready');
      expect(panels[id], id).toHaveAttribute('aria-busy', 'false');
      expect(within(panels[id]).queryByRole('status', { name: LOADING })).not.toBeInTheDocument();
    }
  });

  test('while only stocks are on their way, only the panels that use stocks are loading', async () => {
    const release = holdRoute('stocks');
    renderApp();
    const waiting = panelsUsing('stocks');
    expect(waiting).toEqual(['headline-tiles', 'alerts']);
    const others = await settledPanels(panelsNotUsing('stocks'));
    for (const id of panelsNotUsing('stocks')) expect(others[id], id).toHaveAttribute('data-state', 'ready');
    for (const id of waiting) {
      expect(panel(id), id).toHaveAttribute('data-state', 'loading');
      expect(within(panel(id)).getByRole('status', { name: LOADING })).toBeInTheDocument();
    }

    release();
    await waitFor(() => {
      for (const id of waiting) expect(panel(id), id).toHaveAttribute('data-state', 'ready');
    });
  });
});

describe('overview panels: HTTP 503 (problem+json) on one route', () => {
  test.each<Route>(['flows', 'balance', 'stocks', 'claims', 'sources', 'regions'])(
    '%s fails: the panels that use it show an alert, the others their data; "Coba lagi" recovers',
    async (route) => {
      makeRouteFail(server, TEST_API_BASE_URL, route);
      const { user } = renderApp();
      const panels = await settledPanels();
      const failed = panelsUsing(route);

      for (const id of failed) {
        expect(panels[id], id).toHaveAttribute('data-state', 'error');
        const alert = within(panels[id]).getByRole('alert');
        expect(alert).toHaveTextContent('Panel ini tidak dapat memuat data');
        expect(alert).toHaveTextContent('Server data menjawab dengan galat 503.');
        expect(alert).toHaveTextContent(`The ${route} service is down for maintenance.`);
        expect(within(alert).getByRole('button', { name: RETRY })).toBeInTheDocument();
        // No table or CSV of data that is not there.
        expect(within(panels[id]).queryByRole('button', { name: 'Unduh CSV' })).not.toBeInTheDocument();
      }
      for (const id of panelsNotUsing(route)) {
        expect(panels[id], id).toHaveAttribute('data-state', 'ready');
        expect(within(panels[id]).queryByRole('alert')).not.toBeInTheDocument();
        if (WITH_TABLE.includes(id))
          expect(within(panels[id]).getByRole('button', { name: 'Unduh CSV' })).toBeInTheDocument();
      }
      // A panel that does not need the route still shows its table (share-over-time when
      // stocks fail, headline tiles when claims fail …).
      const unaffected = panelsNotUsing(route).find((id) => WITH_TABLE.includes(id));
      if (unaffected) {
        await user.click(within(panels[unaffected]).getByRole('button', { name: 'Tampilkan tabel' }));
        const table = within(panels[unaffected]).getByRole('table', { name: /—/ });
        expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
      }

      server.resetHandlers();
      for (const id of failed) {
        // Retrying one panel may already have fetched what another panel shares with it.
        const retry = within(panels[id]).queryByRole('button', { name: RETRY });
        if (retry) await user.click(retry);
        await waitFor(() => expect(panels[id], id).toHaveAttribute('data-state', 'ready'));
      }
      for (const id of PANELS) {
        expect(panels[id], id).toHaveAttribute('data-state', 'ready');
        expect(within(panels[id]).queryByRole('alert')).not.toBeInTheDocument();
      }
    },
  );

  test('sources failing: every panel is drawn, and its source line says the details are missing', async () => {
    makeRouteFail(server, TEST_API_BASE_URL, 'sources');
    renderApp();
    const panels = await settledPanels();
    for (const id of PANELS) {
      expect(panels[id], id).toHaveAttribute('data-state', 'ready');
      expect(panels[id].querySelector('.source-warning')?.textContent, id).toMatch(
        /^Keterangan \d+ sumber tidak dapat dimuat; grafik tetap memakai datanya\.$/,
      );
    }
  });

  test('regions failing leaves every origin named by its code instead of breaking a panel', async () => {
    makeRouteFail(server, TEST_API_BASE_URL, 'regions');
    renderApp();
    const panels = await settledPanels();
    const suppliers = within(panels['supply-by-origin']).getByRole('table', { name: 'Pemasok terbesar' });
    const names = within(suppliers)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^(\d{2}(\.\d{2})*|[A-Z]{3})$/);
  });
});

/** Published needs stay shown without flows; each says its supply lacks the inflow, none is zero. */
function expectNeedsWithoutSupply(needs: HTMLElement) {
  expect(needs).toHaveAttribute('data-state', 'ready');
  const rice = needs.querySelector('g[data-need="dkpkp-2025-09-10-rice"]');
  expect(rice).toHaveAttribute('data-kind', 'missing');
  expect(rice?.textContent).toContain('Pasokan tidak dapat dihitung — data belum ada: arus masuk');
}

describe('overview panels: empty answers', () => {
  test('no flows and no stock in the period: every panel says there is no data', async () => {
    makeRouteEmpty(server, TEST_API_BASE_URL, 'flows');
    makeRouteEmpty(server, TEST_API_BASE_URL, 'stocks');
    renderApp();
    const panels = await settledPanels();
    for (const id of PANELS.filter((id) => id !== 'needs-supply')) {
      expect(panels[id], id).toHaveAttribute('data-state', 'empty');
      expect(within(panels[id]).getByText(EMPTY)).toBeInTheDocument();
      expect(within(panels[id]).queryByRole('alert')).not.toBeInTheDocument();
      expect(within(panels[id]).queryByRole('button', { name: 'Unduh CSV' })).not.toBeInTheDocument();
    }
    expectNeedsWithoutSupply(panels['needs-supply']);
  });

  test('no flows, but stock: every flow panel is empty; alerts still weigh the stock', async () => {
    makeRouteEmpty(server, TEST_API_BASE_URL, 'flows');
    renderApp();
    const panels = await settledPanels();
    for (const id of PANELS.filter((id) => id !== 'alerts' && id !== 'needs-supply')) {
      expect(panels[id], id).toHaveAttribute('data-state', 'empty');
      expect(within(panels[id]).getByText(EMPTY)).toBeInTheDocument();
    }
    expectNeedsWithoutSupply(panels['needs-supply']);
    expect(panels.alerts).toHaveAttribute('data-state', 'ready');
    expect(within(panels.alerts).queryByRole('alert')).not.toBeInTheDocument();
  });

  test('no balance (as in an import of flows only): the share panels say what is missing, the tiles show inflows with the share as "—"', async () => {
    makeRouteEmpty(server, TEST_API_BASE_URL, 'balance');
    renderApp();
    const panels = await settledPanels();
    expect(panels['external-share']).toHaveAttribute('data-state', 'ready');
    expect(within(panels['external-share']).getByText(/^Tidak dapat dihitung/)).toHaveTextContent(
      'Tidak dapat dihitung dengan dasar ini — data belum ada: produksi sendiri, arus keluar, perubahan stok.',
    );
    expect(panels['share-over-time']).toHaveAttribute('data-state', 'empty');
    expect(
      within(panels['share-over-time']).getByText(/data belum ada: produksi sendiri, arus keluar/),
    ).toBeInTheDocument();
    for (const id of ['headline-tiles', 'supply-by-origin', 'dependency-risk', 'alerts'] as const)
      expect(panels[id], id).toHaveAttribute('data-state', 'ready');
    const allFood = panels['headline-tiles'].querySelector<HTMLElement>('li[data-group="all"]');
    expect(allFood).not.toBeNull();
    expect(plain(allFood?.querySelector('.tile-value')?.textContent)).toMatch(/^\d{1,3}(\.\d{3})* t$/);
    expect(within(allFood as HTMLElement).getByText('Pangsa dari luar').nextElementSibling).toHaveTextContent(
      /^—$/,
    );
  });

  test('no claims: the share panels still show the observed share, without reference lines', async () => {
    makeRouteEmpty(server, TEST_API_BASE_URL, 'claims');
    renderApp();
    const panels = await settledPanels();
    for (const id of PANELS) expect(panels[id], id).toHaveAttribute('data-state', 'ready');
    expect(within(panels['external-share']).queryByText(/Klaim resmi/)).not.toBeInTheDocument();
    expect(
      within(panels['external-share']).getByText('Model, dikalibrasi ke angka terbitan'),
    ).toBeInTheDocument();
    expect(within(panels['share-over-time']).queryAllByRole('checkbox')).toHaveLength(0);
    expect(
      within(panels['share-over-time']).getByRole('button', { name: 'Tampilkan tabel' }),
    ).toBeInTheDocument();
  });
});

describe('overview panels: a failed refresh', () => {
  test('stocks fail on refetch: the two stock panels keep their data and say it is stale; "Coba lagi" clears it', async () => {
    const { queryClient, user } = renderApp();
    const panels = await settledPanels();
    for (const id of PANELS) expect(panels[id], id).toHaveAttribute('data-state', 'ready');
    const bodyOf = (id: PanelId) => panels[id].querySelector('.chart-frame-body')?.textContent ?? '';
    const before = { 'headline-tiles': bodyOf('headline-tiles'), alerts: bodyOf('alerts') };
    expect(before['headline-tiles']).toMatch(/\d/);

    makeRouteFail(server, TEST_API_BASE_URL, 'stocks');
    await act(() => queryClient.refetchQueries({ queryKey: ['stocks'] }));

    for (const id of ['headline-tiles', 'alerts'] as const) {
      const stale = await within(panels[id]).findByText(STALE);
      expect(panels[id], id).toHaveAttribute('data-state', 'ready');
      expect(within(panels[id]).queryByRole('alert')).not.toBeInTheDocument();
      expect(within(panels[id]).getByRole('button', { name: 'Unduh CSV' })).toBeInTheDocument();
      // The last good figures are still there, under the note.
      expect(bodyOf(id)).toBe(`${stale.textContent}${before[id]}`);
    }
    // The note gives the time of the last good data (id-ID: "3 Mei 2026, 09.41").
    expect(within(panels.alerts).getByText(STALE).textContent).toMatch(
      /\(\d{1,2} \S+ \d{4},? \d{2}\.\d{2}\)/,
    );
    for (const id of panelsNotUsing('stocks')) {
      expect(panels[id], id).toHaveAttribute('data-state', 'ready');
      expect(within(panels[id]).queryByText(STALE)).not.toBeInTheDocument();
    }

    server.resetHandlers();
    for (const id of panelsUsing('stocks')) {
      const retry = within(panels[id]).queryByRole('button', { name: RETRY });
      if (retry) await user.click(retry);
      await waitFor(() => expect(within(panels[id]).queryByText(STALE)).not.toBeInTheDocument());
    }
  });

  test('flows fail on refetch: every panel keeps its data and says it is stale', async () => {
    const { queryClient } = renderApp();
    const panels = await settledPanels();
    const before = Object.fromEntries(
      PANELS.map((id) => [id, panels[id].querySelector('.chart-frame-body')?.textContent ?? '']),
    );

    makeRouteFail(server, TEST_API_BASE_URL, 'flows');
    await act(() => queryClient.refetchQueries({ queryKey: ['flows'] }));

    for (const id of PANELS) {
      const stale = await within(panels[id]).findByText(STALE);
      expect(panels[id], id).toHaveAttribute('data-state', 'ready');
      expect(within(panels[id]).queryByRole('alert')).not.toBeInTheDocument();
      // The body is the stale note followed by exactly what was shown before.
      const body = panels[id].querySelector('.chart-frame-body')?.textContent ?? '';
      expect(body, id).toBe(`${stale.textContent}${before[id]}`);
    }
  });
});

describe('overview panels: table view', () => {
  // Opens six tables of hundreds of rows each, one after the other: more than the default 5 s on
  // a busy machine. (A time limit, not a speed check.)
  test('every chart panel opens a table of what it draws, with numbers formatted for id-ID', async () => {
    const { user } = renderApp();
    const panels = await settledPanels();
    const tileValue = panels['headline-tiles'].querySelector('li[data-group="all"] .tile-value')?.textContent;

    for (const id of WITH_TABLE) {
      const toggle = within(panels[id]).getByRole('button', { name: 'Tampilkan tabel' });
      expect(toggle).toHaveAttribute('aria-pressed', 'false');
      await user.click(toggle);
      expect(within(panels[id]).getByRole('button', { name: 'Tampilkan grafik' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      // The chart gives way to the table.
      expect(panels[id].querySelector('figure.time-series-chart'), id).toBeNull();
    }

    const table = (id: PanelId) =>
      within(panels[id]).getByRole('table', { name: (name) => name.includes(' — ') });
    const rowsOf = (id: PanelId) => within(table(id)).getAllByRole('row').slice(1);
    const headersOf = (id: PanelId) =>
      within(table(id))
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent);
    const cellsOf = (id: PanelId) => rowsOf(id).map((row) => within(row).queryAllByRole('cell'));

    const tonnes = /^-?\d{1,3}(\.\d{3})*(,\d)? t$/;
    const percent = /^-?\d{1,3}(,\d)?%$/;
    const dash = /^—$/;

    // Headline tiles: tonnes with a dot for thousands, percentages with a decimal comma.
    expect(headersOf('headline-tiles')).toEqual([
      'Komoditas',
      'Masuk dari luar DKI',
      // On twelve whole months the previous period is the year before: one comparison column.
      'Perubahan dari periode sama tahun lalu',
      'Pangsa dari luar',
      'Status data',
      'Kelengkapan',
    ]);
    const tileRows = rowsOf('headline-tiles');
    expect(tileRows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Beras',
      'Daging',
      'Ikan',
      'Semua pangan',
    ]);
    for (const [inflow, year, share, , completeness] of cellsOf('headline-tiles').map((cells) =>
      cells.map((cell) => plain(cell.textContent)),
    )) {
      // The demo reports every part of the default period: nothing is marked incomplete.
      expect(completeness).toMatch(dash);
      expect(inflow).toMatch(tonnes);
      expect(year).toMatch(new RegExp(`${percent.source}|${dash.source}`));
      expect(share).toMatch(percent);
    }
    // The "all food" inflow is the sum of the demo API's flows over the default period.
    const range = defaultRange();
    const flows = demoApi().flows({ from: range.from, to: range.to, granularity: 'year', groupBy: 'group' });
    const allFood = cellsOf('headline-tiles')[3]?.[0];
    // The table keeps the exact modelled figure; the tile rounds it to three significant figures.
    expect(allFood?.textContent).toBe(formatTonnes('id', totalTonnes(flows.rows)));
    expect(tileValue).toBe(formatTonnesEstimate('id', totalTonnes(flows.rows)));

    // Share over time: a row per week, dates in Indonesian words, shares as percentages.
    expect(headersOf('share-over-time')).toEqual([
      'Periode',
      'Beras',
      'Beras — Status',
      'Daging',
      'Daging — Status',
      'Ikan',
      'Ikan — Status',
      'Semua pangan',
      'Semua pangan — Status',
      'Jendela pangsa',
      'Dasar perhitungan',
    ]);
    const weeks = rowsOf('share-over-time');
    expect(weeks.length).toBeGreaterThanOrEqual(52);
    expect(weeks.length).toBeLessThanOrEqual(54);
    for (const row of weeks) {
      expect(within(row).getByRole('rowheader').textContent).toMatch(
        /^\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}$/,
      );
      const cells = within(row)
        .getAllByRole('cell')
        .map((cell) => plain(cell.textContent));
      // share and its status for each group, the four weeks it is read over, then the basis
      for (let i = 0; i < 8; i += 2) {
        expect(cells[i]).toMatch(new RegExp(`${percent.source}|${dash.source}`));
        expect(cells[i + 1]).toMatch(/^(dilaporkan|turunan|perkiraan|sintetis|sementara|prakiraan)$/);
      }
      expect(cells[8]).toMatch(/^\d{1,2} \S+ \d{4} – \d{1,2} \S+ \d{4}$/);
      expect(cells[9]).toBe('Pasokan yang tinggal di Jakarta');
    }
    expect(
      cellsOf('share-over-time')
        .flat()
        .some((cell) => /,\d%$/.test(cell.textContent ?? '')),
    ).toBe(true);

    // Supply by origin: tonnes per origin, by region name.
    const originHeaders = headersOf('supply-by-origin');
    expect(originHeaders[0]).toBe('Periode');
    expect(originHeaders).toContain('Lainnya');
    // The last column flags the weeks the range cuts: the default twelve months start on a
    // Saturday (2 of the week's 7 days) and end on a Saturday (6 of 7).
    expect(originHeaders.at(-1)).toBe('Periode terpotong');
    const originCells = cellsOf('supply-by-origin');
    for (const cells of originCells)
      for (const cell of cells.slice(0, -1))
        expect(plain(cell.textContent)).toMatch(new RegExp(`${tonnes.source}|${dash.source}`));
    const flagged = originCells.map((cells) => cells.at(-1)?.textContent).filter((text) => text !== '—');
    expect(flagged).toEqual(['2 dari 7 hari dalam rentang', '6 dari 7 hari dalam rentang']);
    expect(
      cellsOf('supply-by-origin')
        .flat()
        .some((cell) => /^\d{1,3}(\.\d{3})+ t$/.test(plain(cell.textContent))),
    ).toBe(true);

    // Dependency risk: HHI as a number with a dot for thousands (or none below 1 000), top-3 share in %.
    expect(headersOf('dependency-risk')).toEqual([
      'Periode',
      'Beras — HHI',
      'Beras — pangsa 3 terbesar',
      'Daging, semua bentuk — HHI',
      'Daging, semua bentuk — pangsa 3 terbesar',
      'Daging sapi — HHI',
      'Daging sapi — pangsa 3 terbesar',
      'Daging kerbau — HHI',
      'Daging kerbau — pangsa 3 terbesar',
      'Daging ayam — HHI',
      'Daging ayam — pangsa 3 terbesar',
      'Ikan, semua bentuk — HHI',
      'Ikan, semua bentuk — pangsa 3 terbesar',
      'Ikan laut — HHI',
      'Ikan laut — pangsa 3 terbesar',
      'Ikan air tawar — HHI',
      'Ikan air tawar — pangsa 3 terbesar',
      'Status',
    ]);
    for (const cells of cellsOf('dependency-risk')) {
      // The last cell is the status of the flows the period's figures are worked from.
      expect(cells.at(-1)?.textContent).toMatch(
        /^(dilaporkan|turunan|perkiraan|sintetis|sementara|prakiraan)$/,
      );
      cells
        .slice(0, -1)
        .forEach((cell, index) =>
          expect(plain(cell.textContent)).toMatch(
            index % 2 === 0
              ? /^(\d{1,3}(\.\d{3})*(,\d{1,2})?|—)$/
              : new RegExp(`${percent.source}|${dash.source}`),
          ),
        );
    }

    // Alerts: a date (and the last month of a run), a commodity, a reason in words, and the exact
    // value and norm behind the rounded figures of the reason.
    expect(headersOf('alerts')).toEqual([
      'Tanggal',
      'Sampai',
      'Komoditas',
      'Alasan',
      'Nilai (t, hari, atau pangsa)',
      'Norma (t)',
      'Status',
    ]);

    // And back to the chart.
    await user.click(within(panels['share-over-time']).getByRole('button', { name: 'Tampilkan grafik' }));
    expect(
      within(panels['share-over-time']).queryByRole('table', { name: (name) => name.includes(' — ') }),
    ).toBeNull();
    // The chart is built again, in a task of its own.
    await waitFor(() =>
      expect(panels['share-over-time']?.querySelector('figure.time-series-chart')).not.toBeNull(),
    );
  }, 90_000);
});

describe('overview: the view in the URL', () => {
  test('seven years of daily data: the share chart is drawn a week at a time, and says so', async () => {
    // Daily rows for 22 commodity forms over 2,861 days would pass the API's 50,000-row limit.
    renderApp({ url: '/?period=custom&from=2019-01-01&to=2026-10-31&gran=day' });
    await waitFor(() => expect(panel('share-over-time')).toHaveAttribute('data-state', 'ready'), {
      timeout: 15_000,
    });
    const share = panel('share-over-time');
    expect(share).toHaveTextContent('grafik memakai satuan yang lebih kasar');
    // 2019-01-01 is a Tuesday: weeks start on Monday 2018-12-31, the last one on 2026-10-26, so
    // 2,856 days apart: 409 weekly rows (the figure says how many rows came in). The chart is
    // built in a task of its own once the panel has its answers.
    await waitFor(() => expect(share.querySelector('figure')).toHaveAttribute('data-rows', '409'));
  }, 20_000);

  test('a malformed link says so and falls back to the default view', async () => {
    renderApp({ url: '/?commodity=gold&period=2025-13&gran=hour' });
    const notice = await screen.findByText(/^Sebagian tautan tidak valid/);
    expect(notice).toHaveAttribute('role', 'status');
    expect(notice).toHaveTextContent(
      'Sebagian tautan tidak valid dan diabaikan (gran, commodity, period); nilai bawaan dipakai.',
    );

    // The controls show the defaults …
    expect(screen.getByRole('combobox', { name: 'Periode' })).toHaveValue('12m');
    const granularity = screen.getByRole('group', { name: 'Satuan waktu' });
    expect(within(granularity).getByRole('button', { name: 'Mingguan' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const commodity = screen.getByRole('group', { name: 'Komoditas' });
    expect(within(commodity).getByRole('button', { name: 'Semua pangan' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    for (const button of within(commodity).getAllByRole('button').slice(1))
      expect(button).toHaveAttribute('aria-pressed', 'false');

    // … and so do the panels: all food, over the last 12 months of data.
    const panels = await settledPanels();
    const range = defaultRange();
    const subtitle = `${format(range.from)} – ${format(range.to)}`;
    // The needs panel keeps each need's own window, whatever the period, and says so instead.
    for (const id of PANELS) {
      expect(panels[id], id).toHaveAttribute('data-state', 'ready');
      expect(panels[id].querySelector('.chart-frame-subtitle')?.textContent).toBe(
        id === 'needs-supply'
          ? 'Setiap kebutuhan pada periode yang diberikan penerbitnya (tidak mengikuti periode pilihan)'
          : subtitle,
      );
    }
    expect(within(panels['supply-by-origin']).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Asal pasokan: Semua pangan',
    );
    expect(
      within(panels['share-over-time'])
        .getAllByRole('checkbox')
        .filter((box) => (box as HTMLInputElement).checked),
    ).toHaveLength(2);
  });

  test('a valid link is shown as it says, without a notice', async () => {
    renderApp({ url: '/?period=y2024&gran=month&commodity=rice' });
    const panels = await settledPanels();
    expect(screen.queryByText(/^Sebagian tautan tidak valid/)).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Periode' })).toHaveValue('y2024');
    expect(panels['supply-by-origin'].querySelector('.chart-frame-subtitle')?.textContent).toBe(
      '1 Januari 2024 – 31 Desember 2024',
    );
    expect(within(panels['supply-by-origin']).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Asal pasokan: Beras',
    );
    expect(window.location.search).toBe('?period=y2024&gran=month&commodity=rice');
  });
});

function format(date: string): string {
  return new Intl.DateTimeFormat('id-ID', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}
