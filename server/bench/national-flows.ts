// A national-scale synthetic flows table, to see how the cost of the API grows with the data:
// the 514 regencies and cities of Indonesia as origins, the 38 provinces as destinations, every
// commodity form of the contract, daily for ten years. Nothing in it is data: every series is
// status "synthetic", cites a source that says so, and the dataset's name says so too.
//
// The rows are made by the database itself (one INSERT … SELECT over a numbers table), not sent
// from this process: 50 million rows take seconds that way instead of minutes. The dataset's
// revision (its reference catalogue, coverage and record) is written first through the store, as
// any upload is; the generated series and days are then added to that revision in the engine's
// own tables. The table layout is each store's schema (store/duckdb/migrations.ts,
// store/clickhouse/schema.ts): a change there needs the same change here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DuckDBInstance } from '@duckdb/node-api';
import { demoLocalDataset } from '../../mocks/demo-dataset/demo-local-dataset';
import type { Source } from '../../src/contract/schemas';
import { addDays } from '../../src/domain/calendar-date';
import { COMMODITY_CODES, groupOf } from '../../src/domain/commodity';
import { DATA_STATUSES } from '../../src/domain/data-status';
import { JAKARTA, PROVINCES } from '../../src/reference/provinces';
import type { DatabaseLocation } from '../config';
import { openStore } from '../store/open-store';

export const NATIONAL_DATASET_ID = 'national-synthetic';
export const NATIONAL_SOURCE_ID = 'national-synthetic-model';
/** Ten years of days: 2016-01-01 … 2025-12-31. */
export const NATIONAL_FIRST_DAY = '2016-01-01';
export const NATIONAL_DAYS = 3653;
/** Sized for this machine (24 GiB, 2 cores): the largest step of the growth bench. */
export const DEFAULT_NATIONAL_ROWS = 50_000_000;

const NATIONAL_SOURCE: Source = {
  id: NATIONAL_SOURCE_ID,
  title: 'Synthetic national flows table, generated for load tests (514 origins, 38 destinations): not data',
  publisher: 'Arus Pangan',
  url: null,
  date: '2026',
  kind: 'model',
};

/** The 514 regency and city codes (Kemendagri), from the idn-area-data package. */
export function regencyCodes(): string[] {
  const require = createRequire(import.meta.url);
  const csv = readFileSync(require.resolve('idn-area-data/data/regencies.csv'), 'utf8');
  return csv
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(',')[0] ?? '')
    .filter((code) => /^\d{2}\.\d{2}$/.test(code));
}

export interface NationalPlan {
  /** Daily series: the rows asked for, rounded up to whole series of NATIONAL_DAYS days. */
  series: number;
  days: number;
  rows: number;
  firstDay: string;
  lastDay: string;
  /** Series (and so stored rows per day) whose destination is Jakarta. */
  jakartaSeries: number;
}

export function nationalPlan(rows: number): NationalPlan {
  if (!Number.isInteger(rows) || rows < NATIONAL_DAYS)
    throw new Error(`rows must be a whole number of at least ${NATIONAL_DAYS} (one series), got ${rows}`);
  const series = Math.ceil(rows / NATIONAL_DAYS);
  const jakartaIndex = PROVINCES.findIndex((p) => p.code === JAKARTA);
  // Series i goes to destination i mod 38.
  const jakartaSeries = Math.floor((series - 1 - jakartaIndex) / PROVINCES.length) + 1;
  return {
    series,
    days: NATIONAL_DAYS,
    rows: series * NATIONAL_DAYS,
    firstDay: NATIONAL_FIRST_DAY,
    lastDay: addDays(NATIONAL_FIRST_DAY, NATIONAL_DAYS - 1),
    jakartaSeries: Math.max(0, jakartaSeries),
  };
}

/** Codes go into SQL as literals: only codes of these shapes ever reach it. */
function sqlList(values: readonly string[]): string {
  for (const value of values)
    if (!/^[A-Za-z0-9.-]+$/.test(value)) throw new Error(`not a code: ${JSON.stringify(value)}`);
  return `[${values.map((v) => `'${v}'`).join(', ')}]`;
}

interface SeriesLists {
  origins: string;
  destinations: string;
  commodities: string;
  groups: string;
  entryPoints: string;
  originCount: number;
  destinationCount: number;
  commodityCount: number;
  entryPointCount: number;
}

function seriesLists(): SeriesLists {
  const origins = regencyCodes();
  const entryPoints = demoLocalDataset().entryPoints.map((e) => e.code);
  return {
    origins: sqlList(origins),
    destinations: sqlList(PROVINCES.map((p) => p.code)),
    commodities: sqlList(COMMODITY_CODES),
    groups: sqlList(COMMODITY_CODES.map(groupOf)),
    entryPoints: sqlList(entryPoints),
    originCount: origins.length,
    destinationCount: PROVINCES.length,
    commodityCount: COMMODITY_CODES.length,
    entryPointCount: entryPoints.length,
  };
}

const SYNTHETIC_RANK = DATA_STATUSES.indexOf('synthetic');

/**
 * Series i: destination i mod 38; commodity form ⌊i / 38⌋ mod forms, so every destination gets
 * every form; origin and entry point spread by multiplying with primes. Expressions over `i`
 * (0-based), the same in both dialects but for integer division.
 */
function seriesColumns(l: SeriesLists, i: string, intDiv: (a: string, b: number) => string) {
  const commodityIndex = `1 + ${intDiv(i, l.destinationCount)} % ${l.commodityCount}`;
  const origin = `${l.origins}[1 + (${i} * 7919) % ${l.originCount}]`;
  return {
    origin,
    province: `substring(${origin}, 1, 2)`,
    commodity: `${l.commodities}[${commodityIndex}]`,
    group: `${l.groups}[${commodityIndex}]`,
    entryPoint: `${l.entryPoints}[1 + (${i} * 31) % ${l.entryPointCount}]`,
    destination: `${l.destinations}[1 + ${i} % ${l.destinationCount}]`,
  };
}

async function fillDuckDb(path: string, revisionId: number, plan: NationalPlan): Promise<void> {
  const l = seriesLists();
  const c = seriesColumns(l, 'i', (a, b) => `(${a} // ${b})`);
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  try {
    await connection.run('BEGIN TRANSACTION');
    await connection.run(
      `INSERT INTO flow_series (revision_id, series_no, origin, province, commodity, commodity_group,
                                entry_point, status_rank, source_ids, destination)
       SELECT ${revisionId}, i::INTEGER, ${c.origin}, ${c.province}, ${c.commodity}, ${c.group},
              ${c.entryPoint}, ${SYNTHETIC_RANK}, ['${NATIONAL_SOURCE_ID}'], ${c.destination}
       FROM (SELECT range AS i FROM range(${plan.series}))`,
    );
    // Day after day, as an upload is written: the zone maps of each row group then cover a
    // short span of days, so a range query reads only the row groups of its range.
    await connection.run(
      `INSERT INTO flow_days (revision_id, series_no, day, kg)
       SELECT ${revisionId}, s::INTEGER, DATE '${plan.firstDay}' + d::INTEGER,
              (hash(s, d) % 100000)::BIGINT
       FROM (SELECT range AS d FROM range(${plan.days})), (SELECT range AS s FROM range(${plan.series}))
       ORDER BY d, s`,
    );
    await connection.run(
      `INSERT INTO flow_months
       SELECT revision_id, series_no, date_trunc('month', day)::DATE AS month, sum(kg)::BIGINT
       FROM flow_days WHERE revision_id = ${revisionId} GROUP BY ALL ORDER BY month, series_no`,
    );
    await connection.run(
      `INSERT INTO flow_weeks
       SELECT revision_id, series_no, date_trunc('week', day)::DATE AS week, sum(kg)::BIGINT
       FROM flow_days WHERE revision_id = ${revisionId} GROUP BY ALL ORDER BY week, series_no`,
    );
    await connection.run('COMMIT');
    await connection.run('CHECKPOINT');
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

async function fillChdb(path: string, revisionId: number, plan: NationalPlan): Promise<void> {
  const l = seriesLists();
  const c = seriesColumns(l, 'number', (a, b) => `intDiv(${a}, ${b})`);
  // Loaded by name at run time: the embedded engine is an optional install (npm test adds it).
  const moduleName = 'chdb';
  const { Session } = (await import(moduleName)) as {
    Session: new (path: string) => { query(sql: string): string; cleanup(): void };
  };
  const session = new Session(path);
  try {
    session.query(
      `INSERT INTO flow_series (revision_id, series_no, origin, province, commodity, commodity_group,
                                entry_point, destination, status_rank, source_ids)
       SELECT ${revisionId}, number, ${c.origin}, ${c.province}, ${c.commodity}, ${c.group},
              ${c.entryPoint}, ${c.destination}, ${SYNTHETIC_RANK}, ['${NATIONAL_SOURCE_ID}']
       FROM numbers(${plan.series})`,
    );
    session.query(
      `INSERT INTO flow_days (revision_id, commodity, destination, day, series_no, origin, entry_point, kg)
       SELECT ${revisionId}, s.commodity, s.destination, toDate32('${plan.firstDay}') + d.number,
              s.series_no, s.origin, s.entry_point, toInt64(cityHash64(s.series_no, d.number) % 100000)
       FROM numbers(${plan.days}) AS d
       CROSS JOIN (SELECT * FROM flow_series WHERE revision_id = ${revisionId}) AS s`,
    );
    session.query(
      `INSERT INTO flow_months
       SELECT revision_id, commodity, destination, toStartOfMonth(day) AS month, series_no,
              any(origin), any(entry_point), sum(kg), count()
       FROM flow_days WHERE revision_id = ${revisionId}
       GROUP BY revision_id, commodity, destination, month, series_no`,
    );
  } finally {
    session.cleanup();
  }
}

export type NationalEngine = 'duckdb' | 'chdb';

/**
 * Writes the national synthetic dataset (NATIONAL_DATASET_ID) into the database at `location`
 * (DuckDB or ClickHouse embedded): a revision with the reference catalogue, then the generated
 * rows. Answers the plan it followed.
 */
export async function generateNationalFlows(
  location: Extract<DatabaseLocation, { engine: NationalEngine }>,
  rows: number,
): Promise<NationalPlan> {
  const plan = nationalPlan(rows);
  const demo = demoLocalDataset();
  const name = `National flows, synthetic (generated for load tests, not data): ${plan.rows} rows`;
  const { store } = await openStore(location);
  let revisionId: number;
  try {
    const { revision } = await store.writeRevision({
      datasetId: NATIONAL_DATASET_ID,
      datasetName: name,
      kind: 'server',
      dataset: {
        ...demo,
        meta: {
          ...demo.meta,
          dataset: { id: NATIONAL_DATASET_ID, name, kind: 'server' },
          coverage: { from: plan.firstDay, to: plan.lastDay },
          maxRows: demo.meta.maxRows,
        },
        sources: [...demo.sources, NATIONAL_SOURCE],
        flows: { firstDay: plan.firstDay, lastDay: plan.lastDay, series: [] },
      },
      record: {
        tokenName: null,
        fileName: null,
        fileHash: null,
        fileBytes: null,
        totalRows: plan.rows,
        acceptedRows: plan.rows,
        rejectedRows: 0,
      },
    });
    const context = await store.revisionContext(NATIONAL_DATASET_ID);
    if (!context || context.meta.dataset.id !== NATIONAL_DATASET_ID)
      throw new Error(`revision ${revision.number} of ${NATIONAL_DATASET_ID} was not written`);
    revisionId = context.revisionId;
  } finally {
    await store.close();
  }
  if (location.engine === 'duckdb') await fillDuckDb(location.path, revisionId, plan);
  else await fillChdb(location.path, revisionId, plan);
  return plan;
}
