// A walk through the overview in the production build: the share-over-time chart and its claim
// lines, the commodity and period filters, the table view, the CSV download and the language switch,
// all on one page of one browser.
import { readFile } from 'node:fs/promises';
import { describe, expect, onTestFinished, test } from 'vitest';
import { parseCsv } from '../helpers/csv';
import { expectNoProblems, openApp } from './browser';

const SHARE = '[data-panel="share-over-time"]';
const ORIGINS = '[data-panel="supply-by-origin"]';
/** A drawn line: a series' path with a non-empty d. */
const DRAWN_LINE = `${SHARE} path.chart-line[d]:not([d=""])`;
/** expect.poll waits 1 s by default; a re-render after a filter change may take longer on a busy machine. */
const POLL = { timeout: 15_000 };

describe('the overview in Chromium', () => {
  test('chart, filters, table, CSV download and English, without any problem', async () => {
    const app = await openApp('/');
    onTestFinished(() => app.close());
    const { page } = app;
    const share = page.locator(SHARE);
    const origins = page.locator(ORIGINS);

    // The share-over-time chart draws one line per commodity group and "all food".
    await page.locator(DRAWN_LINE).first().waitFor({ state: 'attached', timeout: 30_000 });
    await expect.poll(() => page.locator(DRAWN_LINE).count(), POLL).toBe(4);
    expect(await share.locator('.chart-legend-text').allInnerTexts()).toEqual([
      'Beras',
      'Daging',
      'Ikan',
      'Semua pangan',
    ]);
    // The official claims are drawn as reference lines, their values in the margin and their full
    // labels in the legend under the chart.
    const claim90 = share.locator('.reference-legend li').filter({ hasText: /^90% — / });
    await claim90.waitFor({ state: 'visible' });
    expect(await claim90.textContent()).toBe('90% — Marulina Dewi, 3 Oktober 2025');
    const claim98 = share.locator('.reference-legend li').filter({ hasText: /^hampir 98% — / });
    expect(await claim98.isVisible()).toBe(true);

    // Rice only: the URL says so, and so do the panels.
    await page
      .getByRole('group', { name: 'Komoditas' })
      .getByRole('button', { name: 'Beras', exact: true })
      .click();
    await expect.poll(() => new URL(page.url()).searchParams.get('commodity'), POLL).toBe('rice');
    await expect.poll(() => origins.locator('h2').innerText(), POLL).toBe('Asal pasokan: Beras');
    await expect.poll(() => page.locator(DRAWN_LINE).count(), POLL).toBe(2);

    // A calendar year.
    await page.getByRole('combobox', { name: 'Periode', exact: true }).selectOption({ label: 'Tahun 2024' });
    await expect.poll(() => new URL(page.url()).searchParams.get('period'), POLL).toBe('y2024');
    await expect
      .poll(() => origins.locator('.chart-frame-subtitle').innerText(), POLL)
      .toBe('1 Januari 2024 – 31 Desember 2024');
    await expect
      .poll(() => share.locator('.chart-frame-subtitle').innerText(), POLL)
      .toBe('1 Januari 2024 – 31 Desember 2024');
    // The subtitle follows the filter at once; the chart and its table keep the previous year's
    // answers, marked busy, until the new ones are in.
    await page.locator(`${SHARE}[data-state="ready"][aria-busy="false"]`).waitFor();

    // The table view of the chart.
    await share.getByRole('button', { name: 'Tampilkan tabel' }).click();
    const table = share.getByRole('table');
    await table.waitFor();
    expect(await table.getByRole('columnheader', { name: 'Periode' }).isVisible()).toBe(true);
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual([
      'Periode',
      'Beras',
      'Beras — Status',
      'Semua pangan',
      'Semua pangan — Status',
      'Jendela pangsa',
      'Dasar perhitungan',
    ]);
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(52);
    // Each week is read over the four weeks ending with it, and the frame says so.
    expect(await share.locator('.frame-provenance').innerText()).toContain(
      '4 minggu yang berakhir pada minggu itu',
    );
    // Shares formatted for id-ID: a decimal comma (the share columns; the others are status and basis).
    const shares = await table.locator('tbody td:nth-child(2), tbody td:nth-child(4)').allInnerTexts();
    for (const cell of shares) expect(cell).toMatch(/^(\d{1,3}(,\d)?%|—)$/);
    expect(shares.some((cell) => /^\d{1,3},\d%$/.test(cell))).toBe(true);

    // The CSV download of the same rows.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      share.getByRole('button', { name: 'Unduh CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('arus-pangan_pangsa-luar_week_2024-01-01_2024-12-31.csv');
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text).toMatch(/\r\n$/);
    // Indonesian Excel's dialect (";", decimal comma); what the file holds above an empty line.
    const records = parseCsv(text, ';');
    const blank = records.findIndex((record) => record.length === 1 && record[0] === '');
    expect(records[0]?.[0]).toBe((await share.locator('h2').innerText()).trim());
    const [header, ...rows] = records.slice(blank + 1);
    expect(header).toEqual([
      'Periode',
      'Beras (%)',
      'Beras — Status',
      'Semua pangan (%)',
      'Semua pangan — Status',
      'Jendela pangsa',
      'Dasar perhitungan',
      'Keterangan',
      'Sumber',
    ]);
    expect(rows.length).toBe(await table.locator('tbody tr').count());
    let numbers = 0;
    for (const [period, rice, , allFood, , window, basis] of rows) {
      expect(period).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(window).toMatch(/^\d{1,2} \S+ \d{4} – \d{1,2} \S+ \d{4}$/);
      expect(basis).not.toBe('');
      for (const cell of [rice ?? '', allFood ?? '']) {
        if (cell === '') continue; // a week without a figure
        expect(cell).toMatch(/^\d+(,\d)?$/); // a percentage to 0.1 point, no float noise
        const value = Number(cell.replace(',', '.'));
        expect(Number.isFinite(value), `numeric cell "${cell}"`).toBe(true);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(100);
        numbers += 1;
      }
    }
    expect(numbers).toBeGreaterThan(rows.length);

    // English: headings, table headers and dates.
    await page.getByRole('button', { name: 'EN — English', exact: true }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang'), POLL).toBe('en');
    await expect
      .poll(() => share.locator('h2').innerText(), POLL)
      .toBe('Share from outside Jakarta over time');
    expect(await origins.locator('h2').innerText()).toBe('Where supply comes from: Rice');
    expect(await share.locator('.chart-frame-subtitle').innerText()).toBe(
      '1 January 2024 – 31 December 2024',
    );
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual([
      'Period',
      'Rice',
      'Rice — Status',
      'All food',
      'All food — Status',
      'Share window',
      'Accounting basis',
    ]);
    expect(await table.locator('tbody th').first().innerText()).toMatch(
      /^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) 202[34]$/,
    );
    expect(new URL(page.url()).search).toBe('?period=y2024&commodity=rice&lang=en');

    expectNoProblems(app);
  });
});
