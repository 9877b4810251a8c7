// The server-less demo build (for any static host) still works: the same build served by
// `vite preview`, its charts drawn from the demo API in the page (a worker), the demo banner shown.
import { describe, expect, inject, onTestFinished, test } from 'vitest';
import { expectNoProblems, openApp } from './browser';

describe('the static demo build', () => {
  test('draws the overview from the in-browser demo data, labelled as demo', async () => {
    const app = await openApp('/', { baseUrl: inject('demoBaseUrl') });
    onTestFinished(() => app.close());
    const { page } = app;
    await page
      .locator('[data-panel="share-over-time"] path.chart-line[d]:not([d=""])')
      .first()
      .waitFor({ state: 'attached', timeout: 30_000 });
    expect(await page.locator('.demo-banner').isVisible()).toBe(true);
    // The answers are made in the page: the static host has no API (it answers with the app's
    // page), and the service worker that controls the page is the offline copy's.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    });
    const host = await page.evaluate(async () => ({
      type: (await fetch('/api/v1/meta')).headers.get('content-type'),
      worker: navigator.serviceWorker.controller?.scriptURL.replace(location.origin, ''),
    }));
    expect(host).toEqual({ type: 'text/html', worker: '/sw.js' });
    expectNoProblems(app);
  });
});
