// What `npm run bench` measures in the browser. Each measurement is one async function that
// loads one page in a fresh context and returns
//   { metrics: { name: number, ... }, details?: { ... } }
// `metrics` are collected per run and reported as medians (see report.mjs, which says which
// metric is compared with which reference); `details` are printed for the median run only.
//
// To add a measurement, write one more function like the ones below, list it in MEASUREMENTS and
// give its metrics rows (and targets) in REPORT (report.mjs). For example, importing a
// 1,000,000-row CSV file (a sketch: the import page and its selectors do not exist yet):
//
//   export async function csvImport(ctx) {
//     const session = await openPage(ctx, new URL('/?page=import', ctx.servers.app.url).href);
//     try {
//       await settle(session, 'the import page never settled', () => document.querySelector('input[type=file]'));
//       const start = await pageNow(session);
//       await session.page.locator('input[type=file]').setInputFiles(join(ctx.tempDir, 'rows-1m.csv'));
//       await settle(session, 'the import never finished', () => document.querySelector('[data-import="done"]'));
//       const end = await session.page.evaluate(() => window.__bench.lastMutation);
//       return { metrics: { importMs: end - start, longestTask: await longestTaskSince(session, start) } };
//     } finally {
//       await session.close();
//     }
//   }
//   MEASUREMENTS: { id: 'csvImport', title: 'CSV import, 1M rows', run: csvImport }
//   REPORT: { label: 'import 1M rows', value: 'csvImport.importMs', unit: 'ms' }, ...
/* global document -- the functions passed to the page run there */
import {
  MeasurementError,
  chartPainted,
  firstLcpCandidate,
  frames,
  largestContentfulPaint,
  measureInteractions,
  openPage,
  settle,
} from './browser.mjs';

// ---------------------------------------------------------------------------------------------
// The app: selectors and controls (the overview page, Indonesian UI)

const SHARE_CURVE = '[data-panel="share-over-time"] .recharts-line-curve';
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
  const alert = panel.querySelector('[role="alert"]') ?? panel;
  return `the share-over-time panel shows an error: ${(alert.innerText ?? '').replace(/\s+/g, ' ').trim().slice(0, 400)}`;
}

/** In the page: true when the overview shows a drawn chart and nothing loads; { error } on failure. */
function overviewReady(curveSelector) {
  const panel = document.querySelector('[data-panel="share-over-time"]');
  if (panel?.getAttribute('data-state') === 'error') {
    const alert = panel.querySelector('[role="alert"]') ?? panel;
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

/** `/`: LCP and chart painted on load, then ten commodity/period switches. */
export async function appOverview(ctx) {
  const session = await openPage(ctx, ctx.servers.app.url, {
    chartSelector: SHARE_CURVE,
  });
  try {
    const painted = await chartPainted(session, { failWhen: shareOverTimeFailure });
    await settleOverview(session);
    const lcp = await largestContentfulPaint(session);
    const nextPeriod = periodWalk();
    const commodities = ['Beras', 'Daging', 'Ikan', 'Semua pangan', 'Beras'];
    const interactions = commodities.flatMap((name) => [clickCommodity(name), nextPeriod()]);
    const { longest, slowestUpdate, longestTask, perInteraction } = await measureInteractions(
      session,
      interactions,
    );
    return {
      metrics: {
        lcp: lcp.startTime,
        chartPainted: painted,
        longestInteraction: longest,
        slowestUpdate,
        longestTask,
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
export async function appSevenYearDaily(ctx) {
  const session = await openPage(ctx, new URL(SEVEN_YEAR_PATH, ctx.servers.app.url).href, {
    chartSelector: SHARE_CURVE,
  });
  try {
    const painted = await chartPainted(session, { failWhen: shareOverTimeFailure });
    await settleOverview(session);
    const lcp = await largestContentfulPaint(session);
    const loaded = await overviewDetails(session);
    if (loaded.period !== 'custom') {
      throw new MeasurementError(
        `${SEVEN_YEAR_PATH} did not open the custom period (period select: ${loaded.period}; notices: ${loaded.notices.join(' | ') || 'none'})`,
      );
    }
    const interactions = ['Beras', 'Daging', 'Ikan', 'Semua pangan'].map(clickCommodity);
    const { longest, slowestUpdate, longestTask, perInteraction } = await measureInteractions(
      session,
      interactions,
    );
    return {
      metrics: {
        lcp: lcp.startTime,
        chartPainted: painted,
        longestInteraction: longest,
        slowestUpdate,
        longestTask,
      },
      details: {
        'chart rows drawn (figure[data-points])': loaded.chartPoints,
        notices: loaded.notices.length > 0 ? loaded.notices : undefined,
        interactions: summariseInteractions(perInteraction),
      },
    };
  } finally {
    await session.close();
  }
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
  const curve = '.recharts-line-curve';
  const session = await openPage(ctx, ctx.servers.chart100.url, {
    chartSelector: curve,
  });
  try {
    const painted = await chartPainted(session);
    await settle(session, 'the 100-point chart page never became quiet', () => true);
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
    const { longest, slowestUpdate, longestTask, perInteraction } = await measureInteractions(
      session,
      Array.from({ length: 10 }, (_, i) => swap(i + 1)),
    );
    return {
      metrics: {
        lcp: lcp.startTime,
        chartPainted: painted,
        longestInteraction: longest,
        slowestUpdate,
        longestTask,
      },
      details: { interactions: summariseInteractions(perInteraction) },
    };
  } finally {
    await session.close();
  }
}

/**
 * Every browser measurement: `id` is how REPORT addresses its metrics. The pages they load are the
 * builds in BUILDS (scripts/bench.mjs), served at ctx.servers.<name>.url. The runs are
 * interleaved: round i takes them in this order rotated by i.
 */
export const MEASUREMENTS = [
  { id: 'app', title: 'app /', run: appOverview },
  { id: 'reactOnly', title: 'React-only page', run: reactOnly },
  { id: 'chart100', title: '100-point chart page', run: chart100 },
  { id: 'sevenYear', title: `app ${SEVEN_YEAR_PATH}`, run: appSevenYearDaily },
];
