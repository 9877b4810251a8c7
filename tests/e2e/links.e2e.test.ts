// Every view is a link, in Chromium: a Sankey narrowed by a click, a ranking sorted and searched,
// each reopened from its address in a fresh browser; and "Salin tautan" copies that address.
import { describe, expect, onTestFinished, test } from 'vitest';
import { expectNoProblems, openApp } from './browser';

describe('views as links', () => {
  test('a Sankey narrowed to one origin, reopened from its link, shows the same narrowed flows', async () => {
    const first = await openApp('/?page=flows&commodity=rice');
    onTestFinished(() => first.close());
    const sankey = first.page.locator('[data-panel="flow-sankey"][data-state="ready"]');
    await sankey.waitFor({ timeout: 30_000 });
    const node = sankey.locator('g.sankey-node[data-node-id="region:32.09"]');
    await node.click();
    await expect.poll(() => new URL(first.page.url()).searchParams.get('sel')).toBe('origin:32.09');
    const chips = first.page.getByRole('region', { name: 'Saringan arus' });
    await expect.poll(() => chips.innerText()).toContain('Kabupaten Cirebon');
    const links = await sankey.locator('.sankey-links path').count();

    const second = await openApp(new URL(first.page.url()).pathname + new URL(first.page.url()).search);
    onTestFinished(() => second.close());
    const again = second.page.locator('[data-panel="flow-sankey"][data-state="ready"]');
    await again.waitFor({ timeout: 30_000 });
    expect(await second.page.getByRole('region', { name: 'Saringan arus' }).innerText()).toContain(
      'Kabupaten Cirebon',
    );
    expect(
      await again.locator('g.sankey-node[data-node-id="region:32.09"]').getAttribute('aria-pressed'),
    ).toBe('true');
    expect(await again.locator('.sankey-links path').count()).toBe(links);
    expectNoProblems(first);
    expectNoProblems(second);
  });

  test('a ranking sorted by name and searched, reopened; "Salin tautan" copies its address', async () => {
    const first = await openApp('/?page=regions');
    onTestFinished(() => first.close());
    const { page } = first;
    await first.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: first.origin });
    const panel = page.locator('[data-panel="regions"][data-state="ready"]');
    await panel.waitFor({ timeout: 30_000 });
    await panel.getByRole('button', { name: 'Daerah asal' }).click();
    await panel.getByLabel('Cari nama atau kode').fill('kabupaten');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('kabupaten');
    expect(new URL(page.url()).searchParams.get('sort')).toBe('name-asc');
    const names = await panel.locator('table.ranking tbody th a').allInnerTexts();
    expect(names.length).toBeGreaterThan(3);
    expect(names.every((name) => name.startsWith('Kabupaten'))).toBe(true);
    expect([...names].sort((a, b) => a.localeCompare(b, 'id'))).toEqual(names);

    await page.getByRole('button', { name: 'Salin tautan' }).click();
    await expect.poll(() => page.getByText('Tautan tampilan ini disalin.').count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());

    const second = await openApp(new URL(copied).pathname + new URL(copied).search);
    onTestFinished(() => second.close());
    const again = second.page.locator('[data-panel="regions"][data-state="ready"]');
    await again.waitFor({ timeout: 30_000 });
    expect(await again.getByLabel('Cari nama atau kode').inputValue()).toBe('kabupaten');
    expect(await again.locator('table.ranking tbody th a').allInnerTexts()).toEqual(names);
    expectNoProblems(first);
    expectNoProblems(second);
  });

  test('a link to another destination asks the server for it, says the dataset holds none of it, and leads back', async () => {
    const app = await openApp('/?dest=32');
    onTestFinished(() => app.close());
    const { page } = app;
    const flowRequests: URL[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.endsWith('/flows')) flowRequests.push(url);
    });
    const bar = page.getByRole('form', { name: 'Periode dan filter' });
    // The destination reads as a choice when the dataset holds others, as plain text otherwise.
    const destination = () =>
      bar
        .getByLabel('Tujuan')
        .evaluate((element) =>
          element instanceof HTMLSelectElement
            ? (element.selectedOptions[0]?.text ?? '')
            : (element.textContent ?? ''),
        );
    await page
      .getByText('Dataset ini tidak memuat aliran pangan ke Jawa Barat (32)')
      .waitFor({ timeout: 30_000 });
    expect(await destination()).toBe('Jawa Barat (32)');
    await page
      .locator('[data-panel="external-share"]:not([data-state="loading"])')
      .waitFor({ timeout: 30_000 });
    expect(flowRequests.length).toBeGreaterThan(0);
    expect(flowRequests.every((url) => url.searchParams.get('destination') === '32')).toBe(true);

    await page.getByRole('button', { name: 'Tampilkan DKI Jakarta (31)' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('dest')).toBe(null);
    await expect.poll(destination).toBe('DKI Jakarta (31)');
    await page.locator('[data-panel="external-share"][data-state="ready"]').waitFor({ timeout: 30_000 });
    expect(await page.getByText(/tidak memuat aliran pangan/).count()).toBe(0);
    expectNoProblems(app);
  });
});
