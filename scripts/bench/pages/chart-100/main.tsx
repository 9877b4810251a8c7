// Reference page for `npm run bench`: the app's own TimeSeriesChart on 100 points × 3 series in a
// 1200 px wide box, nothing else. "Chart painted" and the longest interaction of the app are
// compared with this page. The button swaps between two 100-point datasets (the reference
// interaction); <body data-dataset="a|b"> says which one has been committed.
//
// `@bench/time-series-chart` is an alias set by scripts/bench/servers.mjs for
// <app root>/src/charts/time-series-chart.tsx.
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { TimeSeriesChart } from '@bench/time-series-chart';

const POINTS = 100;
const SERIES = [
  { key: 'a', label: 'Beras', color: '#1b7f5f' },
  { key: 'b', label: 'Daging', color: '#b5462c' },
  { key: 'c', label: 'Ikan', color: '#2a62a8' },
];

function isoDay(offset: number): string {
  return new Date(Date.UTC(2025, 0, 1 + offset)).toISOString().slice(0, 10);
}

/** Deterministic, wavy data: the same for every run. */
function dataset(phase: number) {
  return Array.from({ length: POINTS }, (_, i) => ({
    period: isoDay(i),
    a: Math.round(500 + 200 * Math.sin((i + phase) / 9) + ((i * 37) % 23)),
    b: Math.round(300 + 120 * Math.cos((i + phase) / 13) + ((i * 17) % 19)),
    c: Math.round(400 + 150 * Math.sin((i + phase) / 5 + 1) + ((i * 29) % 31)),
  }));
}

const DATASETS = { a: dataset(0), b: dataset(40) };
const formatX = (period: string) => period;
const formatY = (value: number) => String(value);

function Page() {
  const [which, setWhich] = useState<'a' | 'b'>('a');
  useEffect(() => {
    document.body.dataset.dataset = which;
  }, [which]);
  return (
    <main>
      <h1>Bench reference: 100 points × 3 series</h1>
      <button type="button" onClick={() => setWhich((current) => (current === 'a' ? 'b' : 'a'))}>
        Ganti data
      </button>
      <div style={{ width: 1200 }}>
        <TimeSeriesChart
          rows={DATASETS[which]}
          series={SERIES}
          kind="line"
          height={320}
          formatX={formatX}
          formatY={formatY}
          description="bench"
        />
      </div>
    </main>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);
