// What scripts/bench/in-page.mjs leaves in every benchmarked page.
import type { BenchRecord } from './in-page.mjs';

declare global {
  interface Window {
    __bench: BenchRecord;
  }
}
