// `npm run generate:national -- [--rows N]`: writes the national synthetic flows table (514
// origins, 38 destinations, every commodity form, daily for ten years; default 50,000,000 rows)
// into the configured database (ARUS_DB_PATH, or DATABASE_URL=chdb:FOLDER) as the dataset
// "national-synthetic". For load tests and the scale bench: nothing in it is data, and it says
// so. Opens the database itself, so the server must be stopped. Serve it with
// ARUS_DEFAULT_DATASET=national-synthetic, or under /api/v1/datasets/national-synthetic/….
import { readConfig } from '../config';
import { DEFAULT_NATIONAL_ROWS, generateNationalFlows } from '../bench/national-flows';

const args = process.argv.slice(2);
const rowsFlag = args.indexOf('--rows');
const rows = rowsFlag >= 0 ? Number(args[rowsFlag + 1]?.replaceAll('_', '')) : DEFAULT_NATIONAL_ROWS;
if (args.some((arg, i) => arg !== '--rows' && i !== rowsFlag + 1) || !Number.isInteger(rows)) {
  console.error('Usage: npm run generate:national -- [--rows N]   (N a whole number, default 50000000)');
  process.exit(2);
}

const { database } = readConfig();
if (database.engine === 'clickhouse') {
  console.error(
    'The generator writes to DuckDB or to ClickHouse embedded (DATABASE_URL=chdb:FOLDER). For a ClickHouse ' +
      'server, generate into chdb and copy the tables (docs/deploy.md).',
  );
  process.exit(2);
}
const started = performance.now();
generateNationalFlows(database, rows).then(
  (plan) => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Wrote ${plan.rows} synthetic rows (${plan.series} daily series, ${plan.firstDay} … ${plan.lastDay}, ` +
        `${plan.jakartaSeries} into Jakarta) as dataset national-synthetic in ${seconds} s.`,
    );
  },
  (error: unknown) => {
    console.error(`Could not generate: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
