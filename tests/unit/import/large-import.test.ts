import { describe, expect, test } from 'vitest';
import { bytesByteSource, importFlowFile, type ImportProgress } from '../../../src/import/import-flow-file';
import { BUILT_IN_IMPORT_REFERENCE } from '../../../src/import/import-reference';
import { HEADER } from './import-helpers';

// A large file: 240,000 rows (about 11 MB), 120 series × 2,000 days, every 1,000th row bad.
// It is read in chunks with progress after each, and every row is accounted for. The page stays
// responsive because the browser runs this in a Web Worker; the bench measures that, with a
// 1,000,000-row file, as the longest main-thread task during the import.
const ORIGINS = ['32.09', '32.15', '32.12', '33.01', '35.22', '18.01', '13.77', '14.71', '16.07', 'AUS'];
const FORMS: [string, string][] = [
  ['rice-milled', 'PIBC'],
  ['meat-beef', 'RPH-CAKUNG'],
  ['meat-chicken', 'RPH-CAKUNG'],
  ['meat-beef', 'TANJUNG-PRIOK'],
  ['fish-marine', 'TANJUNG-PRIOK'],
  ['fish-marine', 'PPS-NIZAM-ZACHMAN'],
  ['fish-freshwater', 'PPS-NIZAM-ZACHMAN'],
  ['meat-buffalo', 'RPH-CAKUNG'],
  ['rice-milled', 'TANJUNG-PRIOK'],
  ['fish-freshwater', 'TANJUNG-PRIOK'],
  ['meat-chicken', 'TANJUNG-PRIOK'],
  ['rice-milled', 'PPS-NIZAM-ZACHMAN'],
];
const DAYS = 2_000;
const SERIES = ORIGINS.length * FORMS.length; // 120
const ROWS = SERIES * DAYS;
const BAD_EVERY = 1_000;

function largeCsv(): Uint8Array {
  const lines = [HEADER];
  const first = Date.UTC(2020, 0, 1);
  for (let day = 0; day < DAYS; day += 1) {
    const date = new Date(first + day * 86_400_000).toISOString().slice(0, 10);
    for (let s = 0; s < SERIES; s += 1) {
      const row = day * SERIES + s + 1;
      const origin = ORIGINS[s % ORIGINS.length];
      const [form, entry] = FORMS[Math.floor(s / ORIGINS.length)] ?? ['', ''];
      const tonnes = row % BAD_EVERY === 0 ? '-1' : String((row % 97) + 0.5);
      lines.push(`${date},${origin},${form},${entry},${tonnes},estimated,`);
    }
  }
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

describe('a large import', () => {
  test('every row is counted, the bad ones by line, and progress moves in chunks', async () => {
    const bytes = largeCsv();
    expect(bytes.length).toBeGreaterThan(10_000_000);
    const progress: ImportProgress[] = [];
    const outcome = await importFlowFile(bytesByteSource(bytes, 'besar.csv'), {
      reference: BUILT_IN_IMPORT_REFERENCE,
      onProgress: (update) => progress.push(update),
    });
    const bad = ROWS / BAD_EVERY;
    expect(outcome.report.totalRows).toBe(ROWS);
    expect(outcome.report.rejectedRows).toBe(bad);
    expect(outcome.report.acceptedRows).toBe(ROWS - bad);
    expect(outcome.report.rejections[0]).toMatchObject({ line: BAD_EVERY + 1, column: 'tonnes' });
    const reading = progress.filter((update) => update.phase === 'reading');
    // 1 MiB chunks: at least ten progress steps, never going backwards, ending at the file's size.
    expect(reading.length).toBeGreaterThanOrEqual(10);
    for (let i = 1; i < reading.length; i += 1)
      expect(reading[i]?.bytesRead).toBeGreaterThanOrEqual(reading[i - 1]?.bytesRead ?? 0);
    expect(reading.at(-1)?.bytesRead).toBe(bytes.length);
  }, 120_000);
});
