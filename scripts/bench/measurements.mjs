// What `npm run bench` measures in the browser. Each measurement is one async function that
// loads one page in a fresh context and returns
//   { metrics: { name: number, ... }, details?: { ... } }
// `metrics` are collected per run and reported as medians (see report.mjs, which says which
// metric is compared with which reference); `details` are printed for the median run only.
//
// To add a measurement, write one more function like the ones below, list it in MEASUREMENTS
// (with the BUILDS it loads) and give its metrics rows (and targets) in REPORT (report.mjs).
// `BENCH_ONLY=import,js npm run bench` runs only the listed measurement ids.
/* global document, window, HTMLInputElement -- the functions passed to the page run there */
import {
  INTERACTION_EVENT_TYPES,
  MeasurementError,
  awaitSignal,
  blockingBetween,
  chartPainted,
  firstLcpCandidate,
  frames,
  largestContentfulPaint,
  measureInteractions,
  openPage,
  pageNow,
  settle,
  waitInPage,
} from './browser.mjs';
import { flowsCsv } from './flows-csv.mjs';

// ---------------------------------------------------------------------------------------------
// The app: selectors and controls (the overview page, Indonesian UI)

const SHARE_CURVE = '[data-panel="share-over-time"] .chart-line';
const COMMODITY_LEGEND = 'Komoditas';
const PERIOD_LABEL = 'Periode';
/** The period options the interaction walk may choose (one arrow key press each): not "custom". */
const PERIOD_PRESETS = ['30d', '90d', '12m', 'ytd'];
const isWalkablePeriod = (value) => PERIOD_PRESETS.includes(value) || /^y\d{4}$/.test(value ?? '');
export const SEVEN_YEAR_PATH = '/?period=custom&from=2019-01-01&to=2026-10-31&gran=day';

function commodityButton(page, name) {
  return page
    .locator('fieldset')
    .filter({ has: page.locator('legend', { hasText: new RegExp(`^\\s*${COMMODITY_LEGEND}\\s*$`) }) })
    .getByRole('button', { name, exact: true });
}

function periodSelect(page) {
  return page.getByLabel(PERIOD_LABEL, { exact: true });
}

/** In the page: why the share-over-time panel cannot draw (its error text), or null. */
function shareOverTimeFailure() {
  const panel = document.querySelector('[data-panel="share-over-time"]');
  if (panel?.getAttribute('data-state') !== 'error') return null;
  const alert = /** @type {HTMLElement} */ (panel.querySelector('[role="alert"]') ?? panel);
  return `the share-over-time panel shows an error: ${(alert.innerText ?? '').replace(/\s+/g, ' ').trim().slice(0, 400)}`;
}

/** In the page: true when the overview shows a drawn chart and nothing loads; { error } on failure. */
function overviewReady(curveSelector) {
  const panel = document.querySelector('[data-panel="share-over-time"]');
  if (panel?.getAttribute('data-state') === 'error') {
    const alert = /** @type {HTMLElement} */ (panel.querySelector('[role="alert"]') ?? panel);
    const text = (alert.innerText ?? '').replace(/\s+/g, ' ').trim().slice(0, 400);
    return { error: `the share-over-time panel shows an error: ${text}` };
  }
  const main = document.querySelector('main');
  if (!main || main.querySelector('[aria-busy="true"]')) return false;
  const curve = document.querySelector(curveSelector);
  return Boolean(curve && (curve.getAttribute('d') ?? '').trim() !== '');
}

/**
 * Waits until no panel in <main> is aria-busy, the share-over-time curve is drawn, no fetch is in
 * flight and the page is quiet (the overview renders the charts from a deferred value, after the
 * controls' own frame).
 */
function settleOverview(session) {
  return settle(
    session,
    `the overview never settled (no [aria-busy="true"] in main, "${SHARE_CURVE}" drawn)`,
    overviewReady,
    SHARE_CURVE,
  );
}

function clickCommodity(name) {
  return {
    label: `commodity ${name}`,
    async act(session) {
      await commodityButton(session.page, name).click();
    },
    async settle(session) {
      await settleOverview(session);
      const pressed = await commodityButton(session.page, name).getAttribute('aria-pressed');
      if (pressed !== 'true')
        throw new MeasurementError(`commodity button "${name}" is not aria-pressed after the click`);
    },
  };
}

/**
 * Moves the period <select> one option up or down with the keyboard (relative presets and whole
 * years, not "custom"), bouncing at the ends. The keyboard, because Event Timing only reports
 * trusted events: Playwright's selectOption() dispatches synthetic input/change events that no
 * PerformanceObserver sees.
 */
function periodWalk() {
  let direction = 1;
  return () => ({
    label: 'period',
    async act(session) {
      const select = periodSelect(session.page);
      const { values, current } = await select.evaluate((element) => ({
        values: [...element.options].map((option) => option.value),
        current: element.value,
      }));
      const index = values.indexOf(current);
      if (!isWalkablePeriod(values[index + direction])) direction = -direction;
      const target = values[index + direction];
      if (!isWalkablePeriod(target)) {
        throw new MeasurementError(
          `period select: no preset or year option next to "${current}" (options: ${values})`,
        );
      }
      await select.focus();
      await session.page.keyboard.press(direction > 0 ? 'ArrowDown' : 'ArrowUp');
      const now = await select.inputValue();
      if (now !== target) {
        throw new MeasurementError(`period select: the arrow key selected "${now}", expected "${target}"`);
      }
      return `period ${current}→${target}`;
    },
    settle: settleOverview,
  });
}

/** Where the overview ended up: the period shown and the number of rows the chart draws. */
function overviewDetails(session) {
  return session.page.evaluate((periodLabel) => {
    const select = [...document.querySelectorAll('select')].find((element) =>
      [...element.labels].some((label) => label.textContent?.trim() === periodLabel),
    );
    const figure = document.querySelector('[data-panel="share-over-time"] figure[data-points]');
    return {
      period: select?.value ?? null,
      chartPoints: figure ? Number(figure.getAttribute('data-points')) : null,
      chartRows: figure ? Number(figure.getAttribute('data-rows')) : null,
      notices: [...document.querySelectorAll('.notice')].map((element) => element.textContent?.trim()),
    };
  }, PERIOD_LABEL);
}

function summariseInteractions(perInteraction) {
  return perInteraction.map((entry) => {
    const timing = entry.event
      ? `${Math.round(entry.duration)} ms (${entry.event.name}, input delay ${Math.round(entry.event.inputDelay)}, handlers ${Math.round(entry.event.processing)})`
      : '< 16 ms';
    return `${entry.label}: ${timing}; DOM settled after ${Math.round(entry.update)} ms`;
  });
}

// ---------------------------------------------------------------------------------------------
// Measurements

/**
 * `/`: LCP and chart painted on load, then ten commodity/period switches. `target` names the build
 * (BUILDS in scripts/bench.mjs) that serves the dashboard: the static demo build is 'app'; a build
 * served by the server measures the same pages when listed with its own id in MEASUREMENTS.
 */
export async function appOverview(ctx, target = 'app') {
  const session = await openPage(ctx, ctx.servers[target].url, {
    chartSelector: SHARE_CURVE,
  });
  try {
    const painted = await chartPainted(session, { failWhen: shareOverTimeFailure });
    await settleOverview(session);
    const load = await blockingBetween(session, 0, await pageNow(session));
    const lcp = await largestContentfulPaint(session);
    const nextPeriod = periodWalk();
    const commodities = ['Beras', 'Daging', 'Ikan', 'Semua pangan', 'Beras'];
    const interactions = commodities.flatMap((name) => [clickCommodity(name), nextPeriod()]);
    const { longest, slowestUpdate, longestTask, totalBlocking, perInteraction } = await measureInteractions(
      session,
      interactions,
    );
    return {
      metrics: {
        lcp: lcp.startTime,
        chartPainted: painted,
        loadLongestTask: load.longestTask,
        loadBlocking: load.totalBlocking,
        longestInteraction: longest,
        slowestUpdate,
        longestTask,
        switchBlocking: totalBlocking,
      },
      details: {
        'LCP element': lcp.element,
        interactions: summariseInteractions(perInteraction),
      },
    };
  } finally {
    await session.close();
  }
}

/** The daily seven-year view: chart painted on load, then four commodity switches. */
export async function appSevenYearDaily(ctx, target = 'app') {
  const session = await openPage(ctx, new URL(SEVEN_YEAR_PATH, ctx.servers[target].url).href, {
    chartSelector: SHARE_CURVE,
  });
  try {
    const painted = await chartPainted(session, { failWhen: shareOverTimeFailure });
    await settleOverview(session);
    const load = await blockingBetween(session, 0, await pageNow(session));
    const lcp = await largestContentfulPaint(session);
    const loaded = await overviewDetails(session);
    if (loaded.period !== 'custom') {
      throw new MeasurementError(
        `${SEVEN_YEAR_PATH} did not open the custom period (period select: ${loaded.period}; notices: ${loaded.notices.join(' | ') || 'none'})`,
      );
    }
    const interactions = ['Beras', 'Daging', 'Ikan', 'Semua pangan'].map(clickCommodity);
    const { longest, slowestUpdate, longestTask, totalBlocking, perInteraction } = await measureInteractions(
      session,
      interactions,
    );
    return {
      metrics: {
        lcp: lcp.startTime,
        chartPainted: painted,
        loadLongestTask: load.longestTask,
        loadBlocking: load.totalBlocking,
        longestInteraction: longest,
        slowestUpdate,
        longestTask,
        switchBlocking: totalBlocking,
        chartRows: loaded.chartRows ?? Number.NaN,
        chartDrawn: loaded.chartPoints ?? Number.NaN,
      },
      details: {
        'share chart rows (figure[data-rows] → drawn, figure[data-points])': `${loaded.chartRows} → ${loaded.chartPoints}`,
        notices: loaded.notices.length > 0 ? loaded.notices : undefined,
        interactions: summariseInteractions(perInteraction),
      },
    };
  } finally {
    await session.close();
  }
}

/**
 * The daily view over 1, 3 and 8 years (the last one is the demo's whole coverage, 7 years and 10
 * months, ending on its last day): chart painted on load and the slowest of two commodity switches
 * for each span, so the report can print how the cost grows with the data. Past the plot's width
 * in pixels it should not grow at all: the chart draws at most about one row per pixel.
 */
export const GROWTH_SPANS = [
  { id: 'y1', label: '1 year', from: '2025-11-01' },
  { id: 'y3', label: '3 years', from: '2023-11-01' },
  { id: 'y8', label: '8 years (whole coverage)', from: '2019-01-01' },
];
const GROWTH_TO = '2026-10-31';

export async function appGrowth(ctx, target = 'app') {
  const metrics = {};
  const details = {};
  for (const span of GROWTH_SPANS) {
    const path = `/?period=custom&from=${span.from}&to=${GROWTH_TO}&gran=day`;
    const session = await openPage(ctx, new URL(path, ctx.servers[target].url).href, {
      chartSelector: SHARE_CURVE,
    });
    try {
      const painted = await chartPainted(session, { failWhen: shareOverTimeFailure });
      await settleOverview(session);
      const loaded = await overviewDetails(session);
      const { slowestUpdate, perInteraction } = await measureInteractions(
        session,
        ['Beras', 'Semua pangan'].map(clickCommodity),
      );
      metrics[`${span.id}Painted`] = painted;
      metrics[`${span.id}Switch`] = slowestUpdate;
      metrics[`${span.id}Rows`] = loaded.chartRows ?? Number.NaN;
      metrics[`${span.id}Drawn`] = loaded.chartPoints ?? Number.NaN;
      details[`${span.label} (${path})`] =
        `chart painted ${Math.round(painted)} ms, ${loaded.chartRows} rows in, ${loaded.chartPoints} drawn; ${summariseInteractions(perInteraction).join('; ')}`;
    } finally {
      await session.close();
    }
  }
  return { metrics, details };
}

/** Reference: the React-only page's LCP. */
export async function reactOnly(ctx) {
  const session = await openPage(ctx, ctx.servers.reactOnly.url);
  try {
    await firstLcpCandidate(session);
    await frames(session, 3);
    const lcp = await largestContentfulPaint(session);
    return { metrics: { lcp: lcp.startTime }, details: { 'LCP element': lcp.element } };
  } finally {
    await session.close();
  }
}

/** Reference: the app's chart on 100 points × 3 series; chart painted and ten data swaps. */
export async function chart100(ctx) {
  const curve = '.chart-line';
  const session = await openPage(ctx, ctx.servers.chart100.url, {
    chartSelector: curve,
  });
  try {
    const painted = await chartPainted(session);
    await settle(session, 'the 100-point chart page never became quiet', () => true);
    const load = await blockingBetween(session, 0, await pageNow(session));
    const lcp = await largestContentfulPaint(session);
    const swap = (n) => ({
      label: `swap data ${n}`,
      async act(s) {
        await s.page.getByRole('button', { name: 'Ganti data', exact: true }).click();
      },
      async settle(s) {
        const expected = n % 2 === 1 ? 'b' : 'a';
        await settle(
          s,
          `the 100-point chart never showed dataset ${expected}`,
          ({ selector, want }) => {
            const path = document.querySelector(selector);
            return document.body.dataset.dataset === want && Boolean(path?.getAttribute('d'));
          },
          { selector: curve, want: expected },
        );
      },
    });
    const { longest, slowestUpdate, longestTask, totalBlocking, perInteraction } = await measureInteractions(
      session,
      Array.from({ length: 10 }, (_, i) => swap(i + 1)),
    );
    return {
      metrics: {
        lcp: lcp.startTime,
        chartPainted: painted,
        loadLongestTask: load.longestTask,
        loadBlocking: load.totalBlocking,
        longestInteraction: longest,
        slowestUpdate,
        longestTask,
        switchBlocking: totalBlocking,
      },
      details: { interactions: summariseInteractions(perInteraction) },
    };
  } finally {
    await session.close();
  }
}

/**
 * In the page: the import's outcome once it is no longer idle or running: 'done' when its report
 * is shown, { error } when it failed, was cancelled, or asks a question (the bench's file must
 * need none: a question would be measured as if it were the report).
 */
function importFinished() {
  const root = document.querySelector('.data-import');
  const state = root?.getAttribute('data-import-state');
  const text = (element) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 400);
  if (state === 'failed' || state === 'cancelled') {
    const alert = text(root?.querySelector('[role="alert"]'));
    return { error: `the import ended "${state}"${alert ? `: ${alert}` : ''}` };
  }
  if (state !== 'done') return null;
  const question = document.querySelector('.import-question');
  if (question) return { error: `the import asks a question instead of reporting: ${text(question)}` };
  return document.querySelector('.import-summary') ? 'done' : null;
}

/** In the page: a file input inside an idle import form, ready to take a file. */
function importFormIdle() {
  const input = document.querySelector('.data-import[data-import-state="idle"] input[type="file"]');
  return input instanceof HTMLInputElement && !input.disabled;
}

/** The import waits up to this long (or BENCH_TIMEOUT_MS, when longer). */
const IMPORT_TIMEOUT_MS = 240_000;
const IMPORT_REPORT = '.data-import[data-import-state="done"] .import-summary';

/**
 * Imports the generated 1,000,000-row CSV file (flows-csv.mjs, ~0.1 % bad rows) on the page at
 * `url`, which follows the import page's markup: `.data-import[data-import-state]` (idle, running,
 * done, failed, cancelled) holding an <input type="file">, and the report's `.import-summary`.
 * The figure is what a user waits for: from the file input's `change` event (the file chosen) to
 * the frame that shows the report. Meanwhile it clicks the form's heading and presses Tab,
 * alternately, every ~150 ms: the longest Event Timing entry of those inputs and the longest
 * 'longtask' until the report is shown say whether the page stays responsive.
 */
async function importFile(ctx, url) {
  ctx.flowsCsv ??= flowsCsv(ctx.tempDir);
  const file = ctx.flowsCsv;
  const session = await openPage(ctx, url);
  try {
    // The form by its markup, not its label's wording (which the app may change).
    await settle(session, 'the page never showed an idle import form with a file input', importFormIdle);
    const { page } = session;
    const input = page.locator('.data-import input[type="file"]').first();
    const heading = page.locator('.data-import h2').first();
    await heading.waitFor();
    await page.evaluate((selector) => window.__bench.watchPaint('report', selector), IMPORT_REPORT);
    const start = await pageNow(session);
    await input.setInputFiles(file.path);

    // Inputs while the import runs (the first may come before the worker has started).
    const inputs = [];
    let done = null;
    const deadline = Date.now() + Math.max(ctx.timeout, IMPORT_TIMEOUT_MS);
    for (let i = 0; ; i += 1) {
      session.check();
      done = await page.evaluate(importFinished);
      if (done) break;
      if (Date.now() > deadline) break;
      if (inputs.length < 10) {
        const at = await pageNow(session);
        if (i % 2 === 0) await heading.click();
        else await page.keyboard.press('Tab');
        inputs.push({ label: i % 2 === 0 ? 'click heading' : 'Tab', at: at - start });
      }
      await page.waitForTimeout(150);
    }
    if (done && typeof done === 'object') throw new MeasurementError(`${session.url}: ${done.error}`);
    const finished = await waitInPage(
      { ...session, timeout: Math.max(1000, deadline - Date.now()) },
      'the import never showed its report (.import-summary)',
      importFinished,
    );
    if (typeof finished === 'object') throw new MeasurementError(`${session.url}: ${finished.error}`);
    const reportShown = /** @type {number} */ (
      await awaitSignal(session, 'report', 'the report was never painted')
    );
    const chosen = await page.evaluate(() => window.__bench.fileChosen);
    if (chosen === null) throw new MeasurementError(`${session.url}: the file input never fired "change"`);
    // Long tasks and Event Timing entries reach their observers a frame or so later.
    await frames(session, 2);
    await page.waitForTimeout(100);

    const observed = await page.evaluate(
      ({ from, to, types }) => ({
        events: window.__bench.events.filter(
          (e) => e.startTime >= from && e.startTime <= to && types.includes(e.name),
        ),
        tasks: window.__bench.longtasks.filter((t) => t.startTime >= from && t.startTime <= to),
        summary: (document.querySelector('.import-summary')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        // The app's own measure (use-import.ts) ends when the result is known, before it is drawn.
        ownMeasure: performance.getEntriesByName('arus-pangan:import', 'measure')[0]?.duration ?? null,
      }),
      { from: start, to: reportShown, types: INTERACTION_EVENT_TYPES },
    );
    const longestEvent = observed.events.reduce(
      (longest, event) => (longest && longest.duration >= event.duration ? longest : event),
      /** @type {import('./in-page.mjs').EventRecord | null} */ (null),
    );
    const importMs = reportShown - chosen;
    const ms = (value) => `${Math.round(value)} ms`;
    return {
      metrics: {
        importMs,
        rowsPerSecond: file.rows / (importMs / 1000),
        longestTask: Math.max(0, ...observed.tasks.map((t) => t.duration)),
        totalBlocking: observed.tasks.reduce((total, t) => total + Math.max(0, t.duration - 50), 0),
        longestInteraction: longestEvent?.duration ?? 0,
        inputs: inputs.length,
      },
      details: {
        file: `${file.rows.toLocaleString('en-US')} rows (${file.series} series × ${file.days} days, ${file.badRows} bad), ${(file.bytes / 1e6).toFixed(1)} MB`,
        report: observed.summary || '(no summary shown)',
        'file chosen → report painted': ms(importMs),
        "the page's own measure (arus-pangan:import, ends before the report is drawn)":
          observed.ownMeasure === null ? undefined : ms(observed.ownMeasure),
        'inputs during the import (ms after choosing the file)':
          inputs.length > 0
            ? inputs.map((entry) => `${entry.label} at ${ms(entry.at)}`).join(', ')
            : 'none (the import finished first)',
        'longest input': longestEvent
          ? `${ms(longestEvent.duration)} (${longestEvent.name}, input delay ${ms(longestEvent.inputDelay)}, handlers ${ms(longestEvent.processing)})`
          : '< 16 ms',
        'long tasks (start after choosing the file: duration)':
          observed.tasks.length > 0
            ? observed.tasks.map((t) => `${ms(t.startTime - start)}: ${ms(t.duration)}`).join(', ')
            : 'none',
      },
    };
  } finally {
    await session.close();
  }
}

/** `?page=data` of the static demo build: the analyst's import, in the browser. */
export function csvImport(ctx) {
  return importFile(ctx, new URL('/?page=data', ctx.servers.app.url).href);
}

/**
 * Reference: the same file read in a worker on a page with nothing else (scripts/bench/pages/
 * csv-read): decoded, cut into rows and fields, the tonnes parsed, the rows counted; the least any
 * import of this file costs in this browser.
 */
export function csvRead(ctx) {
  return importFile(ctx, ctx.servers.csvRead.url);
}

/**
 * Every browser measurement: `id` is how REPORT addresses its metrics. The pages they load are the
 * builds in BUILDS (scripts/bench.mjs) named by `builds`, served at ctx.servers.<name>.url: 'app'
 * is the static demo build (demo API in the page), 'server' the build `npm start` serves with the
 * API on one origin. The runs are interleaved: round i takes them in this order rotated by i.
 * `medianBy` names the metric whose median run's details are printed; `references`, the
 * measurements its figures are compared with (BENCH_ONLY runs them with it).
 */
export const MEASUREMENTS = [
  {
    id: 'app',
    title: 'app /',
    builds: ['app'],
    run: appOverview,
    medianBy: 'longestInteraction',
    references: ['chart100', 'reactOnly'],
  },
  { id: 'reactOnly', title: 'React-only page', builds: ['reactOnly'], run: reactOnly, medianBy: 'lcp' },
  {
    id: 'chart100',
    title: '100-point chart page',
    builds: ['chart100'],
    run: chart100,
    medianBy: 'longestInteraction',
  },
  {
    id: 'sevenYear',
    title: `app ${SEVEN_YEAR_PATH}`,
    builds: ['app'],
    run: appSevenYearDaily,
    medianBy: 'longestInteraction',
    references: ['chart100', 'reactOnly'],
  },
  {
    id: 'growth',
    title: 'app, daily view over 1, 3 and 8 years',
    builds: ['app'],
    run: appGrowth,
    medianBy: 'y8Switch',
    references: ['chart100'],
  },
  {
    id: 'serverApp',
    title: 'server build (npm start) /',
    builds: ['server'],
    run: (ctx) => appOverview(ctx, 'server'),
    medianBy: 'longestInteraction',
    references: ['chart100', 'reactOnly'],
  },
  {
    id: 'serverSevenYear',
    title: `server build (npm start) ${SEVEN_YEAR_PATH}`,
    builds: ['server'],
    run: (ctx) => appSevenYearDaily(ctx, 'server'),
    medianBy: 'longestInteraction',
    references: ['chart100', 'reactOnly'],
  },
  {
    id: 'import',
    title: 'app ?page=data, CSV import of 1,000,000 rows',
    builds: ['app'],
    run: csvImport,
    medianBy: 'importMs',
    references: ['csvRead'],
  },
  {
    id: 'csvRead',
    title: 'CSV read page, the same 1,000,000 rows',
    builds: ['csvRead'],
    run: csvRead,
    medianBy: 'importMs',
  },
];
