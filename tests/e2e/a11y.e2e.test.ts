// Accessibility in the production build: axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on
// every page in every theme, in Chromium. axe is injected as a script (@axe-core/playwright needs
// Node 22); the page's CSP forbids inline scripts, so these contexts bypass it, and only these.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoProblems, openApp, type OpenApp } from './browser';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const PAGES = [
  'overview',
  'flows',
  'regions',
  'region&region=13.77',
  'compare&compare=32.09,32.15',
  'data',
  'deck',
  'present',
] as const;
const THEMES = ['light', 'dark', 'contrast'] as const;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

declare global {
  interface Window {
    axe: {
      run: (
        context: Document,
        options: object,
      ) => Promise<{
        violations: {
          id: string;
          impact?: string | null;
          help: string;
          nodes: { target: unknown[]; failureSummary?: string }[];
        }[];
      }>;
    };
  }
}

/** Waits until the page and its panels have loaded: no skeleton, nothing busy, charts drawn. */
async function settled(app: OpenApp): Promise<void> {
  await app.page.waitForFunction(
    () =>
      document.querySelector('main') !== null &&
      document.querySelector('.skeleton, [aria-busy="true"], [data-state="loading"]') === null,
    null,
    { timeout: 40_000, polling: 200 },
  );
  // Charts measure their width in an effect and draw on the next frame.
  await app.page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))),
  );
}

async function axeViolations(app: OpenApp): Promise<Violation[]> {
  const loaded = await app.page.evaluate(() => typeof window.axe?.run === 'function');
  if (!loaded) await app.page.addScriptTag({ content: AXE_SOURCE });
  return app.page.evaluate(async (tags) => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map(String).join(' '),
        summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      })),
    }));
  }, WCAG_TAGS);
}

describe.each(THEMES)('axe, %s theme', (theme) => {
  let app: OpenApp;

  beforeAll(async () => {
    app = await openApp('/', { contextOptions: { bypassCSP: true } });
  });
  afterAll(async () => {
    await app?.close();
  });

  test.each(PAGES)('?page=%s has no WCAG A/AA violations', async (page) => {
    await app.page.goto(new URL(`/?page=${page}&theme=${theme}`, app.origin).href);
    await settled(app);
    expect(await app.page.locator('html').getAttribute('data-theme')).toBe(theme);

    const violations = await axeViolations(app);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    expectNoProblems(app);
  });
});

describe('themes follow the system when nothing is chosen', () => {
  test('prefers-color-scheme and prefers-contrast pick the theme; reduced motion stops the shimmer', async () => {
    const app = await openApp('/', { contextOptions: { colorScheme: 'dark', reducedMotion: 'reduce' } });
    try {
      const { page } = app;
      const theme = () => page.locator('html').getAttribute('data-theme');
      await expect.poll(theme, { timeout: 20_000 }).toBe('dark');
      const background = () =>
        page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      expect(await background()).toBe('rgb(17, 23, 21)');

      await page.emulateMedia({ contrast: 'more' });
      await expect.poll(theme).toBe('contrast');
      await page.emulateMedia({ contrast: 'no-preference', colorScheme: 'light' });
      await expect.poll(theme).toBe('light');

      // A choice in the link wins over the system, and the switch in the header's settings says so.
      await page.getByRole('button', { name: 'Pengaturan' }).click();
      await page.getByRole('combobox', { name: 'Tema' }).selectOption('dark');
      await expect.poll(theme).toBe('dark');
      expect(new URL(page.url()).searchParams.get('theme')).toBe('dark');

      const skeleton = await page.evaluate(() => {
        const probe = document.createElement('div');
        probe.className = 'skeleton';
        document.body.append(probe);
        const { animationName, transitionDuration } = getComputedStyle(probe);
        probe.remove();
        return { animationName, transitionDuration };
      });
      expect(skeleton).toEqual({ animationName: 'none', transitionDuration: '0s' });
      expectNoProblems(app);
    } finally {
      await app.close();
    }
  });
});
