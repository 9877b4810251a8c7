// The ClickHouse schema as numbered migrations. The tables are laid out as a national deployment
// would need them: day rows in a MergeTree ordered by commodity, destination and day (a query for
// one commodity over a range reads only the granules of that range), and the same rows summed by
// month, which month and year queries read for every whole month they cover.
// Never edit a released migration: add the next number.
export const CLICKHOUSE_MIGRATIONS: readonly { version: number; statements: readonly string[] }[] = [
  {
    version: 1,
    statements: [
      // One row per change of a dataset; the row with the highest version is the dataset now.
      `CREATE TABLE datasets (
        id String,
        name String,
        kind LowCardinality(String),
        max_rows UInt32,
        created_at DateTime64(3, 'UTC'),
        current_revision UInt32,
        version UInt64
      ) ENGINE = ReplacingMergeTree(version) ORDER BY id`,
      `CREATE TABLE revisions (
        id UInt32,
        dataset_id String,
        number UInt32,
        created_at DateTime64(3, 'UTC'),
        token_name Nullable(String),
        file_name Nullable(String),
        file_hash Nullable(String),
        file_bytes Nullable(UInt64),
        total_rows UInt64,
        accepted_rows UInt64,
        rejected_rows UInt64,
        coverage_from Date32,
        coverage_to Date32,
        flows_first Date32,
        flows_last Date32
      ) ENGINE = MergeTree ORDER BY (dataset_id, number)`,
      `CREATE TABLE reference_items (
        revision_id UInt32,
        kind LowCardinality(String),
        ordinal UInt32,
        code String,
        doc String
      ) ENGINE = MergeTree ORDER BY (revision_id, kind, ordinal)`,
      `CREATE TABLE flow_series (
        revision_id UInt32,
        series_no UInt32,
        origin LowCardinality(String),
        province LowCardinality(String),
        commodity LowCardinality(String),
        commodity_group LowCardinality(String),
        entry_point LowCardinality(String),
        destination LowCardinality(String),
        status_rank UInt8,
        source_ids Array(String)
      ) ENGINE = MergeTree ORDER BY (revision_id, series_no)`,
      // Kilograms as integers, as in DuckDB: sums are exact whatever order the parts arrive in.
      // The filter columns are repeated from flow_series so a range query needs no join to prune.
      `CREATE TABLE flow_days (
        revision_id UInt32,
        commodity LowCardinality(String),
        destination LowCardinality(String),
        day Date32,
        series_no UInt32,
        origin LowCardinality(String),
        entry_point LowCardinality(String),
        kg Int64
      ) ENGINE = MergeTree ORDER BY (revision_id, commodity, destination, day, series_no)`,
      `CREATE TABLE flow_months (
        revision_id UInt32,
        commodity LowCardinality(String),
        destination LowCardinality(String),
        month Date32,
        series_no UInt32,
        origin LowCardinality(String),
        entry_point LowCardinality(String),
        kg Int64,
        reported_days UInt16
      ) ENGINE = MergeTree ORDER BY (revision_id, commodity, destination, month, series_no)`,
      `CREATE TABLE own_production (
        revision_id UInt32,
        commodity_group LowCardinality(String),
        year Int32,
        tonnes Float64,
        status_rank UInt8,
        source_ids Array(String)
      ) ENGINE = MergeTree ORDER BY (revision_id, commodity_group, year)`,
      `CREATE TABLE stock_series (
        revision_id UInt32,
        entry_point String,
        first_day Date32,
        last_day Date32,
        status LowCardinality(String),
        source_ids Array(String)
      ) ENGINE = MergeTree ORDER BY (revision_id, entry_point)`,
      `CREATE TABLE stock_days (
        revision_id UInt32,
        entry_point LowCardinality(String),
        day Date32,
        closing_tonnes Float64
      ) ENGINE = MergeTree ORDER BY (revision_id, entry_point, day)`,
      `CREATE TABLE import_attempts (
        attempted_at DateTime64(3, 'UTC'),
        dataset_id String,
        token_name Nullable(String),
        file_name String,
        file_hash String,
        file_bytes UInt64,
        outcome LowCardinality(String),
        accepted_rows UInt64,
        rejected_rows UInt64
      ) ENGINE = MergeTree ORDER BY (dataset_id, attempted_at)`,
    ],
  },
  {
    version: 2,
    // The food balance besides the inflow, and the published needs, as in DuckDB's migration 4.
    // A yearly figure may carry its monthly profile (has_profile = 0: spread evenly over days).
    statements: [
      `ALTER TABLE own_production ADD COLUMN monthly_shares Array(Float64), ADD COLUMN has_profile UInt8,
         ADD COLUMN profile_status Nullable(String)`,
      `CREATE TABLE onward_series (
        revision_id UInt32,
        ordinal UInt32,
        commodity LowCardinality(String),
        destination LowCardinality(String),
        status LowCardinality(String),
        source_ids Array(String)
      ) ENGINE = MergeTree ORDER BY (revision_id, ordinal)`,
      // Tonnes per reported day as given (a month spread over its days is not whole kilograms);
      // sums are folded in day order, as the local API adds them.
      `CREATE TABLE onward_days (
        revision_id UInt32,
        ordinal UInt32,
        day Date32,
        tonnes Float64
      ) ENGINE = MergeTree ORDER BY (revision_id, ordinal, day)`,
      `CREATE TABLE stock_change_sources (
        revision_id UInt32,
        ordinal UInt32,
        commodity LowCardinality(String),
        stock_key Nullable(String),
        status LowCardinality(String),
        source_ids Array(String)
      ) ENGINE = MergeTree ORDER BY (revision_id, ordinal)`,
      `CREATE TABLE balance_production (
        revision_id UInt32,
        ordinal UInt32,
        commodity LowCardinality(String),
        kind LowCardinality(String),
        year Int32,
        tonnes Float64,
        status LowCardinality(String),
        source_ids Array(String),
        monthly_shares Array(Float64),
        has_profile UInt8,
        profile_status Nullable(String)
      ) ENGINE = MergeTree ORDER BY (revision_id, ordinal, year)`,
      `CREATE TABLE needs (
        revision_id UInt32,
        ordinal UInt32,
        from_day Date32,
        to_day Date32,
        doc String
      ) ENGINE = MergeTree ORDER BY (revision_id, ordinal)`,
    ],
  },
];

export const CLICKHOUSE_SCHEMA_VERSION =
  CLICKHOUSE_MIGRATIONS[CLICKHOUSE_MIGRATIONS.length - 1]?.version ?? 0;

/** Tables that hold a revision's rows, cleared of a revision that never became current. */
export const REVISION_TABLES = [
  'reference_items',
  'flow_series',
  'flow_days',
  'flow_months',
  'own_production',
  'stock_series',
  'stock_days',
  'onward_series',
  'onward_days',
  'stock_change_sources',
  'balance_production',
  'needs',
] as const;
