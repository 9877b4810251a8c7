// The CSV file the import measurement feeds to the "Data sendiri" page: 1,000,000 rows of daily
// flows (docs/data-import.md), 400 series × 2,500 days, deterministic, written once per bench run
// into its temp dir. Every 1,000th row is deliberately bad (one of BAD_ROWS in turn), so the
// report's rejection path runs too: 999,000 rows are accepted and 1,000 rejected.
import { closeSync, existsSync, openSync, renameSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const FLOW_ROWS = 1_000_000;
const DAYS = 2_500;
const FIRST_DAY = Date.UTC(2019, 0, 1);
const BAD_EVERY = 1_000;

/** Forms and the entry points they come through (src/reference/entry-points.ts). */
const FORMS_AT = [
  ['rice-milled', 'PIBC'],
  ['meat-beef', 'RPH-CAKUNG'],
  ['meat-buffalo', 'RPH-CAKUNG'],
  ['meat-chicken', 'RPH-CAKUNG'],
  ['meat-beef', 'TANJUNG-PRIOK'],
  ['fish-marine', 'TANJUNG-PRIOK'],
  ['fish-marine', 'PPS-NIZAM-ZACHMAN'],
  ['fish-freshwater', 'PPS-NIZAM-ZACHMAN'],
];

/** 50 codes of src/reference/regions.ts (regencies, cities, provinces, countries). */
const ORIGINS = [
  '31.71',
  '31.72',
  '31.73',
  '31.74',
  '31.75',
  '13.77',
  '14.71',
  '16.07',
  '16.08',
  '18.01',
  '18.02',
  '32.01',
  '32.02',
  '32.03',
  '32.04',
  '32.09',
  '32.12',
  '32.13',
  '32.14',
  '32.15',
  '32.17',
  '33.01',
  '33.10',
  '33.14',
  '33.15',
  '33.18',
  '33.21',
  '33.25',
  '33.26',
  '33.28',
  '33.29',
  '35.21',
  '35.22',
  '35.23',
  '35.24',
  '35.25',
  '36.02',
  '36.03',
  '36.04',
  '52.04',
  '53.01',
  '61.04',
  '73.08',
  '73.14',
  '73.15',
  '74.01',
  'AUS',
  'NZL',
  'IND',
  'NOR',
];

const SERIES = ORIGINS.flatMap((origin) =>
  FORMS_AT.map(([commodity, entryPoint]) => `${origin},${commodity},${entryPoint}`),
);

/** Each a different rejection reason of docs/data-import.md. */
const BAD_ROWS = [
  (date, series, tonnes) =>
    `${date.slice(8)}/${date.slice(5, 7)}/${date.slice(0, 4)},${series},${tonnes},reported,`, // day-first date
  (date, series, tonnes) => `${date},${series.replace(/^[^,]+/, '33.1')},${tonnes},reported,`, // Excel-mangled 33.10
  (date, series, tonnes) => `${date},${series.replace(/,[^,]+,/, ',rice,')},${tonnes},reported,`, // a group, not a form
  (date, series) => `${date},${series},-5,reported,`, // negative tonnes
  (date, series, tonnes) => `${date},${series},${tonnes},guessed,`, // unknown status
];

/**
 * Writes (once) `flows-1m.csv` into `dir` and returns { path, bytes, rows, badRows, series, days }.
 * Rows go day by day, every series on each day, tonnes from a fixed linear congruential generator.
 */
export function flowsCsv(dir) {
  const path = join(dir, 'flows-1m.csv');
  const info = { path, rows: FLOW_ROWS, badRows: FLOW_ROWS / BAD_EVERY, series: SERIES.length, days: DAYS };
  if (SERIES.length * DAYS !== FLOW_ROWS) throw new Error('flows-csv: series × days ≠ rows');
  if (existsSync(path)) return { ...info, bytes: statSync(path).size };

  const partial = `${path}.partial`;
  const fd = openSync(partial, 'w');
  try {
    let seed = 20_240_101;
    const random = () => {
      seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
      return seed / 4_294_967_296;
    };
    let chunk = 'date,origin,commodity,entry_point,tonnes,status,source\n';
    let row = 0;
    for (let day = 0; day < DAYS; day += 1) {
      const date = new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);
      for (let s = 0; s < SERIES.length; s += 1) {
        const tonnes = (5 + random() * 95).toFixed(1);
        row += 1;
        if (row % BAD_EVERY === 0) {
          chunk += `${BAD_ROWS[(row / BAD_EVERY) % BAD_ROWS.length](date, SERIES[s], tonnes)}\n`;
        } else {
          const status = s % 4 === 3 ? 'estimated' : 'reported';
          const source = s % 8 === 0 ? 'Bench generated file' : '';
          chunk += `${date},${SERIES[s]},${tonnes},${status},${source}\n`;
        }
      }
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, path);
  return { ...info, bytes: statSync(path).size };
}
