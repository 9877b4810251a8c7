// The accounting basis in a real browser: switching it changes the figures and the line that
// names it, and the files the dashboard writes (a PNG of the share-over-time chart, the CSV of the
// external-share panel) carry the demo line and the basis.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, onTestFinished, test } from 'vitest';
import { readDownloadedCsv } from '../helpers/csv';
import { expectNoProblems, openApp } from './browser';

const SHARE = '[data-panel="external-share"][data-state="ready"]';
const OVER_TIME = '[data-panel="share-over-time"][data-state="ready"]';

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; data: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  return { name: file.suggestedFilename(), data: await readFile(await file.path()) };
}

/** Text of every iTXt chunk of a PNG, keyword → text (the format is read by hand, as a viewer would). */
function pngTexts(png: Buffer): [string, string][] {
  const texts: [string, string][] = [];
  let offset = 8;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    if (type === 'iTXt') {
      const data = png.subarray(offset + 8, offset + 8 + length);
      const keywordEnd = data.indexOf(0);
      // keyword NUL, flag, method, language NUL, translated keyword NUL, text
      const languageEnd = data.indexOf(0, keywordEnd + 3);
      const translatedEnd = data.indexOf(0, languageEnd + 1);
      texts.push([data.toString('latin1', 0, keywordEnd), data.toString('utf8', translatedEnd + 1)]);
    }
    offset += 12 + length;
  }
  return texts;
}

describe('accounting basis in Chromium', () => {
  test('switching the basis changes the figures and names the basis; PNG and CSV carry the demo line and the basis', async () => {
    const app = await openApp('/');
    onTestFinished(() => app.close());
    const { page } = app;
    const panel = page.locator(SHARE);
    await panel.waitFor({ state: 'visible', timeout: 30_000 });

    const headline = panel.locator('.figure-emphasis .figure-value');
    const basisLine = panel.locator('.basis-line');
    expect(await basisLine.innerText()).toMatch(/^Dasar: Pasokan yang tinggal di Jakarta — /);
    const retained = (await headline.innerText()).trim();
    const retainedFish = (
      await panel.locator('tr[data-group="fish"] td[data-basis="retained"]').innerText()
    ).trim();
    const grossFish = (
      await panel.locator('tr[data-group="fish"] td[data-basis="gross"]').innerText()
    ).trim();
    // Every basis is shown side by side, and they differ: landings count as outside only in "retained".
    expect(retainedFish).not.toBe(grossFish);

    await panel.getByRole('radio', { name: 'Arus masuk bruto' }).click();
    await expect
      .poll(() => basisLine.innerText(), { timeout: 20_000 })
      .toMatch(/^Dasar: Arus masuk bruto — /);
    await expect
      .poll(async () => (await headline.innerText()).trim(), { timeout: 20_000 })
      .not.toBe(retained);
    expect(new URL(page.url()).searchParams.get('basis')).toBe('gross');

    // The CSV of the panel: a status per value, the basis, the demo line and the sources in every row.
    const csv = await download(page, () => panel.getByRole('button', { name: 'Unduh CSV' }).click());
    const { preamble, table } = readDownloadedCsv(csv.data, ';');
    const [header = [], ...rows] = table;
    expect(header).toEqual([
      'Kelompok',
      'Dasar perhitungan',
      'Pangsa dari luar (%)',
      'Dihitung dari luar (t)',
      'Produksi sendiri (t)',
      'Status',
      'Keterangan',
      'Sumber',
    ]);
    expect(rows).toHaveLength(12);
    const note = header.indexOf('Keterangan');
    for (const row of rows) {
      expect(row[note]).toContain('bukan data resmi');
      expect(row[note]).toContain('Dasar perhitungan: Arus masuk bruto.');
      expect(['dilaporkan', 'turunan', 'perkiraan', 'sintetis', 'sementara', 'prakiraan']).toContain(
        row[header.indexOf('Status')],
      );
    }
    expect(preamble.some((line) => line.startsWith('Data demo'))).toBe(true);
    expect(rows.some((row) => row[header.indexOf('Sumber')]?.includes('ANTARA'))).toBe(true);

    // The PNG of the share-over-time chart: the basis and the demo line drawn and kept as text chunks.
    const chart = page.locator(OVER_TIME);
    await chart.locator('path.chart-line[d]').first().waitFor({ state: 'attached', timeout: 30_000 });
    await expect
      .poll(() => chart.locator('.frame-provenance').innerText(), { timeout: 20_000 })
      .toContain('Dasar perhitungan: Arus masuk bruto.');
    const png = await download(page, () =>
      chart.getByRole('button', { name: 'Unduh PNG', exact: true }).click(),
    );
    expect(png.name).toMatch(/\.png$/);
    const comments = pngTexts(png.data)
      .filter(([keyword]) => keyword === 'Comment')
      .map(([, value]) => value);
    expect(comments.some((comment) => comment.includes('bukan data resmi'))).toBe(true);
    expect(comments).toContain('Dasar perhitungan: Arus masuk bruto.');
    expect(
      pngTexts(png.data).some(([keyword, value]) => keyword === 'Source' && value.includes('ANTARA')),
    ).toBe(true);

    expectNoProblems(app);
  });
});
