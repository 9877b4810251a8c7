// The differential suite on the embedded default, DuckDB.
import { differentialSuite } from './differential';

differentialSuite('duckdb', () => ({}));
