// Instrumentation that runs inside every benchmarked page, before any page script
// (page.addInitScript). It is serialised with Function#toString, so it must not close over
// anything from this module. Everything it records lives on `window.__bench`:
//
//   lcp         'largest-contentful-paint' entries (buffered): { startTime, size, element }
//   events      Event Timing entries (durationThreshold 16, buffered):
//               { name, startTime, duration, processing, inputDelay, interactionId }
//   longtasks   'longtask' entries: { startTime, duration } (for future measurements)
//   inflight    fetch() calls not settled yet (the app's HTTP client calls the global fetch)
//   lastMutation  performance.now() of the latest DOM mutation anywhere in the document
//   chart       when `chartSelector` is given: { dom, painted } — performance.now() when the first
//               element matching it had a non-empty `d` attribute, and after the next frame
//   errors      observers the browser refused
//   when(name)  a promise for a signal: 'lcp' (the first LCP candidate's startTime), 'chart'
//               (chart.painted), or one of watchPaint. Awaiting it from page.evaluate costs the
//               page nothing while it loads, unlike polling.
//   watchPaint(name, selector)  fires signal `name` with performance.now() after the frame that
//               first shows an element matching `selector` (present now or added later)
//   fileChosen  performance.now() of the latest `change` event of an <input type="file">: the
//               moment a user's file choice reaches the page
//
// All times are performance.now() values, i.e. milliseconds since navigation start.
/* global window, document, MutationObserver, requestAnimationFrame, HTMLInputElement -- the functions passed to the page run there */

/**
 * @typedef {{ startTime: number, size: number, element: string }} LcpRecord
 * @typedef {{ name: string, startTime: number, duration: number, processing: number, inputDelay: number, interactionId: number }} EventRecord
 * @typedef {{ startTime: number, duration: number }} LongTaskRecord
 * @typedef {{ promise: Promise<unknown>, resolve: (value: unknown) => void, fired: boolean }} Signal
 * @typedef {{
 *   lcp: LcpRecord[], events: EventRecord[], longtasks: LongTaskRecord[], inflight: number,
 *   lastMutation: number, chart: { dom: number | null, painted: number | null }, errors: string[],
 *   signals: Record<string, Signal>, when: (name: string) => Promise<unknown>,
 *   watchPaint: (name: string, selector: string) => void, fileChosen: number | null
 * }} BenchRecord
 */

/** @param {{ chartSelector?: string | null }} options */
export function instrumentPage({ chartSelector }) {
  /** @type {BenchRecord} */
  const bench = {
    lcp: [],
    events: [],
    longtasks: [],
    inflight: 0,
    lastMutation: 0,
    chart: { dom: null, painted: null },
    errors: [],
    signals: {},
    fileChosen: null,
    watchPaint(name, selector) {
      // The frame that contains the element: its rAF callbacks run before it is painted, and a
      // task posted from there runs after that frame was produced.
      const afterNextFrame = () =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => signal(name, performance.now());
          channel.port2.postMessage(null);
        });
      if (document.querySelector(selector)) {
        afterNextFrame();
        return;
      }
      const observer = new MutationObserver(() => {
        if (!document.querySelector(selector)) return;
        observer.disconnect();
        afterNextFrame();
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true });
    },
    when(name) {
      const existing = bench.signals[name];
      if (existing) return existing.promise;
      /** @type {(value: unknown) => void} */
      let resolve = () => undefined;
      const promise = new Promise((r) => {
        resolve = r;
      });
      bench.signals[name] = { promise, resolve, fired: false };
      return promise;
    },
  };
  const signal = (name, value) => {
    bench.when(name);
    const entry = bench.signals[name];
    if (entry.fired) return;
    entry.fired = true;
    entry.resolve(value);
  };
  Object.defineProperty(window, '__bench', { value: bench, configurable: false, enumerable: false });

  const describe = (element) => {
    if (!element) return '(removed)';
    const id = element.id ? `#${element.id}` : '';
    const cls =
      typeof element.className === 'string' && element.className.trim()
        ? `.${element.className.trim().split(/\s+/).slice(0, 2).join('.')}`
        : '';
    const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${element.tagName.toLowerCase()}${id}${cls}>${text ? ` "${text}"` : ''}`;
  };

  const observe = (type, options, record) => {
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) record(entry);
      }).observe({ type, buffered: true, ...options });
    } catch (error) {
      bench.errors.push(`${type}: ${error}`);
    }
  };
  observe('largest-contentful-paint', {}, (entry) => {
    bench.lcp.push({ startTime: entry.startTime, size: entry.size, element: describe(entry.element) });
    signal('lcp', entry.startTime);
  });
  observe('event', { durationThreshold: 16 }, (entry) => {
    bench.events.push({
      name: entry.name,
      startTime: entry.startTime,
      duration: entry.duration,
      processing: entry.processingEnd - entry.processingStart,
      inputDelay: entry.processingStart - entry.startTime,
      interactionId: entry.interactionId ?? 0,
    });
  });
  observe('longtask', {}, (entry) => {
    bench.longtasks.push({ startTime: entry.startTime, duration: entry.duration });
  });

  new MutationObserver(() => {
    bench.lastMutation = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

  // Capture phase, on the window: before any handler of the page, whatever it does with the event.
  window.addEventListener(
    'change',
    (event) => {
      const target = event.target;
      if (target instanceof HTMLInputElement && target.type === 'file') bench.fileChosen = performance.now();
    },
    { capture: true },
  );

  const originalFetch = window.fetch;
  window.fetch = function benchFetch(...args) {
    bench.inflight += 1;
    let promise;
    try {
      promise = originalFetch.apply(this, args);
    } catch (error) {
      bench.inflight -= 1;
      throw error;
    }
    const done = () => {
      bench.inflight -= 1;
    };
    promise.then(done, done);
    return promise;
  };

  if (chartSelector) {
    const present = () => {
      const element = document.querySelector(chartSelector);
      return Boolean(element && (element.getAttribute('d') ?? '').trim() !== '');
    };
    const observer = new MutationObserver(() => {
      if (bench.chart.dom !== null || !present()) return;
      bench.chart.dom = performance.now();
      observer.disconnect();
      // The frame that contains the new path: its rAF callbacks run before it is painted, and a
      // task posted from there runs after that frame was produced.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          bench.chart.painted = performance.now();
          signal('chart', bench.chart.painted);
        };
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['d'] });
  }
}
