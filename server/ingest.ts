// One upload, from bytes to a stored revision: the browser import's own parser and rules
// (src/import) produce the row-level report, then the accepted rows are written as one
// revision in one transaction. Used by POST /api/v1/datasets and by `npm run ingest`.
//
// An upload is a flow file or a balance table (onward outflow, stock, own production). A flow
// file makes a revision of its own flows; a balance table makes a revision that carries the
// dataset's current flows and this table's balance (replacing any earlier table).
import type { Source } from '../src/contract/schemas';
import { daysBetweenInclusive } from '../src/domain/calendar-date';
import {
  balanceImportReport,
  isBalanceHeader,
  readBalanceFile,
  type BalanceImportReport,
} from '../src/import/balance-file';
import { balanceStorable } from '../src/import/balance-table';
import { sampleRecords, detectDelimiter } from '../src/import/dialect';
import { importFlowFile, type ByteSource } from '../src/import/import-flow-file';
import type { ImportReport } from '../src/import/import-report';
import { BUILT_IN_IMPORT_REFERENCE } from '../src/import/import-reference';
import { createChunkDecoder, sniffEncoding } from '../src/import/text-decoding';
import { looksLikeOldExcel, looksLikeZip, readWorkbook } from '../src/import/xlsx-workbook';
import { BALANCE_FILE_SOURCE_ID } from '../src/local-api/imported-balance';
import { importedLocalDataset } from '../src/local-api/imported-local-dataset';
import { fileRowSpill } from './row-spill';
import type { DataStore, ImportAttempt, NewRevision, RevisionRecord } from './store/data-store';
import { RevisionConflictError } from './store/store-errors';

export const SERVER_MAX_ROWS = 50_000;

/** What an upload is: daily flows, or a balance table joining the dataset's flows. */
export const TABLE_KINDS = ['flows', 'balance'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];
export const isTableKind = (value: string): value is TableKind =>
  (TABLE_KINDS as readonly string[]).includes(value);

type Report = ImportReport | BalanceImportReport;

export type IngestOutcome =
  | { kind: 'stored'; datasetId: string; revision: RevisionRecord; report: Report }
  | { kind: 'duplicate'; datasetId: string; revision: RevisionRecord; report: Report | null }
  | { kind: 'rejected'; datasetId: string; report: Report };

export interface IngestRequest {
  /** The file, read in chunks (server/spooled-file.ts keeps uploads on disk, not in memory). */
  source: ByteSource;
  /** SHA-256 of the file, hex: the same file twice adds nothing. */
  fileHash: string;
  fileName: string;
  datasetName: string;
  tokenName: string | null;
  now?: Date;
  /** Runs inside the write transaction, before commit. */
  beforeCommit?: () => Promise<void> | void;
  /** What the file is; told by its header when not given (see tableKindOf). */
  table?: TableKind;
}

/** Keys a JSON file holds its balance rows under, at the top level. */
const BALANCE_JSON = /^\s*\{\s*"(balance|neraca)"\s*:/;

/**
 * What an upload is, from its first bytes: a CSV or workbook whose header names a balance
 * table's columns (period, commodity, item, tonnes) and no origin, or a JSON object holding its
 * rows under "balance" (or "neraca"). Anything else is read as flows.
 */
export async function tableKindOf(source: ByteSource): Promise<TableKind> {
  const head = await source.read(0, Math.min(source.size, 65_536));
  if (looksLikeOldExcel(head)) return 'flows';
  if (looksLikeZip(head) || /\.xlsx$/i.test(source.name)) {
    const workbook = await readWorkbook(await source.read(0, source.size));
    if (!workbook.ok) return 'flows';
    const header = (sheet: (typeof workbook.sheets)[number]) =>
      (sheet.rows[0] ?? []).map((cell) => String(cell ?? '').trim());
    return workbook.sheets.some((sheet) => isBalanceHeader(header(sheet))) ? 'balance' : 'flows';
  }
  const encoding = sniffEncoding(head.subarray(0, 4096)).encoding;
  let text: string;
  try {
    text = createChunkDecoder(encoding)
      .decode(head, true)
      .replace(/^\uFEFF/, '');
  } catch {
    text = createChunkDecoder('windows-1252').decode(head, true);
  }
  if (/^\s*[[{]/.test(text)) return BALANCE_JSON.test(text) ? 'balance' : 'flows';
  const complete = head.length >= source.size;
  const [header] = sampleRecords(text, detectDelimiter(text, complete), complete);
  return header && isBalanceHeader(header) ? 'balance' : 'flows';
}

/** A dataset's id in URLs: its name in lower case, letters and digits joined by single dashes. */
export function datasetIdOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
}

/** An upload's file and who sent it, as every import attempt records it. */
type Audit = Omit<ImportAttempt, 'outcome' | 'acceptedRows' | 'rejectedRows'>;

export async function ingestFile(store: DataStore, request: IngestRequest): Promise<IngestOutcome> {
  const datasetName = request.datasetName.trim().replace(/\s+/g, ' ').slice(0, 120);
  const datasetId = datasetIdOf(datasetName);
  const { fileHash, source } = request;
  const earlier = await store.revisionByHash(datasetId, fileHash);
  const audit: Audit = {
    datasetId,
    tokenName: request.tokenName,
    fileName: request.fileName,
    fileHash,
    fileBytes: source.size,
  };
  const table = request.table ?? (await tableKindOf(source));
  if (table === 'balance') return ingestBalance(store, request, datasetId, datasetName, audit);
  if (earlier) {
    await store.recordAttempt({ ...audit, outcome: 'duplicate', acceptedRows: 0, rejectedRows: 0 });
    return { kind: 'duplicate', datasetId, revision: earlier, report: null };
  }

  // The accepted rows wait in a temporary file, not in memory, until the series are built; the
  // file is read in 64 KiB chunks (a 1 MiB chunk decodes to a string the runtime keeps in its
  // large-object space until a full collection, so a large file left many of them behind).
  const rowSpill = fileRowSpill();
  let imported: Awaited<ReturnType<typeof importFlowFile>>;
  try {
    imported = await importFlowFile(source, {
      reference: BUILT_IN_IMPORT_REFERENCE,
      rowSpill,
      chunkBytes: 64 * 1024,
    });
  } finally {
    rowSpill.dispose();
  }
  const { report, flows, sources } = imported;
  const rows = { acceptedRows: report.acceptedRows, rejectedRows: report.rejectedRows };
  if (!flows || report.acceptedRows === 0) {
    await store.recordAttempt({ ...audit, outcome: 'rejected', ...rows });
    return { kind: 'rejected', datasetId, report };
  }

  const importedAt = (request.now ?? new Date()).toISOString();
  const local = importedLocalDataset({
    info: {
      id: datasetId,
      name: datasetName,
      fileName: request.fileName,
      fileBytes: source.size,
      importedAt,
      totalRows: report.totalRows,
      acceptedRows: report.acceptedRows,
      rejectedRows: report.rejectedRows,
      firstDay: flows.firstDay,
      lastDay: flows.lastDay,
      origins: report.origins,
      seriesCount: flows.series.length,
    },
    flows,
    sources,
  });
  const dataset = {
    ...local,
    meta: {
      ...local.meta,
      dataset: { id: datasetId, name: datasetName, kind: 'server' as const },
      maxRows: SERVER_MAX_ROWS,
    },
  };
  const { revision, created } = await store.writeRevision(
    uploadRevision(request, audit, datasetName, dataset, report),
  );
  await store.recordAttempt({ ...audit, outcome: created ? 'stored' : 'duplicate', ...rows });
  return created
    ? { kind: 'stored', datasetId, revision, report }
    : { kind: 'duplicate', datasetId, revision, report };
}

/**
 * The revision an upload writes: the dataset under its name, and the record of the file it came
 * from (who sent it, its hash and size, its rows as the report counts them). A balance table
 * takes its flows from the revision `flowsFrom`.
 */
function uploadRevision(
  request: IngestRequest,
  { datasetId, tokenName, fileName, fileHash, fileBytes }: Audit,
  datasetName: string,
  dataset: NewRevision['dataset'],
  { totalRows, acceptedRows, rejectedRows }: Pick<Report, 'totalRows' | 'acceptedRows' | 'rejectedRows'>,
  flowsFrom?: number,
): NewRevision {
  return {
    datasetId,
    datasetName,
    kind: 'server',
    dataset,
    ...(flowsFrom !== undefined && { flowsFrom }),
    record: { tokenName, fileName, fileHash, fileBytes, totalRows, acceptedRows, rejectedRows },
    ...(request.beforeCommit && { beforeCommit: request.beforeCommit }),
  };
}

/** Source ids a balance table brings (see imported-balance.ts): replaced by the next table's. */
const isBalanceSource = (source: Source) =>
  source.id === BALANCE_FILE_SOURCE_ID || source.id.startsWith('imported-balance-source-');

/** Attempts at writing a balance on the current flows before giving up to concurrent uploads. */
const BALANCE_ATTEMPTS = 3;

async function ingestBalance(
  store: DataStore,
  request: IngestRequest,
  datasetId: string,
  datasetName: string,
  audit: Audit,
): Promise<IngestOutcome> {
  const { source, fileHash } = request;
  const reading = await readBalanceFile(source);
  let report = balanceImportReport(source, reading);
  const rows = { acceptedRows: report.acceptedRows, rejectedRows: report.rejectedRows };
  const reject = async (): Promise<IngestOutcome> => {
    await store.recordAttempt({ ...audit, outcome: 'rejected', ...rows });
    return { kind: 'rejected', datasetId, report };
  };
  if (!balanceStorable(reading)) return reject();

  for (let attempt = 1; ; attempt++) {
    const context = await store.revisionContext(datasetId);
    if (!context) {
      report = { ...report, fileProblem: { kind: 'no-flows', dataset: datasetId } };
      return reject();
    }
    // The same table on the same flows adds nothing; on newer flows it makes a revision again.
    const current = (await store.revisions(datasetId))?.[0];
    if (current && current.fileHash === fileHash) {
      await store.recordAttempt({ ...audit, outcome: 'duplicate', ...rows });
      return { kind: 'duplicate', datasetId, revision: current, report };
    }
    const importedAt = (request.now ?? new Date()).toISOString();
    const { from, to } = context.meta.coverage;
    const local = importedLocalDataset({
      info: {
        id: datasetId,
        name: datasetName,
        fileName: request.fileName,
        fileBytes: source.size,
        importedAt,
        totalRows: 0,
        acceptedRows: 0,
        rejectedRows: 0,
        firstDay: from,
        lastDay: to,
        origins: [],
        seriesCount: 0,
      },
      // The flows are the current revision's, copied by the store; these name only their span.
      flows: emptyFlows(from, to),
      sources: [],
      balance: { fileName: request.fileName, importedAt, rows: reading.rows },
    });
    const stored = (await store.referenceItems(context.revisionId, 'sources')) as Source[];
    const dataset = {
      ...local,
      meta: { ...context.meta, dataset: { id: datasetId, name: datasetName, kind: 'server' as const } },
      sources: [...stored.filter((s) => !isBalanceSource(s)), ...local.sources.filter(isBalanceSource)],
    };
    try {
      const { revision } = await store.writeRevision(
        uploadRevision(request, audit, datasetName, dataset, report, context.revisionId),
      );
      await store.recordAttempt({ ...audit, outcome: 'stored', ...rows });
      return { kind: 'stored', datasetId, revision, report };
    } catch (error) {
      if (!(error instanceof RevisionConflictError) || attempt >= BALANCE_ATTEMPTS) throw error;
    }
  }
}

function emptyFlows(firstDay: string, lastDay: string) {
  const dayCount = daysBetweenInclusive(firstDay, lastDay);
  return { firstDay, lastDay, dayCount, series: [], values: new ArrayBuffer(0) };
}
