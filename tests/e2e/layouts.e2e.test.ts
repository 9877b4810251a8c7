// Layouts for every screen, in Chromium: on a 390 px phone no page is wider than the screen, the
// pages sit behind "Menu" and the Sankey is a ranked list; at 1280 px the header is one line and
// header plus banner take less than a quarter of the height; the share chart's claim labels sit
// in the margin apart from each other, on ticks that read their values.
import { describe, expect, onTestFinished, test } from 'vitest';
import { expectNoProblems, openApp } from './browser';

const PAGES = [
  '/?page=overview',
  '/?page=flows',
  '/?page=regions',
  '/?page=region&region=32.09',
  '/?page=compare&compare=32.09,13.77',
  '/?page=data',
  '/?page=deck',
];

/** Waits for every panel on the page to have settled (ready, empty or failed). */
async function settled(page: import('playwright-core').Page): Promise<void> {
  await page.locator('#main').waitFor();
  await page.waitForFunction(
    () => {
      const panels = [...document.querySelectorAll('[data-panel]')];
      return (
        !document.querySelector('.page-skeleton') &&
        panels.every((panel) => panel.getAttribute('data-state') !== 'loading')
      );
    },
    undefined,
    { timeout: 30_000 },
  );
}

describe('layouts for every screen', () => {
  test('at 390 px every page fits the screen: scrollWidth ≤ innerWidth, pages behind "Menu"', async () => {
    const app = await openApp('/?page=overview', { viewport: { width: 390, height: 844 } });
    onTestFinished(() => app.close());
    const { page } = app;
    const widths: Record<string, [number, number]> = {};
    for (const path of PAGES) {
      await page.goto(new URL(path, app.origin).href);
      await settled(page);
      widths[path] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    }
    for (const [path, [scrollWidth, innerWidth]] of Object.entries(widths)) {
      expect(scrollWidth, path).toBeLessThanOrEqual(innerWidth);
    }

    // The pages fold behind "Menu": closed, no link shows; open, each is a full-width row.
    await page.goto(new URL('/?page=overview', app.origin).href);
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    expect(await nav.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Menu' }).click();
    await nav.getByRole('link', { name: 'Arus & peta' }).click();
    expect(new URL(page.url()).searchParams.get('page')).toBe('flows');
    expect(await nav.isVisible()).toBe(false);

    // The Sankey reads as ranked lists at reading size; the diagram is there to scroll sideways.
    const sankey = page.locator('[data-panel="flow-sankey"][data-state="ready"]');
    await sankey.waitFor({ timeout: 30_000 });
    const origins = sankey.locator('.sankey-ranked-column').nth(1);
    expect(await origins.getByRole('heading').innerText()).toBe('Daerah asal');
    const values = await origins.locator('.sankey-ranked-value').allInnerTexts();
    const tonnes = values.map((text) => Number((text.split(' t')[0] ?? '').replace(/\./g, '')));
    expect(tonnes.length).toBeGreaterThan(3);
    // Largest first, "others" (the last row) aside.
    const named = tonnes.slice(0, -1);
    expect([...named].sort((a, b) => b - a)).toEqual(named);
    const fontSize = await origins
      .locator('.sankey-ranked-name')
      .first()
      .evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(14);
    expectNoProblems(app);
  });

  test('at 1280 px the header is one line, and header + banner + data line are under a quarter of the screen', async () => {
    for (const lang of ['id', 'en']) {
      const app = await openApp(`/?lang=${lang}`, { viewport: { width: 1280, height: 800 } });
      onTestFinished(() => app.close());
      const { page } = app;
      await settled(page);
      const layout = await page.evaluate(() => {
        const header = document.querySelector('.shell-header');
        const status = document.querySelector('.shell-status');
        const tops = [
          ...(header?.querySelectorAll('.brand-name, .shell-nav a, .header-tools button') ?? []),
        ].map((element) => element.getBoundingClientRect());
        return {
          headerHeight: header?.getBoundingClientRect().height ?? 0,
          statusBottom: status?.getBoundingClientRect().bottom ?? 0,
          // Every item's vertical middle within a few pixels of the others: one row.
          middles: tops.map((box) => box.top + box.height / 2),
          navLinks: header?.querySelectorAll('.shell-nav a').length ?? 0,
          visibleNav: [...(header?.querySelectorAll('.shell-nav a') ?? [])].every(
            (link) => link.getBoundingClientRect().width > 0,
          ),
        };
      });
      expect(layout.navLinks).toBe(6);
      expect(layout.visibleNav).toBe(true);
      expect(Math.max(...layout.middles) - Math.min(...layout.middles), lang).toBeLessThan(6);
      expect(layout.headerHeight, lang).toBeLessThan(64);
      expect(layout.statusBottom, lang).toBeLessThan(800 / 4);
      expectNoProblems(app);
    }
  });

  test('every page says how old its data is', async () => {
    const app = await openApp('/?page=data');
    onTestFinished(() => app.close());
    const line = app.page.locator('.data-freshness');
    await expect
      .poll(() => line.innerText(), { timeout: 20_000 })
      .toMatch(/^Data sampai 31 Oktober 2026 — \d+ hari sebelum hari ini \(\d{1,2} \w+ \d{4}\)\.$/);
    expectNoProblems(app);
  });

  test('share chart: claim values on ticks of their own, labels in the margin apart and off the plot', async () => {
    const app = await openApp(
      '/?claims=biro-ksd-2025,laporan-ketahanan-pangan-2024,okezone-2022,dkpkp-2025,gubernur-2018',
    );
    onTestFinished(() => app.close());
    const panel = app.page.locator('[data-panel="share-over-time"][data-state="ready"]');
    await panel.waitFor({ timeout: 30_000 });
    const chart = panel.locator('svg.chart-surface').first();
    await chart.locator('.reference-margin-labels text').first().waitFor();
    const geometry = await chart.evaluate((svg) => {
      const box = (element: Element) => element.getBoundingClientRect();
      const grid = svg.querySelector('.chart-grid');
      const ticks = [...svg.querySelectorAll('.chart-y-axis .chart-tick')].map((tick) => ({
        text: tick.querySelector('text')?.textContent ?? '',
        y: box(tick.querySelector('line') ?? tick).top,
      }));
      const lines = [...svg.querySelectorAll('.chart-reference-line line')].map((line) => box(line).top);
      const labels = [...svg.querySelectorAll('.reference-margin-labels text')].map((text) => ({
        text: text.textContent ?? '',
        ...box(text).toJSON(),
      }));
      return { plotRight: grid ? box(grid).right : 0, ticks, lines, labels };
    });
    // The claims are 90%, "hampir 98%", "lebih dari 95%", 98% and 98%: three margin labels.
    expect(geometry.labels.map((label) => label.text).sort()).toEqual(['90%', '95%', '98%']);
    const tickTexts = geometry.ticks.map((tick) => tick.text);
    for (const value of ['90%', '95%', '98%']) expect(tickTexts).toContain(value);
    // Each claim's line sits on the tick that reads its value.
    const tickAt = (text: string) => geometry.ticks.find((tick) => tick.text === text)?.y ?? Number.NaN;
    for (const value of ['90%', '95%', '98%']) {
      expect(
        geometry.lines.some((y) => Math.abs(y - tickAt(value)) <= 1.5),
        value,
      ).toBe(true);
    }
    // Right of the plot, and no two labels overlapping.
    const sorted = [...geometry.labels].sort((a, b) => a.top - b.top);
    for (const label of sorted) expect(label.left).toBeGreaterThanOrEqual(geometry.plotRight);
    sorted.slice(1).forEach((label, index) => {
      expect(label.top).toBeGreaterThanOrEqual((sorted[index]?.bottom ?? 0) - 0.5);
    });
    expectNoProblems(app);
  });
});
