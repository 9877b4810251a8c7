import { describe, expect, onTestFinished, test } from 'vitest';
import { expectNoProblems, openApp } from './browser';

const CURVE = (panel: string) => `[data-panel="${panel}"] .chart-line[d]`;

/** Counts the page objects of a PDF (each page is a "/Type /Page" dictionary, the tree is "/Pages"). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe('presentation mode in Chromium', () => {
  test('a three-slide deck is built, presented with the keyboard and printed as three pages', async () => {
    const app = await openApp('/');
    onTestFinished(() => app.close());
    const { page } = app;
    const addToDeck = (panel: string) =>
      page.locator(`[data-panel="${panel}"]`).getByRole('button', { name: 'Tambah ke presentasi' }).click();

    await page.locator(CURVE('share-over-time')).first().waitFor({ timeout: 30_000 });
    await addToDeck('share-over-time');
    await page.locator('[data-panel="headline-tiles"][data-state="ready"]').waitFor({ timeout: 20_000 });
    await addToDeck('headline-tiles');
    // The third slide keeps another view: rice in 2024, in the comparison page.
    await page.goto(
      new URL('/?page=compare&compare=32.09,32.15&commodity=rice&period=y2024', app.origin).href,
    );
    await page.locator(CURVE('compare')).first().waitFor({ timeout: 30_000 });
    await addToDeck('compare');

    await page.getByRole('link', { name: 'Presentasi' }).click();
    await expect.poll(() => page.locator('.slide-card').count(), { timeout: 10_000 }).toBe(3);
    // Rename the second slide; the name is what the slide shows.
    await page.getByLabel('Judul slide 2').fill('Pasokan setahun terakhir');

    await page.getByRole('button', { name: 'Mulai presentasi' }).click();
    const counter = page.locator('.present-controls [role="status"]');
    await expect.poll(() => counter.textContent(), { timeout: 10_000 }).toBe('Slide 1 dari 3');
    await page.locator(CURVE('share-over-time')).first().waitFor({ timeout: 30_000 });

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => counter.textContent()).toBe('Slide 2 dari 3');
    await expect.poll(() => page.locator('.present-title').textContent()).toBe('Pasokan setahun terakhir');
    await page.keyboard.press('End');
    await expect.poll(() => counter.textContent()).toBe('Slide 3 dari 3');
    // The slide shows the saved view (2024, rice), not the live one.
    await expect
      .poll(() => page.locator('[data-panel="compare"] .chart-frame-subtitle').textContent(), {
        timeout: 20_000,
      })
      .toContain('2024');
    await page.keyboard.press('Home');
    await expect.poll(() => counter.textContent()).toBe('Slide 1 dari 3');
    await page.keyboard.press(' ');
    await expect.poll(() => counter.textContent()).toBe('Slide 2 dari 3');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => counter.textContent()).toBe('Slide 1 dari 3');
    await page.keyboard.press('n');
    await expect.poll(() => page.getByRole('complementary', { name: 'Catatan pembicara' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.get('page')).toBe('deck');

    await page.locator(CURVE('share-over-time')).first().waitFor({ timeout: 30_000 });
    await page.locator(CURVE('compare')).first().waitFor({ timeout: 30_000 });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    expect(pdfPageCount(pdf)).toBe(3);
    expectNoProblems(app);
  });

  test('a copied link reopens the same view in a fresh browser context', async () => {
    const view =
      '/?page=compare&period=y2024&gran=month&commodity=fish&compare=32.12,33.25&layout=multiples&lang=en';
    const first = await openApp(view);
    onTestFinished(() => first.close());
    await first.page.locator('[data-panel="compare"][data-state="ready"]').waitFor({ timeout: 30_000 });
    const copied = first.page.url();
    const firstTable = await first.page.locator('[data-panel="compare"] table').first().innerText();

    const second = await openApp(new URL(copied).pathname + new URL(copied).search);
    onTestFinished(() => second.close());
    await second.page.locator('[data-panel="compare"][data-state="ready"]').waitFor({ timeout: 30_000 });
    expect(second.page.url()).toBe(copied.replace(first.origin, second.origin));
    expect(await second.page.locator('html').getAttribute('lang')).toBe('en');
    expect(
      await second.page.getByRole('button', { name: 'Small multiples' }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(await second.page.locator('[data-panel="compare"] table').first().innerText()).toBe(firstTable);
    expectNoProblems(first);
    expectNoProblems(second);
  });
});
