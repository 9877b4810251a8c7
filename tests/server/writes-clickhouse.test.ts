// The write tests on ClickHouse embedded in the test process (chdb), which has no transactions:
// a revision becomes visible only when its last row, the dataset's, is written.
import { writesSuite } from './writes';

writesSuite('clickhouse');
