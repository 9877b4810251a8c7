// The ClickHouse dialect of the data store: every statement the server runs on ClickHouse is in
// this file (and the schema in schema.ts). It speaks through the official client, either over
// HTTP to a ClickHouse server or to the engine embedded in the process (the optional `chdb`
// package, which plugs into the same client). Values travel as typed query parameters
// ({name:Type}); the only text put into a statement is a column name from DIMENSION_COLUMNS.
//
// ClickHouse has no multi-statement transactions, so a revision is written rows first and made
// current last: readers find a revision only through its dataset's row, written after every row
// of the revision. Rows of a revision that never became current (a crash, a failed write) are
// removed before the next write and at start-up.
import { createClient, ClickHouseError, ClickHouseLogLevel, type ClickHouseClient } from '@clickhouse/client';
import type { ClickHouseClientConfigOptions } from '@clickhouse/client';
import type { DatasetMeta, Need, StockRow } from '../../../src/contract/schemas';
import { addDays, fromDayNumber, maxDate, minDate, toDayNumber } from '../../../src/domain/calendar-date';
import { COMMODITY_GROUPS, groupOf, type CommodityGroup } from '../../../src/domain/commodity';
import { DATA_STATUSES, type DataStatus } from '../../../src/domain/data-status';
import type { FlowAggregate, FlowDimension } from '../../../src/domain/flow-store';
import type { AnnualProduction } from '../../../src/domain/production';
import { nextPeriodStart, periodStarts, type DateRange, type Granularity } from '../../../src/domain/period';
import { JAKARTA } from '../../../src/reference/provinces';
import { provinceOf } from '../../../src/reference/regions';
import type { DatabaseLocation } from '../../config';
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
import { DatabaseStartupError, RevisionConflictError, StoreUnavailableError } from '../store-errors';
import { wholeMonths } from '../whole-months';
import { CLICKHOUSE_MIGRATIONS, CLICKHOUSE_SCHEMA_VERSION, REVISION_TABLES } from './schema';

type ChdbConnection = NonNullable<ClickHouseClientConfigOptions['connection']>;

const DIMENSION_COLUMNS: Record<FlowDimension, string> = {
  commodity: 'commodity',
  group: 'commodity_group',
  origin: 'origin',
  province: 'province',
  entryPoint: 'entry_point',
};

/** Rows sent to the database in one insert: bounds the memory an upload holds at once. */
const INSERT_BATCH_ROWS = 100_000;

// ClickHouse error codes that mean "this database cannot be used as configured", not a bug in a
// statement: unknown database, authentication failed, unknown user, access denied, readonly.
const UNAVAILABLE_CODES = new Set(['81', '164', '192', '193', '497', '516']);

// The first day of the period of the bound granularity (weeks from Monday).
const periodOf = (column: string) =>
  `multiIf({granularity:String} = 'day', ${column}, {granularity:String} = 'week', toMonday(${column}),
     {granularity:String} = 'month', toStartOfMonth(${column}), toStartOfYear(${column}))`;

// The filter of a flows query, on flow_series and on the day and month tables alike (they carry
// the same filter columns).
const FLOW_FILTER = `revision_id = {rev:UInt32} AND destination = {destination:String}
  AND (NOT {byCommodity:Bool} OR has({commodities:Array(String)}, commodity))
  AND (NOT {byOrigin:Bool} OR has({origins:Array(String)}, origin))
  AND (NOT {byEntryPoint:Bool} OR has({entryPoints:Array(String)}, entry_point))`;

function filterParams(filter: FlowFilter): Record<string, unknown> {
  return {
    destination: filter.destination,
    byCommodity: filter.commodities !== undefined,
    commodities: [...(filter.commodities ?? [])],
    byOrigin: filter.origins !== undefined,
    origins: [...(filter.origins ?? [])],
    byEntryPoint: filter.entryPoints !== undefined,
    entryPoints: [...(filter.entryPoints ?? [])],
  };
}

/** A moment as ClickHouse reads a DateTime64(3, 'UTC') from text. */
function utcMoment(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
}

function statusAtRank(rank: unknown): DataStatus {
  return DATA_STATUSES[Number(rank)] ?? 'reported';
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function nullableText(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

type Row = Record<string, unknown>;

/** monthly_shares, has_profile, profile_status of a yearly figure (arrays are never NULL here). */
function profileColumns(entry: AnnualProduction): unknown[] {
  return [[...(entry.monthlyShares ?? [])], entry.monthlyShares ? 1 : 0, entry.profileStatus ?? null];
}

export interface ClickHouseOpenOptions {
  location: Exclude<DatabaseLocation, { engine: 'duckdb' }>;
  defaultDatasetId?: string;
}

async function embeddedConnection(path: string): Promise<ChdbConnection> {
  // Loaded by name at run time: the embedded engine is an optional install (about 550 MB).
  const moduleName = 'chdb/connection';
  let loaded: { createChdbConnection: (options: { path?: string }) => ChdbConnection };
  try {
    loaded = (await import(moduleName)) as typeof loaded;
  } catch (error) {
    throw new DatabaseStartupError(
      `DATABASE_URL asks for ClickHouse embedded (chdb:), but the chdb package is not installed ` +
        `(npm install --no-save chdb): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return loaded.createChdbConnection({ path });
}

export async function openClickHouseStore({
  location,
  defaultDatasetId,
}: ClickHouseOpenOptions): Promise<{ store: DataStore; created: boolean }> {
  const settings = {
    join_use_nulls: 0,
    output_format_json_quote_64bit_integers: 1,
  } as const;
  // The client's own log would print every failed request; the server logs what it means instead.
  const log = { level: ClickHouseLogLevel.OFF };
  let client: ClickHouseClient;
  let createDatabase = async () => {};
  if (location.engine === 'chdb') {
    // The embedded engine has its own folder and works in its default database.
    client = createClient({
      connection: await embeddedConnection(location.path),
      clickhouse_settings: settings,
    });
  } else {
    const server = {
      url: location.url,
      username: location.username,
      password: location.password,
      request_timeout: 30_000,
      log,
    };
    client = createClient({ ...server, database: location.database, clickhouse_settings: settings });
    createDatabase = async () => {
      const bootstrap = createClient(server);
      try {
        await bootstrap.command({ query: `CREATE DATABASE IF NOT EXISTS ${location.database}` });
      } finally {
        await bootstrap.close();
      }
    };
  }
  const where =
    location.engine === 'chdb' ? `embedded ClickHouse at ${location.path}` : `ClickHouse at ${location.url}`;
  const store = new ClickHouseStore(client, location.database, where, defaultDatasetId, createDatabase);
  // Reachable now: the schema is made (or checked) before the server listens. Not reachable:
  // the server still starts, answers 503 and reports not ready until the database answers.
  let created = false;
  try {
    created = await store.prepare();
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) {
      await client.close();
      throw error;
    }
  }
  return { store, created };
}

class ClickHouseStore implements DataStore {
  readonly engine = 'clickhouse';
  private readonly contexts = new Map<string, { revisionId: number; context: RevisionContext }>();
  private readonly flowSpans = new Map<number, { first: string; last: string }>();
  private writeQueue: Promise<unknown> = Promise.resolve();
  private prepared: Promise<boolean> | null = null;

  constructor(
    private readonly client: ClickHouseClient,
    private readonly database: string,
    private readonly where: string,
    private readonly configuredDefault: string | undefined,
    /** Creates the database when it does not exist yet (the client itself is bound to it). */
    private readonly createDatabase: () => Promise<void>,
  ) {}

  /** An error of the connection or configuration, as the one error the HTTP layer answers 503. */
  private unavailable(error: unknown): unknown {
    if (error instanceof StoreUnavailableError || error instanceof DatabaseStartupError) return error;
    if (error instanceof ClickHouseError) {
      if (!UNAVAILABLE_CODES.has(String(error.code))) return error;
      return new StoreUnavailableError(`${this.where} refused: ${error.message}`);
    }
    const message = error instanceof Error ? error.message : String(error);
    return new StoreUnavailableError(`${this.where} cannot be reached: ${message}`);
  }

  private async rawRows(query: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    try {
      const result = await this.client.query({
        query,
        query_params: params,
        format: 'JSONEachRow',
      });
      return await result.json<Row>();
    } catch (error) {
      throw this.unavailable(error);
    }
  }

  private async rawCommand(query: string, params: Record<string, unknown> = {}) {
    try {
      await this.client.command({ query, query_params: params });
    } catch (error) {
      throw this.unavailable(error);
    }
  }

  private async insertRows(table: string, columns: readonly string[], rows: unknown[][]) {
    if (rows.length === 0) return;
    try {
      await this.client.insert({
        table,
        columns: [...columns] as [string, ...string[]],
        values: rows,
        format: 'JSONCompactEachRow',
      });
    } catch (error) {
      throw this.unavailable(error);
    }
  }

  /**
   * Creates the database and applies the migrations; answers whether the schema was new.
   * Retried on the next call after a failure (the database may come back).
   */
  prepare(): Promise<boolean> {
    this.prepared ??= this.migrate().catch((error: unknown) => {
      this.prepared = null;
      throw error;
    });
    return this.prepared;
  }

  private async ready(): Promise<void> {
    await this.prepare();
  }

  private async migrate(): Promise<boolean> {
    try {
      await this.createDatabase();
    } catch (error) {
      throw this.unavailable(error);
    }
    const tables = (
      await this.rawRows(`SELECT name FROM system.tables WHERE database = {db:String}`, { db: this.database })
    ).map((row) => String(row.name));
    let current = 0;
    if (tables.includes('schema_migrations')) {
      const [row] = await this.rawRows(`SELECT max(version) AS v FROM schema_migrations`);
      current = Number(row?.v ?? 0);
    } else if (tables.length > 0) {
      throw new DatabaseStartupError(
        `The ClickHouse database ${this.database} has tables but is not an Arus Pangan database (no schema_migrations).`,
      );
    } else {
      await this.rawCommand(
        `CREATE TABLE schema_migrations (version UInt32, applied_at DateTime64(3, 'UTC')) ENGINE = MergeTree ORDER BY version`,
      );
    }
    if (current > CLICKHOUSE_SCHEMA_VERSION) {
      throw new DatabaseStartupError(
        `The ClickHouse database ${this.database} has schema version ${current}, newer than this server knows (${CLICKHOUSE_SCHEMA_VERSION}).`,
      );
    }
    for (const migration of CLICKHOUSE_MIGRATIONS) {
      if (migration.version <= current) continue;
      for (const statement of migration.statements) await this.rawCommand(statement);
      await this.rawCommand(`INSERT INTO schema_migrations VALUES ({version:UInt32}, now64(3))`, {
        version: migration.version,
      });
    }
    await this.removeUnfinishedRevisions();
    return current === 0;
  }

  /** Revisions no dataset row points at yet (or any more newly), and their rows. */
  private async removeUnfinishedRevisions(): Promise<void> {
    const [row] = await this.rawRows(`SELECT coalesce(max(current_revision), 0) AS last FROM datasets FINAL`);
    const last = Number(row?.last ?? 0);
    await this.removeRevisionsAbove(last);
  }

  private async removeRevisionsAbove(revisionId: number): Promise<void> {
    const params = { rev: revisionId };
    for (const table of ['revisions', ...REVISION_TABLES]) {
      const column = table === 'revisions' ? 'id' : 'revision_id';
      const [row] = await this.rawRows(
        `SELECT count() AS n FROM ${table} WHERE ${column} > {rev:UInt32}`,
        params,
      );
      if (Number(row?.n ?? 0) === 0) continue;
      await this.rawCommand(
        `ALTER TABLE ${table} DELETE WHERE ${column} > {rev:UInt32} SETTINGS mutations_sync = 2`,
        params,
      );
    }
  }

  private async rows(query: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    await this.ready();
    return this.rawRows(query, params);
  }

  async checkReady(): Promise<void> {
    await this.ready();
    // A query, not /ping: ping answers without credentials or database, and both must work.
    await this.rawRows('SELECT 1 AS ok');
  }

  async defaultDatasetId(): Promise<string | null> {
    if (this.configuredDefault) return this.configuredDefault;
    const [row] = await this.rows(
      `SELECT id FROM datasets FINAL WHERE current_revision > 0
       ORDER BY (kind = 'demo') DESC, created_at, id LIMIT 1`,
    );
    return row ? String(row.id) : null;
  }

  async datasetCount(): Promise<number> {
    const [row] = await this.rows(`SELECT count() AS n FROM datasets FINAL WHERE current_revision > 0`);
    return Number(row?.n ?? 0);
  }

  async revisionContext(datasetId: string): Promise<RevisionContext | null> {
    const [row] = await this.rows(
      `SELECT d.id AS id, d.name AS name, d.kind AS kind, d.max_rows AS max_rows, r.id AS revision_id,
              toString(r.coverage_from) AS coverage_from, toString(r.coverage_to) AS coverage_to,
              toString(r.flows_first) AS flows_first, toString(r.flows_last) AS flows_last
       FROM (SELECT * FROM datasets FINAL WHERE id = {id:String}) AS d
       INNER JOIN revisions AS r ON r.id = d.current_revision`,
      { id: datasetId },
    );
    if (!row) return null;
    const revisionId = Number(row.revision_id);
    const cached = this.contexts.get(datasetId);
    if (cached && cached.revisionId === revisionId) return cached.context;

    const codes = await this.rows(
      `SELECT kind, code FROM reference_items
       WHERE revision_id = {rev:UInt32} AND kind IN ('regions', 'entry-points')`,
      { rev: revisionId },
    );
    const codesOf = (kind: ReferenceKind) =>
      new Set(codes.filter((r) => r.kind === kind).map((r) => String(r.code)));
    const stockEntryPoints = new Set(
      (
        await this.rows(`SELECT entry_point FROM stock_series WHERE revision_id = {rev:UInt32}`, {
          rev: revisionId,
        })
      ).map((r) => String(r.entry_point)),
    );
    const destinations = (
      await this.rows(
        `SELECT DISTINCT destination FROM flow_series WHERE revision_id = {rev:UInt32}
         ORDER BY destination != {home:String}, destination`,
        { rev: revisionId, home: JAKARTA },
      )
    ).map((r) => String(r.destination));
    const meta: DatasetMeta = {
      dataset: { id: String(row.id), name: String(row.name), kind: String(row.kind) as DatasetKind },
      coverage: { from: String(row.coverage_from), to: String(row.coverage_to) },
      maxRows: Number(row.max_rows),
      destinations: destinations.length > 0 ? destinations : [JAKARTA],
    };
    const context: RevisionContext = {
      revisionId,
      meta,
      regionCodes: codesOf('regions'),
      entryPointCodes: codesOf('entry-points'),
      stockEntryPoints,
    };
    this.flowSpans.set(revisionId, { first: String(row.flows_first), last: String(row.flows_last) });
    this.contexts.set(datasetId, { revisionId, context });
    return context;
  }

  private async flowSpan(revisionId: number): Promise<{ first: string; last: string } | null> {
    const known = this.flowSpans.get(revisionId);
    if (known) return known;
    const [row] = await this.rows(
      `SELECT toString(flows_first) AS first, toString(flows_last) AS last FROM revisions WHERE id = {rev:UInt32}`,
      { rev: revisionId },
    );
    if (!row) return null;
    const span = { first: String(row.first), last: String(row.last) };
    this.flowSpans.set(revisionId, span);
    return span;
  }

  async referenceItems(
    revisionId: number,
    kind: ReferenceKind,
    codes?: readonly string[],
  ): Promise<unknown[]> {
    const rows = await this.rows(
      `SELECT doc FROM reference_items
       WHERE revision_id = {rev:UInt32} AND kind = {kind:String}
         AND (NOT {filtered:Bool} OR has({codes:Array(String)}, code))
       ORDER BY ordinal`,
      { rev: revisionId, kind, filtered: codes !== undefined, codes: [...(codes ?? [])] },
    );
    return rows.map((row) => JSON.parse(String(row.doc)) as unknown);
  }

  async flowPlan(
    revisionId: number,
    filter: FlowFilter,
    range: DateRange,
    groupBy: readonly FlowDimension[],
    withScanRows: boolean,
  ): Promise<FlowPlan> {
    const [groups, scanRows] = await Promise.all([
      this.countFlowGroups(revisionId, filter, groupBy),
      withScanRows ? this.flowScanRows(revisionId, filter, range) : null,
    ]);
    return { groups, scanRows };
  }

  private async countFlowGroups(
    revisionId: number,
    filter: FlowFilter,
    groupBy: readonly FlowDimension[],
  ): Promise<number> {
    if (groupBy.length === 0) return 1;
    const keys = groupBy.map((d) => DIMENSION_COLUMNS[d]).join(', ');
    const [row] = await this.rows(
      `SELECT count() AS n FROM (SELECT DISTINCT ${keys} FROM flow_series WHERE ${FLOW_FILTER})`,
      { rev: revisionId, ...filterParams(filter) },
    );
    return Math.max(1, Number(row?.n ?? 0));
  }

  private async flowScanRows(revisionId: number, filter: FlowFilter, range: DateRange): Promise<number> {
    // ClickHouse's own estimate from the primary key index: the rows of the granules the query
    // would read, found without reading them.
    const rows = await this.rows(
      `EXPLAIN ESTIMATE SELECT sum(kg) FROM flow_days
       WHERE ${FLOW_FILTER} AND day >= {from:Date32} AND day <= {to:Date32}`,
      { rev: revisionId, from: range.from, to: range.to, ...filterParams(filter) },
    );
    return rows.reduce((total, row) => total + Number(row.rows ?? 0), 0);
  }

  async flows(revisionId: number, query: FlowQuery): Promise<FlowAggregate[]> {
    const span = await this.flowSpan(revisionId);
    if (!span) return [];
    if (maxDate(query.range.from, span.first) > minDate(query.range.to, span.last)) return [];
    // `all_rows` is the one group of a query without groupBy.
    const keyColumns = ['all_rows', ...query.groupBy.map((d) => DIMENSION_COLUMNS[d])];
    const keys = keyColumns.join(', ');
    const sKeys = keyColumns.map((k) => `s.${k}`).join(', ');
    const joinKeys = keyColumns.map((k) => `g.${k} = t.${k}`).join(' AND ');
    const months = wholeMonths(query.range, query.granularity);
    const rows = await this.rows(
      `WITH
       selected AS (
         SELECT 0 AS all_rows, series_no, commodity, commodity_group, origin, province, entry_point,
                status_rank, source_ids
         FROM flow_series WHERE ${FLOW_FILTER}
       ),
       series_sums AS (
         -- Whole months from the month table, the days around them from the day table.
         SELECT series_no, ${periodOf('d')} AS period, sum(kg) AS kg
         FROM (
           SELECT series_no, month AS d, kg FROM flow_months
           WHERE ${FLOW_FILTER} AND month >= {monthsFirst:Date32} AND month < {monthsEnd:Date32}
           UNION ALL
           SELECT series_no, day AS d, kg FROM flow_days
           WHERE ${FLOW_FILTER} AND day >= {from:Date32} AND day <= {to:Date32}
             AND NOT (day >= {monthsFirst:Date32} AND day < {monthsEnd:Date32})
         )
         GROUP BY series_no, period
       ),
       groups AS (
         -- A group's status is the weakest of the series that reported something in the range,
         -- or of all its series when none did; its sources are those of the reporting series.
         SELECT ${keys}, min(series_no) AS ordinal,
                if(countIf(present) > 0, maxIf(status_rank, present), max(status_rank)) AS status_rank,
                arraySort(arrayDistinct(arrayFlatten(groupArrayIf(source_ids, present)))) AS source_ids
         FROM (SELECT *, series_no IN (SELECT series_no FROM series_sums) AS present FROM selected)
         GROUP BY ${keys}
       ),
       totals AS (
         SELECT ${keys}, groupArray(toString(period)) AS periods, groupArray(kg) AS kgs
         FROM (
           SELECT ${sKeys}, r.period AS period, sum(r.kg) AS kg
           FROM series_sums AS r INNER JOIN selected AS s ON s.series_no = r.series_no
           GROUP BY ${sKeys}, r.period
         )
         GROUP BY ${keys}
       )
       SELECT ${keyColumns.map((k) => `g.${k} AS ${k}`).join(', ')}, g.status_rank AS status_rank,
              g.source_ids AS source_ids, t.periods AS periods, t.kgs AS kgs
       FROM groups AS g LEFT JOIN totals AS t ON ${joinKeys}
       ORDER BY g.ordinal`,
      {
        rev: revisionId,
        from: query.range.from,
        to: query.range.to,
        granularity: query.granularity,
        monthsFirst: months.first,
        monthsEnd: months.end,
        ...filterParams(query),
      },
    );
    const groups = rows.map((row) => {
      const kgByPeriod = new Map<string, number>();
      const periods = strings(row.periods);
      const kgs = Array.isArray(row.kgs) ? row.kgs : [];
      periods.forEach((period, i) => kgByPeriod.set(period, Number(kgs[i])));
      return { row, kgByPeriod, status: statusAtRank(row.status_rank), sourceIds: strings(row.source_ids) };
    });
    const aggregates: FlowAggregate[] = [];
    for (const period of periodStarts(query.range, query.granularity)) {
      for (const group of groups) {
        // Key order as the local API writes it: period, the dimensions in groupBy order, the figures.
        const aggregate: Record<string, unknown> = { period };
        for (const dimension of query.groupBy)
          aggregate[dimension] = String(group.row[DIMENSION_COLUMNS[dimension]]);
        const kg = group.kgByPeriod.get(period);
        aggregate.tonnes = kg === undefined ? null : kg / 1000;
        aggregate.status = group.status;
        aggregate.sourceIds = group.sourceIds;
        aggregates.push(aggregate as unknown as FlowAggregate);
      }
    }
    return aggregates;
  }

  async ownProduction(
    revisionId: number,
    groups: readonly CommodityGroup[],
  ): Promise<Map<CommodityGroup, AnnualProduction[]>> {
    const rows = await this.rows(
      `SELECT commodity_group, year, tonnes, status_rank, source_ids, monthly_shares, has_profile, profile_status
       FROM own_production WHERE revision_id = {rev:UInt32} AND has({groups:Array(String)}, commodity_group)
       ORDER BY commodity_group, year`,
      { rev: revisionId, groups: [...groups] },
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
    const [onward, stockChange, stocks, production] = await Promise.all([
      this.rows(
        `SELECT ordinal, commodity, destination, status, source_ids FROM onward_series
         WHERE revision_id = {rev:UInt32} ORDER BY ordinal`,
        params,
      ),
      this.rows(
        `SELECT commodity, stock_key, status, source_ids FROM stock_change_sources
         WHERE revision_id = {rev:UInt32} ORDER BY ordinal`,
        params,
      ),
      this.rows(
        `SELECT entry_point, status, source_ids FROM stock_series WHERE revision_id = {rev:UInt32}`,
        params,
      ),
      this.rows(
        `SELECT ordinal, commodity, kind, year, tonnes, status, source_ids, monthly_shares, has_profile,
                profile_status
         FROM balance_production WHERE revision_id = {rev:UInt32} ORDER BY ordinal, year`,
        params,
      ),
    ]);
    return storedBalance({ onward, stockChange, stocks, production });
  }

  async onwardSums(
    revisionId: number,
    ordinals: readonly number[],
    range: DateRange,
    granularity: Granularity,
  ): Promise<{ ordinal: number; period: string; tonnes: number }[]> {
    if (ordinals.length === 0) return [];
    // Folded in day order, as the local API adds a period's days: the same double to the last bit
    // (sum() would add in whatever order the parts arrive).
    const rows = await this.rows(
      `SELECT ordinal, toString(${periodOf('day')}) AS period,
              arrayFold((acc, x) -> acc + x, arrayMap(t -> t.2, arraySort(groupArray((day, tonnes)))),
                        toFloat64(0)) AS tonnes
       FROM onward_days
       WHERE revision_id = {rev:UInt32} AND has({ordinals:Array(UInt32)}, ordinal)
         AND day >= {from:Date32} AND day <= {to:Date32}
       GROUP BY ordinal, period`,
      { rev: revisionId, ordinals: [...ordinals], granularity, from: range.from, to: range.to },
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
    // Each period's closing day (cut to the range) and the day before its first (cut to the range).
    const periods = periodStarts(range, granularity).map((period) => ({
      period,
      opening: addDays(maxDate(period, range.from), -1),
      closing: minDate(addDays(nextPeriodStart(period, granularity), -1), range.to),
    }));
    const rows = await this.rows(
      `WITH periods AS (
         SELECT arrayJoin(arrayZip({periods:Array(String)}, {openings:Array(Date32)}, {closings:Array(Date32)})) AS p,
                p.1 AS period, p.2 AS opening_day, p.3 AS closing_day
       ),
       days AS (
         SELECT entry_point, day, closing_tonnes FROM stock_days
         WHERE revision_id = {rev:UInt32} AND has({stocks:Array(String)}, entry_point)
           AND day >= {firstDay:Date32} AND day <= {lastDay:Date32}
       )
       SELECT o.entry_point AS stock_key, periods.period AS period,
              c.closing_tonnes - o.closing_tonnes AS change
       FROM periods
       INNER JOIN days AS o ON o.day = periods.opening_day
       INNER JOIN days AS c ON c.day = periods.closing_day AND c.entry_point = o.entry_point`,
      {
        rev: revisionId,
        stocks: [...stocks],
        periods: periods.map((p) => p.period),
        openings: periods.map((p) => p.opening),
        closings: periods.map((p) => p.closing),
        firstDay: addDays(range.from, -1),
        lastDay: range.to,
      },
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
       WHERE revision_id = {rev:UInt32}
         AND (NOT {filtered:Bool} OR (from_day <= {to:Date32} AND to_day >= {from:Date32}))
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
    const [series] = await this.rows(
      `SELECT toString(first_day) AS first_day, toString(last_day) AS last_day, status, source_ids
       FROM stock_series WHERE revision_id = {rev:UInt32} AND entry_point = {entryPoint:String}`,
      { rev: revisionId, entryPoint },
    );
    if (!series) return [];
    // The closing stock of a period: the last reported day inside the period, the range and the series.
    const closing = await this.rows(
      `SELECT toString(${periodOf('day')}) AS period, argMax(closing_tonnes, day) AS closing_tonnes
       FROM stock_days
       WHERE revision_id = {rev:UInt32} AND entry_point = {entryPoint:String}
         AND day >= {from:Date32} AND day <= {to:Date32}
       GROUP BY period`,
      {
        rev: revisionId,
        entryPoint,
        granularity,
        from: maxDate(range.from, String(series.first_day)),
        to: minDate(range.to, String(series.last_day)),
      },
    );
    const byPeriod = new Map(closing.map((row) => [String(row.period), Number(row.closing_tonnes)]));
    return periodStarts(range, granularity).map((period) => ({
      period,
      closingTonnes: byPeriod.get(period) ?? null,
      status: String(series.status) as DataStatus,
      sourceIds: strings(series.source_ids),
    }));
  }

  private static readonly REVISION_COLUMNS = `r.number AS number, toUnixTimestamp64Milli(r.created_at) AS created_ms,
    r.token_name AS token_name, r.file_name AS file_name, r.file_hash AS file_hash, r.file_bytes AS file_bytes,
    r.total_rows AS total_rows, r.accepted_rows AS accepted_rows, r.rejected_rows AS rejected_rows,
    toString(r.coverage_from) AS coverage_from, toString(r.coverage_to) AS coverage_to`;

  private static revisionRecord(row: Row): RevisionRecord {
    return {
      number: Number(row.number),
      createdAt: new Date(Number(row.created_ms)).toISOString(),
      tokenName: nullableText(row.token_name),
      fileName: nullableText(row.file_name),
      fileHash: nullableText(row.file_hash),
      fileBytes: row.file_bytes === null || row.file_bytes === undefined ? null : Number(row.file_bytes),
      totalRows: Number(row.total_rows),
      acceptedRows: Number(row.accepted_rows),
      rejectedRows: Number(row.rejected_rows),
      coverage: { from: String(row.coverage_from), to: String(row.coverage_to) },
    };
  }

  async listDatasets(): Promise<DatasetSummary[]> {
    const rows = await this.rows(
      `SELECT d.id AS id, d.name AS name, d.kind AS kind,
              ${ClickHouseStore.REVISION_COLUMNS}
       FROM (SELECT * FROM datasets FINAL WHERE current_revision > 0) AS d
       INNER JOIN revisions AS r ON r.id = d.current_revision
       ORDER BY d.created_at, d.id`,
    );
    // Counted apart: ClickHouse has no correlated subqueries.
    const counts = new Map(
      (await this.rows(`SELECT dataset_id, count() AS n FROM revisions GROUP BY dataset_id`)).map((r) => [
        String(r.dataset_id),
        Number(r.n),
      ]),
    );
    return rows.map((row) => ({
      id: String(row.id),
      name: String(row.name),
      kind: String(row.kind) as DatasetKind,
      revision: ClickHouseStore.revisionRecord(row),
      revisionCount: counts.get(String(row.id)) ?? 1,
    }));
  }

  async revisions(datasetId: string): Promise<RevisionRecord[] | null> {
    const [dataset] = await this.rows(`SELECT id FROM datasets FINAL WHERE id = {id:String}`, {
      id: datasetId,
    });
    if (!dataset) return null;
    const rows = await this.rows(
      `SELECT ${ClickHouseStore.REVISION_COLUMNS} FROM revisions AS r WHERE r.dataset_id = {id:String} ORDER BY r.number DESC`,
      { id: datasetId },
    );
    return rows.map((row) => ClickHouseStore.revisionRecord(row));
  }

  async revisionByHash(datasetId: string, fileHash: string): Promise<RevisionRecord | null> {
    const [row] = await this.rows(
      `SELECT ${ClickHouseStore.REVISION_COLUMNS} FROM revisions AS r
       WHERE r.dataset_id = {id:String} AND r.file_hash = {hash:String} ORDER BY r.number DESC LIMIT 1`,
      { id: datasetId, hash: fileHash },
    );
    return row ? ClickHouseStore.revisionRecord(row) : null;
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const next = this.writeQueue.then(work, work);
    this.writeQueue = next.catch(() => undefined);
    return next;
  }

  writeRevision(revision: NewRevision): Promise<{ revision: RevisionRecord; created: boolean }> {
    return this.serialised(async () => {
      await this.ready();
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
    if (flowsFrom !== undefined) {
      const [current] = await this.rows(
        `SELECT current_revision FROM datasets FINAL WHERE id = {id:String}`,
        { id: datasetId },
      );
      if (Number(current?.current_revision) !== flowsFrom) {
        throw new RevisionConflictError(`dataset ${datasetId} has a newer revision than ${flowsFrom}`);
      }
    }
    const [ids] = await this.rows(
      `SELECT (SELECT coalesce(max(id), 0) FROM revisions) + 1 AS id,
              (SELECT coalesce(max(number), 0) FROM revisions WHERE dataset_id = {id:String}) + 1 AS number,
              (SELECT toUnixTimestamp64Milli(min(created_at)) FROM datasets WHERE id = {id:String}) AS first_ms,
              (SELECT count() FROM datasets WHERE id = {id:String}) AS known`,
      { id: datasetId },
    );
    const revisionId = Number(ids?.id);
    const number = Number(ids?.number);
    const now = Date.now();
    const datasetCreated = Number(ids?.known) > 0 ? Number(ids?.first_ms) : now;
    // Leftovers of an earlier attempt at this id (a crash before it became current) go first.
    await this.removeRevisionsAbove(revisionId - 1);
    try {
      await this.appendDataset(revisionId, dataset);
      if (flowsFrom !== undefined) await this.copyFlows(flowsFrom, revisionId);
      await this.insertRows(
        'revisions',
        [
          'id',
          'dataset_id',
          'number',
          'created_at',
          'token_name',
          'file_name',
          'file_hash',
          'file_bytes',
          'total_rows',
          'accepted_rows',
          'rejected_rows',
          'coverage_from',
          'coverage_to',
          'flows_first',
          'flows_last',
        ],
        [
          [
            revisionId,
            datasetId,
            number,
            utcMoment(now),
            record.tokenName,
            record.fileName,
            record.fileHash,
            record.fileBytes,
            record.totalRows,
            record.acceptedRows,
            record.rejectedRows,
            dataset.meta.coverage.from,
            dataset.meta.coverage.to,
            dataset.flows.firstDay,
            dataset.flows.lastDay,
          ],
        ],
      );
      await beforeCommit?.();
      // The one row that makes the revision current: until it is written, no reader finds it.
      await this.insertRows(
        'datasets',
        ['id', 'name', 'kind', 'max_rows', 'created_at', 'current_revision', 'version'],
        [
          [
            datasetId,
            datasetName,
            kind,
            dataset.meta.maxRows,
            utcMoment(datasetCreated),
            revisionId,
            revisionId,
          ],
        ],
      );
    } catch (error) {
      await this.removeRevisionsAbove(revisionId - 1).catch(() => undefined);
      throw error;
    }
    const [row] = await this.rows(
      `SELECT ${ClickHouseStore.REVISION_COLUMNS} FROM revisions AS r WHERE r.id = {rev:UInt32}`,
      { rev: revisionId },
    );
    if (!row) throw new Error('the revision just written cannot be read back');
    return ClickHouseStore.revisionRecord(row);
  }

  /** The flows of one revision, written again under another (a balance table joining them). */
  private async copyFlows(from: number, to: number): Promise<void> {
    // Columns named one by one: embedded ClickHouse inserts nothing for `SELECT * REPLACE (…)`.
    const tables: Record<string, readonly string[]> = {
      flow_series: [
        'series_no',
        'origin',
        'province',
        'commodity',
        'commodity_group',
        'entry_point',
        'destination',
        'status_rank',
        'source_ids',
      ],
      flow_days: ['commodity', 'destination', 'day', 'series_no', 'origin', 'entry_point', 'kg'],
      flow_months: [
        'commodity',
        'destination',
        'month',
        'series_no',
        'origin',
        'entry_point',
        'kg',
        'reported_days',
      ],
    };
    for (const [table, columns] of Object.entries(tables)) {
      await this.rawCommand(
        `INSERT INTO ${table} (revision_id, ${columns.join(', ')})
         SELECT {to:UInt32}, ${columns.join(', ')} FROM ${table} WHERE revision_id = {from:UInt32}`,
        { from, to },
      );
    }
  }

  private async appendDataset(revisionId: number, dataset: NewRevision['dataset']): Promise<void> {
    const references: unknown[][] = [];
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
        references.push([revisionId, kind, ordinal, codeOf(item as never), JSON.stringify(item)]);
      });
    }
    await this.insertRows('reference_items', ['revision_id', 'kind', 'ordinal', 'code', 'doc'], references);

    const toProvince = provinceOf(dataset.regions);
    // An in-memory dataset (the demo, a file) holds the inflows of one destination.
    const destination = dataset.meta.destinations?.[0] ?? JAKARTA;
    await this.insertRows(
      'flow_series',
      [
        'revision_id',
        'series_no',
        'origin',
        'province',
        'commodity',
        'commodity_group',
        'entry_point',
        'destination',
        'status_rank',
        'source_ids',
      ],
      dataset.flows.series.map((s, seriesNo) => [
        revisionId,
        seriesNo,
        s.origin,
        toProvince(s.origin),
        s.commodity,
        groupOf(s.commodity),
        s.entryPoint,
        destination,
        DATA_STATUSES.indexOf(s.status),
        [...s.sourceIds],
      ]),
    );

    const dayColumns = [
      'revision_id',
      'commodity',
      'destination',
      'day',
      'series_no',
      'origin',
      'entry_point',
      'kg',
    ];
    const firstDay = toDayNumber(dataset.flows.firstDay);
    const dayCount = toDayNumber(dataset.flows.lastDay) - firstDay + 1;
    let batch: unknown[][] = [];
    for (let i = 0; i < dayCount; i++) {
      const day = fromDayNumber(firstDay + i);
      for (const [seriesNo, s] of dataset.flows.series.entries()) {
        const value = s.values[i] ?? Number.NaN;
        if (Number.isNaN(value)) continue;
        batch.push([
          revisionId,
          s.commodity,
          destination,
          day,
          seriesNo,
          s.origin,
          s.entryPoint,
          Math.round(value * 1000),
        ]);
        if (batch.length >= INSERT_BATCH_ROWS) {
          await this.insertRows('flow_days', dayColumns, batch);
          batch = [];
        }
      }
    }
    await this.insertRows('flow_days', dayColumns, batch);
    await this.rawCommand(
      `INSERT INTO flow_months
       SELECT revision_id, commodity, destination, toStartOfMonth(day) AS month, series_no,
              any(origin), any(entry_point), sum(kg), count()
       FROM flow_days WHERE revision_id = {rev:UInt32}
       GROUP BY revision_id, commodity, destination, month, series_no`,
      { rev: revisionId },
    );

    const production: unknown[][] = [];
    for (const group of COMMODITY_GROUPS) {
      for (const entry of dataset.ownProduction[group]) {
        production.push([
          revisionId,
          group,
          entry.year,
          entry.tonnes,
          DATA_STATUSES.indexOf(entry.status),
          [...entry.sourceIds],
          ...profileColumns(entry),
        ]);
      }
    }
    await this.insertRows(
      'own_production',
      [
        'revision_id',
        'commodity_group',
        'year',
        'tonnes',
        'status_rank',
        'source_ids',
        'monthly_shares',
        'has_profile',
        'profile_status',
      ],
      production,
    );

    const stockSeries: unknown[][] = [];
    const stockDays: unknown[][] = [];
    for (const [entryPoint, stock] of Object.entries(dataset.stocks)) {
      stockSeries.push([
        revisionId,
        entryPoint,
        stock.firstDay,
        stock.lastDay,
        stock.status,
        [...stock.sourceIds],
      ]);
      const first = toDayNumber(stock.firstDay);
      stock.values.forEach((value, i) => {
        if (!Number.isNaN(value)) stockDays.push([revisionId, entryPoint, fromDayNumber(first + i), value]);
      });
    }
    await this.insertRows(
      'stock_series',
      ['revision_id', 'entry_point', 'first_day', 'last_day', 'status', 'source_ids'],
      stockSeries,
    );
    await this.insertRows('stock_days', ['revision_id', 'entry_point', 'day', 'closing_tonnes'], stockDays);
    await this.appendBalance(revisionId, dataset);
  }

  private async appendBalance(revisionId: number, dataset: NewRevision['dataset']): Promise<void> {
    const { balance } = dataset;
    const onwardDays: unknown[][] = [];
    balance.onward.forEach((series, ordinal) => {
      const first = toDayNumber(series.firstDay);
      series.values.forEach((tonnes, i) => {
        if (!Number.isNaN(tonnes)) onwardDays.push([revisionId, ordinal, fromDayNumber(first + i), tonnes]);
      });
    });
    await this.insertRows(
      'onward_series',
      ['revision_id', 'ordinal', 'commodity', 'destination', 'status', 'source_ids'],
      balance.onward.map((series, ordinal) => [
        revisionId,
        ordinal,
        series.commodity,
        series.destination,
        series.status,
        [...series.sourceIds],
      ]),
    );
    await this.insertRows('onward_days', ['revision_id', 'ordinal', 'day', 'tonnes'], onwardDays);
    await this.insertRows(
      'stock_change_sources',
      ['revision_id', 'ordinal', 'commodity', 'stock_key', 'status', 'source_ids'],
      stockChangeEntries(balance).map((entry, ordinal) => [
        revisionId,
        ordinal,
        entry.commodity,
        entry.stock,
        entry.status,
        [...entry.sourceIds],
      ]),
    );
    await this.insertRows(
      'balance_production',
      [
        'revision_id',
        'ordinal',
        'commodity',
        'kind',
        'year',
        'tonnes',
        'status',
        'source_ids',
        'monthly_shares',
        'has_profile',
        'profile_status',
      ],
      balance.production.flatMap((series, ordinal) =>
        series.annual.map((entry) => [
          revisionId,
          ordinal,
          series.commodity,
          series.kind,
          entry.year,
          entry.tonnes,
          entry.status,
          [...entry.sourceIds],
          ...profileColumns(entry),
        ]),
      ),
    );
    await this.insertRows(
      'needs',
      ['revision_id', 'ordinal', 'from_day', 'to_day', 'doc'],
      dataset.needs.map((need, ordinal) => [revisionId, ordinal, need.from, need.to, JSON.stringify(need)]),
    );
  }

  recordAttempt(attempt: ImportAttempt): Promise<void> {
    return this.serialised(async () => {
      await this.ready();
      await this.insertRows(
        'import_attempts',
        [
          'attempted_at',
          'dataset_id',
          'token_name',
          'file_name',
          'file_hash',
          'file_bytes',
          'outcome',
          'accepted_rows',
          'rejected_rows',
        ],
        [
          [
            utcMoment(Date.now()),
            attempt.datasetId,
            attempt.tokenName,
            attempt.fileName,
            attempt.fileHash,
            attempt.fileBytes,
            attempt.outcome,
            attempt.acceptedRows,
            attempt.rejectedRows,
          ],
        ],
      );
    });
  }

  async close(): Promise<void> {
    await this.writeQueue;
    await this.client.close();
  }
}
