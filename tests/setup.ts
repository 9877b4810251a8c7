import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../mocks/node';
import { loadLanguage } from '../src/i18n/translate';

// findBy…/waitFor wait up to 10 s: the first request of a file builds the demo dataset, and two
// cores run several files at once (and sometimes other work beside them). Nothing here measures time.
configure({ asyncUtilTimeout: 10_000 });

// jsdom has no layout and no ResizeObserver; charts that measure their box (the time-series
// chart) need one to exist. It never reports a size: what a chart means is tested
// through its table view and text, how it looks in a real browser.
if (!('ResizeObserver' in globalThis)) {
  globalThis.ResizeObserver = class ResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

// Requests nobody handles are errors: a test never reaches the network by accident.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
// As main.tsx does before the first render: a test may open the app in English.
beforeAll(() => loadLanguage('en'));

afterEach(() => {
  cleanup();
  server.resetHandlers();
  server.events.removeAllListeners();
  // The view state lives in the URL; every test starts from the default view.
  window.history.replaceState(null, '', '/');
  document.documentElement.removeAttribute('lang');
});

afterAll(() => server.close());
