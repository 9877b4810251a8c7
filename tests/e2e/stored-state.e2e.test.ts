// What a person saved in this browser, or a file they import, can never take the dashboard down:
// a deck that would draw itself, a full localStorage, storage blocked for the site.
import { describe, expect, onTestFinished, test } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoProblems, openApp } from './browser';

const RECURSIVE_DECK =
  '{"format":"arus-pangan-deck","version":1,"slides":[{"id":"a","panelId":"deck-x","search":"?page=deck","title":"loop"}]}';

/** Resolves when the page runs a script within two seconds: a frozen tab never does. */
async function expectResponsive(page: Page): Promise<void> {
  const answer = await Promise.race([
    page.evaluate(() => new Promise<string>((done) => requestAnimationFrame(() => done('answered')))),
    new Promise<string>((done) => setTimeout(() => done('frozen'), 2_000)),
  ]);
  expect(answer).toBe('answered');
}

// Chromium with site data blocked: localStorage and indexedDB throw SecurityError on access and
// service workers cannot be registered. Done in an init script so it holds before the app runs.
const BLOCK_STORAGE = `(() => {
  const blocked = () => { throw new DOMException('blocked', 'SecurityError'); };
  for (const name of ['localStorage', 'sessionStorage', 'indexedDB']) {
    Object.defineProperty(window, name, { configurable: true, get: blocked });
  }
  if (navigator.serviceWorker) {
    navigator.serviceWorker.register = () => Promise.reject(new DOMException('blocked', 'SecurityError'));
  }
})();`;

describe('stored state in Chromium', () => {
  test('importing the recursive deck leaves the page responsive and the deck unchanged', async () => {
    const app = await openApp('/?page=deck');
    onTestFinished(() => app.close());
    const { page } = app;
    await page.getByRole('heading', { name: 'Presentasi', level: 1 }).waitFor({ timeout: 20_000 });
    await page.locator('input[type="file"]').setInputFiles({
      name: 'loop.json',
      mimeType: 'application/json',
      buffer: Buffer.from(RECURSIVE_DECK),
    });
    const review = page.getByRole('dialog', { name: 'Impor presentasi: loop.json' });
    await review.waitFor({ timeout: 10_000 });
    expect(await review.innerText()).toContain('Berkas berisi 1 slide: 0 dapat dipakai, 1 ditolak.');
    expect(await review.innerText()).toContain('Slide 1 (loop): menunjuk ke halaman, bukan grafik');
    // Nothing usable: the deck cannot be replaced by it.
    expect(await review.getByRole('button', { name: /Ganti presentasi/ }).count()).toBe(0);
    await review.getByRole('button', { name: 'Batal' }).click();
    await expectResponsive(page);
    expect(await page.locator('.slide-card').count()).toBe(0);
    expectNoProblems(app);
  });

  test('a recursive deck already saved by an older version is set aside; presenting stays responsive', async () => {
    const app = await openApp('/?page=deck');
    onTestFinished(() => app.close());
    const { page } = app;
    await page.evaluate((deck) => {
      const { slides } = JSON.parse(deck) as { slides: unknown[] };
      localStorage.setItem('arus-pangan:deck', JSON.stringify({ state: { slides }, version: 1 }));
    }, RECURSIVE_DECK);
    await page.goto(new URL('/?page=present&slide=1', app.origin).href);
    await page.getByText('Belum ada slide.', { exact: false }).waitFor({ timeout: 20_000 });
    await expectResponsive(page);
    // Kept aside, not lost: the shell offers it for download.
    await page.goto(new URL('/?page=deck', app.origin).href);
    const notice = page.locator('[data-storage="quarantined"]');
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.innerText()).toContain('presentasi');
    expect(await page.evaluate(() => localStorage.getItem('arus-pangan:quarantine'))).toContain('loop');
    expectNoProblems(app);
  });

  test('with localStorage full, adding a slide says "not saved" where it was added', async () => {
    const app = await openApp('/');
    onTestFinished(() => app.close());
    const { page } = app;
    const frame = page.locator('[data-panel="headline-tiles"][data-state="ready"]');
    await frame.waitFor({ timeout: 30_000 });
    const filled = await page.evaluate(() => {
      let size = 1 << 20;
      let index = 0;
      while (size >= 16) {
        try {
          localStorage.setItem(`filler-${index}`, 'x'.repeat(size));
          index += 1;
        } catch {
          size = Math.floor(size / 2);
        }
      }
      return index;
    });
    expect(filled).toBeGreaterThan(0);
    await frame.getByRole('button', { name: 'Tambah ke presentasi' }).click();
    const problem = frame.getByRole('alert');
    await problem.waitFor({ timeout: 5_000 });
    expect(await problem.innerText()).toContain('Tidak tersimpan: penyimpanan peramban penuh.');
    expect(await page.locator('[data-storage="not-saved"]').innerText()).toContain('presentasi');
    // In memory the slide is there for this visit.
    await page.getByRole('link', { name: 'Presentasi' }).click();
    await expect.poll(() => page.locator('.slide-card').count(), { timeout: 10_000 }).toBe(1);
    expectNoProblems(app);
  });

  test('with site storage blocked the dashboard still starts, and says changes are not saved', async () => {
    const app = await openApp('/', { waitUntil: 'commit' });
    onTestFinished(() => app.close());
    const { page } = app;
    // The init script has to be in place before the app runs: reload with it.
    await page.context().addInitScript({ content: BLOCK_STORAGE });
    await page.reload();
    await page.locator('[data-panel="headline-tiles"][data-state="ready"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('.fatal').count()).toBe(0);
    expect(await page.locator('[data-storage="not-saved"]').innerText()).toContain(
      'Perubahan tidak tersimpan di peramban ini',
    );
    // The Data page works without IndexedDB and says why the list is unavailable, in Indonesian.
    await page.getByRole('link', { name: 'Data sendiri' }).click();
    await page.getByText('Daftar dataset tidak dapat dibaca', { exact: false }).waitFor({ timeout: 20_000 });
    expect(await page.getByText('peramban tidak mengizinkan penyimpanan data untuk situs ini').count()).toBe(
      1,
    );
    expectNoProblems(app);
  });
});
