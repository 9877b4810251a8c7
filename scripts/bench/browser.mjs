// Chromium for `npm run bench`: one browser with a fresh user-data-dir (Playwright makes one per
// launch, inside the bench's temp dir), a new context per page load (cold HTTP cache, no service
// worker left over), CPU slowdown through CDP, the in-page instrumentation, and the waits the
// measurements use.
/* global window, requestAnimationFrame, requestIdleCallback -- the functions passed to the page run there */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../ensure-chromium.mjs';
import { instrumentPage } from './in-page.mjs';

/**
 * What every measurement gets: the browser, the servers of the builds, the CPU slowdown, the
 * per-wait timeout, and warnings collected for the report.
 * @typedef {{
 *   appRoot: string, tempDir: string, cpuRate: number, timeout: number,
 *   browser: import('playwright-core').Browser | null,
 *   servers: Record<string, { url: string }>, warnings: Set<string>
 * }} BenchContext
 */

/**
 * One open page under measurement: `check()` throws when the page broke.
 * @typedef {{
 *   page: import('playwright-core').Page, url: string, timeout: number, fatal: string[],
 *   check: () => void, close: () => Promise<unknown>
 * }} BenchSession
 */

export const VIEWPORT = { width: 1280, height: 900 };

/** Event Timing entry types that count as part of an interaction. */
export const INTERACTION_EVENT_TYPES = ['pointerdown', 'pointerup', 'click', 'keydown', 'change', 'input'];

/** Raised when the measurement itself broke (page error, selector missing): the bench exits 1. */
export class MeasurementError extends Error {}

/**
 * Launches Chromium. Playwright gives it a fresh user-data-dir (and an artifacts dir) under
 * os.tmpdir(); with `tempDir` they are made there instead, so removing `tempDir` removes them even
 * when the browser did not close cleanly.
 */
/** @param {string} executablePath @param {{ tempDir?: string }} [options] */
export async function launchBrowser(executablePath, { tempDir } = {}) {
  const previous = process.env.TMPDIR;
  if (tempDir) process.env.TMPDIR = tempDir;
  try {
    // scripts/bench.mjs closes the browser on SIGINT/SIGTERM itself (Playwright's own handlers
    // would exit before the temp dirs are removed).
    const browser = await chromium.launch({
      executablePath,
      args: [...CHROMIUM_ARGS],
      handleSIGINT: false,
      handleSIGTERM: false,
    });
    return { browser, version: browser.version() };
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  }
}

/**
 * A fresh context and page of `ctx.browser`, instrumented, the CPU slowed down by `ctx.cpuRate`,
 * navigated to `url`. `chartSelector` is watched for "chart painted". Console errors and failed
 * requests go to `ctx.warnings` (a Set); page errors and crashes make `check()` throw.
 */
/**
 * @param {BenchContext} ctx
 * @param {string} url
 * @param {{ chartSelector?: string | null }} [options]
 */
export async function openPage(ctx, url, { chartSelector = null } = {}) {
  const { browser, cpuRate, timeout } = ctx;
  if (!browser) throw new MeasurementError('the browser is not running');
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    serviceWorkers: 'allow',
  });
  /** @type {string[]} */
  const fatal = [];
  const warn = (line) => ctx.warnings?.add(`${new URL(url).pathname}${new URL(url).search}: ${line}`);
  try {
    await context.addInitScript(instrumentPage, { chartSelector });
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    page.on('pageerror', (error) => fatal.push(`page error: ${error.name}: ${error.message}`));
    page.on('crash', () => fatal.push('page crashed'));
    page.on('console', (message) => {
      if (message.type() === 'error') warn(`console error: ${message.text()}`);
    });
    page.on('requestfailed', (request) => {
      const failure = request.failure()?.errorText ?? '';
      // Aborted requests (a newer query replaced an older one) are normal.
      if (!/ERR_ABORTED/.test(failure)) warn(`request failed: ${request.url()} ${failure}`);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    await page.goto(url, { waitUntil: 'commit', timeout });
    /** @type {BenchSession} */
    const session = {
      page,
      url,
      timeout,
      fatal,
      /** Throws a MeasurementError when the page broke. */
      check() {
        if (fatal.length > 0) throw new MeasurementError(`${url}: ${fatal.join('; ')}`);
      },
      close: () => context.close().catch(() => undefined),
    };
    return session;
  } catch (error) {
    await context.close().catch(() => undefined);
    throw error;
  }
}

function brokeWhile(session, what, error) {
  session.check();
  if (error instanceof MeasurementError) return error;
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new MeasurementError(`${session.url}: ${what} (${reason})`);
}

/**
 * Polls `predicate(arg)` in the page (page.evaluate every 100 ms, so none of Playwright's injected
 * script runs in the page) until it returns something truthy, and returns that. After
 * session.timeout a MeasurementError says `what` did not happen.
 */
export async function waitInPage(session, what, predicate, arg) {
  const deadline = Date.now() + session.timeout;
  try {
    for (;;) {
      session.check();
      const value = await session.page.evaluate(predicate, arg);
      if (value) return value;
      if (Date.now() > deadline)
        throw new MeasurementError(`${session.url}: ${what} (within ${session.timeout} ms)`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } catch (error) {
    throw brokeWhile(session, what, error);
  }
}

/**
 * Awaits an in-page signal (see in-page.mjs, `when`) and returns its value. `failWhen(arg)`, when
 * given, is checked in the page every 250 ms meanwhile: a string it returns fails at once (a panel
 * that shows an error will not paint its chart, however long one waits).
 */
/**
 * @param {BenchSession} session
 * @param {string} name
 * @param {string} what
 * @param {{ failWhen?: (arg: any) => string | null, arg?: unknown }} [options]
 */
export async function awaitSignal(session, name, what, { failWhen, arg } = {}) {
  let timer;
  let stopped = false;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new MeasurementError(`${session.url}: ${what} (within ${session.timeout} ms)`)),
      session.timeout,
    );
  });
  const failure = (async () => {
    while (failWhen && !stopped) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      if (stopped) break;
      const reason = await session.page.evaluate(failWhen, arg).catch(() => null);
      if (!stopped && typeof reason === 'string' && reason) {
        throw new MeasurementError(`${session.url}: ${what}: ${reason}`);
      }
    }
    return new Promise(() => undefined);
  })();
  failure.catch(() => undefined); // handled through the race; this only silences a late rejection
  try {
    return await Promise.race([
      session.page.evaluate((signal) => window.__bench.when(signal), name),
      timeout,
      failure,
    ]);
  } catch (error) {
    throw brokeWhile(session, what, error);
  } finally {
    stopped = true;
    clearTimeout(timer);
  }
}

/**
 * ms from navigation start until the watched chart path existed and the next frame was produced.
 * Options as for awaitSignal.
 */
export function chartPainted(session, options) {
  return awaitSignal(session, 'chart', 'the chart never painted', options);
}

/** ms from navigation start of the first LCP candidate. */
export function firstLcpCandidate(session) {
  return awaitSignal(session, 'lcp', 'no largest-contentful-paint entry');
}

/** Lets `n` frames pass. */
export function frames(session, n = 2) {
  return session.page.evaluate(
    (count) =>
      new Promise((/** @type {(value?: unknown) => void} */ resolve) => {
        const step = (left) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
        step(count);
      }),
    n,
  );
}

/**
 * In the page: resolves true when nothing has changed the DOM for `quietMs`, no fetch is in
 * flight, and an idle period of at least 10 ms follows (a React render in progress, time-sliced
 * or not, leaves none).
 */
async function pageIsQuiet(quietMs) {
  const bench = window.__bench;
  if (bench.inflight > 0 || performance.now() - bench.lastMutation < quietMs) return false;
  const idle = await new Promise((resolve) =>
    requestIdleCallback((deadline) => resolve(deadline.didTimeout ? 0 : deadline.timeRemaining()), {
      timeout: 1000,
    }),
  );
  return idle >= 10 && bench.inflight === 0 && performance.now() - bench.lastMutation >= quietMs;
}

/**
 * Waits until `ready(arg)` holds in the page and the page is quiet (no DOM change for `quietMs`, no
 * fetch in flight, an idle period), with `ready` still true afterwards. `ready` may return
 * { error } to fail at once. Deferred renders (useDeferredValue, transitions) start after the
 * input's own frame, so "ready" alone could see the previous state.
 */
export async function settle(session, what, ready, arg, { quietMs = 250 } = {}) {
  await frames(session, 2);
  for (;;) {
    const state = await waitInPage(session, what, ready, arg);
    if (state && typeof state === 'object' && 'error' in state) {
      throw new MeasurementError(`${session.url}: ${state.error}`);
    }
    await waitInPage(session, `${what}: the page never became quiet`, pageIsQuiet, quietMs);
    if ((await session.page.evaluate(ready, arg)) === true) return;
  }
}

/** The last LCP candidate so far: { startTime, element } (read it before any input). */
export async function largestContentfulPaint(session) {
  return waitInPage(session, 'no largest-contentful-paint entry', () => {
    const entries = window.__bench.lcp;
    return entries.length > 0 ? entries[entries.length - 1] : null;
  });
}

/** performance.now() in the page. */
export function pageNow(session) {
  return session.page.evaluate(() => performance.now());
}

/** The longest Event Timing entry of the interaction types that started at or after `since`. */
export async function longestEventSince(session, since) {
  const events = await session.page.evaluate(
    ({ since: from, types }) =>
      window.__bench.events.filter((e) => e.startTime >= from && types.includes(e.name)),
    { since, types: INTERACTION_EVENT_TYPES },
  );
  return events.reduce(
    (longest, event) => (longest && longest.duration >= event.duration ? longest : event),
    null,
  );
}

/**
 * The main thread's blocking between `from` and `to` (ms since navigation start): the longest
 * 'longtask' that started in that window (0 when none) and the total blocking time, the sum of
 * each long task's time past 50 ms (as Lighthouse counts it).
 */
export function blockingBetween(session, from, to = Number.POSITIVE_INFINITY) {
  return session.page.evaluate(
    ({ start, end }) => {
      const tasks = window.__bench.longtasks.filter((t) => t.startTime >= start && t.startTime <= end);
      return {
        longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
        totalBlocking: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
      };
    },
    { start: from, end: Number.isFinite(to) ? to : Number.MAX_VALUE },
  );
}

/**
 * Runs `interactions` ([{ label, act(session) → label?, settle(session) }]) one after the other.
 * Returns
 *   longest        the largest Event Timing duration (of INTERACTION_EVENT_TYPES) over all of
 *                  them, 0 when none passed 16 ms — the figure the target is about;
 *   slowestUpdate  the largest time from an input to the last DOM change it caused (deferred
 *                  renders included: how long until the charts show the new state);
 *   longestTask    the longest 'longtask' entry during the sequence (0 when none);
 *   totalBlocking  the total blocking time of the sequence (long tasks' time past 50 ms);
 *   perInteraction [{ label, duration, update, event }].
 */
export async function measureInteractions(session, interactions) {
  const perInteraction = [];
  // Playwright injects its selector engine on the first locator call: do that before measuring.
  await session.page.locator('body').count();
  const start = await pageNow(session);
  for (const interaction of interactions) {
    const since = await pageNow(session);
    const label = (await interaction.act(session)) ?? interaction.label;
    await interaction.settle(session);
    session.check();
    const event = await longestEventSince(session, since);
    const lastChange = await session.page.evaluate(() => window.__bench.lastMutation);
    perInteraction.push({
      label,
      duration: event?.duration ?? 0,
      update: Math.max(0, lastChange - since),
      event,
    });
  }
  // Event Timing entries reach the observer after the frame that follows the event; give the last
  // one time to arrive, then take the maximum over the whole sequence.
  await frames(session, 2);
  await session.page.waitForTimeout(100);
  const overall = await longestEventSince(session, start);
  const longest = Math.max(overall?.duration ?? 0, ...perInteraction.map((entry) => entry.duration));
  const { longestTask, totalBlocking } = await blockingBetween(session, start);
  const slowestUpdate = Math.max(0, ...perInteraction.map((entry) => entry.update));
  return { longest, slowestUpdate, longestTask, totalBlocking, perInteraction };
}
