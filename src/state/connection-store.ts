import { create } from 'zustand';

/** What the offline service worker has done so far in this browser. */
export type OfflineReadiness = 'unsupported' | 'installing' | 'ready' | 'failed';

interface ConnectionState {
  /** The browser's own view of the network (navigator.onLine and its events). */
  online: boolean;
  offline: OfflineReadiness;
  /** A newer build is installed and waits; `applyUpdate` switches to it and reloads. */
  applyUpdate: (() => void) | null;
  setOnline: (online: boolean) => void;
  setOffline: (offline: OfflineReadiness) => void;
  setApplyUpdate: (applyUpdate: (() => void) | null) => void;
}

export const useConnection = create<ConnectionState>()((set) => ({
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  offline: 'unsupported',
  applyUpdate: null,
  setOnline: (online) => set({ online }),
  setOffline: (offline) => set({ offline }),
  setApplyUpdate: (applyUpdate) => set({ applyUpdate }),
}));

/** Follows the browser's online and offline events; returns the unsubscribe. */
export function followBrowserConnection(): () => void {
  const update = () => useConnection.getState().setOnline(navigator.onLine);
  update();
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  return () => {
    window.removeEventListener('online', update);
    window.removeEventListener('offline', update);
  };
}
