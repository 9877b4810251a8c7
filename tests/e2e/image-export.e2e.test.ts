// Image export in the production build, under its Content-Security-Policy: the share-over-time
// panel's "Unduh SVG" and "Unduh PNG" buttons, the files they produce, and that an exported SVG
// opened on its own (as a document or as an image) runs nothing, even when the chart held
// markup it should not have.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, onTestFinished, test } from 'vitest';
import { expectNoProblems, openApp, type OpenApp } from './browser';

const PANEL = '[data-panel="share-over-time"][data-state="ready"]';
const FILE_NAME = /^arus-pangan_share-over-time_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.(png|svg)$/;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const HOSTILE_TEXT = '</text><script>window.__pwned="text"</script><img src=x onerror="window.__pwned=1">';

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; data: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), click()]);
  return { name: file.suggestedFilename(), data: await readFile(await file.path()) };
}

/** A page outside the app (no CSP, nothing recorded) to parse and open exported files in. */
async function blankPage(app: OpenApp): Promise<Page> {
  const context = await app.browser.newContext();
  onTestFinished(() => context.close().catch(() => undefined));
  return context.newPage();
}

/** Width, height, viewBox, texts and the nested chart's size, as a browser's XML parser reads them. */
function parseSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    const chart = root.querySelector('svg.chart-surface');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      namespace: root.namespaceURI,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      viewBox: root.getAttribute('viewBox'),
      chartWidth: Number(chart?.getAttribute('width')),
      chartHeight: Number(chart?.getAttribute('height')),
      texts: [...root.querySelectorAll('text')].map((element) => element.textContent),
      scripts: root.querySelectorAll('script, foreignObject').length,
      handlers: [...root.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes].filter((attribute) => attribute.name.startsWith('on')).map((a) => a.name),
      ),
    };
  }, text);
}

describe('image export in Chromium', () => {
  test('PNG at twice the size and a standalone SVG of the share-over-time chart', async () => {
    const app = await openApp('/');
    onTestFinished(() => app.close());
    const { page } = app;
    const panel = page.locator(PANEL);
    const pngButton = panel.getByRole('button', { name: 'Unduh PNG', exact: true });
    const svgButton = panel.getByRole('button', { name: 'Unduh SVG', exact: true });
    await pngButton.waitFor({ state: 'visible', timeout: 30_000 });
    await panel.locator('path.chart-line[d]').first().waitFor({ state: 'attached' });

    const title = (await panel.locator('h2').innerText()).trim();
    const chart = await panel.evaluate((frame) => {
      const surface = frame.querySelector('svg.chart-surface');
      const rect = surface?.getBoundingClientRect();
      return { width: Math.ceil(rect?.width ?? 0), height: Math.ceil(rect?.height ?? 0) };
    });
    expect(chart.width).toBeGreaterThan(300);

    // SVG: a file named for what it holds, well-formed XML with the title, the chart at its size.
    const svg = await download(page, () => svgButton.click());
    expect(svg.name).toMatch(FILE_NAME);
    expect(svg.name.endsWith('.svg')).toBe(true);
    const svgText = svg.data.toString('utf8');
    const parsed = await parseSvg(await blankPage(app), svgText);
    expect(parsed.error).toBeNull();
    expect(parsed.namespace).toBe('http://www.w3.org/2000/svg');
    expect(parsed.texts).toContain(title);
    expect(parsed.texts.some((text) => text?.startsWith('Arus Pangan · diunduh '))).toBe(true);
    expect(parsed.texts.some((text) => text?.startsWith('Sumber'))).toBe(true);
    expect(parsed.viewBox).toBe(`0 0 ${parsed.width} ${parsed.height}`);
    expect(parsed.chartWidth).toBe(chart.width);
    expect(parsed.chartHeight).toBe(chart.height);
    expect(parsed.width).toBeGreaterThan(chart.width);
    expect(parsed.height).toBeGreaterThan(chart.height);

    // PNG: the signature, and an IHDR twice the exported picture's size.
    const png = await download(page, () => pngButton.click());
    expect(png.name).toMatch(FILE_NAME);
    expect(png.name.replace(/\.png$/, '')).toBe(svg.name.replace(/\.svg$/, ''));
    expect(png.data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.data.subarray(12, 16).toString('ascii')).toBe('IHDR');
    const pngWidth = png.data.readUInt32BE(16);
    const pngHeight = png.data.readUInt32BE(20);
    expect([pngWidth, pngHeight]).toEqual([2 * parsed.width, 2 * parsed.height]);
    expect(pngWidth).toBeGreaterThanOrEqual(2 * chart.width);

    expectNoProblems(app);
  });

  test('an exported SVG opened on its own runs no script, even with hostile markup in the chart', async () => {
    const app = await openApp('/');
    onTestFinished(() => app.close());
    const { page } = app;
    const panel = page.locator(PANEL);
    const svgButton = panel.getByRole('button', { name: 'Unduh SVG', exact: true });
    await svgButton.waitFor({ state: 'visible', timeout: 30_000 });
    await panel.locator('path.chart-line[d]').first().waitFor({ state: 'attached' });

    // Plant what must never survive into the file, in ways that stay inert in the page itself:
    // a script from the fragment parser never runs, and load/error/click handlers on elements made
    // with DOM calls never fire (no parser finishes them, nothing is fetched or clicked). In a file
    // that kept them, a parser would run them.
    await panel.evaluate((frame, hostile) => {
      const ns = 'http://www.w3.org/2000/svg';
      const surface = frame.querySelector('svg.chart-surface') as SVGSVGElement;
      const group = document.createElementNS(ns, 'g');
      group.innerHTML = '<script>window.__pwned = "script"</script>';
      const nested = document.createElementNS(ns, 'svg');
      nested.setAttribute('onload', "window.__pwned = 'onload'");
      const image = document.createElementNS(ns, 'image');
      image.setAttribute('onerror', "window.__pwned = 'image'");
      const foreign = document.createElementNS(ns, 'foreignObject');
      foreign.append(document.createElement('div'));
      const link = document.createElementNS(ns, 'a');
      link.setAttribute('href', "javascript:window.__pwned = 'link'");
      const rect = document.createElementNS(ns, 'rect');
      rect.setAttribute('onclick', "window.__pwned = 'click'");
      const text = document.createElementNS(ns, 'text');
      text.setAttribute('x', '100');
      text.setAttribute('y', '100');
      text.textContent = hostile;
      group.append(nested, image, foreign, link, rect, text);
      surface.append(group);
    }, HOSTILE_TEXT);

    // Planting may be reported as a CSP violation (Chromium 156 reports the handler attributes,
    // Debian's 150 does not); either way none of the planted code ran, and exporting adds nothing.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
    const afterPlanting = app.problems();
    expect(afterPlanting.every((line) => /inline event handler|script-src-attr/.test(line))).toBe(true);

    const svg = await download(page, () => svgButton.click());
    const svgText = svg.data.toString('utf8');
    await page.waitForTimeout(300);
    expect(app.problems()).toEqual(afterPlanting);
    const parsed = await parseSvg(await blankPage(app), svgText);
    expect(parsed.error).toBeNull();
    expect(parsed.scripts).toBe(0);
    expect(parsed.handlers).toEqual([]);
    expect(svgText).not.toMatch(/javascript:/i);
    expect(parsed.texts).toContain(HOSTILE_TEXT);

    // Opened as a document, with no CSP at all: nothing runs.
    const context = await app.browser.newContext();
    onTestFinished(() => context.close().catch(() => undefined));
    const viewer = await context.newPage();
    const dialogs: string[] = [];
    viewer.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await context.route('http://export.test/**', (route) =>
      route.fulfill({ status: 200, contentType: 'image/svg+xml', body: svgText }),
    );
    await viewer.goto('http://export.test/chart.svg');
    expect(await viewer.evaluate(() => document.documentElement.localName)).toBe('svg');
    expect(await viewer.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();

    // Opened as an image (how slides and documents embed it): it renders, at its own size.
    await viewer.goto('about:blank');
    const size = await viewer.evaluate(async (source) => {
      const image = new Image();
      image.src = `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(source)))}`;
      await image.decode();
      return { width: image.naturalWidth, height: image.naturalHeight };
    }, svgText);
    expect(size).toEqual({ width: parsed.width, height: parsed.height });
    expect(await viewer.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(app.problems()).toEqual(afterPlanting);
  });
});
