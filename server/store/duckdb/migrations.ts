// The database schema as numbered migrations, applied in order inside one transaction each.
// Never edit a released migration: add the next number.
export const MIGRATIONS: readonly { version: number; statements: readonly string[] }[] = [
  {
    version: 1,
    statements: [
      `CREATE TABLE datasets (
        id VARCHAR PRIMARY KEY,
        name VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,
        max_rows INTEGER NOT NULL,
        created_at TIMESTAMP NOT NULL,
        current_revision INTEGER
      )`,
      `CREATE SEQUENCE revision_ids START 1`,
      `CREATE TABLE revisions (
        id INTEGER PRIMARY KEY,
        dataset_id VARCHAR NOT NULL,
        number INTEGER NOT NULL,
        created_at TIMESTAMP NOT NULL,
        token_name VARCHAR,
        file_name VARCHAR,
        file_hash VARCHAR,
        file_bytes BIGINT,
        total_rows BIGINT NOT NULL,
        accepted_rows BIGINT NOT NULL,
        rejected_rows BIGINT NOT NULL,
        coverage_from DATE NOT NULL,
        coverage_to DATE NOT NULL,
        flows_first DATE NOT NULL,
        flows_last DATE NOT NULL,
        UNIQUE (dataset_id, number)
      )`,
      // Reference lists kept as the JSON documents the contract serves, in their order.
      `CREATE TABLE reference_items (
        revision_id INTEGER NOT NULL,
        kind VARCHAR NOT NULL,
        ordinal INTEGER NOT NULL,
        code VARCHAR NOT NULL,
        doc VARCHAR NOT NULL
      )`,
      `CREATE TABLE flow_series (
        revision_id INTEGER NOT NULL,
        series_no INTEGER NOT NULL,
        origin VARCHAR NOT NULL,
        province VARCHAR NOT NULL,
        commodity VARCHAR NOT NULL,
        commodity_group VARCHAR NOT NULL,
        entry_point VARCHAR NOT NULL,
        status_rank TINYINT NOT NULL,
        source_ids VARCHAR[] NOT NULL
      )`,
      // One row per reported day; a day that was not reported has no row. Kilograms as integers
      // make every sum exact, so a total never depends on the order rows are added in.
      `CREATE TABLE flow_days (
        revision_id INTEGER NOT NULL,
        series_no INTEGER NOT NULL,
        day DATE NOT NULL,
        kg BIGINT NOT NULL
      )`,
      `CREATE TABLE own_production (
        revision_id INTEGER NOT NULL,
        commodity_group VARCHAR NOT NULL,
        year INTEGER NOT NULL,
        tonnes DOUBLE NOT NULL,
        status_rank TINYINT NOT NULL,
        source_ids VARCHAR[] NOT NULL
      )`,
      `CREATE TABLE stock_series (
        revision_id INTEGER NOT NULL,
        entry_point VARCHAR NOT NULL,
        first_day DATE NOT NULL,
        last_day DATE NOT NULL,
        status VARCHAR NOT NULL,
        source_ids VARCHAR[] NOT NULL
      )`,
      `CREATE TABLE stock_days (
        revision_id INTEGER NOT NULL,
        entry_point VARCHAR NOT NULL,
        day DATE NOT NULL,
        closing_tonnes DOUBLE NOT NULL
      )`,
      `CREATE TABLE import_attempts (
        attempted_at TIMESTAMP NOT NULL,
        dataset_id VARCHAR NOT NULL,
        token_name VARCHAR,
        file_name VARCHAR NOT NULL,
        file_hash VARCHAR NOT NULL,
        file_bytes BIGINT NOT NULL,
        outcome VARCHAR NOT NULL,
        accepted_rows BIGINT NOT NULL,
        rejected_rows BIGINT NOT NULL
      )`,
    ],
  },
  {
    version: 2,
    statements: [
      // Each series' reported days summed by month: a month or year query reads these for the
      // whole months of its range (a twelfth of the rows of a year) and day rows only at its edges.
      `CREATE TABLE flow_months (
        revision_id INTEGER NOT NULL,
        series_no INTEGER NOT NULL,
        month DATE NOT NULL,
        kg BIGINT NOT NULL
      )`,
      `INSERT INTO flow_months
       SELECT revision_id, series_no, date_trunc('month', day)::DATE AS month, sum(kg)::BIGINT
       FROM flow_days GROUP BY ALL ORDER BY revision_id, month, series_no`,
    ],
  },
  {
    version: 3,
    // The province a series flows into (Kemendagri code). Every dataset before it was Jakarta's.
    statements: [`ALTER TABLE flow_series ADD COLUMN destination VARCHAR DEFAULT '31'`],
  },
  {
    version: 4,
    // The food balance besides the inflow, and the published needs. A yearly figure may come with
    // its monthly profile (twelve shares; rice comes in harvest months), own production too.
    statements: [
      `ALTER TABLE own_production ADD COLUMN monthly_shares DOUBLE[]`,
      `ALTER TABLE own_production ADD COLUMN profile_status VARCHAR`,
      `CREATE TABLE onward_series (
        revision_id INTEGER NOT NULL,
        ordinal INTEGER NOT NULL,
        commodity VARCHAR NOT NULL,
        destination VARCHAR NOT NULL,
        status VARCHAR NOT NULL,
        source_ids VARCHAR[] NOT NULL
      )`,
      // Tonnes per reported day as the table gave them (a month's figure spread over its days is
      // not a whole number of kilograms), so sums are taken in day order, as the local API takes them.
      `CREATE TABLE onward_days (
        revision_id INTEGER NOT NULL,
        ordinal INTEGER NOT NULL,
        day DATE NOT NULL,
        tonnes DOUBLE NOT NULL
      )`,
      // Per commodity: the stock series (stock_series.entry_point) whose change it takes, or, with
      // stock_key NULL, the statement that no stock is held (a change of 0) with its status.
      `CREATE TABLE stock_change_sources (
        revision_id INTEGER NOT NULL,
        ordinal INTEGER NOT NULL,
        commodity VARCHAR NOT NULL,
        stock_key VARCHAR,
        status VARCHAR NOT NULL,
        source_ids VARCHAR[] NOT NULL
      )`,
      `CREATE TABLE balance_production (
        revision_id INTEGER NOT NULL,
        ordinal INTEGER NOT NULL,
        commodity VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,
        year INTEGER NOT NULL,
        tonnes DOUBLE NOT NULL,
        status VARCHAR NOT NULL,
        source_ids VARCHAR[] NOT NULL,
        monthly_shares DOUBLE[],
        profile_status VARCHAR
      )`,
      `CREATE TABLE needs (
        revision_id INTEGER NOT NULL,
        ordinal INTEGER NOT NULL,
        from_day DATE NOT NULL,
        to_day DATE NOT NULL,
        doc VARCHAR NOT NULL
      )`,
    ],
  },
  {
    version: 5,
    statements: [
      // Each series' reported days summed by week (from Monday): a weekly query reads these for
      // the whole weeks of its range (a seventh of the rows) and day rows only at its edges.
      `CREATE TABLE flow_weeks (
        revision_id INTEGER NOT NULL,
        series_no INTEGER NOT NULL,
        week DATE NOT NULL,
        kg BIGINT NOT NULL
      )`,
      `INSERT INTO flow_weeks
       SELECT revision_id, series_no, date_trunc('week', day)::DATE AS week, sum(kg)::BIGINT
       FROM flow_days GROUP BY ALL ORDER BY revision_id, week, series_no`,
    ],
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
