// Signals a policy officer can forward: in the production build, a calendar year raises no
// alert on the week the range cuts (and hatches it in the chart), and a province's profile
// shows the flows of its regencies, also when reached through a breadcrumb.
import { describe, expect, onTestFinished, test } from 'vitest';
import { expectNoProblems, openApp } from './browser';

const ALERTS = '[data-panel="alerts"]';
const ORIGINS = '[data-panel="supply-by-origin"]';
const REGION_FLOWS = '[data-panel="region-flows"]';
const POLL = { timeout: 20_000 };

describe('signals in Chromium', () => {
  test('"Tahun 2025" raises no alert on the three-day week of 29 December, and hatches it', async () => {
    const app = await openApp('/');
    onTestFinished(() => app.close());
    const { page } = app;
    await page.locator(`${ALERTS}[data-state="ready"]`).waitFor({ timeout: 30_000 });
    await page.getByRole('combobox', { name: 'Periode', exact: true }).selectOption({ label: 'Tahun 2025' });
    const alerts = page.locator(ALERTS);
    await expect
      .poll(() => alerts.locator('.chart-frame-subtitle').innerText(), POLL)
      .toBe('1 Januari 2025 – 31 Desember 2025');
    await page.locator(`${ALERTS}[data-state="ready"]`).waitFor();

    // The cut weeks are named as not assessed, and no alert is dated on them.
    await expect
      .poll(() => alerts.getByTestId('alerts-partial').innerText(), POLL)
      .toContain('29 Desember 2025');
    expect(await alerts.locator('li[data-date="2025-12-29"], li[data-date="2024-12-30"]').count()).toBe(0);
    // No week of 2025 falls below its norm on the demo data, Lebaran week included.
    expect(await alerts.locator('li[data-kind="below-norm"]').count()).toBe(0);
    // The supply chart hatches the cut weeks at both ends of the year.
    await page.locator(`${ORIGINS}[data-state="ready"]`).waitFor();
    await expect.poll(() => page.locator(`${ORIGINS} rect.partial-period`).count(), POLL).toBe(2);

    // Beef from one country is concentrated all year: one alert for the run of months.
    const beef = alerts.locator('li[data-kind="origin-share"]').filter({ hasText: 'Daging sapi' });
    expect(await beef.count()).toBe(1);
    expect(await beef.innerText()).toContain('Australia');
    const link = beef.getByRole('link', {
      name: /^Lihat di grafik: Jan 2025 – Des 2025 Daging sapi$/,
    });
    expect(await link.getAttribute('href')).toContain('period=custom');
    // The link opens the concentration chart on the months of the run.
    await link.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('from'), POLL).toBe('2025-01-01');
    expect(new URL(page.url()).searchParams.get('to')).toBe('2025-12-31');
    expect(new URL(page.url()).searchParams.get('commodity')).toBe('meat');

    expectNoProblems(app);
  });

  test("Jawa Barat's profile shows the flows of its regencies, and Kota Pariaman's breadcrumb leads to data", async () => {
    const app = await openApp('/?page=region&region=32');
    onTestFinished(() => app.close());
    const { page } = app;
    const flows = page.locator(REGION_FLOWS);
    await page.locator(`${REGION_FLOWS}[data-state="ready"]`).waitFor({ timeout: 30_000 });
    await expect.poll(() => flows.locator('path.chart-line[d]:not([d=""])').count(), POLL).toBeGreaterThan(0);
    const members = page.getByTestId('region-members');
    expect(await members.innerText()).toContain('10 kabupaten/kota');
    expect(await members.getByRole('link').allInnerTexts()).toContain('Kabupaten Karawang');
    await expect.poll(() => page.locator('[data-panel="region-share"]').innerText(), POLL).toMatch(/Beras:/);

    // From Kota Pariaman up to Sumatera Barat: a page with flows, not "no data".
    await page.goto(new URL('/?page=region&region=13.77', app.origin).toString());
    await page.locator(`${REGION_FLOWS}[data-state="ready"]`).waitFor({ timeout: 30_000 });
    await page.locator('.breadcrumb').getByRole('link', { name: 'Sumatera Barat' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('region'), POLL).toBe('13');
    await page.locator(`${REGION_FLOWS}[data-state="ready"]`).waitFor({ timeout: 30_000 });
    await expect.poll(() => flows.locator('path.chart-line[d]:not([d=""])').count(), POLL).toBeGreaterThan(0);

    expectNoProblems(app);
  });
});
