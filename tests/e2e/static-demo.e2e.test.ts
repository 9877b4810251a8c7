// The server-less demo build (MSW in the page, for any static host) still works: the same build
// served by `vite preview`, its charts drawn from the in-browser demo API, the demo banner shown.
import { describe, expect, inject, onTestFinished, test } from 'vitest';
import { expectNoProblems, openApp } from './browser';

describe('the static demo build', () => {
  test('draws the overview from the in-browser demo data, labelled as demo', async () => {
    const app = await openApp('/', { baseUrl: inject('demoBaseUrl') });
    onTestFinished(() => app.close());
    const { page } = app;
    await page
      .locator('[data-panel="share-over-time"] path.recharts-line-curve[d]:not([d=""])')
      .first()
      .waitFor({ state: 'attached', timeout: 30_000 });
    expect(await page.locator('.demo-banner').isVisible()).toBe(true);
    // The page's API answers come from the service worker, not from a server.
    const fromWorker = await page.evaluate(async () => {
      const response = await fetch('/api/v1/meta');
      return { status: response.status, controlled: navigator.serviceWorker.controller !== null };
    });
    expect(fromWorker).toEqual({ status: 200, controlled: true });
    expectNoProblems(app);
  });
});
