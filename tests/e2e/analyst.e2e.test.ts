import { readFile } from 'node:fs/promises';
import { describe, expect, onTestFinished, test } from 'vitest';
import { expectNoProblems, openApp } from './browser';

describe('analyst workspace in Chromium', () => {
  test("Kota Pariaman's profile, compared with Cirebon and Karawang, exported, then a CSV with bad rows imported", async () => {
    const app = await openApp('/?page=region&region=13.77');
    onTestFinished(() => app.close());
    const { page } = app;

    // The profile is addressed by the region's code and shows the agreement with its source.
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText(), { timeout: 30_000 })
      .toContain('Kota Pariaman');
    await expect.poll(() => page.locator('[data-agreement]').innerText()).toContain('3 Oktober 2025');
    await page.locator('[data-panel="region-flows"] .chart-line[d]').first().waitFor({ timeout: 30_000 });
    await page.locator('[data-panel="region-facts"][data-state="ready"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-panel="region-facts"]').innerText()).toContain('11.100');

    // Compare it with Cirebon and Karawang: the comparison is a link.
    await page.getByRole('link', { name: 'Tambahkan ke perbandingan' }).click();
    const picker = page.getByLabel('Tambah daerah');
    await picker.selectOption('32.09');
    await picker.selectOption('32.15');
    await expect.poll(() => new URL(page.url()).searchParams.get('compare')).toBe('13.77,32.09,32.15');
    const compare = page.locator('[data-panel="compare"]');
    await compare.locator('.chart-line[d]').first().waitFor({ timeout: 30_000 });
    const summary = compare.locator('table').first();
    for (const name of ['Kota Pariaman', 'Kabupaten Cirebon', 'Kabupaten Karawang']) {
      expect(await summary.innerText()).toContain(name);
    }

    // Export the comparison as CSV (Indonesian Excel: ";" and decimal comma): what it holds on
    // top, then one row per region, numbers as numbers.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      compare.getByRole('button', { name: 'Unduh CSV' }).click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    const table = lines.slice(lines.indexOf('') + 1);
    expect(table).toHaveLength(4);
    const cirebon = table.find((line) => line.startsWith('32.09;'))?.split(';') ?? [];
    expect(Number.isFinite(Number(cirebon[2]?.replace(',', '.')))).toBe(true);
    expect(Number(cirebon[2]?.replace(',', '.'))).toBeGreaterThan(0);

    // Import a CSV with bad rows: each one is reported with its line and reason.
    await page.getByRole('link', { name: 'Data sendiri' }).click();
    const file = [
      'date,origin,commodity,entry_point,tonnes,status,source',
      '2025-01-01,32.09,rice-milled,PIBC,1000,reported,Catatan timbangan PIBC',
      '2025-01-02,99.99,rice-milled,PIBC,900,reported,',
      '2025-01-03,32.09,rice-milled,PIBC,-5,reported,',
      '2025-13-01,32.09,rice-milled,PIBC,800,reported,',
      '2025-01-04,32.09,gold,PIBC,700,reported,',
      '2025-01-05,32.15,rice-milled,PIBC,650.5,reported,',
    ].join('\n');
    await page.getByLabel('Pilih berkas CSV, XLSX atau JSON').setInputFiles({
      name: 'pibc-contoh.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(file, 'utf8'),
    });
    await page.locator('[data-import-state="done"]').waitFor({ timeout: 60_000 });
    const report = page.locator('.import-report');
    await expect.poll(() => report.innerText()).toContain('6 baris data: 2 diterima, 4 ditolak.');
    const rejected = await page.locator('table.import-rejections tbody tr').allInnerTexts();
    expect(rejected).toHaveLength(4);
    // Lines count the header as line 1: the bad rows are lines 3, 4, 5 and 6.
    for (const [line, text] of [
      ['3', '99.99'],
      ['4', '-5'],
      ['5', '2025-13-01'],
      ['6', 'gold'],
    ] as const) {
      expect(
        rejected.some((row) => row.startsWith(line) && row.includes(text)),
        `line ${line}`,
      ).toBe(true);
    }
    expectNoProblems(app);
  });
});
