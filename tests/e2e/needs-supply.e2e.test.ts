// The published needs against the retained supply in a real browser: what the panel draws, and
// that its CSV and PNG carry the demo line, the basis and a status per value.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, onTestFinished, test } from 'vitest';
import { readDownloadedCsv } from '../helpers/csv';
import { expectNoProblems, openApp } from './browser';

const PANEL = '[data-panel="needs-supply"][data-state="ready"]';

async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  return readFile(await file.path());
}

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('needs against supply in Chromium', () => {
  test('draws the DKPKP prognosis beside the retained supply of the same window, names eggs as not recorded, and exports with provenance', async () => {
    const app = await openApp('/');
    onTestFinished(() => app.close());
    const { page } = app;
    const panel = page.locator(PANEL);
    await panel.waitFor({ state: 'visible', timeout: 30_000 });

    const rice = plain((await panel.locator('g[data-need="dkpkp-2025-09-10-rice"]').textContent()) ?? '');
    expect(rice).toContain('1 September 2025 – 31 Oktober 2025');
    expect(rice).toContain('156.745 t · Prognosis DKPKP (prakiraan)');
    const ratio = Number(/pasokan = (\d+)% dari kebutuhan/.exec(rice)?.[1]);
    expect(ratio).toBeGreaterThanOrEqual(95);
    expect(ratio).toBeLessThanOrEqual(105);
    // Two bars per compared need, both with a width the reader can see.
    const bars = panel.locator('g[data-need="dkpkp-2025-09-10-rice"] rect');
    expect(await bars.count()).toBe(2);
    for (const width of await bars.evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width')))))
      expect(width).toBeGreaterThan(100);

    const eggs = panel.locator('g[data-need="dkpkp-2025-09-10-eggs"]');
    expect(await eggs.getAttribute('data-kind')).toBe('not-recorded');
    expect(plain((await eggs.textContent()) ?? '')).toContain('Dasbor tidak mencatat pasokan telur');
    expect(await panel.locator('.basis-line').innerText()).toMatch(
      /^Pasokan dihitung dengan dasar: Pasokan yang tinggal di Jakarta/,
    );

    const csv = await download(page, () => panel.getByRole('button', { name: 'Unduh CSV' }).click());
    const { preamble, table } = readDownloadedCsv(csv, ';');
    const [header = [], ...rows] = table;
    expect(header).toEqual(
      expect.arrayContaining(['Status kebutuhan', 'Status pasokan', 'Keterangan', 'Sumber']),
    );
    expect(rows.length).toBeGreaterThanOrEqual(4);
    const note = header.indexOf('Keterangan');
    for (const row of rows) {
      expect(row[note]).toContain('bukan data resmi');
      expect(row[note]).toContain('Dasar perhitungan: Pasokan yang tinggal di Jakarta.');
      expect(row[header.indexOf('Status kebutuhan')]).toMatch(/^(prakiraan|dilaporkan)$/);
    }
    expect(preamble.some((line) => line.startsWith('Data demo'))).toBe(true);

    const png = await download(page, () =>
      panel.getByRole('button', { name: 'Unduh PNG', exact: true }).click(),
    );
    const text = png.toString('latin1');
    expect(text.startsWith('\x89PNG')).toBe(true);
    // The PNG keeps the demo line and the basis as text chunks (UTF-8 inside iTXt).
    expect(png.includes(Buffer.from('bukan data resmi'))).toBe(true);
    expect(png.includes(Buffer.from('Dasar perhitungan: Pasokan yang tinggal di Jakarta.'))).toBe(true);

    expectNoProblems(app);
  });
});
