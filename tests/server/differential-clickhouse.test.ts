// The differential suite on ClickHouse, embedded in the test process (chdb): the same engine and
// the same SQL as a ClickHouse server, without one.
import { differentialSuite } from './differential';

differentialSuite('clickhouse', () => ({ DATABASE_URL: 'chdb:clickhouse' }));
