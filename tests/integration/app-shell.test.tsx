import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, onTestFinished, test, vi } from 'vitest';
import { demoBanner, PANEL_TITLE, settledPanel } from '../helpers/panel';
import { server } from '../../mocks/node';
import { renderApp, warmUpApp } from '../helpers/render-app';

beforeAll(warmUpApp);

describe('app shell', () => {
  test('Bahasa Indonesia by default, on <html lang> too', async () => {
    renderApp();
    expect(screen.getByRole('button', { name: 'ID — Bahasa Indonesia' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(document.documentElement).toHaveAttribute('lang', 'id');
    expect(await screen.findByRole('heading', { name: PANEL_TITLE.id })).toBeInTheDocument();
    await settledPanel();
  });

  test('the language switch turns the page into English, with ?lang=en in the URL', async () => {
    const { user } = renderApp();
    await settledPanel();

    await user.click(screen.getByRole('button', { name: 'EN — English' }));

    expect(await screen.findByRole('heading', { name: PANEL_TITLE.en })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: PANEL_TITLE.id })).not.toBeInTheDocument();
    expect(window.location.search).toBe('?lang=en');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('button', { name: 'EN — English' })).toHaveAttribute('aria-pressed', 'true');
    const panel = await settledPanel('en');
    expect(panel.querySelector('.figure-claim .figure-value')).toHaveTextContent(/^90%$/);
    expect(within(panel).getByText(/^Official claim: Marulina Dewi/)).toHaveTextContent(/, 3 October 2025$/);
  });

  test('back to Bahasa Indonesia: the default language leaves the URL clean', async () => {
    const { user } = renderApp({ url: '/?lang=en' });
    expect(await screen.findByRole('heading', { name: PANEL_TITLE.en })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    await user.click(screen.getByRole('button', { name: 'ID — Bahasa Indonesia' }));
    expect(await screen.findByRole('heading', { name: PANEL_TITLE.id })).toBeInTheDocument();
    expect(window.location.search).toBe('');
    await settledPanel();
  });

  test('an unknown language in the URL falls back to Bahasa Indonesia', async () => {
    renderApp({ url: '/?lang=xx' });
    expect(await screen.findByRole('heading', { name: PANEL_TITLE.id })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'ID — Bahasa Indonesia' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await settledPanel();
  });

  test('the view names its destination: Jakarta by default, asked for without a parameter', async () => {
    const requested: string[] = [];
    server.events.on('request:start', ({ request }) => requested.push(request.url));
    renderApp();
    await settledPanel();
    const bar = screen.getByRole('form', { name: 'Periode dan filter' });
    expect(within(bar).getByText('DKI Jakarta (31)')).toBeInTheDocument();
    expect(within(bar).getByText('Tujuan')).toBeInTheDocument();
    const flows = requested.filter((url) => url.includes('/flows?'));
    expect(flows.length).toBeGreaterThan(0);
    expect(flows.filter((url) => url.includes('destination='))).toEqual([]);
  });

  test('a link to another destination asks for it, says the demo holds none of it, and leads back', async () => {
    const requested: string[] = [];
    server.events.on('request:start', ({ request }) => requested.push(request.url));
    const { user } = renderApp({ url: '/?dest=32' });
    const notice = await screen.findByText(
      'Dataset ini tidak memuat aliran pangan ke Jawa Barat (32): panel tetap kosong.',
      { exact: false },
    );
    expect(
      within(screen.getByRole('form', { name: 'Periode dan filter' })).getAllByText('Jawa Barat (32)'),
    ).toHaveLength(1);
    await screen.findAllByRole('heading', { name: PANEL_TITLE.id });
    await settledPanel();
    const flows = requested.filter((url) => url.includes('/flows?'));
    expect(flows.length).toBeGreaterThan(0);
    expect(flows.every((url) => new URL(url).searchParams.get('destination') === '32')).toBe(true);

    await user.click(within(notice).getByRole('button', { name: 'Tampilkan DKI Jakarta (31)' }));
    expect(window.location.search).toBe('');
    expect(screen.queryByText(/tidak memuat aliran pangan/)).not.toBeInTheDocument();
  });

  test('the comparison asks for its series at the plot width, so the server may reduce it', async () => {
    const requested: string[] = [];
    server.events.on('request:start', ({ request }) => requested.push(request.url));
    renderApp({ url: '/?page=compare&compare=32.09%2C33.21' });
    const heading = await screen.findByRole('heading', { name: 'Perbandingan daerah asal' });
    const frame = heading.closest('[data-panel]');
    await waitFor(() => expect(frame).not.toHaveAttribute('data-state', 'loading'));
    // jsdom's window is 1024 px wide: rounded up to 1200.
    const series = requested.filter((url) => url.includes('/flows?') && url.includes('width='));
    expect(series.length).toBeGreaterThan(0);
    expect(series.every((url) => new URL(url).searchParams.get('width') === '1200')).toBe(true);
  });

  test('the demo banner is shown when demo=true', async () => {
    renderApp({ demo: true });
    expect(screen.getByRole('note')).toHaveTextContent(
      'Data demo: angka di dasbor ini dibangkitkan oleh program',
    );
    expect(screen.getByRole('note')).toHaveTextContent('sepenuhnya sintetis');
    await settledPanel();
  });

  test('the demo banner is absent when demo=false', async () => {
    renderApp({ demo: false });
    expect(demoBanner()).toBeNull();
    expect(screen.queryByText(/Data demo/)).not.toBeInTheDocument();
    await settledPanel();
  });

  test('every page says how old the data is: the last day of the data and the days since', async () => {
    // 1 December 2026, noon in Jakarta; the demo data end on 31 October 2026: 31 days before.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T05:00:00Z'));
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const { user } = renderApp({ demo: true });
    expect(
      await screen.findByText('Data sampai 31 Oktober 2026 — 31 hari sebelum hari ini (1 Desember 2026).'),
    ).toBeInTheDocument();
    await settledPanel();
    await user.click(screen.getByRole('link', { name: 'Data sendiri' }));
    expect(
      await screen.findByText('Data sampai 31 Oktober 2026 — 31 hari sebelum hari ini (1 Desember 2026).'),
    ).toBeInTheDocument();
  });

  test('the settings open from one header button and close with Escape', async () => {
    const { user } = renderApp();
    await settledPanel();
    const settings = screen.getByRole('button', { name: 'Pengaturan' });
    expect(settings).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('combobox', { name: 'Tema' })).not.toBeInTheDocument();
    await user.click(settings);
    expect(settings).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('combobox', { name: 'Tema' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Format CSV' })).toBeVisible();
    await user.keyboard('{Escape}');
    expect(settings).toHaveAttribute('aria-expanded', 'false');
    expect(settings).toHaveFocus();
  });
});
