// The DuckDB dialect of the data store: every SQL statement the server runs on DuckDB is in this
// file (and the schema in migrations.ts). Values always travel as bound parameters; the only text
// put into a statement is a column name taken from the fixed DIMENSION_COLUMNS table, and the
// rollup table of a flows query (flow_weeks or flow_months).
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import {
  DOUBLE,
  DuckDBInstance,
  INTEGER,
  LIST,
  listValue,
  VARCHAR,
  dateValue,
  type DuckDBAppender,
  type DuckDBConnection,
  type DuckDBPreparedStatement,
  type DuckDBType,
  type DuckDBValue,
} from '@duckdb/node-api';
import type { DatasetMeta, Need, StockRow } from '../../../src/contract/schemas';
import { toDayNumber } from '../../../src/domain/calendar-date';
import { COMMODITY_GROUPS, groupOf, type CommodityGroup } from '../../../src/domain/commodity';
import { DATA_STATUSES, type DataStatus } from '../../../src/domain/data-status';
import type { FlowAggregate, FlowDimension } from '../../../src/domain/flow-store';
import type { AnnualProduction } from '../../../src/domain/production';
import { periodStarts, type DateRange, type Granularity } from '../../../src/domain/period';
import { JAKARTA } from '../../../src/reference/provinces';
import { provinceOf } from '../../../src/reference/regions';
import type {
  DataStore,
  DatasetKind,
  DatasetSummary,
  FlowFilter,
  FlowPlan,
  FlowQuery,
  ImportAttempt,
  NewRevision,
  ReferenceKind,
  RevisionContext,
  RevisionRecord,
  StoredBalance,
} from '../data-store';
import { annualOf, stockChangeEntries, storedBalance } from '../stored-balance';
import { DatabaseStartupError, RevisionConflictError } from '../store-errors';
import { wholeMonths, wholeWeeks } from '../whole-months';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';

const DIMENSION_COLUMNS: Record<FlowDimension, string> = {
  commodity: 'commodity',
  group: 'commodity_group',
  origin: 'origin',
  province: 'province',
  entryPoint: 'entry_point',
};

// The length of one period, from the bound granularity.
const STEP = `CASE $granularity WHEN 'day' THEN INTERVAL 1 DAY WHEN 'week' THEN INTERVAL 7 DAY
  WHEN 'month' THEN INTERVAL 1 MONTH ELSE INTERVAL 1 YEAR END`;
// Every period that overlaps [from, to]: weeks from Monday (ISO), months and years from the 1st.
const PERIODS = `SELECT p::DATE AS period, (p + ${STEP})::DATE - 1 AS period_last
  FROM (SELECT unnest(generate_series(date_trunc($granularity, $from::DATE), $to::DATE::TIMESTAMP, ${STEP})) AS p)`;

const DUCKDB_MAGIC = 'DUCK';
const READ_CONNECTIONS = 4;
/** Prepared flows statements kept per reading connection. */
const PREPARED_PER_CONNECTION = 32;
/** Flow plans kept (per revision, filter and grouping; a revision never changes). */
const KEPT_PLANS = 256;

export interface OpenOptions {
  /** A file path, or ':memory:' for a database that lives as long as the process. */
  path: string;
  defaultDatasetId?: string;
}

export interface OpenedStore {
  store: DataStore;
  /** True when the file did not exist before: the caller may load the demo dataset. */
  created: boolean;
}

export async function openDuckDbStore({ path, defaultDatasetId }: OpenOptions): Promise<OpenedStore> {
  const inMemory = path === ':memory:';
  const existed = !inMemory && existsSync(path);
  if (existed) checkDatabaseFile(path);
  if (!inMemory) mkdirSync(dirname(path), { recursive: true });
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path, { threads: String(queryThreads()) });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (/lock/i.test(reason)) {
      throw new DatabaseStartupError(
        `The database ${path} is in use by another process (is the server already running?). ${reason}`,
      );
    }
    throw new DatabaseStartupError(`The database ${path} cannot be opened: ${reason}`);
  }
  const connection = await instance.connect();
  try {
    await migrate(connection, path);
  } catch (error) {
    connection.closeSync();
    instance.closeSync();
    throw error;
  }
  // Reads run on their own connections, side by side; writes on the first one, one at a time.
  const readers = await Promise.all(Array.from({ length: READ_CONNECTIONS }, () => instance.connect()));
  const store = new DuckDbStore(instance, connection, readers, defaultDatasetId);
  return { store, created: !existed };
}

/**
 * Threads per query: the cores shared among the reading connections, at least one. A read is
 * a few thousand to a few hundred thousand rollup and day rows, where splitting it over threads
 * costs about what it saves; requests run side by side on their own connections instead. (On the
 * 2-core bench machine, one thread per query instead of two cut the overview set's latency by
 * about a quarter.)
 */
function queryThreads(): number {
  return Math.max(1, Math.floor(availableParallelism() / READ_CONNECTIONS));
}

function checkDatabaseFile(path: string): void {
  let head: Buffer;
  try {
    if (statSync(path).size === 0) {
      throw new DatabaseStartupError(
        `The database file ${path} is empty. Remove it to start afresh, or restore it from a backup.`,
      );
    }
    const bytes = readFileSync(path, { flag: 'r' }).subarray(0, 16);
    head = Buffer.from(bytes);
  } catch (error) {
    if (error instanceof DatabaseStartupError) throw error;
    throw new DatabaseStartupError(
      `The database file ${path} cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  // A DuckDB file carries "DUCK" at byte 8 of its first block.
  if (head.subarray(8, 12).toString('latin1') !== DUCKDB_MAGIC) {
    throw new DatabaseStartupError(
      `The file ${path} is not a DuckDB database (it may be damaged). ` +
        'Restore it from a backup, or point ARUS_DB_PATH at another file.',
    );
  }
}

async function migrate(connection: DuckDBConnection, path: string): Promise<void> {
  let tables: string[];
  try {
    const reader = await connection.runAndReadAll(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'`,
    );
    tables = reader.getRowObjectsJS().map((row) => String(row.table_name));
  } catch (error) {
    throw new DatabaseStartupError(
      `The database ${path} is damaged: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  let current = 0;
  if (tables.includes('schema_migrations')) {
    const reader = await connection.runAndReadAll(`SELECT max(version) AS v FROM schema_migrations`);
    current = Number(reader.getRowObjectsJS()[0]?.v ?? 0);
  } else if (tables.length > 0) {
    throw new DatabaseStartupError(
      `The database ${path} has tables but is not an Arus Pangan database (no schema_migrations).`,
    );
  } else {
    await connection.run(
      `CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMP)`,
    );
  }
  if (current > SCHEMA_VERSION) {
    throw new DatabaseStartupError(
      `The database ${path} has schema version ${current}, newer than this server knows (${SCHEMA_VERSION}).`,
    );
  }
  await checkReadable(connection, path, tables);
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    await connection.run('BEGIN TRANSACTION');
    try {
      for (const statement of migration.statements) await connection.run(statement);
      await connection.run(`INSERT INTO schema_migrations VALUES ($version, now())`, {
        version: migration.version,
      });
      await connection.run('COMMIT');
    } catch (error) {
      await connection.run('ROLLBACK');
      throw error;
    }
  }
}

/**
 * DuckDB reads blocks lazily, so a damaged file can open and fail only on the first query that
 * touches the damage. Reading every column of every table once at start-up turns that into a
 * clear start-up failure instead of a dashboard that breaks later (or looks empty).
 */
async function checkReadable(
  connection: DuckDBConnection,
  path: string,
  tables: readonly string[],
): Promise<void> {
  for (const table of tables) {
    try {
      await connection.run(`SELECT count(*), bit_xor(hash(COLUMNS(*))) FROM "${table.replace(/"/g, '""')}"`);
    } catch (error) {
      throw new DatabaseStartupError(
        `The database ${path} is damaged (table ${table} cannot be read: ${
          error instanceof Error ? error.message : String(error)
        }). Restore it from a backup.`,
      );
    }
  }
}

type Row = Record<string, unknown>;
type Params = Record<string, DuckDBValue>;
type ParamTypes = Record<string, DuckDBType | undefined>;

const STRING_LIST = LIST(VARCHAR);

function statusAtRank(rank: unknown): DataStatus {
  return DATA_STATUSES[Number(rank)] ?? 'reported';
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function isoDay(value: unknown): string {
  return String(value);
}

/** The monthly profile of a yearly figure (or NULL, NULL: spread evenly over its days). */
function appendProfile(appender: DuckDBAppender, entry: AnnualProduction): void {
  if (entry.monthlyShares) appender.appendList(listValue([...entry.monthlyShares]), LIST(DOUBLE));
  else appender.appendNull();
  if (entry.profileStatus) appender.appendVarchar(entry.profileStatus);
  else appender.appendNull();
}

/** What a flows query's plan needs from the stored series, for one revision, filter and grouping. */
interface SeriesPlan {
  groups: number;
  /** Series the filter selects, and series the revision holds. */
  series: number;
  revisionSeries: number;
  flowsFirst: string;
  flowsLast: string;
}

class DuckDbStore implements DataStore {
  readonly engine = 'duckdb';
  /**
   * The current revision's context per dataset. The database file is locked to this process,
   * and every write goes through writeRevision, which drops these on commit: a read never needs
   * a round trip to learn which revision is current.
   */
  private readonly contexts = new Map<string, RevisionContext>();
  /** The default dataset when none is configured; dropped with the contexts. */
  private defaultId: Promise<string | null> | null = null;
  /** Counts commits, so that a context read before one is not kept after it. */
  private generation = 0;
  /** Flow plans by revision, filter and grouping: what they read never changes. */
  private readonly plans = new Map<string, SeriesPlan>();
  /** Writes run one at a time: the second upload waits for the first to commit. */
  private writeQueue: Promise<unknown> = Promise.resolve();

  private nextReader = 0;
  /** Reads running or waiting on each reading connection. */
  private readonly busy: number[] = Array.from({ length: READ_CONNECTIONS }, () => 0);
  /** Per reading connection: its prepared flows statements by SQL text, and its queue. */
  private readonly preparedSlots: {
    statements: Map<string, Promise<DuckDBPreparedStatement>>;
    queue: Promise<unknown>;
  }[] = [];

  constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    private readonly readers: readonly DuckDBConnection[],
    private readonly configuredDefault: string | undefined,
  ) {}

  /**
   * The reading connection with the fewest reads running or waiting (the next in turn among
   * equals): a connection runs one query at a time, so a long flows query must not hold up the
   * short reads queued behind it while another connection is idle.
   */
  private leastBusyReader(): number {
    const count = this.readers.length;
    const start = this.nextReader++ % count;
    let best = start;
    for (let k = 1; k < count; k++) {
      const index = (start + k) % count;
      if ((this.busy[index] ?? 0) < (this.busy[best] ?? 0)) best = index;
    }
    return best;
  }

  private async onReader<T>(index: number, read: () => Promise<T>): Promise<T> {
    this.busy[index] = (this.busy[index] ?? 0) + 1;
    try {
      return await read();
    } finally {
      this.busy[index] = (this.busy[index] ?? 1) - 1;
    }
  }

  /** A read on the least busy reading connection (committed data only). */
  private rows(sql: string, params: Params = {}, types: ParamTypes = {}): Promise<Row[]> {
    const index = this.leastBusyReader();
    const reader = this.readers[index] ?? this.connection;
    return this.onReader(
      index,
      async () => (await reader.runAndReadAll(sql, params, types)).getRowObjectsJS() as Row[],
    );
  }

  /**
   * A read of the flows path on a statement prepared once per reading connection: the flows
   * query is long, and parsing and planning it again for every request costs about as much as
   * running it. A prepared statement is bound and then run, so the reads of one connection go
   * one after the other (a connection runs one query at a time anyway): a second request never
   * rebinds a statement between the first one's bind and run.
   */
  private preparedRows(sql: string, params: Params, types: ParamTypes = {}): Promise<Row[]> {
    const index = this.leastBusyReader();
    const reader = this.readers[index] ?? this.connection;
    const slot = (this.preparedSlots[index] ??= { statements: new Map(), queue: Promise.resolve() });
    const run = async (): Promise<Row[]> => {
      let statement = slot.statements.get(sql);
      if (statement) slot.statements.delete(sql);
      else statement = reader.prepare(sql);
      // Most recently used last; the oldest goes past PREPARED_PER_CONNECTION (one per groupBy
      // order and rollup, so a handful in practice).
      slot.statements.set(sql, statement);
      if (slot.statements.size > PREPARED_PER_CONNECTION) {
        const [oldestSql, oldest] = slot.statements.entries().next().value ?? [];
        if (oldestSql !== undefined) slot.statements.delete(oldestSql);
        void oldest?.then((evicted) => evicted.destroySync()).catch(() => undefined);
      }
      let prepared: DuckDBPreparedStatement;
      try {
        prepared = await statement;
      } catch (error) {
        slot.statements.delete(sql);
        throw error;
      }
      prepared.bind(params, types);
      return (await prepared.runAndReadAll()).getRowObjectsJS() as Row[];
    };
    const result = this.onReader(index, () => slot.queue.then(run, run));
    slot.queue = result.catch(() => undefined);
    return result;
  }

  /** A read inside the write transaction (sees what it has written so far). */
  private async writerRows(sql: string, params: Params = {}): Promise<Row[]> {
    return (await this.connection.runAndReadAll(sql, params)).getRowObjectsJS() as Row[];
  }

  // An embedded file: once open, it answers for as long as the process runs.
  async checkReady(): Promise<void> {
    await this.rows('SELECT 1');
  }

  async defaultDatasetId(): Promise<string | null> {
    if (this.configuredDefault) return this.configuredDefault;
    // Kept until the next commit, which forgets it (forgetCurrent).
    const found = this.defaultId ?? this.readDefaultDatasetId();
    this.defaultId = found;
    found.catch(() => {
      if (this.defaultId === found) this.defaultId = null;
    });
    return found;
  }

  private async readDefaultDatasetId(): Promise<string | null> {
    const [row] = await this.rows(
      `SELECT id FROM datasets WHERE current_revision IS NOT NULL
       ORDER BY (kind = 'demo') DESC, created_at, id LIMIT 1`,
    );
    return row ? String(row.id) : null;
  }

  /** After a commit: which revision is current (and which dataset is the default) may have changed. */
  private forgetCurrent(): void {
    this.generation++;
    this.contexts.clear();
    this.defaultId = null;
  }

  async datasetCount(): Promise<number> {
    const [row] = await this.rows(
      `SELECT count(*)::INTEGER AS n FROM datasets WHERE current_revision IS NOT NULL`,
    );
    return Number(row?.n ?? 0);
  }

  async revisionContext(datasetId: string): Promise<RevisionContext | null> {
    const kept = this.contexts.get(datasetId);
    if (kept) return kept;
    const generation = this.generation;
    const context = await this.readRevisionContext(datasetId);
    // A context read while a write committed may be the previous revision's: not kept.
    if (context && generation === this.generation) this.contexts.set(datasetId, context);
    return context;
  }

  private async readRevisionContext(datasetId: string): Promise<RevisionContext | null> {
    const [row] = await this.rows(
      `SELECT d.id, d.name, d.kind, d.max_rows, r.id AS revision_id,
              strftime(r.coverage_from, '%Y-%m-%d') AS coverage_from,
              strftime(r.coverage_to, '%Y-%m-%d') AS coverage_to
       FROM datasets d JOIN revisions r ON r.id = d.current_revision
       WHERE d.id = $id`,
      { id: datasetId },
    );
    if (!row) return null;
    const revisionId = Number(row.revision_id);

    const codes = async (kind: ReferenceKind) =>
      new Set(
        (
          await this.rows(`SELECT code FROM reference_items WHERE revision_id = $rev AND kind = $kind`, {
            rev: revisionId,
            kind,
          })
        ).map((r) => String(r.code)),
      );
    const stockEntryPoints = new Set(
      (
        await this.rows(`SELECT entry_point FROM stock_series WHERE revision_id = $rev`, { rev: revisionId })
      ).map((r) => String(r.entry_point)),
    );
    const destinations = (
      await this.rows(
        `SELECT DISTINCT destination FROM flow_series WHERE revision_id = $rev
         ORDER BY destination <> $home, destination`,
        { rev: revisionId, home: JAKARTA },
      )
    ).map((r) => String(r.destination));
    const meta: DatasetMeta = {
      dataset: { id: String(row.id), name: String(row.name), kind: String(row.kind) as DatasetKind },
      coverage: { from: isoDay(row.coverage_from), to: isoDay(row.coverage_to) },
      maxRows: Number(row.max_rows),
      destinations: destinations.length > 0 ? destinations : [JAKARTA],
    };
    const context: RevisionContext = {
      revisionId,
      meta,
      regionCodes: await codes('regions'),
      entryPointCodes: await codes('entry-points'),
      stockEntryPoints,
    };
    return context;
  }

  async referenceItems(
    revisionId: number,
    kind: ReferenceKind,
    codes?: readonly string[],
  ): Promise<unknown[]> {
    const rows = await this.rows(
      `SELECT doc FROM reference_items
       WHERE revision_id = $rev AND kind = $kind AND (NOT $filtered OR list_contains($codes, code))
       ORDER BY ordinal`,
      { rev: revisionId, kind, filtered: codes !== undefined, codes: listValue([...(codes ?? [])]) },
      { codes: STRING_LIST },
    );
    return rows.map((row) => JSON.parse(String(row.doc)) as unknown);
  }

  private seriesFilter(filter: FlowFilter): { where: string; params: Params; types: ParamTypes } {
    return {
      where: `revision_id = $rev AND destination = $destination
        AND (NOT $byCommodity OR list_contains($commodities, commodity))
        AND (NOT $byOrigin OR list_contains($origins, origin))
        AND (NOT $byEntryPoint OR list_contains($entryPoints, entry_point))`,
      params: {
        destination: filter.destination,
        byCommodity: filter.commodities !== undefined,
        commodities: listValue([...(filter.commodities ?? [])]),
        byOrigin: filter.origins !== undefined,
        origins: listValue([...(filter.origins ?? [])]),
        byEntryPoint: filter.entryPoints !== undefined,
        entryPoints: listValue([...(filter.entryPoints ?? [])]),
      },
      types: { commodities: STRING_LIST, origins: STRING_LIST, entryPoints: STRING_LIST },
    };
  }

  async flowPlan(
    revisionId: number,
    filter: FlowFilter,
    range: DateRange,
    groupBy: readonly FlowDimension[],
    withScanRows: boolean,
  ): Promise<FlowPlan> {
    // The groups and selected series depend on the revision, the filter and the grouping only,
    // never on the range: found once from the small series table and kept (a revision never
    // changes). The scan estimate is an upper bound: at most one row per selected series and
    // day of the range that holds data, without touching the day rows.
    const plan = await this.seriesPlan(revisionId, filter, groupBy);
    const from = Math.max(toDayNumber(range.from), toDayNumber(plan.flowsFirst));
    const to = Math.min(toDayNumber(range.to), toDayNumber(plan.flowsLast));
    return {
      groups: groupBy.length === 0 ? 1 : Math.max(1, plan.groups),
      scanRows: withScanRows ? plan.series * Math.max(0, to - from + 1) : null,
    };
  }

  private async seriesPlan(
    revisionId: number,
    filter: FlowFilter,
    groupBy: readonly FlowDimension[],
  ): Promise<SeriesPlan> {
    const key = JSON.stringify([
      revisionId,
      filter.destination,
      filter.commodities ?? null,
      filter.origins ?? null,
      filter.entryPoints ?? null,
      groupBy,
    ]);
    let plan = this.plans.get(key);
    if (plan) this.plans.delete(key);
    else plan = await this.readSeriesPlan(revisionId, filter, groupBy);
    // Most recently used last; the oldest goes past KEPT_PLANS.
    this.plans.set(key, plan);
    if (this.plans.size > KEPT_PLANS) this.plans.delete(this.plans.keys().next().value ?? key);
    return plan;
  }

  private async readSeriesPlan(
    revisionId: number,
    filter: FlowFilter,
    groupBy: readonly FlowDimension[],
  ): Promise<SeriesPlan> {
    const keys = groupBy.length === 0 ? '0' : groupBy.map((d) => DIMENSION_COLUMNS[d]).join(', ');
    const { where, params, types } = this.seriesFilter(filter);
    const [row] = await this.rows(
      `WITH selected AS (SELECT * FROM flow_series WHERE ${where})
       SELECT (SELECT count(*) FROM (SELECT DISTINCT ${keys} FROM selected))::INTEGER AS groups,
              (SELECT count(*) FROM selected)::INTEGER AS series,
              (SELECT count(*) FROM flow_series WHERE revision_id = $rev)::INTEGER AS revision_series,
              strftime(r.flows_first, '%Y-%m-%d') AS flows_first,
              strftime(r.flows_last, '%Y-%m-%d') AS flows_last
       FROM revisions r WHERE r.id = $rev`,
      { rev: revisionId, ...params },
      types,
    );
    return {
      groups: Number(row?.groups ?? 0),
      series: Number(row?.series ?? 0),
      revisionSeries: Number(row?.revision_series ?? 0),
      flowsFirst: String(row?.flows_first ?? '1970-01-01'),
      flowsLast: String(row?.flows_last ?? '1969-12-31'),
    };
  }

  async flows(revisionId: number, query: FlowQuery): Promise<FlowAggregate[]> {
    const plan = await this.seriesPlan(revisionId, query, query.groupBy);
    // A range outside the stored days has no group at all (an empty answer, as in the local API).
    if (query.range.from > plan.flowsLast || query.range.to < plan.flowsFirst || plan.series === 0) return [];
    // `all_rows` is the one group of a query without groupBy.
    const keyColumns = ['all_rows', ...query.groupBy.map((d) => DIMENSION_COLUMNS[d])];
    const keysOf = (alias: string) => keyColumns.map((k) => `${alias}.${k}`).join(', ');
    const joinKeys = keyColumns.map((k) => `sums.${k} = groups.${k}`).join(' AND ');
    const { where, params, types } = this.seriesFilter(query);
    // Weekly periods read the weekly sums, months and years the monthly ones, for the whole weeks
    // or months of the range; days come from the day rows. Table and column are one of these two
    // fixed pairs.
    const weekly = query.granularity === 'week';
    const rollup = weekly
      ? { table: 'flow_weeks', column: 'week' }
      : { table: 'flow_months', column: 'month' };
    const span = weekly
      ? wholeWeeks(query.range, query.granularity)
      : wholeMonths(query.range, query.granularity);
    // When the filter keeps every series of the revision, the stored rows need no check against
    // the selection (a join per row); otherwise only the selected series' rows are read on.
    const ofSelected =
      plan.series === plan.revisionSeries ? '' : 'AND f.series_no IN (SELECT series_no FROM selected)';
    const rows = await this.preparedRows(
      `WITH
       selected AS (
         SELECT 0 AS all_rows, series_no, commodity, commodity_group, origin, province, entry_point,
                status_rank, source_ids
         FROM flow_series WHERE ${where}
       ),
       in_range AS (
         -- Each stored row of the range as (series, period, kilograms): the rollup's rows for the
         -- whole weeks or months, the day rows at the edges.
         SELECT f.series_no, date_trunc($granularity, f.${rollup.column})::DATE AS period, f.kg
         FROM ${rollup.table} f
         WHERE f.revision_id = $rev AND f.${rollup.column} >= $spanFirst::DATE AND f.${rollup.column} < $spanEnd::DATE
           ${ofSelected}
         UNION ALL
         SELECT f.series_no, date_trunc($granularity, f.day)::DATE AS period, f.kg
         FROM flow_days f
         WHERE f.revision_id = $rev AND f.day BETWEEN $from::DATE AND $to::DATE
           AND NOT (f.day >= $spanFirst::DATE AND f.day < $spanEnd::DATE)
           ${ofSelected}
       ),
       sums AS (
         -- Summed straight into the groups: one join of the rows with the small series table.
         SELECT ${keysOf('s')}, r.period, sum(r.kg) AS kg
         FROM in_range r JOIN selected s ON s.series_no = r.series_no
         GROUP BY ${keysOf('s')}, r.period
       ),
       contributing AS (SELECT DISTINCT series_no FROM in_range),
       groups AS (
         -- A group's status is the weakest of the series that reported something in the range,
         -- or of all its series when none did; its sources are those of the reporting series.
         SELECT ${keysOf('s')}, min(s.series_no) AS ordinal,
                coalesce(max(s.status_rank) FILTER (WHERE c.series_no IS NOT NULL), max(s.status_rank))
                  AS status_rank,
                coalesce(list_sort(list_distinct(flatten(list(s.source_ids) FILTER (WHERE c.series_no IS NOT NULL)))), [])
                  AS source_ids
         FROM selected s LEFT JOIN contributing c ON c.series_no = s.series_no
         GROUP BY ${keysOf('s')}
       ),
       periods AS (${PERIODS})
       -- One row per group with its figures for every period in order (NULL: nothing reported):
       -- the status and sources travel once per group, not once per period.
       SELECT ${keysOf('groups')}, any_value(groups.status_rank)::INTEGER AS status_rank,
              any_value(groups.source_ids) AS source_ids,
              list(sums.kg::DOUBLE / 1000 ORDER BY periods.period) AS tonnes
       FROM groups CROSS JOIN periods
       LEFT JOIN sums ON sums.period = periods.period AND ${joinKeys}
       GROUP BY ${keysOf('groups')}, groups.ordinal
       ORDER BY groups.ordinal`,
      {
        rev: revisionId,
        from: query.range.from,
        to: query.range.to,
        granularity: query.granularity,
        spanFirst: span.first,
        spanEnd: span.end,
        ...params,
      },
      types,
    );
    // The same periods as the SQL's, by the domain's rule: period after period, the groups in
    // their order within each.
    const periods = periodStarts(query.range, query.granularity);
    const groups = rows.map((row) => {
      const tonnes = Array.isArray(row.tonnes) ? row.tonnes : [];
      if (tonnes.length !== periods.length)
        throw new Error(`flows: ${tonnes.length} periods from the database, ${periods.length} expected`);
      return {
        keys: query.groupBy.map((dimension) => String(row[DIMENSION_COLUMNS[dimension]])),
        tonnes,
        status: statusAtRank(row.status_rank),
        sourceIds: strings(row.source_ids),
      };
    });
    const aggregates: FlowAggregate[] = [];
    periods.forEach((period, p) => {
      for (const group of groups) {
        // Key order as the local API writes it: period, the dimensions in groupBy order, the figures.
        const aggregate: Record<string, unknown> = { period };
        query.groupBy.forEach((dimension, k) => (aggregate[dimension] = group.keys[k]));
        const tonnes: unknown = group.tonnes[p];
        aggregate.tonnes = tonnes === null || tonnes === undefined ? null : Number(tonnes);
        aggregate.status = group.status;
        aggregate.sourceIds = [...group.sourceIds];
        aggregates.push(aggregate as unknown as FlowAggregate);
      }
    });
    return aggregates;
  }

  async ownProduction(
    revisionId: number,
    groups: readonly CommodityGroup[],
  ): Promise<Map<CommodityGroup, AnnualProduction[]>> {
    const rows = await this.rows(
      `SELECT commodity_group, year, tonnes, status_rank, source_ids, monthly_shares, profile_status
       FROM own_production WHERE revision_id = $rev AND list_contains($groups, commodity_group)
       ORDER BY commodity_group, year`,
      { rev: revisionId, groups: listValue([...groups]) },
      { groups: STRING_LIST },
    );
    const byGroup = new Map<CommodityGroup, AnnualProduction[]>(groups.map((group) => [group, []]));
    for (const row of rows) {
      byGroup
        .get(String(row.commodity_group) as CommodityGroup)
        ?.push(annualOf(row, statusAtRank(row.status_rank)));
    }
    return byGroup;
  }

  async balance(revisionId: number): Promise<StoredBalance> {
    const params = { rev: revisionId };
    const onward = await this.rows(
      `SELECT ordinal, commodity, destination, status, source_ids FROM onward_series
       WHERE revision_id = $rev ORDER BY ordinal`,
      params,
    );
    const stockChange = await this.rows(
      `SELECT commodity, stock_key, status, source_ids FROM stock_change_sources
       WHERE revision_id = $rev ORDER BY ordinal`,
      params,
    );
    const stocks = await this.rows(
      `SELECT entry_point, status, source_ids FROM stock_series WHERE revision_id = $rev`,
      params,
    );
    const production = await this.rows(
      `SELECT ordinal, commodity, kind, year, tonnes, status, source_ids, monthly_shares, profile_status
       FROM balance_production WHERE revision_id = $rev ORDER BY ordinal, year`,
      params,
    );
    return storedBalance({ onward, stockChange, stocks, production });
  }

  async onwardSums(
    revisionId: number,
    ordinals: readonly number[],
    range: DateRange,
    granularity: Granularity,
  ): Promise<{ ordinal: number; period: string; tonnes: number }[]> {
    if (ordinals.length === 0) return [];
    // Added in day order (a left fold), as the local API adds a period's days: the same double.
    const rows = await this.rows(
      `SELECT ordinal, strftime(date_trunc($granularity, day)::DATE, '%Y-%m-%d') AS period,
              list_reduce(list(tonnes ORDER BY day), lambda a, x: a + x) AS tonnes
       FROM onward_days
       WHERE revision_id = $rev AND list_contains($ordinals, ordinal) AND day BETWEEN $from::DATE AND $to::DATE
       GROUP BY ALL`,
      {
        rev: revisionId,
        ordinals: listValue([...ordinals]),
        granularity,
        from: range.from,
        to: range.to,
      },
      { ordinals: LIST(INTEGER) },
    );
    return rows.map((row) => ({
      ordinal: Number(row.ordinal),
      period: String(row.period),
      tonnes: Number(row.tonnes),
    }));
  }

  async stockChanges(
    revisionId: number,
    stocks: readonly string[],
    range: DateRange,
    granularity: Granularity,
  ): Promise<{ stock: string; period: string; change: number }[]> {
    if (stocks.length === 0) return [];
    const rows = await this.rows(
      `WITH periods AS (${PERIODS}), keys AS (SELECT unnest($stocks) AS stock_key)
       SELECT k.stock_key, strftime(p.period, '%Y-%m-%d') AS period,
              closing.closing_tonnes - opening.closing_tonnes AS change
       FROM periods p CROSS JOIN keys k
       JOIN stock_days opening ON opening.revision_id = $rev AND opening.entry_point = k.stock_key
         AND opening.day = greatest(p.period, $from::DATE) - 1
       JOIN stock_days closing ON closing.revision_id = $rev AND closing.entry_point = k.stock_key
         AND closing.day = least(p.period_last, $to::DATE)`,
      { rev: revisionId, stocks: listValue([...stocks]), granularity, from: range.from, to: range.to },
      { stocks: STRING_LIST },
    );
    return rows.map((row) => ({
      stock: String(row.stock_key),
      period: String(row.period),
      change: Number(row.change),
    }));
  }

  async needs(revisionId: number, range: DateRange | null): Promise<Need[]> {
    const rows = await this.rows(
      `SELECT doc FROM needs
       WHERE revision_id = $rev AND (NOT $filtered OR (from_day <= $to::DATE AND to_day >= $from::DATE))
       ORDER BY ordinal`,
      {
        rev: revisionId,
        filtered: range !== null,
        from: range?.from ?? '1970-01-01',
        to: range?.to ?? '1970-01-01',
      },
    );
    return rows.map((row) => JSON.parse(String(row.doc)) as Need);
  }

  async stocks(
    revisionId: number,
    entryPoint: string,
    range: DateRange,
    granularity: Granularity,
  ): Promise<StockRow[]> {
    // The closing stock of a period: the last reported day inside the period, the range and the series.
    const rows = await this.rows(
      `WITH
       periods AS (${PERIODS}),
       series AS (SELECT * FROM stock_series WHERE revision_id = $rev AND entry_point = $entryPoint)
       SELECT strftime(periods.period, '%Y-%m-%d') AS period,
              arg_max(d.closing_tonnes, d.day) AS closing_tonnes,
              any_value(series.status) AS status, any_value(series.source_ids) AS source_ids
       FROM periods CROSS JOIN series
       LEFT JOIN stock_days d ON d.revision_id = $rev AND d.entry_point = $entryPoint
         AND d.day BETWEEN greatest(periods.period, $from::DATE, series.first_day)
                       AND least(periods.period_last, $to::DATE, series.last_day)
       GROUP BY periods.period
       ORDER BY periods.period`,
      { rev: revisionId, entryPoint, from: range.from, to: range.to, granularity },
    );
    return rows.map((row) => ({
      period: String(row.period),
      closingTonnes: row.closing_tonnes === null ? null : Number(row.closing_tonnes),
      status: String(row.status) as DataStatus,
      sourceIds: strings(row.source_ids),
    }));
  }

  private static revisionRecord(row: Row): RevisionRecord {
    return {
      number: Number(row.number),
      createdAt: String(row.created_at),
      tokenName: row.token_name === null ? null : String(row.token_name),
      fileName: row.file_name === null ? null : String(row.file_name),
      fileHash: row.file_hash === null ? null : String(row.file_hash),
      fileBytes: row.file_bytes === null ? null : Number(row.file_bytes),
      totalRows: Number(row.total_rows),
      acceptedRows: Number(row.accepted_rows),
      rejectedRows: Number(row.rejected_rows),
      coverage: { from: String(row.coverage_from), to: String(row.coverage_to) },
    };
  }

  private static readonly REVISION_COLUMNS = `r.number, strftime(r.created_at, '%Y-%m-%dT%H:%M:%S.%gZ') AS created_at,
    r.token_name, r.file_name, r.file_hash, r.file_bytes, r.total_rows, r.accepted_rows, r.rejected_rows,
    strftime(r.coverage_from, '%Y-%m-%d') AS coverage_from, strftime(r.coverage_to, '%Y-%m-%d') AS coverage_to`;

  async listDatasets(): Promise<DatasetSummary[]> {
    const rows = await this.rows(
      `SELECT d.id, d.name, d.kind,
              (SELECT count(*) FROM revisions x WHERE x.dataset_id = d.id)::INTEGER AS revision_count,
              ${DuckDbStore.REVISION_COLUMNS}
       FROM datasets d JOIN revisions r ON r.id = d.current_revision
       ORDER BY d.created_at, d.id`,
    );
    return rows.map((row) => ({
      id: String(row.id),
      name: String(row.name),
      kind: String(row.kind) as DatasetKind,
      revision: DuckDbStore.revisionRecord(row),
      revisionCount: Number(row.revision_count),
    }));
  }

  async revisions(datasetId: string): Promise<RevisionRecord[] | null> {
    const [dataset] = await this.rows(`SELECT id FROM datasets WHERE id = $id`, { id: datasetId });
    if (!dataset) return null;
    const rows = await this.rows(
      `SELECT ${DuckDbStore.REVISION_COLUMNS} FROM revisions r WHERE r.dataset_id = $id ORDER BY r.number DESC`,
      { id: datasetId },
    );
    return rows.map((row) => DuckDbStore.revisionRecord(row));
  }

  async revisionByHash(datasetId: string, fileHash: string): Promise<RevisionRecord | null> {
    const [row] = await this.rows(
      `SELECT ${DuckDbStore.REVISION_COLUMNS} FROM revisions r
       WHERE r.dataset_id = $id AND r.file_hash = $hash ORDER BY r.number DESC LIMIT 1`,
      { id: datasetId, hash: fileHash },
    );
    return row ? DuckDbStore.revisionRecord(row) : null;
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const next = this.writeQueue.then(work, work);
    this.writeQueue = next.catch(() => undefined);
    return next;
  }

  writeRevision(revision: NewRevision): Promise<{ revision: RevisionRecord; created: boolean }> {
    return this.serialised(async () => {
      const hash = revision.record.fileHash;
      // A balance joining flows is checked against the current revision only (by the caller):
      // the same table on newer flows is a new revision.
      const existing =
        hash === null || revision.flowsFrom !== undefined
          ? null
          : await this.revisionByHash(revision.datasetId, hash);
      if (existing) return { revision: existing, created: false };
      return { revision: await this.writeRevisionNow(revision), created: true };
    });
  }

  private async writeRevisionNow({
    datasetId,
    datasetName,
    kind,
    dataset,
    record,
    beforeCommit,
    flowsFrom,
  }: NewRevision) {
    const c = this.connection;
    await c.run('BEGIN TRANSACTION');
    try {
      if (flowsFrom !== undefined) {
        const [current] = await this.writerRows(`SELECT current_revision FROM datasets WHERE id = $id`, {
          id: datasetId,
        });
        if (Number(current?.current_revision) !== flowsFrom) {
          throw new RevisionConflictError(`dataset ${datasetId} has a newer revision than ${flowsFrom}`);
        }
      }
      await c.run(
        `INSERT INTO datasets (id, name, kind, max_rows, created_at) VALUES ($id, $name, $kind, $maxRows, now())
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, max_rows = excluded.max_rows`,
        { id: datasetId, name: datasetName, kind, maxRows: dataset.meta.maxRows },
      );
      const [ids] = await this.writerRows(
        `SELECT nextval('revision_ids')::INTEGER AS id,
                (SELECT coalesce(max(number), 0) + 1 FROM revisions WHERE dataset_id = $id)::INTEGER AS number`,
        { id: datasetId },
      );
      const revisionId = Number(ids?.id);
      const number = Number(ids?.number);
      await c.run(
        `INSERT INTO revisions VALUES ($rev, $dataset, $number, now(), $token, $fileName, $fileHash, $fileBytes,
           $total, $accepted, $rejected, $coverageFrom::DATE, $coverageTo::DATE, $flowsFirst::DATE, $flowsLast::DATE)`,
        {
          rev: revisionId,
          dataset: datasetId,
          number,
          token: record.tokenName,
          fileName: record.fileName,
          fileHash: record.fileHash,
          fileBytes: record.fileBytes,
          total: record.totalRows,
          accepted: record.acceptedRows,
          rejected: record.rejectedRows,
          coverageFrom: dataset.meta.coverage.from,
          coverageTo: dataset.meta.coverage.to,
          flowsFirst: dataset.flows.firstDay,
          flowsLast: dataset.flows.lastDay,
        },
        { token: VARCHAR, fileName: VARCHAR, fileHash: VARCHAR, fileBytes: INTEGER },
      );
      await this.appendDataset(revisionId, dataset);
      if (flowsFrom !== undefined) {
        for (const table of ['flow_series', 'flow_days', 'flow_months', 'flow_weeks']) {
          await c.run(
            `INSERT INTO ${table} SELECT * REPLACE ($rev AS revision_id) FROM ${table} WHERE revision_id = $from`,
            { rev: revisionId, from: flowsFrom },
          );
        }
      }
      await c.run(`UPDATE datasets SET name = $name, current_revision = $rev WHERE id = $id`, {
        id: datasetId,
        name: datasetName,
        rev: revisionId,
      });
      await beforeCommit?.();
      await c.run('COMMIT');
      this.forgetCurrent();
      const [row] = await this.writerRows(
        `SELECT ${DuckDbStore.REVISION_COLUMNS} FROM revisions r WHERE r.id = $rev`,
        {
          rev: revisionId,
        },
      );
      if (!row) throw new Error('the revision just written cannot be read back');
      return DuckDbStore.revisionRecord(row);
    } catch (error) {
      await c.run('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  private async appendDataset(revisionId: number, dataset: NewRevision['dataset']): Promise<void> {
    const c = this.connection;
    const references = await c.createAppender('reference_items');
    const lists: [ReferenceKind, readonly unknown[], (item: never) => string][] = [
      ['regions', dataset.regions, (r: { code: string }) => r.code],
      ['commodities', dataset.commodities, (r: { code: string }) => r.code],
      ['entry-points', dataset.entryPoints, (r: { code: string }) => r.code],
      ['sources', dataset.sources, (r: { id: string }) => r.id],
      ['claims', dataset.claims, (r: { id: string }) => r.id],
      ['agreements', dataset.agreements, (r: { id: string }) => r.id],
      ['region-facts', dataset.regionFacts, (r: { regionCode: string }) => r.regionCode],
    ];
    for (const [kind, items, codeOf] of lists) {
      items.forEach((item, ordinal) => {
        references.appendInteger(revisionId);
        references.appendVarchar(kind);
        references.appendInteger(ordinal);
        references.appendVarchar(codeOf(item as never));
        references.appendVarchar(JSON.stringify(item));
        references.endRow();
      });
    }
    references.closeSync();

    const toProvince = provinceOf(dataset.regions);
    const series = await c.createAppender('flow_series');
    const days = await c.createAppender('flow_days');
    const firstDay = toDayNumber(dataset.flows.firstDay);
    // An in-memory dataset (the demo, a file) holds the inflows of one destination.
    const destination = dataset.meta.destinations?.[0] ?? JAKARTA;
    dataset.flows.series.forEach((s, seriesNo) => {
      series.appendInteger(revisionId);
      series.appendInteger(seriesNo);
      series.appendVarchar(s.origin);
      series.appendVarchar(toProvince(s.origin));
      series.appendVarchar(s.commodity);
      series.appendVarchar(groupOf(s.commodity));
      series.appendVarchar(s.entryPoint);
      series.appendTinyInt(DATA_STATUSES.indexOf(s.status));
      series.appendList(listValue([...s.sourceIds]), STRING_LIST);
      series.appendVarchar(destination);
      series.endRow();
    });
    // Day after day (every series of a day together): DuckDB keeps the smallest and largest day
    // of each row group, so a query for a range reads only the row groups of that range.
    const dayCount = toDayNumber(dataset.flows.lastDay) - firstDay + 1;
    for (let i = 0; i < dayCount; i++) {
      const day = dateValue(firstDay + i);
      dataset.flows.series.forEach((s, seriesNo) => {
        const value = s.values[i] ?? Number.NaN;
        if (Number.isNaN(value)) return;
        days.appendInteger(revisionId);
        days.appendInteger(seriesNo);
        days.appendDate(day);
        days.appendBigInt(BigInt(Math.round(value * 1000)));
        days.endRow();
      });
    }
    series.closeSync();
    days.closeSync();
    await c.run(
      `INSERT INTO flow_months
       SELECT revision_id, series_no, date_trunc('month', day)::DATE AS month, sum(kg)::BIGINT
       FROM flow_days WHERE revision_id = $rev GROUP BY ALL ORDER BY month, series_no`,
      { rev: revisionId },
    );
    await c.run(
      `INSERT INTO flow_weeks
       SELECT revision_id, series_no, date_trunc('week', day)::DATE AS week, sum(kg)::BIGINT
       FROM flow_days WHERE revision_id = $rev GROUP BY ALL ORDER BY week, series_no`,
      { rev: revisionId },
    );

    const production = await c.createAppender('own_production');
    for (const group of COMMODITY_GROUPS) {
      for (const entry of dataset.ownProduction[group]) {
        production.appendInteger(revisionId);
        production.appendVarchar(group);
        production.appendInteger(entry.year);
        production.appendDouble(entry.tonnes);
        production.appendTinyInt(DATA_STATUSES.indexOf(entry.status));
        production.appendList(listValue([...entry.sourceIds]), STRING_LIST);
        appendProfile(production, entry);
        production.endRow();
      }
    }
    production.closeSync();

    const stockSeries = await c.createAppender('stock_series');
    const stockDays = await c.createAppender('stock_days');
    for (const [entryPoint, stock] of Object.entries(dataset.stocks)) {
      stockSeries.appendInteger(revisionId);
      stockSeries.appendVarchar(entryPoint);
      stockSeries.appendDate(dateValue(toDayNumber(stock.firstDay)));
      stockSeries.appendDate(dateValue(toDayNumber(stock.lastDay)));
      stockSeries.appendVarchar(stock.status);
      stockSeries.appendList(listValue([...stock.sourceIds]), STRING_LIST);
      stockSeries.endRow();
      const first = toDayNumber(stock.firstDay);
      for (let i = 0; i < stock.values.length; i++) {
        const value = stock.values[i] ?? Number.NaN;
        if (Number.isNaN(value)) continue;
        stockDays.appendInteger(revisionId);
        stockDays.appendVarchar(entryPoint);
        stockDays.appendDate(dateValue(first + i));
        stockDays.appendDouble(value);
        stockDays.endRow();
      }
    }
    stockSeries.closeSync();
    stockDays.closeSync();
    await this.appendBalance(revisionId, dataset);
  }

  private async appendBalance(revisionId: number, dataset: NewRevision['dataset']): Promise<void> {
    const c = this.connection;
    const { balance } = dataset;
    const onwardSeries = await c.createAppender('onward_series');
    const onwardDays = await c.createAppender('onward_days');
    balance.onward.forEach((series, ordinal) => {
      onwardSeries.appendInteger(revisionId);
      onwardSeries.appendInteger(ordinal);
      onwardSeries.appendVarchar(series.commodity);
      onwardSeries.appendVarchar(series.destination);
      onwardSeries.appendVarchar(series.status);
      onwardSeries.appendList(listValue([...series.sourceIds]), STRING_LIST);
      onwardSeries.endRow();
      const first = toDayNumber(series.firstDay);
      series.values.forEach((tonnes, i) => {
        if (Number.isNaN(tonnes)) return;
        onwardDays.appendInteger(revisionId);
        onwardDays.appendInteger(ordinal);
        onwardDays.appendDate(dateValue(first + i));
        onwardDays.appendDouble(tonnes);
        onwardDays.endRow();
      });
    });
    onwardSeries.closeSync();
    onwardDays.closeSync();

    const stockChange = await c.createAppender('stock_change_sources');
    stockChangeEntries(balance).forEach((entry, ordinal) => {
      stockChange.appendInteger(revisionId);
      stockChange.appendInteger(ordinal);
      stockChange.appendVarchar(entry.commodity);
      if (entry.stock === null) stockChange.appendNull();
      else stockChange.appendVarchar(entry.stock);
      stockChange.appendVarchar(entry.status);
      stockChange.appendList(listValue([...entry.sourceIds]), STRING_LIST);
      stockChange.endRow();
    });
    stockChange.closeSync();

    const production = await c.createAppender('balance_production');
    balance.production.forEach((series, ordinal) => {
      for (const entry of series.annual) {
        production.appendInteger(revisionId);
        production.appendInteger(ordinal);
        production.appendVarchar(series.commodity);
        production.appendVarchar(series.kind);
        production.appendInteger(entry.year);
        production.appendDouble(entry.tonnes);
        production.appendVarchar(entry.status);
        production.appendList(listValue([...entry.sourceIds]), STRING_LIST);
        appendProfile(production, entry);
        production.endRow();
      }
    });
    production.closeSync();

    const needs = await c.createAppender('needs');
    dataset.needs.forEach((need, ordinal) => {
      needs.appendInteger(revisionId);
      needs.appendInteger(ordinal);
      needs.appendDate(dateValue(toDayNumber(need.from)));
      needs.appendDate(dateValue(toDayNumber(need.to)));
      needs.appendVarchar(JSON.stringify(need));
      needs.endRow();
    });
    needs.closeSync();
  }

  recordAttempt(attempt: ImportAttempt): Promise<void> {
    return this.serialised(async () => {
      await this.connection.run(
        `INSERT INTO import_attempts VALUES (now(), $dataset, $token, $fileName, $fileHash, $fileBytes, $outcome,
           $accepted, $rejected)`,
        {
          dataset: attempt.datasetId,
          token: attempt.tokenName,
          fileName: attempt.fileName,
          fileHash: attempt.fileHash,
          fileBytes: attempt.fileBytes,
          outcome: attempt.outcome,
          accepted: attempt.acceptedRows,
          rejected: attempt.rejectedRows,
        },
        { token: VARCHAR, fileBytes: INTEGER },
      );
    });
  }

  async close(): Promise<void> {
    await this.writeQueue;
    // Everything into the main file, so the database is one self-contained file when stopped.
    await this.connection.run('CHECKPOINT');
    for (const reader of this.readers) reader.closeSync();
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
