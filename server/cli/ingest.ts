// `npm run ingest -- FILE [--dataset NAME] [--table flows|balance]`: import a flow file or a
// balance table (CSV, XLSX or JSON) into the server's database as a new revision of a dataset,
// with the same report as the browser import. Without --table the file's header tells which it
// is. Opens the database itself, so the server must be stopped (or use POST /api/v1/datasets).
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { readConfig } from '../config';
import { ingestFile, isTableKind, TABLE_KINDS } from '../ingest';
import { spoolPath } from '../spooled-file';
import { DatabaseStartupError } from '../store/store-errors';
import { openStore } from '../store/open-store';

const args = process.argv.slice(2);
const datasetFlag = args.indexOf('--dataset');
const datasetName = datasetFlag >= 0 ? args[datasetFlag + 1] : undefined;
const tableFlag = args.indexOf('--table');
const table = tableFlag >= 0 ? args[tableFlag + 1] : undefined;
const flagged = new Set([datasetFlag, datasetFlag + 1, tableFlag, tableFlag + 1].filter((i) => i >= 0));
const files = args.filter((_, i) => !flagged.has(i));
if (
  files.length !== 1 ||
  (datasetFlag >= 0 && !datasetName) ||
  (tableFlag >= 0 && (table === undefined || !isTableKind(table)))
) {
  console.error(`Usage: npm run ingest -- FILE [--dataset NAME] [--table ${TABLE_KINDS.join('|')}]`);
  process.exit(2);
}
const file = files[0] ?? '';

try {
  const config = readConfig();
  const size = statSync(file).size;
  if (size > config.uploadMaxBytes) {
    console.error(`${file} is ${size} bytes; the limit is ${config.uploadMaxBytes} (ARUS_UPLOAD_MAX_BYTES).`);
    process.exit(1);
  }
  const { store } = await openStore(config.database);
  await store.checkReady();
  const spooled = await spoolPath(file, basename(file));
  try {
    const outcome = await ingestFile(store, {
      source: spooled.source,
      fileHash: spooled.hash,
      fileName: basename(file),
      datasetName: datasetName ?? basename(file).replace(/\.[^.]+$/, ''),
      tokenName: `cli:${process.env.USER ?? 'local'}`,
      ...(table !== undefined && isTableKind(table) && { table }),
    });
    const report = outcome.report;
    if (report) {
      console.log(
        `${report.totalRows} rows: ${report.acceptedRows} accepted, ${report.rejectedRows} rejected` +
          (report.fileProblem ? ` (file problem: ${report.fileProblem.kind})` : ''),
      );
      for (const r of report.rejections.slice(0, 20)) {
        console.log(
          `  line ${r.line}${r.column ? `, ${r.column}` : ''}: ${r.reason}${r.value ? ` "${r.value}"` : ''}`,
        );
      }
      if (report.rejections.length > 20) console.log(`  … and ${report.rejections.length - 20} more`);
    }
    if (outcome.kind === 'rejected') {
      console.error(`Nothing stored in dataset "${outcome.datasetId}".`);
      process.exitCode = 1;
    } else if (outcome.kind === 'duplicate') {
      console.log(
        `Dataset "${outcome.datasetId}" already has this file as revision ${outcome.revision.number}; nothing added.`,
      );
    } else {
      console.log(`Dataset "${outcome.datasetId}": revision ${outcome.revision.number} stored.`);
    }
  } finally {
    await spooled.dispose();
    await store.close();
  }
} catch (error) {
  console.error(error instanceof DatabaseStartupError ? error.message : error);
  process.exit(1);
}
