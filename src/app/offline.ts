import { useConnection } from '../state/connection-store';

function controlled(): Promise<void> {
  if (navigator.serviceWorker.controller) return Promise.resolve();
  return new Promise((resolve) =>
    navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
  );
}

// The runtime configuration and the API's answers, as the service worker matches them.
const KEPT_AT_RUN_TIME = /\/config\.json$|\/api\/v\d+\//;

/**
 * On the first visit the page asked for its configuration and data before the service worker took
 * control; asking again through it keeps them, so this very view reloads offline.
 */
async function keepWhatLoadedBeforeControl(): Promise<void> {
  const urls = new Set(
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => {
        const parsed = new URL(url);
        return parsed.origin === window.location.origin && KEPT_AT_RUN_TIME.test(parsed.pathname);
      }),
  );
  await Promise.allSettled([...urls].map((url) => fetch(url, { headers: { Accept: 'application/json' } })));
}

/**
 * Registers the build's service worker (vite.config.ts, offlineServiceWorker): from then on every
 * page, chart, the map and the API answers seen are there without a network, reload included.
 * A newer build waits until the reader chooses to switch (the indicator offers it), so files never
 * change under an open presentation.
 */
export async function startOffline(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const { setOffline, setApplyUpdate } = useConnection.getState();
  setOffline('installing');
  try {
    const { Workbox } = await import('workbox-window');
    const workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
    workbox.addEventListener('waiting', () => {
      setApplyUpdate(() => {
        workbox.addEventListener('controlling', () => window.location.reload());
        workbox.messageSkipWaiting();
      });
    });
    const controlledAtStart = navigator.serviceWorker.controller !== null;
    await workbox.register();
    await navigator.serviceWorker.ready;
    if (!controlledAtStart) {
      await controlled();
      await keepWhatLoadedBeforeControl();
    }
    setOffline('ready');
  } catch (error) {
    // Site data blocked, or a private window that refuses service workers: online use goes on.
    console.warn('Arus Pangan: no offline copy in this browser', error);
    setOffline('failed');
  }
}
