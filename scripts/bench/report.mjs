import { GROWTH_SPANS } from './measurements.mjs';

// The printed report of `npm run bench`: which figure is compared with which reference, the
// targets (what a user should feel), and the formatting. Samples come in as
//   samples[measurementId] = [{ metrics: { name: number }, details }, ...]   (one per run)
// A metric is addressed as 'measurementId.metricName'.

/**
 * A row compares a metric ('measurementId.metricName') with a reference metric, or shows it alone.
 * @typedef {{ label: string, value: string, reference?: string, referenceLabel?: string, unit: string }} ReportRow
 * A target: its figure, PASS/FAIL, and `beside`, a figure printed next to it (total blocking time
 * beside the longest task).
 * @typedef {{ label: string, value: (r: ReturnType<typeof results>) => number, pass: (value: number) => boolean, unit: string, beside?: (r: ReturnType<typeof results>) => string }} ReportTarget
 * @typedef {{ sections: { title: string, rows: ReportRow[] }[], targets: ReportTarget[] }} ReportSpec
 */

/** @type {ReportSpec} */
export const REPORT = {
  sections: [
    {
      title: 'Load (ms from navigation start)',
      rows: [
        {
          label: 'LCP, /',
          value: 'app.lcp',
          reference: 'reactOnly.lcp',
          referenceLabel: 'React-only page',
          unit: 'ms',
        },
        {
          label: 'chart painted, /',
          value: 'app.chartPainted',
          reference: 'chart100.chartPainted',
          referenceLabel: 'same chart, 100 points',
          unit: 'ms',
        },
        {
          label: 'LCP ÷ chart painted, /',
          value: 'app.lcp',
          reference: 'app.chartPainted',
          referenceLabel: '(same load)',
          unit: 'ratio',
        },
      ],
    },
    {
      title: 'Main thread during load (from navigation until the page is drawn and quiet)',
      rows: [
        {
          label: 'longest task, /',
          value: 'app.loadLongestTask',
          reference: 'chart100.loadLongestTask',
          referenceLabel: 'same chart, 100 points',
          unit: 'ms',
        },
        {
          label: 'total blocking time, /',
          value: 'app.loadBlocking',
          reference: 'chart100.loadBlocking',
          referenceLabel: 'same chart, 100 points',
          unit: 'ms',
        },
        {
          label: 'longest task, daily seven years',
          value: 'sevenYear.loadLongestTask',
          reference: 'chart100.loadLongestTask',
          referenceLabel: 'same chart, 100 points',
          unit: 'ms',
        },
        {
          label: 'total blocking time, daily seven years',
          value: 'sevenYear.loadBlocking',
          reference: 'chart100.loadBlocking',
          referenceLabel: 'same chart, 100 points',
          unit: 'ms',
        },
      ],
    },
    {
      title: '10 commodity/period switches, / (what a user waits for after each input)',
      rows: [
        {
          label: 'slowest input → last DOM change',
          value: 'app.slowestUpdate',
          reference: 'chart100.slowestUpdate',
          referenceLabel: '10 data swaps, 100 points',
          unit: 'ms',
        },
        {
          label: 'longest task during the switches',
          value: 'app.longestTask',
          reference: 'chart100.longestTask',
          referenceLabel: '10 data swaps, 100 points',
          unit: 'ms',
        },
        {
          label: 'total blocking time of the switches',
          value: 'app.switchBlocking',
          reference: 'chart100.switchBlocking',
          referenceLabel: '10 data swaps, 100 points',
          unit: 'ms',
        },
        {
          label: 'longest interaction (Event Timing)',
          value: 'app.longestInteraction',
          reference: 'chart100.longestInteraction',
          referenceLabel: '10 data swaps, 100 points',
          unit: 'ms',
        },
      ],
    },
    {
      title: 'Daily seven-year view (/?period=custom&from=2019-01-01&to=2026-10-31&gran=day)',
      rows: [
        {
          label: 'chart painted',
          value: 'sevenYear.chartPainted',
          reference: 'chart100.chartPainted',
          referenceLabel: 'same chart, 100 points',
          unit: 'ms',
        },
        {
          label: '4 switches: slowest input → last DOM change',
          value: 'sevenYear.slowestUpdate',
          reference: 'chart100.slowestUpdate',
          referenceLabel: '10 data swaps, 100 points',
          unit: 'ms',
        },
        {
          label: '  longest task during the switches',
          value: 'sevenYear.longestTask',
          reference: 'chart100.longestTask',
          referenceLabel: '10 data swaps, 100 points',
          unit: 'ms',
        },
        {
          label: '  total blocking time of the switches',
          value: 'sevenYear.switchBlocking',
          reference: 'chart100.switchBlocking',
          referenceLabel: '10 data swaps, 100 points',
          unit: 'ms',
        },
        {
          label: '  longest interaction (Event Timing)',
          value: 'sevenYear.longestInteraction',
          reference: 'chart100.longestInteraction',
          referenceLabel: '10 data swaps, 100 points',
          unit: 'ms',
        },
        { label: 'share chart: rows in', value: 'sevenYear.chartRows', unit: 'count' },
        { label: 'share chart: rows drawn', value: 'sevenYear.chartDrawn', unit: 'count' },
        {
          label: 'LCP',
          value: 'sevenYear.lcp',
          reference: 'reactOnly.lcp',
          referenceLabel: 'React-only page',
          unit: 'ms',
        },
      ],
    },
    {
      title: 'Growth: the daily view over 1, 3 and 8 years (should be flat past the plot width, ~1,100 px)',
      rows: GROWTH_SPANS.flatMap((span) => [
        {
          label: `${span.label}: chart painted`,
          value: `growth.${span.id}Painted`,
          reference: 'chart100.chartPainted',
          referenceLabel: 'same chart, 100 points',
          unit: 'ms',
        },
        {
          label: `${span.label}: slowest of 2 switches`,
          value: `growth.${span.id}Switch`,
          reference: 'chart100.slowestUpdate',
          referenceLabel: '10 data swaps, 100 points',
          unit: 'ms',
        },
        { label: `${span.label}: share chart rows in`, value: `growth.${span.id}Rows`, unit: 'count' },
        { label: `${span.label}: share chart rows drawn`, value: `growth.${span.id}Drawn`, unit: 'count' },
      ]),
    },
    {
      title: 'Server build (`npm start`: the build and the API on one origin, DuckDB)',
      rows: [
        {
          label: 'chart painted, /',
          value: 'serverApp.chartPainted',
          reference: 'chart100.chartPainted',
          referenceLabel: 'same chart, 100 points',
          unit: 'ms',
        },
        {
          label: 'LCP, /',
          value: 'serverApp.lcp',
          reference: 'reactOnly.lcp',
          referenceLabel: 'React-only page',
          unit: 'ms',
        },
        {
          label: 'longest task during load, /',
          value: 'serverApp.loadLongestTask',
          reference: 'chart100.loadLongestTask',
          referenceLabel: 'same chart, 100 points',
          unit: 'ms',
        },
        {
          label: 'total blocking time of load, /',
          value: 'serverApp.loadBlocking',
          reference: 'chart100.loadBlocking',
          referenceLabel: 'same chart, 100 points',
          unit: 'ms',
        },
        {
          label: '10 switches: slowest input → last DOM change',
          value: 'serverApp.slowestUpdate',
          reference: 'chart100.slowestUpdate',
          referenceLabel: '10 data swaps, 100 points',
          unit: 'ms',
        },
        {
          label: '  longest task during the switches',
          value: 'serverApp.longestTask',
          reference: 'chart100.longestTask',
          referenceLabel: '10 data swaps, 100 points',
          unit: 'ms',
        },
        {
          label: '  total blocking time of the switches',
          value: 'serverApp.switchBlocking',
          reference: 'chart100.switchBlocking',
          referenceLabel: '10 data swaps, 100 points',
          unit: 'ms',
        },
        {
          label: 'daily 7 years: chart painted',
          value: 'serverSevenYear.chartPainted',
          reference: 'chart100.chartPainted',
          referenceLabel: 'same chart, 100 points',
          unit: 'ms',
        },
        {
          label: 'daily 7 years: LCP',
          value: 'serverSevenYear.lcp',
          reference: 'reactOnly.lcp',
          referenceLabel: 'React-only page',
          unit: 'ms',
        },
        {
          label: 'daily 7 years: longest task during load',
          value: 'serverSevenYear.loadLongestTask',
          reference: 'chart100.loadLongestTask',
          referenceLabel: 'same chart, 100 points',
          unit: 'ms',
        },
        {
          label: 'daily 7 years: total blocking time of load',
          value: 'serverSevenYear.loadBlocking',
          reference: 'chart100.loadBlocking',
          referenceLabel: 'same chart, 100 points',
          unit: 'ms',
        },
        {
          label: 'daily 7 years, 4 switches: slowest input → last DOM change',
          value: 'serverSevenYear.slowestUpdate',
          reference: 'chart100.slowestUpdate',
          referenceLabel: '10 data swaps, 100 points',
          unit: 'ms',
        },
        {
          label: '  longest task during the switches',
          value: 'serverSevenYear.longestTask',
          reference: 'chart100.longestTask',
          referenceLabel: '10 data swaps, 100 points',
          unit: 'ms',
        },
        {
          label: '  total blocking time of the switches',
          value: 'serverSevenYear.switchBlocking',
          reference: 'chart100.switchBlocking',
          referenceLabel: '10 data swaps, 100 points',
          unit: 'ms',
        },
      ],
    },
    {
      title: 'CSV import, 1,000,000 rows (?page=data of the static demo build)',
      rows: [
        {
          label: 'file chosen → report painted',
          value: 'import.importMs',
          reference: 'csvRead.importMs',
          referenceLabel: 'same file, read in a worker',
          unit: 'ms',
        },
        { label: 'rows per second', value: 'import.rowsPerSecond', unit: 'perSecond' },
        {
          label: 'longest main-thread task during import',
          value: 'import.longestTask',
          reference: 'csvRead.longestTask',
          referenceLabel: 'same file, read in a worker',
          unit: 'ms',
        },
        {
          label: 'total blocking time during import',
          value: 'import.totalBlocking',
          reference: 'csvRead.totalBlocking',
          referenceLabel: 'same file, read in a worker',
          unit: 'ms',
        },
        { label: 'longest interaction during import', value: 'import.longestInteraction', unit: 'ms' },
      ],
    },
    {
      title: 'JavaScript (gzip)',
      rows: [
        {
          label: 'initial JS (entry + static imports)',
          value: 'js.appInitial',
          reference: 'js.reactOnly',
          referenceLabel: 'React-only build',
          unit: 'bytes',
        },
        { label: 'total JS (all .js in the build)', value: 'js.appTotal', unit: 'bytes' },
        { label: '  of which lazy chunks and workers', value: 'js.appLazy', unit: 'bytes' },
        { label: '  of which demo API client (page)', value: 'js.appDemo', unit: 'bytes' },
        { label: '  of which demo API worker', value: 'js.appDemoWorker', unit: 'bytes' },
        { label: '  of which offline SW (sw.js, Workbox)', value: 'js.appOffline', unit: 'bytes' },
        {
          label: 'server build: initial JS',
          value: 'js.serverInitial',
          reference: 'js.reactOnly',
          referenceLabel: 'React-only build',
          unit: 'bytes',
        },
        { label: 'server build: total JS', value: 'js.serverTotal', unit: 'bytes' },
        { label: 'server build: demo API (must be 0)', value: 'js.serverDemo', unit: 'bytes' },
      ],
    },
  ],
  targets: [
    {
      label: 'every switch, /: input → last DOM change ≤ 2 × the 100-point swap',
      value: (r) => r.ratio('app.slowestUpdate', 'chart100.slowestUpdate'),
      pass: (v) => v <= 2,
      unit: 'ratio',
    },
    {
      label: 'every switch, daily 7 years: input → last DOM change ≤ 2 × the 100-point swap',
      value: (r) => r.ratio('sevenYear.slowestUpdate', 'chart100.slowestUpdate'),
      pass: (v) => v <= 2,
      unit: 'ratio',
    },
    {
      label: 'no task over 100 ms during load, /',
      value: (r) => r.median('app.loadLongestTask'),
      beside: (r) => `total blocking time ${format(r.median('app.loadBlocking'), 'ms')}`,
      pass: (v) => v <= 100,
      unit: 'ms',
    },
    {
      label: 'no task over 100 ms during the switches, /',
      value: (r) => r.median('app.longestTask'),
      beside: (r) => `total blocking time ${format(r.median('app.switchBlocking'), 'ms')}`,
      pass: (v) => v <= 100,
      unit: 'ms',
    },
    {
      label: 'no task over 100 ms during load, daily 7 years',
      value: (r) => r.median('sevenYear.loadLongestTask'),
      beside: (r) => `total blocking time ${format(r.median('sevenYear.loadBlocking'), 'ms')}`,
      pass: (v) => v <= 100,
      unit: 'ms',
    },
    {
      label: 'no task over 100 ms during the switches, daily 7 years',
      value: (r) => r.median('sevenYear.longestTask'),
      beside: (r) => `total blocking time ${format(r.median('sevenYear.switchBlocking'), 'ms')}`,
      pass: (v) => v <= 100,
      unit: 'ms',
    },
    {
      label: 'first chart painted, / ≤ 1.5 × the 100-point chart page',
      value: (r) => r.ratio('app.chartPainted', 'chart100.chartPainted'),
      pass: (v) => v <= 1.5,
      unit: 'ratio',
    },
    {
      label: 'daily 7 years: chart painted ≤ 2 × the 100-point chart page',
      value: (r) => r.ratio('sevenYear.chartPainted', 'chart100.chartPainted'),
      pass: (v) => v <= 2,
      unit: 'ratio',
    },
    {
      label: 'daily 7 years: LCP ≤ 2 × the React-only page',
      value: (r) => r.ratio('sevenYear.lcp', 'reactOnly.lcp'),
      pass: (v) => v <= 2,
      unit: 'ratio',
    },
    {
      label: 'growth, chart painted: 8 years ÷ 3 years of daily data ≤ 1.25',
      value: (r) => r.ratio('growth.y8Painted', 'growth.y3Painted'),
      pass: (v) => v <= 1.25,
      unit: 'ratio',
    },
    {
      label: 'growth, slowest switch: 8 years ÷ 3 years of daily data ≤ 1.25',
      value: (r) => r.ratio('growth.y8Switch', 'growth.y3Switch'),
      pass: (v) => v <= 1.25,
      unit: 'ratio',
    },
    {
      label: 'longest interaction (Event Timing) < 200 ms, /',
      value: (r) => r.median('app.longestInteraction'),
      pass: (v) => v < 200,
      unit: 'ms',
    },
    {
      label: 'longest interaction (Event Timing) < 200 ms, daily 7 years',
      value: (r) => r.median('sevenYear.longestInteraction'),
      pass: (v) => v < 200,
      unit: 'ms',
    },
    {
      label: 'server build, every switch, /: input → last DOM change ≤ 2 × the 100-point swap',
      value: (r) => r.ratio('serverApp.slowestUpdate', 'chart100.slowestUpdate'),
      pass: (v) => v <= 2,
      unit: 'ratio',
    },
    {
      label: 'server build, every switch, daily 7 years: ≤ 2 × the 100-point swap',
      value: (r) => r.ratio('serverSevenYear.slowestUpdate', 'chart100.slowestUpdate'),
      pass: (v) => v <= 2,
      unit: 'ratio',
    },
    {
      label: 'server build, no task over 100 ms during load, /',
      value: (r) => r.median('serverApp.loadLongestTask'),
      beside: (r) => `total blocking time ${format(r.median('serverApp.loadBlocking'), 'ms')}`,
      pass: (v) => v <= 100,
      unit: 'ms',
    },
    {
      label: 'server build, no task over 100 ms during the switches, /',
      value: (r) => r.median('serverApp.longestTask'),
      beside: (r) => `total blocking time ${format(r.median('serverApp.switchBlocking'), 'ms')}`,
      pass: (v) => v <= 100,
      unit: 'ms',
    },
    {
      label: 'server build, no task over 100 ms during load, daily 7 years',
      value: (r) => r.median('serverSevenYear.loadLongestTask'),
      beside: (r) => `total blocking time ${format(r.median('serverSevenYear.loadBlocking'), 'ms')}`,
      pass: (v) => v <= 100,
      unit: 'ms',
    },
    {
      label: 'server build, no task over 100 ms during the switches, daily 7 years',
      value: (r) => r.median('serverSevenYear.longestTask'),
      beside: (r) => `total blocking time ${format(r.median('serverSevenYear.switchBlocking'), 'ms')}`,
      pass: (v) => v <= 100,
      unit: 'ms',
    },
    {
      label: 'server build, first chart painted, / ≤ 1.5 × the 100-point chart page',
      value: (r) => r.ratio('serverApp.chartPainted', 'chart100.chartPainted'),
      pass: (v) => v <= 1.5,
      unit: 'ratio',
    },
    {
      label: 'server build, daily 7 years: chart painted ≤ 2 × the 100-point chart page',
      value: (r) => r.ratio('serverSevenYear.chartPainted', 'chart100.chartPainted'),
      pass: (v) => v <= 2,
      unit: 'ratio',
    },
    {
      label: 'server build, daily 7 years: LCP ≤ 2 × the React-only page',
      value: (r) => r.ratio('serverSevenYear.lcp', 'reactOnly.lcp'),
      pass: (v) => v <= 2,
      unit: 'ratio',
    },
    {
      label: 'page stays responsive: longest task during import < 200 ms at 4× slowdown',
      value: (r) => r.median('import.longestTask'),
      beside: (r) => `total blocking time ${format(r.median('import.totalBlocking'), 'ms')}`,
      pass: (v) => v < 200,
      unit: 'ms',
    },
    {
      label: 'initial JS ≤ 1.5 × React-only JS',
      value: (r) => r.ratio('js.appInitial', 'js.reactOnly'),
      pass: (v) => v <= 1.5,
      unit: 'ratio',
    },
    {
      label: 'server build, initial JS ≤ 1.5 × React-only JS',
      value: (r) => r.ratio('js.serverInitial', 'js.reactOnly'),
      pass: (v) => v <= 1.5,
      unit: 'ratio',
    },
  ],
};

/** Thrown by results().values for a measurement that was not run (BENCH_ONLY). */
export class NotRun extends Error {}

export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Accessors over the samples: values(), median(), ratio() (median of per-run ratios). */
export function results(samples) {
  const values = (address) => {
    const [id, metric] = address.split('.');
    const runs = samples[id];
    if (!runs) throw new NotRun(`report: no measurement "${id}" (for ${address})`);
    return runs.map((run) => run.metrics[metric]);
  };
  return {
    values,
    median: (address) => median(values(address)),
    /**
     * Run i of one is divided by run i of the other (interleaved, so measured back to back, or
     * in the same page load), and the median of those ratios is returned.
     */
    ratio(numerator, denominator) {
      const a = values(numerator);
      const b = values(denominator);
      const n = Math.min(a.length, b.length);
      if (n === 0) return Number.NaN;
      if (a.length === 1 || b.length === 1) return median(a) / median(b);
      return median(Array.from({ length: n }, (_, i) => a[i] / b[i]));
    },
  };
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function format(value, unit) {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'ms') return `${integer.format(value)} ms`;
  if (unit === 'bytes') return `${(value / 1000).toFixed(1)} kB`;
  if (unit === 'ratio') return `${value.toFixed(2)}×`;
  if (unit === 'perSecond') return `${integer.format(value)}/s`;
  if (unit === 'count') return integer.format(value);
  return String(value);
}

const pad = (text, width) => (text.length >= width ? text : text + ' '.repeat(width - text.length));
const padStart = (text, width) => (text.length >= width ? text : ' '.repeat(width - text.length) + text);

/**
 * The report as lines of text, with the number of targets failed and not measured. `broken` maps
 * a measurement id to why it broke; its rows show "broken". Rows and targets about measurements
 * that are not in `samples` at all (not run: BENCH_ONLY) are left out.
 */
export function renderReport(samples, { spec = REPORT, broken = new Map() } = {}) {
  const r = results(samples);
  const isBroken = (address) => address && broken.has(address.split('.')[0]);
  const wasRun = (address) => !address || address.split('.')[0] in samples;
  const lines = [];
  const W = { label: 38, value: 11, refLabel: 27, ref: 11, ratio: 8 };
  for (const fullSection of spec.sections) {
    const section = {
      ...fullSection,
      rows: fullSection.rows.filter((row) => wasRun(row.value) && wasRun(row.reference)),
    };
    if (section.rows.length === 0) continue;
    lines.push('', section.title);
    lines.push(
      `  ${pad('', W.label)}${padStart('median', W.value)}   ${pad('reference', W.refLabel)}${padStart('median', W.ref)}${padStart('ratio', W.ratio)}`,
    );
    for (const row of section.rows) {
      const runs = r.values(row.value);
      if (isBroken(row.value) || isBroken(row.reference)) {
        lines.push(
          `  ${pad(row.label, W.label)}${padStart('broken', W.value)}   ${row.referenceLabel ?? ''}`,
        );
        continue;
      }
      if (row.unit === 'ratio') {
        const value = r.ratio(row.value, row.reference);
        lines.push(
          `  ${pad(row.label, W.label)}${padStart(format(value, 'ratio'), W.value)}   ${row.referenceLabel ?? ''}`,
        );
        if (runs.length > 1) {
          const b = r.values(row.reference);
          lines.push(`      runs: ${runs.map((v, i) => (v / b[i]).toFixed(2)).join(', ')}`);
        }
        continue;
      }
      const value = r.median(row.value);
      let line = `  ${pad(row.label, W.label)}${padStart(format(value, row.unit), W.value)}`;
      if (row.reference) {
        const ref = r.median(row.reference);
        line += `   ${pad(row.referenceLabel ?? row.reference, W.refLabel)}${padStart(format(ref, row.unit), W.ref)}`;
        line += padStart(format(r.ratio(row.value, row.reference), 'ratio'), W.ratio);
      }
      lines.push(line);
      if (runs.length > 1) {
        const show = (values) => values.map((v) => (Number.isFinite(v) ? integer.format(v) : '—')).join(', ');
        let detail = `      runs: ${show(runs)}`;
        if (row.reference) detail += `  |  reference: ${show(r.values(row.reference))}`;
        lines.push(detail);
      }
    }
  }

  lines.push('', 'Targets');
  let failed = 0;
  let unknown = 0;
  const targetWidth = Math.max(56, ...spec.targets.map((target) => target.label.length + 2));
  for (const target of spec.targets) {
    let value;
    try {
      value = target.value(r);
    } catch (error) {
      if (error instanceof NotRun) continue;
      throw error;
    }
    if (!Number.isFinite(value)) {
      unknown += 1;
      lines.push(`  N/A   ${pad(target.label, targetWidth)}${padStart('not measured', 12)}`);
      continue;
    }
    const ok = target.pass(value);
    if (!ok) failed += 1;
    const beside = target.beside ? `   (${target.beside(r)})` : '';
    lines.push(
      `  ${ok ? 'PASS' : 'FAIL'}  ${pad(target.label, targetWidth)}${padStart(format(value, target.unit), 10)}${beside}`,
    );
  }
  return { lines, failed, unknown };
}

/** The details of the run whose `metric` is the median (or nearest), for one measurement. */
export function medianRunDetails(runs, metric) {
  const withValue = runs.filter((run) => Number.isFinite(run.metrics[metric]));
  if (withValue.length === 0) return runs[0]?.details;
  const sorted = [...withValue].sort((a, b) => a.metrics[metric] - b.metrics[metric]);
  return sorted[Math.floor((sorted.length - 1) / 2)].details;
}
