import { DEFAULT_ALERT_THRESHOLDS, type AlertThresholds } from '../domain/alerts';
import { createPersistedStore } from '../storage/persisted-store';
import { isValidThreshold, STORED_ALERT_THRESHOLDS } from '../storage/stored-values';

interface AlertThresholdsState extends AlertThresholds {
  setThreshold: (name: keyof AlertThresholds, value: number) => void;
  reset: () => void;
}

/** Alert thresholds are a person's own settings: kept in this browser, not in the shared link. */
export const useAlertThresholds = createPersistedStore<AlertThresholdsState, AlertThresholds>(
  (set) => ({
    ...DEFAULT_ALERT_THRESHOLDS,
    setThreshold: (name, value) => {
      if (isValidThreshold(name, value)) set({ [name]: value });
    },
    reset: () => set({ ...DEFAULT_ALERT_THRESHOLDS }),
  }),
  {
    definition: STORED_ALERT_THRESHOLDS,
    partialize: ({ belowNormFraction, originShareFraction, stockCoverDays }) => ({
      belowNormFraction,
      originShareFraction,
      stockCoverDays,
    }),
  },
);
