// The analyst's own files in Chromium, through the real import worker: a CSV as Indonesian Excel
// saves it, and a workbook with two sheets, both naming regions and commodities instead of codes.
import { describe, expect, onTestFinished, test } from 'vitest';
import { xlsxBytes } from '../helpers/xlsx';
import { expectNoProblems, openApp } from './browser';

/** Windows-1252 bytes of Latin-1 text plus the en dash (0x96). */
function windows1252(text: string): Buffer {
  return Buffer.from([...text].map((ch) => (ch === '–' ? 0x96 : ch.charCodeAt(0))));
}

describe('importing files as people have them', () => {
  test('an Indonesian-Excel CSV and a two-sheet XLSX with names: every row accepted', async () => {
    const app = await openApp('/?page=data');
    onTestFinished(() => app.close());
    const { page } = app;
    const picker = page.getByLabel('Pilih berkas CSV, XLSX atau JSON');
    await picker.waitFor({ timeout: 30_000 });

    const csv = [
      'Tanggal;Asal;Komoditas;Pintu masuk;Ton;Sumber',
      '01/09/2026;Kabupaten Cirebon;Beras;PIBC;1.234,5;Dinas Pangan – Cirebon',
      '02/09/2026;Kabupaten Karawang;Beras;PIBC;980;Dinas Pangan – Karawang',
      '13/09/2026;Kota Pariaman;Ikan laut;PPS-NIZAM-ZACHMAN;3.000,25;',
      '1/9/2026;Kabupaten Ketapang;Ikan Laut;Pelabuhan Tanjung Priok;12,5;',
    ].join('\r\n');
    await picker.setInputFiles({
      name: 'arus-september.csv',
      mimeType: 'text/csv',
      buffer: windows1252(csv),
    });
    const question = page.getByRole('region', { name: 'Sebelum impor: arus-september.csv' });
    await expect
      .poll(() => question.innerText(), { timeout: 60_000 })
      .toContain('Tanggal tampak DD/MM/YYYY — pakai?');
    await question.getByRole('button', { name: 'Ya, pakai DD/MM/YYYY' }).click();
    const report = page.getByRole('region', { name: 'Laporan impor: arus-september.csv' });
    await expect
      .poll(() => report.innerText(), { timeout: 60_000 })
      .toContain('4 baris data: 4 diterima, 0 ditolak.');
    const reportText = await report.innerText();
    expect(reportText).toContain('Windows-1252');
    expect(reportText).toContain('dibaca sebagai DD/MM/YYYY');
    const names = await report.getByRole('table', { name: 'Nama yang dibaca sebagai kode' }).innerText();
    for (const mapped of [
      'Kabupaten Cirebon\t32.09',
      'Kota Pariaman\t13.77',
      'Pelabuhan Tanjung Priok\tTANJUNG-PRIOK',
    ]) {
      expect(names).toContain(mapped);
    }

    const workbook = xlsxBytes([
      { name: 'Keterangan', rows: [['Data contoh dari tim analis']] },
      {
        name: 'Arus harian',
        rows: [
          ['Tanggal', 'Daerah asal', 'Komoditas', 'Pintu masuk', 'Ton (t)'],
          [{ date: '2026-10-01' }, 'Cirebon', 'Beras', 'Pasar Induk Beras Cipinang', 1500.5],
          [{ date: '2026-10-02' }, 'Karawang Regency', 'Milled rice', 'PIBC', 1200],
          [{ date: '2026-10-02' }, 'Pariaman', 'Marine fish', 'PPI Muara Angke', 40],
        ],
      },
    ]);
    await picker.setInputFiles({
      name: 'arus-oktober.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(workbook),
    });
    const sheetQuestion = page.getByRole('region', { name: 'Sebelum impor: arus-oktober.xlsx' });
    await sheetQuestion.waitFor({ timeout: 60_000 });
    expect(await sheetQuestion.getByLabel('Lembar').inputValue()).toBe('Arus harian');
    await sheetQuestion.getByRole('button', { name: 'Impor lembar ini' }).click();
    const xlsxReport = page.getByRole('region', { name: 'Laporan impor: arus-oktober.xlsx' });
    await expect
      .poll(() => xlsxReport.innerText(), { timeout: 60_000 })
      .toContain('3 baris data: 3 diterima, 0 ditolak.');
    expect(await xlsxReport.innerText()).toContain('Arus harian');

    // A damaged workbook: a report, nothing stored (the list still has the two datasets).
    await picker.setInputFiles({
      name: 'rusak.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(workbook.slice(0, 200)),
    });
    const broken = page.getByRole('region', { name: 'Laporan impor: rusak.xlsx' });
    await expect.poll(() => broken.innerText(), { timeout: 60_000 }).toContain('Berkas XLSX rusak');
    expect(await page.locator('.import-datasets tbody tr').count()).toBe(2);
    expectNoProblems(app);
  });
});
