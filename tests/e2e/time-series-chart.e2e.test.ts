// The SVG time-series chart in Chromium: what it draws, read back from the page and checked
// against the same panel's table view and the chart's own axes, never against numbers taken from
// the code that draws it. The pointer and keyboard tooltips name the row the table has at that
// place, their dots sit on the drawn lines, stacked areas are as tall as the row's sum, and the
// value axis has round ticks with the grid on them.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, onTestFinished, test } from 'vitest';
import { expectNoProblems, openApp } from './browser';

const SHARE = '[data-panel="share-over-time"]';
const ORIGINS = '[data-panel="supply-by-origin"]';
/** expect.poll waits 1 s by default; a chart built in a queue after its data may take longer. */
const POLL = { timeout: 15_000 };

/** id-ID month names as Node's own ICU writes them: "Januari" … "Desember". */
const MONTHS = Array.from({ length: 12 }, (_, month) =>
  new Intl.DateTimeFormat('id-ID', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month, 1)),
);

/** "27 Oktober 2025" → days since 1970-01-01. */
function dayOf(label: string): number {
  const match = /^(\d{1,2}) (\S+) (\d{4})$/.exec(label.trim());
  const month = match ? MONTHS.indexOf(match[2] ?? '') : -1;
  if (!match || month < 0) throw new Error(`not an id-ID date: "${label}"`);
  return Date.UTC(Number(match[3]), month, Number(match[1])) / 86_400_000;
}

/** An id-ID number as the chart and the table write it: "40.000 t" → 40000, "99,9%" → 99.9. */
function numberOf(text: string): number {
  const match = /^(-?[\d.]+(?:,\d+)?)[\s\u00a0\u202f]*(%|t)?$/.exec(text.trim());
  if (!match) throw new Error(`not an id-ID number: "${text}"`);
  return Number((match[1] ?? '').replace(/\./g, '').replace(',', '.'));
}

interface Point {
  x: number;
  y: number;
}

/** The vertices of a path drawn with absolute M and L commands only (what the chart writes). */
function vertices(d: string): Point[] {
  const commands = d.match(/[A-Za-z][^A-Za-z]*/g) ?? [];
  return commands.map((command) => {
    const match = /^[ML](-?[\d.]+),(-?[\d.]+)$/.exec(command.trim());
    if (!match) throw new Error(`unexpected path command "${command}" in ${d.slice(0, 80)}…`);
    return { x: Number(match[1]), y: Number(match[2]) };
  });
}

/** The y of a polyline at x (between the two vertices around it); NaN outside it. */
function yAt(points: readonly Point[], x: number): number {
  for (let index = 0; index < points.length; index += 1) {
    const a = points[index];
    const b = points[index + 1] ?? a;
    if (!a || !b) break;
    if (Math.abs(a.x - x) <= 0.01) return a.y;
    if (a.x < x && x <= b.x) return a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x);
  }
  return Number.NaN;
}

/** A linear map through two (value, pixel) pairs read off an axis. */
function axisMap(a: { value: number; at: number }, b: { value: number; at: number }) {
  return (value: number) => a.at + ((value - a.value) * (b.at - a.at)) / (b.value - a.value);
}

interface Snapshot {
  rows: number;
  points: number;
  width: number;
  yAxis: { x: number; y1: number; y2: number };
  xAxis: { y: number; x1: number; x2: number };
  yTicks: { text: string; y: number; x2: number }[];
  xTicks: { text: string; x: number }[];
  grid: { y: number; x1: number; x2: number }[];
  /** The drawn lines (chart-line) or stacked-area top edges (chart-area-edge), with their colour. */
  lines: { stroke: string; d: string }[];
  legend: { label: string; colour: string }[];
  cursor: number | null;
  circles: { cx: number; cy: number; fill: string }[];
  tooltip: { label: string; items: string[]; left: number; right: number; top: number } | null;
}

/** Everything the chart in `panel` shows, in the SVG's own pixels (user units = CSS px). */
function snapshot(panel: Locator): Promise<Snapshot> {
  return panel.evaluate((element) => {
    const figure = element.querySelector('figure.time-series-chart');
    const surface = element.querySelector('svg.chart-surface');
    if (!figure || !surface) throw new Error('no chart in the panel');
    const num = (node: Element | null | undefined, name: string) => Number(node?.getAttribute(name));
    const origin = surface.getBoundingClientRect();
    const yAxisLine = surface.querySelector('.chart-y-axis > line');
    const xAxisLine = surface.querySelector('.chart-x-axis > line');
    const cursor = element.querySelector('svg.chart-pointer line');
    const tooltip = element.querySelector<HTMLElement>('.chart-tooltip[role="status"]');
    const tooltipBox = tooltip?.getBoundingClientRect();
    return {
      rows: Number(figure.getAttribute('data-rows')),
      points: Number(figure.getAttribute('data-points')),
      width: origin.width,
      yAxis: { x: num(yAxisLine, 'x1'), y1: num(yAxisLine, 'y1'), y2: num(yAxisLine, 'y2') },
      xAxis: { y: num(xAxisLine, 'y1'), x1: num(xAxisLine, 'x1'), x2: num(xAxisLine, 'x2') },
      yTicks: [...surface.querySelectorAll('.chart-y-axis .chart-tick')].map((tick) => ({
        text: tick.querySelector('text.chart-tick-label')?.textContent ?? '',
        y: num(tick.querySelector('line'), 'y1'),
        x2: num(tick.querySelector('line'), 'x2'),
      })),
      xTicks: [...surface.querySelectorAll('.chart-x-axis .chart-tick')].map((tick) => ({
        text: tick.querySelector('text.chart-tick-label')?.textContent ?? '',
        x: num(tick.querySelector('line'), 'x1'),
      })),
      grid: [...surface.querySelectorAll('.chart-grid line')].map((line) => ({
        y: num(line, 'y1'),
        x1: num(line, 'x1'),
        x2: num(line, 'x2'),
      })),
      lines: [...surface.querySelectorAll('path.chart-line, path.chart-area-edge')].map((path) => ({
        stroke: path.getAttribute('stroke') ?? '',
        d: path.getAttribute('d') ?? '',
      })),
      legend: [...element.querySelectorAll('.chart-legend-item')].map((item) => ({
        label: item.querySelector('.chart-legend-text')?.getAttribute('title') ?? '',
        colour:
          item.querySelector('svg line')?.getAttribute('stroke') ??
          item.querySelector('svg rect')?.getAttribute('fill') ??
          '',
      })),
      cursor: cursor ? num(cursor, 'x1') : null,
      circles: [...element.querySelectorAll('svg.chart-pointer circle')].map((circle) => ({
        cx: num(circle, 'cx'),
        cy: num(circle, 'cy'),
        fill: circle.getAttribute('fill') ?? '',
      })),
      tooltip:
        tooltip && tooltipBox
          ? {
              label: tooltip.querySelector('.chart-tooltip-label')?.textContent ?? '',
              items: [...tooltip.querySelectorAll('li')].map((li) => li.textContent ?? ''),
              left: tooltipBox.left - origin.left,
              right: tooltipBox.right - origin.left,
              top: tooltipBox.top - origin.top,
            }
          : null,
    };
  });
}

/** Waits for the panel to be ready and its chart to draw `count` lines or edges; returns the panel. */
async function readyChart(page: Page, selector: string, count: number): Promise<Locator> {
  const panel = page.locator(selector);
  await page
    .locator(`${selector}[data-state="ready"][aria-busy="false"] svg.chart-surface`)
    .waitFor({ timeout: 30_000 });
  const drawn = panel.locator('path.chart-line[d]:not([d=""]), path.chart-area-edge[d]:not([d=""])');
  await expect.poll(() => drawn.count(), POLL).toBe(count);
  return panel;
}

interface Table {
  headers: string[];
  /** Each row's cells as shown, the period (row header) first. */
  rows: string[][];
}

/** The panel's table view (its frame's "Tampilkan tabel"), read, and the chart shown again. */
async function readTable(panel: Locator, count: number): Promise<Table> {
  await panel.getByRole('button', { name: 'Tampilkan tabel' }).click();
  const table = panel
    .getByRole('table')
    .filter({ has: panel.page().getByRole('columnheader', { name: 'Periode', exact: true }) });
  await table.locator('tbody tr').first().waitFor();
  const read = await table.evaluate((element) => ({
    headers: [...element.querySelectorAll('thead th')].map((cell) => cell.textContent ?? ''),
    rows: [...element.querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent ?? ''),
    ),
  }));
  await panel.getByRole('button', { name: 'Tampilkan grafik' }).click();
  const drawn = panel.locator('path.chart-line[d]:not([d=""]), path.chart-area-edge[d]:not([d=""])');
  await expect.poll(() => drawn.count(), POLL).toBe(count);
  return read;
}

/** The value of `header`'s column in a table row. */
function cell(table: Table, row: readonly string[], header: string): string {
  const index = table.headers.indexOf(header);
  if (index < 0) throw new Error(`no column "${header}" in ${table.headers.join(' | ')}`);
  return row[index] ?? '';
}

/** "Beras: 99,9%" → ["Beras", "99,9%"]. */
function tooltipItem(item: string): [string, string] {
  const at = item.lastIndexOf(': ');
  return [item.slice(0, at), item.slice(at + 2)];
}

/** Pixel of a date on the x axis, from its first two tick labels. */
function xOfDate(shot: Snapshot): (label: string) => number {
  const [a, b] = shot.xTicks;
  if (!a || !b) throw new Error('fewer than two time ticks');
  return (label) =>
    axisMap({ value: dayOf(a.text), at: a.x }, { value: dayOf(b.text), at: b.x })(dayOf(label));
}

/** Pixel of a value on the y axis, from its lowest and highest tick labels. */
function yOfValue(shot: Snapshot): (value: number) => number {
  const a = shot.yTicks[0];
  const b = shot.yTicks.at(-1);
  if (!a || !b || a === b) throw new Error('fewer than two value ticks');
  return axisMap({ value: numberOf(a.text), at: a.y }, { value: numberOf(b.text), at: b.y });
}

/** The tooltip names `row` of the table: its date, and per series the value in the series' column. */
function expectTooltipIsRow(shot: Snapshot, table: Table, row: readonly string[]): void {
  expect(shot.tooltip, 'tooltip shown').not.toBeNull();
  expect(shot.tooltip?.label).toBe(row[0]);
  const items = (shot.tooltip?.items ?? []).map(tooltipItem);
  expect(items.map(([label]) => label)).toEqual(shot.legend.map((entry) => entry.label));
  for (const [label, value] of items) {
    expect(numberOf(value), `${row[0]}, ${label}`).toBe(numberOf(cell(table, row, label)));
  }
}

/** Each pointer dot sits on the line (or edge) of its colour at the cursor, within 1 px. */
function expectDotsOnLines(shot: Snapshot): void {
  expect(shot.cursor).not.toBeNull();
  expect(shot.circles.length).toBe(shot.lines.length);
  for (const circle of shot.circles) {
    expect(circle.cx).toBeCloseTo(shot.cursor ?? Number.NaN, 1);
    const line = shot.lines.find((candidate) => candidate.stroke === circle.fill);
    expect(line, `a line coloured ${circle.fill}`).toBeDefined();
    const y = yAt(vertices(line?.d ?? ''), circle.cx);
    expect(Math.abs(circle.cy - y), `dot ${circle.fill} at y ${circle.cy}, its line at ${y}`).toBeLessThan(1);
  }
}

describe('the time-series chart in Chromium', () => {
  test('pointer: the tooltip names the table row under the pointer, its dots sit on the lines', async () => {
    const app = await openApp('/');
    onTestFinished(() => app.close());
    const share = await readyChart(app.page, SHARE, 4);
    const table = await readTable(share, 4);
    const before = await snapshot(share);
    // Every row is drawn (nothing thinned out), so the k-th point of a line is the k-th row.
    expect(before.points).toBe(table.rows.length);
    const line = vertices(before.lines[0]?.d ?? '');
    expect(line.length).toBe(table.rows.length);

    const k = Math.floor(table.rows.length / 3);
    const target = line[k] ?? { x: 0, y: 0 };
    // A little right of and below the point: the nearest row is still this one.
    await share.locator('.chart-plot').hover({ position: { x: target.x + 3, y: target.y + 2 } });
    await share.locator('.chart-tooltip[role="status"]').waitFor({ timeout: 30_000 });
    const shot = await snapshot(share);

    expect(shot.cursor).toBeCloseTo(target.x, 1);
    const row = table.rows[k] ?? [];
    expectTooltipIsRow(shot, table, row);
    // The cursor stands where the time axis puts the tooltip's date.
    expect(Math.abs((shot.cursor ?? 0) - xOfDate(shot)(shot.tooltip?.label ?? ''))).toBeLessThan(1);
    expectDotsOnLines(shot);
    // And each dot is at the table's value on the value axis (the table rounds to 0.1 point).
    const yOf = yOfValue(shot);
    const halfStep = Math.abs(yOf(0.05) - yOf(0));
    for (const entry of shot.legend) {
      const circle = shot.circles.find((candidate) => candidate.fill === entry.colour);
      const value = numberOf(cell(table, row, entry.label));
      expect(Math.abs((circle?.cy ?? 0) - yOf(value)), entry.label).toBeLessThanOrEqual(halfStep + 0.5);
    }
    // Left half: the tooltip is right of the cursor, clear of it, and inside the chart.
    expect(shot.tooltip?.left ?? 0).toBeGreaterThan(shot.cursor ?? 0);
    expect(shot.tooltip?.right ?? Infinity).toBeLessThanOrEqual(shot.width);

    // Off the plot, the tooltip goes.
    await app.page.mouse.move(0, 0);
    await expect.poll(() => share.locator('.chart-tooltip').count(), POLL).toBe(0);
    expectNoProblems(app);
  });

  test('keyboard: Home, End and the arrows walk the table rows; Escape hides the tooltip', async () => {
    const app = await openApp('/');
    onTestFinished(() => app.close());
    const share = await readyChart(app.page, SHARE, 4);
    const table = await readTable(share, 4);
    const dates = table.rows.map((row) => row[0]);
    expect(dates.length).toBeGreaterThan(2);
    const plot = share.locator('.chart-plot');
    const label = share.locator('.chart-tooltip[role="status"] .chart-tooltip-label');
    await app.page.mouse.move(0, 0);
    await plot.focus();

    await plot.press('Home');
    await expect.poll(() => label.textContent(), POLL).toBe(dates[0]);
    await plot.press('ArrowRight');
    await expect.poll(() => label.textContent(), POLL).toBe(dates[1]);
    await plot.press('End');
    await expect.poll(() => label.textContent(), POLL).toBe(dates.at(-1));
    const last = await snapshot(share);
    expectTooltipIsRow(last, table, table.rows.at(-1) ?? []);
    expectDotsOnLines(last);
    // The last row is at the plot's right end, and its tooltip left of the cursor, inside the chart.
    expect(last.cursor).toBeCloseTo(last.xAxis.x2, 1);
    expect(last.tooltip?.right ?? Infinity).toBeLessThan(last.cursor ?? 0);
    expect(last.tooltip?.left ?? -1).toBeGreaterThanOrEqual(0);

    await plot.press('ArrowLeft');
    await expect.poll(() => label.textContent(), POLL).toBe(dates.at(-2));
    const secondLast = await snapshot(share);
    expectTooltipIsRow(secondLast, table, table.rows.at(-2) ?? []);
    expect(Math.abs((secondLast.cursor ?? 0) - xOfDate(secondLast)(dates.at(-2) ?? ''))).toBeLessThan(1);

    await plot.press('Escape');
    await expect.poll(() => share.locator('.chart-tooltip').count(), POLL).toBe(0);
    expect(await share.locator('svg.chart-pointer').count()).toBe(0);
    expectNoProblems(app);
  });

  test('stacked areas: each edge at the running sum of the table row, the top one at its total', async () => {
    const app = await openApp('/');
    onTestFinished(() => app.close());
    const origins = await readyChart(app.page, ORIGINS, 9);
    const table = await readTable(origins, 9);
    const shot = await snapshot(origins);
    expect(shot.points).toBe(table.rows.length);
    const yOf = yOfValue(shot);
    const xOf = xOfDate(shot);
    // Legend order is stacking order: each series' band sits on those listed before it.
    const edges = shot.legend.map((entry) => {
      const edge = shot.lines.find((line) => line.stroke === entry.colour);
      expect(edge, `edge of ${entry.label}`).toBeDefined();
      return { label: entry.label, points: vertices(edge?.d ?? '') };
    });
    expect(edges.length).toBe(9);
    table.rows.forEach((row, index) => {
      let sum = 0;
      for (const edge of edges) {
        sum += numberOf(cell(table, row, edge.label));
        const point = edge.points[index];
        expect(Math.abs((point?.x ?? 0) - xOf(row[0] ?? '')), `${row[0]} x`).toBeLessThan(1);
        expect(Math.abs((point?.y ?? 0) - yOf(sum)), `${row[0]}, up to ${edge.label}`).toBeLessThan(1.5);
      }
      // The last series' edge is the top of the stack: the row's total.
      const top = Math.min(...edges.map((edge) => edge.points[index]?.y ?? Infinity));
      expect(edges.at(-1)?.points[index]?.y).toBe(top);
    });

    // The tooltip of a stacked chart gives each series' own tonnes, not the running sums.
    const plot = origins.locator('.chart-plot');
    await app.page.mouse.move(0, 0);
    await plot.focus();
    await plot.press('Home');
    await origins.locator('.chart-tooltip[role="status"]').waitFor();
    const first = await snapshot(origins);
    expectTooltipIsRow(first, table, table.rows[0] ?? []);
    expectDotsOnLines(first);
    expectNoProblems(app);
  });

  test('on a 390 px phone the tooltip stays inside the chart and the page keeps its width', async () => {
    const app = await openApp('/', { viewport: { width: 390, height: 844 } });
    onTestFinished(() => app.close());
    const origins = await readyChart(app.page, ORIGINS, 9);
    const plot = origins.locator('.chart-plot');
    await plot.scrollIntoViewIfNeeded();
    const { xAxis, yAxis } = await snapshot(origins);
    const middle = (yAxis.y1 + yAxis.y2) / 2;
    // Nine origins make a tooltip wider than half the chart: on either side of the middle, and
    // near both ends.
    for (const share of [0.05, 0.3, 0.48, 0.52, 0.7, 0.95]) {
      await plot.hover({ position: { x: xAxis.x1 + share * (xAxis.x2 - xAxis.x1), y: middle } });
      await origins.locator('.chart-tooltip[role="status"]').waitFor();
      const shot = await snapshot(origins);
      expect(shot.tooltip?.left ?? -1, `at ${share}`).toBeGreaterThanOrEqual(-0.5);
      expect(shot.tooltip?.right ?? Infinity, `at ${share}`).toBeLessThanOrEqual(shot.width + 0.5);
      // Still the row under the cursor.
      expect(Math.abs((shot.cursor ?? 0) - xOfDate(shot)(shot.tooltip?.label ?? ''))).toBeLessThan(1);
      const [scrollWidth, innerWidth] = await app.page.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
      ]);
      expect(scrollWidth, `page width with the tooltip at ${share}`).toBeLessThanOrEqual(innerWidth);
    }
    expectNoProblems(app);
  });

  test('value axes: round, evenly spaced, increasing upwards, with the grid on the ticks', async () => {
    const app = await openApp('/');
    onTestFinished(() => app.close());
    for (const [selector, count] of [
      [SHARE, 4],
      [ORIGINS, 9],
    ] as const) {
      const shot = await snapshot(await readyChart(app.page, selector, count));
      const values = shot.yTicks.map((tick) => numberOf(tick.text));
      expect(values.length, selector).toBeGreaterThanOrEqual(3);
      const step = (values[1] ?? 0) - (values[0] ?? 0);
      expect(step, selector).toBeGreaterThan(0);
      const power = 10 ** Math.floor(Math.log10(step));
      expect(
        [1, 2, 2.5, 5].some((round) => Math.abs(step - round * power) < 1e-9 * power),
        `${step}`,
      ).toBe(true);
      values.forEach((value, index) => {
        expect(value, `${selector} tick ${index}`).toBeCloseTo((values[0] ?? 0) + index * step, 6);
        expect(
          Math.abs(value / step - Math.round(value / step)),
          `${value} on a multiple of ${step}`,
        ).toBeLessThan(1e-6);
      });
      // Higher values higher up, at equal distances; the axis runs from the lowest tick to the highest.
      const ys = shot.yTicks.map((tick) => tick.y);
      const gap = (ys[1] ?? 0) - (ys[0] ?? 0);
      expect(gap, selector).toBeLessThan(-10);
      ys.forEach((y, index) => expect(Math.abs(y - ((ys[0] ?? 0) + index * gap))).toBeLessThan(0.5));
      expect(ys[0]).toBeCloseTo(shot.xAxis.y, 1);
      expect(ys.at(-1)).toBeCloseTo(Math.min(shot.yAxis.y1, shot.yAxis.y2), 1);
      // Tick marks end at the axis; one grid line per tick, at its height, across the plot.
      for (const tick of shot.yTicks) expect(tick.x2).toBeCloseTo(shot.yAxis.x, 1);
      expect(shot.grid.length).toBe(shot.yTicks.length);
      for (const tick of shot.yTicks) {
        const line = shot.grid.find((candidate) => Math.abs(candidate.y - tick.y) < 0.5);
        expect(line, `${selector}: grid line at ${tick.text}`).toBeDefined();
        expect(line?.x1).toBeCloseTo(shot.yAxis.x, 1);
        expect(line?.x2).toBeCloseTo(shot.xAxis.x2, 1);
      }
      // Everything drawn is within the axis.
      for (const line of shot.lines)
        for (const point of vertices(line.d)) {
          expect(point.y).toBeGreaterThanOrEqual((ys.at(-1) ?? 0) - 0.5);
          expect(point.y).toBeLessThanOrEqual((ys[0] ?? 0) + 0.5);
        }
      // Time ticks: later dates further right, in proportion to the days between them.
      const days = shot.xTicks.map((tick) => dayOf(tick.text));
      const xOf = xOfDate(shot);
      expect(days.length).toBeGreaterThanOrEqual(3);
      shot.xTicks.forEach((tick, index) => {
        if (index > 0) expect(days[index]).toBeGreaterThan(days[index - 1] ?? Infinity);
        expect(Math.abs(tick.x - xOf(tick.text))).toBeLessThan(1);
      });
    }
    expectNoProblems(app);
  });
});
