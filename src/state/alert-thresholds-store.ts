import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { DEFAULT_ALERT_THRESHOLDS, type AlertThresholds } from '../domain/alerts';

interface AlertThresholdsState extends AlertThresholds {
  setThreshold: (name: keyof AlertThresholds, value: number) => void;
  reset: () => void;
}

/** Alert thresholds are a person's own settings: kept in this browser, not in the shared link. */
export const useAlertThresholds = create<AlertThresholdsState>()(
  persist(
    (set) => ({
      ...DEFAULT_ALERT_THRESHOLDS,
      setThreshold: (name, value) => {
        if (Number.isFinite(value) && value >= 0) set({ [name]: value });
      },
      reset: () => set({ ...DEFAULT_ALERT_THRESHOLDS }),
    }),
    {
      name: 'arus-pangan:alert-thresholds',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ belowNormFraction, originShareFraction, stockCoverDays }) => ({
        belowNormFraction,
        originShareFraction,
        stockCoverDays,
      }),
    },
  ),
);
