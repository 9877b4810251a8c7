import { describe, expect, inject, onTestFinished, test } from 'vitest';
import { expectNoProblems, openApp } from './browser';

const READY_PANEL = '[data-panel="external-share"][data-state="ready"]';

describe('production build in Chromium', () => {
  test('the external-share panel shows a percentage, in Indonesian, without any problem', async () => {
    const app = await openApp('/');
    onTestFinished(() => app.close());

    const panel = app.page.locator(READY_PANEL);
    await panel.waitFor({ state: 'visible', timeout: 20_000 });

    expect(await panel.innerText()).toMatch(/\d+(,\d+)?\s?%/);
    expect(await app.page.locator('html').getAttribute('lang')).toBe('id');
    expectNoProblems(app);
  });

  test('the HTML is served with a strict Content-Security-Policy header and meta tag', async () => {
    const response = await fetch(new URL('/', inject('baseUrl')));
    expect(response.status).toBe(200);

    const header = response.headers.get('content-security-policy');
    expect(header, 'content-security-policy header on /').toBeTruthy();
    expect(header).toContain("script-src 'self'");
    expect(header).not.toContain('unsafe-inline');
    expect(header).not.toContain('unsafe-eval');

    const html = await response.text();
    const meta = /<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i.exec(html);
    expect(meta?.[0], 'CSP <meta> tag in index.html').toBeTruthy();
    expect(meta?.[0]).not.toContain('unsafe-inline');
  });

  test('the language switch turns the page into English', async () => {
    const app = await openApp('/');
    onTestFinished(() => app.close());

    const html = app.page.locator('html');
    await expect.poll(() => html.getAttribute('lang'), { timeout: 20_000 }).toBe('id');

    await app.page.getByRole('button', { name: 'EN — English', exact: true }).click({ timeout: 20_000 });

    await expect.poll(() => html.getAttribute('lang'), { timeout: 10_000 }).toBe('en');
    expectNoProblems(app);
  });
});
