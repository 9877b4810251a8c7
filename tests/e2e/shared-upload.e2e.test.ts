// A shared data home: an analyst uploads a CSV to the server with a write token in one browser
// context; a colleague in a second, fresh context (nothing in its storage) chooses that server
// dataset and sees its figures. Without a valid token the upload is refused and nothing appears.
import { describe, expect, inject, onTestFinished, test } from 'vitest';
import { createToken } from '../../server/auth/tokens';
import { expectNoProblems, openApp } from './browser';

const FILE = [
  'date,origin,commodity,entry_point,tonnes,status,source',
  '2025-01-06,32.09,rice-milled,PIBC,1000,reported,Timbangan PIBC',
  '2025-01-07,32.09,rice-milled,PIBC,234.5,reported,Timbangan PIBC',
  '2025-01-07,99.99,rice-milled,PIBC,5,reported,',
].join('\n');

describe('uploading to the server', () => {
  test('refused without a valid token; with one, a second fresh browser sees the figures', async () => {
    const analyst = await openApp('/?page=data', { allowProblems: [/401/] });
    onTestFinished(() => analyst.close());
    const form = analyst.page.locator('form.server-upload');
    await form.waitFor({ timeout: 30_000 });
    const file = { name: 'kantor-walikota.csv', mimeType: 'text/csv', buffer: Buffer.from(FILE, 'utf8') };
    await form.getByLabel('Berkas CSV atau JSON', { exact: true }).setInputFiles(file);
    await form.getByLabel('Nama dataset').fill('Kantor Walikota');
    await form.getByLabel('Token tulis').fill('ap_not-a-real-token');
    await form.getByRole('button', { name: 'Unggah' }).click();
    const refused = form.locator('[data-upload="refused"]');
    await refused.waitFor();
    expect(await refused.innerText()).toContain('(401)');
    expect(await analyst.page.locator('[data-dataset="kantor-walikota"]').count()).toBe(0);

    const token = createToken(inject('tokensFile'), 'e2e-analyst');
    await form.getByLabel('Token tulis').fill(token);
    await form.getByRole('button', { name: 'Unggah' }).click();
    const stored = form.locator('[data-upload="stored"]');
    await stored.waitFor();
    expect(await stored.innerText()).toBe(
      'Tersimpan sebagai revisi 1 dari “kantor-walikota”: 2 baris diterima, 1 ditolak.',
    );
    expectNoProblems(analyst);

    const colleague = await openApp('/?page=data');
    onTestFinished(() => colleague.close());
    const entry = colleague.page.locator('[data-dataset="kantor-walikota"]');
    await entry.waitFor({ timeout: 30_000 });
    expect(await entry.innerText()).toMatch(/^Kantor Walikota data per .+, revisi 1 · 2 baris/);
    await entry.getByRole('button', { name: 'Gunakan sebagai sumber data' }).click();
    const banner = colleague.page.locator('[data-source="server"]');
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(/^Data server: “Kantor Walikota”, data per .+ \(revisi 1\)\.$/);

    // The figures themselves, read through the dashboard's own API client from the server dataset.
    const figures = await colleague.page.evaluate(async () => {
      const response = await fetch(
        '/api/v1/datasets/kantor-walikota/flows?from=2025-01-01&to=2025-01-31&granularity=month&groupBy=origin',
      );
      return (await response.json()) as { rows: { origin: string; tonnes: number }[] };
    });
    expect(figures.rows.map((r) => [r.origin, r.tonnes])).toEqual([['32.09', 1234.5]]);
    await colleague.page.getByRole('link', { name: 'Ringkasan' }).click();
    const origins = colleague.page.locator('[data-panel="supply-by-origin"]');
    await expect.poll(() => origins.innerText(), { timeout: 30_000 }).toContain('Cirebon');
    expectNoProblems(colleague);
  });
});
