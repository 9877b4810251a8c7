// The write tests on the embedded default, DuckDB.
import { writesSuite } from './writes';

writesSuite('duckdb');
