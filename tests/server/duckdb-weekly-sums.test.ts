// Weekly queries on DuckDB read the stored weekly sums (migration 5). A database written before
// that migration gets them computed from its day rows when it is opened, and answers as before.
// Figures worked out by hand: 2026-05-18 is a Monday (2026-01-01 is a Thursday, 137 days before).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterEach, expect, test } from 'vitest';
import { demoLocalDataset } from '../../mocks/demo-dataset/demo-local-dataset';
import { openDuckDbStore } from '../../server/store/duckdb/duckdb-store';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Two rice series over two weeks: one ships 1, 2, … 14 t a day, the other 10 t every day. */
async function writeTwoWeeks(path: string) {
  const demo = demoLocalDataset();
  const series = [
    Float64Array.from({ length: 14 }, (_, i) => i + 1),
    Float64Array.from({ length: 14 }, () => 10),
  ].map((values, i) => ({
    origin: i === 0 ? '32.09' : '33.10',
    commodity: 'rice-milled' as const,
    entryPoint: 'PIBC',
    status: 'reported' as const,
    sourceIds: ['test'],
    values,
  }));
  const { store } = await openDuckDbStore({ path });
  const { revision } = await store.writeRevision({
    datasetId: 'two-weeks',
    datasetName: 'Two weeks',
    kind: 'server',
    dataset: {
      ...demo,
      meta: { ...demo.meta, coverage: { from: '2026-05-18', to: '2026-05-31' } },
      flows: { firstDay: '2026-05-18', lastDay: '2026-05-31', series },
    },
    record: {
      tokenName: null,
      fileName: null,
      fileHash: null,
      fileBytes: null,
      totalRows: 28,
      acceptedRows: 28,
      rejectedRows: 0,
    },
  });
  await store.close();
  return revision;
}

async function weekly(path: string, from: string, to: string) {
  const { store } = await openDuckDbStore({ path });
  try {
    const context = await store.revisionContext('two-weeks');
    if (!context) throw new Error('no revision');
    const rows = await store.flows(context.revisionId, {
      range: { from, to },
      granularity: 'week',
      groupBy: [],
      destination: '31',
    });
    return rows.map((row) => [row.period, row.tonnes]);
  } finally {
    await store.close();
  }
}

test('whole weeks from the weekly sums, cut weeks from the days', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arus-weekly-'));
  dirs.push(dir);
  const path = join(dir, 'db.duckdb');
  await writeTwoWeeks(path);
  // Week 1: 1+…+7 = 28 t and 7 × 10 = 70 t; week 2: 8+…+14 = 77 t and 70 t.
  expect(await weekly(path, '2026-05-18', '2026-05-31')).toEqual([
    ['2026-05-18', 98],
    ['2026-05-25', 147],
  ]);
  // From Wednesday: week 1 holds 3+…+7 = 25 t and 50 t; week 2 up to its Friday 8+…+12 = 50 t and 50 t.
  expect(await weekly(path, '2026-05-20', '2026-05-29')).toEqual([
    ['2026-05-18', 75],
    ['2026-05-25', 100],
  ]);
});

test('a database from before the weekly sums gets them when opened', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arus-weekly-'));
  dirs.push(dir);
  const path = join(dir, 'db.duckdb');
  await writeTwoWeeks(path);
  // Back to schema version 4: no weekly sums.
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  await connection.run('DROP TABLE flow_weeks');
  await connection.run('DELETE FROM schema_migrations WHERE version >= 5');
  await connection.run('CHECKPOINT');
  connection.closeSync();
  instance.closeSync();

  expect(await weekly(path, '2026-05-18', '2026-05-31')).toEqual([
    ['2026-05-18', 98],
    ['2026-05-25', 147],
  ]);
});
