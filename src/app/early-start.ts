// The page's first script: index.html loads it before the app's own bundle, which is React, the
// query cache and the shell, and takes hundreds of milliseconds to evaluate on a slow phone. So the
// runtime configuration is asked for, and a build's demo API worker (it builds the demo dataset,
// the longest step before the first answer) is started, while the browser is still busy with that.
import { startDemoApiWorker, type DemoApiWorker } from '../../mocks/demo-api-worker-client';

export const CONFIG_URL = `${import.meta.env.BASE_URL}config.json`;

/** The answer to the first request for config.json (read by src/api/runtime-config.ts). */
export const earlyConfig: Promise<Response> = fetch(CONFIG_URL, { cache: 'no-store' });
// Read, and its failure reported, by the start-up; this only keeps an early failure from being
// reported twice as unhandled before the start-up gets to it.
earlyConfig.catch(() => undefined);

/**
 * The demo API worker of a build with the demo API, or null. Stopped by the start-up again when
 * the configuration turns the demo off.
 */
export const earlyDemoWorker: DemoApiWorker | null =
  __DEMO_ENABLED__ && import.meta.env.PROD ? startDemoApiWorker() : null;
