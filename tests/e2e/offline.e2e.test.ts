// A presenter in a room without a network: after one visit the dashboard loads, reloads and moves
// between every page offline, from the build's service worker. On the server build the answers
// seen online (and a deck's, prepared ahead) are kept and say how old they are; on the static
// demo build the demo data is made in the page and needs no network at all.
import type { Page } from 'playwright-core';
import { describe, expect, inject, onTestFinished, test } from 'vitest';
import { expectNoProblems, openApp, type OpenApp } from './browser';

const CURVE = (panel: string) => `[data-panel="${panel}"] .chart-line[d]`;
const PAGES = ['Ringkasan', 'Arus & peta', 'Daerah asal', 'Bandingkan', 'Data sendiri', 'Presentasi'];
/** Pages that draw charts as soon as they open (the comparison waits for regions to be chosen). */
const CHART_PAGES = ['Ringkasan', 'Arus & peta', 'Daerah asal'];

/** Waits until the service worker controls the page and has every file of the build. */
async function waitForOfflineCopy(page: Page): Promise<void> {
  await page.locator('.connection[data-offline-copy="ready"]').waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 10_000,
  });
}

async function goOfflineAndReload(app: OpenApp, path: string): Promise<void> {
  await app.context.setOffline(true);
  await app.page.goto(new URL(path, app.origin).href);
  // Debian's Chromium 150 loads the page offline (the network fails, the service worker answers)
  // yet keeps navigator.onLine true in the document of that navigation; emulating the condition on
  // the page's own target again makes the page see what a laptop without a network sees.
  if (await app.page.evaluate(() => navigator.onLine)) {
    const cdp = await app.context.newCDPSession(app.page);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: true,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
  }
  await app.page.locator('.connection[data-online="false"]').waitFor({ timeout: 10_000 });
}

/** Every page of the navigation opens: its code loads, no page-wide error replaces it. */
async function visitEveryPage(page: Page, expectCharts: boolean): Promise<void> {
  for (const name of PAGES) {
    await page.locator('.shell-nav').getByRole('link', { name, exact: true }).click();
    await expect.poll(() => page.locator('.shell-nav [aria-current="page"]').textContent()).toBe(name);
    await page.locator('#main > :not(.skeleton):not(.data-as-of):not(.filter-bar):not(h1)').first().waitFor();
    expect(await page.locator('.page-error, .fatal').count(), `${name} offline`).toBe(0);
    if (expectCharts && CHART_PAGES.includes(name)) {
      await expect
        .poll(() => page.locator('[data-panel][data-state="ready"]').count(), {
          message: name,
          timeout: 30_000,
        })
        .toBeGreaterThan(0);
    }
    expect(await page.locator('[data-panel][data-state="error"]').count(), `${name}: panels failed`).toBe(0);
  }
}

// A walk through the whole app, in two windows or across reloads: several times a single page's
// time when the two cores are shared with the rest of the suite.
const LONG_WALK_MS = 150_000;

describe('offline after the first visit', () => {
  test(
    'server build: reload and every page offline; a prepared deck presents with its data as of',
    async () => {
      const app = await openApp('/', {
        // Offline, the pages not seen online say they wait for the network: the browser logs those
        // failed requests.
        allowProblems: [/ERR_INTERNET_DISCONNECTED|Failed to load resource/],
      });
      onTestFinished(() => app.close());
      const { page } = app;
      await waitForOfflineCopy(page);
      await page.locator(CURVE('share-over-time')).first().waitFor({ timeout: 30_000 });
      await page
        .locator('[data-panel="share-over-time"]')
        .getByRole('button', { name: 'Tambah ke presentasi' })
        .click();
      await page.goto(
        new URL('/?page=compare&compare=32.09,32.15&commodity=rice&period=y2024', app.origin).href,
      );
      await page.locator(CURVE('compare')).first().waitFor({ timeout: 30_000 });
      await page
        .locator('[data-panel="compare"]')
        .getByRole('button', { name: 'Tambah ke presentasi' })
        .click();
      await page.getByRole('link', { name: 'Presentasi' }).click();
      await page.getByRole('button', { name: 'Siapkan untuk luring' }).click();
      await page.locator('.deck-prepared').waitFor({ timeout: 60_000 });

      await goOfflineAndReload(app, '/');
      await page.locator(CURVE('share-over-time')).first().waitFor({ timeout: 30_000 });
      // The view says when the server made its data: a moment ago, in Jakarta time.
      const asOf = await page.locator('.data-as-of').getAttribute('data-as-of');
      expect(Date.now() - Date.parse(asOf ?? '')).toBeLessThan(10 * 60 * 1000);
      await visitEveryPage(page, false);

      await page.goto(new URL('/?page=present&slide=2', app.origin).href);
      await page.locator(CURVE('compare')).first().waitFor({ timeout: 30_000 });
      expect(await page.locator('.present .data-as-of').textContent()).toMatch(/^Data per /);
      await page.keyboard.press('ArrowLeft');
      await page.locator(CURVE('share-over-time')).first().waitFor({ timeout: 30_000 });
      expect(await page.locator('.panel-stale, .panel-error').count()).toBe(0);
      expectNoProblems(app);
    },
    LONG_WALK_MS,
  );

  test(
    'static demo build: the demo data too, every page drawn offline after a reload',
    async () => {
      const app = await openApp('/', {
        baseUrl: inject('demoBaseUrl'),
        // The data page asks the static host for shared datasets, which it has none of; offline the
        // browser logs that request's failure.
        allowProblems: [/api\/v1\/datasets/],
      });
      onTestFinished(() => app.close());
      const { page } = app;
      await waitForOfflineCopy(page);
      await page.locator(CURVE('share-over-time')).first().waitFor({ timeout: 30_000 });

      await goOfflineAndReload(app, '/?page=flows');
      await page.locator('[data-panel][data-state="ready"]').first().waitFor({ timeout: 30_000 });
      await visitEveryPage(page, true);
      expect(await page.locator('.demo-banner').isVisible()).toBe(true);
      expectNoProblems(app);
    },
    LONG_WALK_MS,
  );
});
