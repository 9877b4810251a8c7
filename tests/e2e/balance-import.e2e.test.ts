// An analyst's balance table in Chromium: imported flows alone cannot give a share from outside
// (the panel names what is missing); a table with a bad row is reported with its line and stores
// nothing; once corrected and added again, the share is computed from it.
import { describe, expect, onTestFinished, test } from 'vitest';
import { xlsxBytes } from '../helpers/xlsx';
import { expectNoProblems, openApp } from './browser';

const SHARE = '[data-panel="external-share"]';
const JANUARY = '/?period=custom&from=2024-01-01&to=2024-01-31';

describe('a balance table for imported data', () => {
  test('the share appears once onward outflow, stock and own production are added', async () => {
    const app = await openApp('/?page=data');
    onTestFinished(() => app.close());
    const { page } = app;
    const picker = page.getByLabel('Pilih berkas CSV, XLSX atau JSON');
    await picker.waitFor({ timeout: 30_000 });

    // Rice in January 2024: 0 + 10 + 20 + 1 + 2 = 33 t in (the 1 January row makes the data cover
    // the whole month, so the stock change reads 31 December against 31 January).
    const flows = [
      'date,origin,commodity,entry_point,tonnes,status,source',
      '2024-01-01,32.09,rice-milled,PIBC,0,reported,',
      '2024-01-30,32.09,rice-milled,PIBC,10,reported,',
      '2024-01-31,32.09,rice-milled,PIBC,20,reported,',
      '2024-01-30,32.15,rice-milled,PIBC,1,reported,',
      '2024-01-31,32.15,rice-milled,PIBC,2,reported,',
    ].join('\n');
    await page.getByRole('textbox', { name: 'Nama dataset (opsional)' }).fill('Neraca uji');
    await picker.setInputFiles({ name: 'arus.csv', mimeType: 'text/csv', buffer: Buffer.from(flows) });
    const report = page.getByRole('region', { name: 'Laporan impor: arus.csv' });
    await expect.poll(() => report.innerText(), { timeout: 60_000 }).toContain('5 diterima, 0 ditolak');
    await report.getByRole('button', { name: 'Gunakan sekarang sebagai sumber data' }).click();

    await page.goto(new URL(JANUARY, page.url()).href);
    const panel = page.locator(SHARE);
    await expect
      .poll(() => panel.innerText(), { timeout: 30_000 })
      .toContain('data belum ada: produksi sendiri, arus keluar, perubahan stok');

    // 33 in − 3.1 sent on − 2 into stock = 27.9 t outside; 3.1 t grown in DKI: 27.9 ÷ 31 = 90 %.
    await page.goto(new URL('/?page=data', page.url()).href);
    const table = [
      'periode;komoditas;pos;rincian;ton;status;sumber',
      '2024-01;Beras;arus keluar;penyangga;3,1;dilaporkan;Laporan PIBC',
      '2024-01;Beras;arus keluar;antarpulau;0;dilaporkan;Laporan PIBC',
      '2024-01;Beras;arus keluar;ekspor;0;dilaporkan;Laporan PIBC',
      '2023-12-31;Beras;stok;;8;dilaporkan;Laporan PIBC',
      '2024-01-31;Beras;stok;;10;dilaporkan;Laporan PIBC',
      '2024;Beras;produksi;ditanam;36,6;perkiraan;',
    ];
    const addTable = page.getByLabel('Tambah tabel neraca ke Neraca uji');
    await addTable.waitFor({ timeout: 30_000 });
    const bad = [...table, '2024-01;Beras;stok;;9;;'].join('\r\n');
    await addTable.setInputFiles({ name: 'neraca.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    const balanceReport = page.getByRole('region', { name: 'Tabel neraca “neraca.csv” untuk “Neraca uji”' });
    await expect
      .poll(() => balanceReport.innerText(), { timeout: 30_000 })
      .toContain('6 baris diterima, 1 ditolak, dari 7.');
    expect(await balanceReport.innerText()).toContain('Tidak ada yang disimpan');
    const problems = await balanceReport.getByRole('table', { name: 'Baris yang ditolak' }).innerText();
    expect(problems).toContain('8\tperiode\tperiode tidak sesuai pos\t2024-01');

    // Corrected, as a workbook this time: the same rows, stored whole.
    await addTable.setInputFiles({
      name: 'neraca.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(xlsxBytes([{ name: 'Neraca', rows: table.map((line) => line.split(';')) }])),
    });
    const fixedReport = page.getByRole('region', { name: 'Tabel neraca “neraca.xlsx” untuk “Neraca uji”' });
    await expect
      .poll(() => fixedReport.innerText(), { timeout: 30_000 })
      .toContain('6 baris diterima, 0 ditolak, dari 6.');
    expect(await fixedReport.innerText()).toContain('Tersimpan bersama dataset');

    await page.goto(new URL(JANUARY, page.url()).href);
    const riceRetained = panel.locator('tr[data-group="rice"] td[data-basis="retained"]');
    await expect.poll(() => riceRetained.innerText(), { timeout: 30_000 }).toMatch(/^90(,0+)?\s?%$/);
    // "All food" still names what is missing: the file has no meat or fish.
    expect(await panel.innerText()).toContain('data belum ada');
    expectNoProblems(app);
  });
});
