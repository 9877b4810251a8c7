// Presenting to a room: the audience window shows only the slide, scaled to the screen; the
// presenter window (P) shows the notes, the next slide and a timer; both move together, whichever
// one the keys are pressed in.
import type { Page } from 'playwright-core';
import { describe, expect, onTestFinished, test } from 'vitest';
import { expectNoProblems, openApp } from './browser';

const CURVE = (panel: string) => `[data-panel="${panel}"] .chart-line[d]`;
const counterOf = (page: Page) => page.locator('.present-controls [role="status"]').textContent();

/** The projected slide's box against the window: inside it, and filling it in one direction. */
async function slideFit(page: Page) {
  return page.evaluate(() => {
    const content = document.querySelector('[data-present-role="audience"] .slide-stage-content');
    const box = content?.getBoundingClientRect();
    const ticks = [...document.querySelectorAll('[data-present-role="audience"] .chart-tick-label')];
    return {
      inside:
        !!box &&
        box.left >= -1 &&
        box.top >= -1 &&
        box.right <= innerWidth + 1 &&
        box.bottom <= innerHeight + 1,
      fills: !!box && (box.width >= innerWidth * 0.97 || box.height >= innerHeight * 0.97),
      ticksInside:
        ticks.length > 0 &&
        ticks.every((tick) => {
          const { left, right, bottom } = tick.getBoundingClientRect();
          return left >= 0 && right <= innerWidth && bottom <= innerHeight;
        }),
    };
  });
}

// A walk through the whole app, in two windows or across reloads: several times a single page's
// time when the two cores are shared with the rest of the suite.
const LONG_WALK_MS = 150_000;

describe('presenter and audience windows', () => {
  test(
    'a deck presented in two windows kept in step, notes only for the presenter',
    async () => {
      const app = await openApp('/', { viewport: { width: 1920, height: 1080 } });
      onTestFinished(() => app.close());
      const { page, context } = app;
      const addToDeck = (panel: string) =>
        page.locator(`[data-panel="${panel}"]`).getByRole('button', { name: 'Tambah ke presentasi' }).click();
      await page.locator(CURVE('share-over-time')).first().waitFor({ timeout: 30_000 });
      await addToDeck('share-over-time');
      await page.locator('[data-panel="headline-tiles"][data-state="ready"]').waitFor({ timeout: 20_000 });
      await addToDeck('headline-tiles');
      await page.goto(
        new URL('/?page=compare&compare=32.09,32.15&commodity=rice&period=y2024', app.origin).href,
      );
      await page.locator(CURVE('compare')).first().waitFor({ timeout: 30_000 });
      await addToDeck('compare');
      await page.getByRole('link', { name: 'Presentasi' }).click();
      await expect.poll(() => page.locator('.slide-card').count(), { timeout: 10_000 }).toBe(3);
      await page.locator('.slide-card').nth(0).getByLabel('Catatan pembicara').fill('Mulai dari klaim 90%.');
      await page.locator('.slide-card').nth(1).getByLabel('Catatan pembicara').fill('Angka pokok setahun.');

      const secondTitle = await page.getByLabel('Judul slide 2').inputValue();
      await page.getByRole('button', { name: 'Mulai presentasi' }).click();
      await page.locator(CURVE('share-over-time')).first().waitFor({ timeout: 30_000 });
      // The audience sees the slide alone: no notes, fitted to 1920×1080 with every axis label in view.
      expect(await page.getByRole('complementary', { name: 'Catatan pembicara' }).count()).toBe(0);
      await expect
        .poll(() => slideFit(page), { timeout: 10_000 })
        .toEqual({ inside: true, fills: true, ticksInside: true });

      const presenterOpens = context.waitForEvent('page');
      await page.keyboard.press('p');
      const presenter = await presenterOpens;
      await presenter.waitForLoadState();
      await presenter.locator('[data-present-role="presenter"]').waitFor({ timeout: 30_000 });
      const notes = presenter.getByRole('complementary', { name: 'Catatan pembicara' });
      await expect.poll(() => notes.textContent()).toContain('Mulai dari klaim 90%.');
      await expect
        .poll(() => presenter.locator('.presenter-next .present-title').textContent())
        .toBe(secondTitle);
      expect(await presenter.getByRole('timer').textContent()).toMatch(/^\d+:\d\d$/);

      // Keys in the audience window move the presenter's, and the other way round.
      await page.bringToFront();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => counterOf(page)).toBe('Slide 2 dari 3');
      await expect.poll(() => counterOf(presenter)).toBe('Slide 2 dari 3');
      await expect.poll(() => notes.textContent()).toContain('Angka pokok setahun.');
      await presenter.bringToFront();
      await presenter.keyboard.press('ArrowRight');
      await expect.poll(() => counterOf(presenter)).toBe('Slide 3 dari 3');
      await expect.poll(() => counterOf(page)).toBe('Slide 3 dari 3');
      await expect
        .poll(() => presenter.locator('.presenter-next').textContent())
        .toContain('Ini slide terakhir.');
      await presenter.keyboard.press('Home');
      await expect.poll(() => counterOf(page)).toBe('Slide 1 dari 3');
      await page.bringToFront();
      await page.keyboard.press('End');
      await expect.poll(() => counterOf(presenter)).toBe('Slide 3 dari 3');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => counterOf(presenter)).toBe('Slide 2 dari 3');

      // N on the projected screen turns it into the presenter's view instead of showing notes there.
      await page.keyboard.press('n');
      await page.locator('[data-present-role="presenter"]').waitFor();
      await page.keyboard.press('n');
      await page.locator('[data-present-role="audience"]').waitFor();

      await presenter.bringToFront();
      await presenter.keyboard.press('ArrowLeft');
      await expect.poll(() => counterOf(page)).toBe('Slide 1 dari 3');
      await presenter.locator(CURVE('share-over-time')).first().waitFor({ timeout: 30_000 });
      await presenter
        .locator('.presenter-next [data-panel="headline-tiles"][data-state="ready"]')
        .waitFor({ timeout: 30_000 });
      // The picture in the docs is refreshed only on request (ARUS_UPDATE_DOCS_SCREENSHOTS=1, see
      // README): a test run leaves the working tree as it found it.
      if (process.env.ARUS_UPDATE_DOCS_SCREENSHOTS === '1') {
        await presenter.screenshot({ path: 'docs/presenter-view.png' });
      }
      expectNoProblems(app);
    },
    LONG_WALK_MS,
  );

  test(
    'a 4:3 projector at 1024×768: the slide fits whole, axis labels included',
    async () => {
      const app = await openApp('/', { viewport: { width: 1024, height: 768 } });
      onTestFinished(() => app.close());
      const { page } = app;
      await page.locator(CURVE('share-over-time')).first().waitFor({ timeout: 30_000 });
      await page
        .locator('[data-panel="share-over-time"]')
        .getByRole('button', { name: 'Tambah ke presentasi' })
        .click();
      await page.goto(new URL('/?page=present&slide=1', app.origin).href);
      await page.locator(CURVE('share-over-time')).first().waitFor({ timeout: 30_000 });
      await expect
        .poll(() => slideFit(page), { timeout: 10_000 })
        .toEqual({ inside: true, fills: true, ticksInside: true });
      expectNoProblems(app);
    },
    LONG_WALK_MS,
  );
});
