// Drives Debian's Chromium through playwright-core against the production build that
// global-setup.ts serves (`inject('baseUrl')`; E2E_BASE_URL or options.baseUrl override it, e.g. to
// point the same tests at another server). Every console error, page error, CSP violation and request that leaves
// the app's origin is recorded; `expectNoProblems(app)` fails a test that produced any.
//
//   const app = await openApp('/?commodity=rice');
//   try {
//     await app.page.locator('[data-panel="external-share"][data-state="ready"]').waitFor();
//     expectNoProblems(app);
//   } finally {
//     await app.close();
//   }
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { expect, inject } from 'vitest';
import { CHROMIUM_ARGS, findChromium, missingChromiumMessage } from '../../scripts/ensure-chromium.mjs';

export interface OpenAppOptions {
  /** Defaults to the server started by global-setup.ts (`inject('baseUrl')`). */
  baseUrl?: string;
  /** Browser locale (navigator.language). Default 'id-ID'. */
  locale?: string;
  /** Default 'Asia/Jakarta'. */
  timezoneId?: string;
  /** Default 1280×800. */
  viewport?: { width: number; height: number };
  /** Extra Playwright context options (colorScheme, reducedMotion, offline, ...). */
  contextOptions?: BrowserContextOptions;
  /** Problems matching one of these are expected by the test and not reported. */
  allowProblems?: RegExp[];
  /** Wait for this load state after navigation. Default 'load'. */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit';
  /** Navigation timeout in ms. Default 30 000. */
  timeout?: number;
}

export interface OpenApp {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** The origin under test, e.g. http://127.0.0.1:41234 */
  origin: string;
  /** Everything that went wrong so far, one human-readable line each. */
  problems(): string[];
  /** Requests to any origin but the app's own (also part of problems()). */
  offOriginRequests(): string[];
  close(): Promise<void>;
}

interface CspReport {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  line: number;
  sample: string;
}

const CSP_BINDING = '__arusReportCspViolation';

// Runs in every frame before any page script. `securitypolicyviolation` fires on the document for
// violations of both the header and the <meta> policy.
const CSP_LISTENER = `(() => {
  const report = globalThis[${JSON.stringify(CSP_BINDING)}];
  if (typeof report !== 'function') return;
  document.addEventListener('securitypolicyviolation', (e) => {
    report({
      directive: e.effectiveDirective || e.violatedDirective,
      blockedURI: e.blockedURI,
      sourceFile: e.sourceFile,
      line: e.lineNumber,
      sample: e.sample,
    });
  }, true);
})();`;

function resolveChromium(): string {
  let provided: string | undefined;
  try {
    provided = inject('chromiumPath');
  } catch {
    provided = undefined; // not inside a Vitest worker of the browser project
  }
  const found = provided ?? findChromium();
  if (!found) throw new Error(missingChromiumMessage());
  return found;
}

function resolveBaseUrl(explicit: string | undefined): string {
  const url = explicit ?? process.env.E2E_BASE_URL ?? inject('baseUrl');
  if (!url) {
    throw new Error(
      'No base URL: run the e2e tests through the `browser` Vitest project (its global setup serves the build).',
    );
  }
  return url;
}

function isOwnOrInert(url: string, origin: string): boolean {
  if (/^(data|blob|about|chrome|chrome-extension|devtools):/i.test(url)) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/** Identical lines once, with a count (StrictMode and the header + meta CSP pair report twice). */
function collapseRepeats(lines: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  return [...counts].map(([line, n]) => (n > 1 ? `${line} (×${n})` : line));
}

export async function openApp(path = '/', options: OpenAppOptions = {}): Promise<OpenApp> {
  const baseUrl = resolveBaseUrl(options.baseUrl);
  const origin = new URL(baseUrl).origin;
  const allow = options.allowProblems ?? [];
  const recorded: string[] = [];
  const offOrigin: string[] = [];
  const record = (line: string): void => {
    if (!allow.some((re) => re.test(line))) recorded.push(line);
  };

  const browser = await chromium.launch({ executablePath: resolveChromium(), args: [...CHROMIUM_ARGS] });
  try {
    const context = await browser.newContext({
      locale: options.locale ?? 'id-ID',
      timezoneId: options.timezoneId ?? 'Asia/Jakarta',
      viewport: options.viewport ?? { width: 1280, height: 800 },
      ...options.contextOptions,
    });

    await context.exposeBinding(CSP_BINDING, (source, report: CspReport) => {
      const where = report.sourceFile ? ` at ${report.sourceFile}:${report.line}` : '';
      const sample = report.sample ? ` sample: ${report.sample}` : '';
      record(
        `CSP violation (${report.directive}): blocked ${report.blockedURI || '(inline)'}${where}${sample} on ${source.frame.url()}`,
      );
    });
    await context.addInitScript({ content: CSP_LISTENER });

    // Context-wide, so popups and the MSW service worker's own fetches are covered as well.
    context.on('request', (request) => {
      const url = request.url();
      if (!isOwnOrInert(url, origin)) {
        const line = `${request.method()} ${url}`;
        offOrigin.push(line);
        record(`request left the machine: ${line}`);
      }
    });

    const watched = new WeakSet<Page>();
    const watchPage = (p: Page): void => {
      if (watched.has(p)) return;
      watched.add(p);
      p.on('console', (msg) => {
        const text = msg.text();
        const loc = msg.location();
        const at = loc.url ? ` (${loc.url}:${loc.lineNumber})` : '';
        if (msg.type() === 'error') record(`console error: ${text}${at}`);
        else if (/Content[- ]Security[- ]Policy/i.test(text))
          record(`console ${msg.type()} (CSP): ${text}${at}`);
      });
      p.on('pageerror', (err) => {
        record(`page error: ${err.name}: ${err.message}`);
      });
      p.on('crash', () => {
        record('page crashed');
      });
    };
    context.on('page', watchPage);

    const page = await context.newPage();
    watchPage(page);
    await page.goto(new URL(path, baseUrl).href, {
      waitUntil: options.waitUntil ?? 'load',
      timeout: options.timeout ?? 30_000,
    });

    let closed = false;
    return {
      browser,
      context,
      page,
      origin,
      problems: () => collapseRepeats(recorded),
      offOriginRequests: () => [...offOrigin],
      async close() {
        if (closed) return;
        closed = true;
        await context.close().catch(() => undefined);
        await browser.close();
      },
    };
  } catch (err) {
    await browser.close().catch(() => undefined);
    throw err;
  }
}

/** Fails with the full list when the page logged errors, violated the CSP or left the origin. */
export function expectNoProblems(app: Pick<OpenApp, 'problems'>, message = 'problems in the browser'): void {
  expect(app.problems(), message).toEqual([]);
}
