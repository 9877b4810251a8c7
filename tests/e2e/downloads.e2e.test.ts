// Downloads people can open, in Chromium: a CSV read back with Indonesian Excel's settings (";",
// decimal comma) and with English ones after switching the format, and a picture (SVG and PNG)
// of every visual that is not a time-series chart: the Sankey, the map and the headline tiles.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, onTestFinished, test } from 'vitest';
import { readDownloadedCsv as readCsv } from '../helpers/csv';
import { expectNoProblems, openApp, type OpenApp } from './browser';

async function download(page: Page, button: Locator): Promise<{ name: string; data: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), button.click()]);
  return { name: file.suggestedFilename(), data: await readFile(await file.path()) };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

describe('downloads in Chromium', () => {
  test('the supply CSV parses back with id-ID settings, then with English ones', async () => {
    const app = await openApp('/');
    onTestFinished(() => app.close());
    const { page } = app;
    const panel = page.locator('[data-panel="headline-tiles"][data-state="ready"]');
    await panel.waitFor({ timeout: 30_000 });
    const title = (await panel.locator('h2').innerText()).trim();

    const id = readCsv((await download(page, panel.getByRole('button', { name: 'Unduh CSV' }))).data, ';');
    expect(id.preamble[0]).toBe(title);
    expect(id.preamble.some((line) => line.startsWith('Sumber:'))).toBe(true);
    expect(id.preamble.some((line) => line.startsWith('Data demo'))).toBe(true);
    expect(id.preamble.at(-1)).toMatch(/^Arus Pangan · diunduh /);
    const [header = [], ...rows] = id.table;
    const tonnes = header.findIndex((name) => name.endsWith('(t)'));
    const status = header.indexOf('Status data');
    expect(tonnes).toBeGreaterThan(0);
    expect(status).toBeGreaterThan(tonnes);
    expect(header.some((name) => name.endsWith('(%)'))).toBe(true);
    // Rice, meat, fish and all three together.
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      // "1234567,8": a decimal comma, at most one decimal, no thousands dots: id-ID Excel reads a number.
      expect(row[tonnes]).toMatch(/^\d+(,\d)?$/);
      expect(Number((row[tonnes] ?? '').replace(',', '.'))).toBeGreaterThan(0);
      expect(['dilaporkan', 'turunan', 'perkiraan', 'sintetis']).toContain(row[status]);
    }

    await page.getByRole('button', { name: 'Pengaturan' }).click();
    await page.getByLabel('Format CSV').selectOption('en');
    const en = readCsv((await download(page, panel.getByRole('button', { name: 'Unduh CSV' }))).data, ',');
    const [, ...enRows] = en.table;
    expect(enRows.map((row) => Number(row[tonnes]))).toEqual(
      rows.map((row) => Number((row[tonnes] ?? '').replace(',', '.'))),
    );
    expect(enRows[0]?.[tonnes]).toMatch(/^\d+(\.\d)?$/);
    expectNoProblems(app);
  });

  test('PNG and SVG of the Sankey, the map and the headline tiles', async () => {
    const app = await openApp('/?page=flows');
    onTestFinished(() => app.close());
    const { page } = app;
    const reader = await blankPage(app);
    const pictures: Record<string, string[]> = {};
    for (const id of ['flow-sankey', 'flow-map']) {
      const panel = page.locator(`[data-panel="${id}"][data-state="ready"]`);
      await panel.getByRole('button', { name: 'Unduh SVG', exact: true }).waitFor({ timeout: 30_000 });
      const svg = await download(page, panel.getByRole('button', { name: 'Unduh SVG', exact: true }));
      expect(svg.name).toMatch(new RegExp(`^arus-pangan_${id}_.*\\.svg$`));
      pictures[id] = await svgTexts(reader, svg.data.toString('utf8'));
      const png = await download(page, panel.getByRole('button', { name: 'Unduh PNG', exact: true }));
      expect(png.data.subarray(0, 4).equals(PNG_SIGNATURE)).toBe(true);
    }
    expect(pictures['flow-sankey']).toContain('Jawa Barat');
    expect(pictures['flow-map']?.some((text) => text.startsWith('Sumber'))).toBe(true);

    await page.getByRole('link', { name: 'Ringkasan' }).click();
    const tiles = page.locator('[data-panel="headline-tiles"][data-state="ready"]');
    await tiles.getByRole('button', { name: 'Unduh SVG', exact: true }).waitFor({ timeout: 30_000 });
    const value = (await tiles.locator('.tile-value').first().innerText()).trim();
    const svg = await download(page, tiles.getByRole('button', { name: 'Unduh SVG', exact: true }));
    const texts = await svgTexts(reader, svg.data.toString('utf8'));
    expect(texts).toContain(value);
    expect(texts.some((text) => text.startsWith('Data demo'))).toBe(true);
    const png = await download(page, tiles.getByRole('button', { name: 'Unduh PNG', exact: true }));
    expect(png.data.subarray(0, 4).equals(PNG_SIGNATURE)).toBe(true);
    expectNoProblems(app);
  });
});

/**
 * A page outside the app to parse exported files in: parsing SVG with style attributes inside
 * the app's page would be a CSP violation of the test's own making.
 */
async function blankPage(app: OpenApp): Promise<Page> {
  const context = await app.browser.newContext();
  onTestFinished(() => context.close().catch(() => undefined));
  return context.newPage();
}

/** The texts of an SVG file as a browser's XML parser reads them; fails on a parse error or a script. */
async function svgTexts(page: Page, source: string): Promise<string[]> {
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      scripts: doc.querySelectorAll('script, foreignObject').length,
      texts: [...doc.querySelectorAll('text')].map((element) => (element.textContent ?? '').trim()),
    };
  }, source);
  expect(parsed.error).toBeNull();
  expect(parsed.scripts).toBe(0);
  return parsed.texts;
}
