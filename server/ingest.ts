// One upload, from bytes to a stored revision: the browser import's own parser and rules
// (src/domain/import) produce the row-level report, then the accepted rows are written as one
// revision in one transaction. Used by POST /api/v1/datasets and by `npm run ingest`.
import { importFlowFile, type ByteSource } from '../src/import/import-flow-file';
import type { ImportReport } from '../src/import/import-report';
import { BUILT_IN_IMPORT_REFERENCE } from '../src/import/import-reference';
import { importedLocalDataset } from '../src/local-api/imported-local-dataset';
import type { DataStore, RevisionRecord } from './store/data-store';

export const SERVER_MAX_ROWS = 50_000;

export type IngestOutcome =
  | { kind: 'stored'; datasetId: string; revision: RevisionRecord; report: ImportReport }
  | { kind: 'duplicate'; datasetId: string; revision: RevisionRecord; report: ImportReport | null }
  | { kind: 'rejected'; datasetId: string; report: ImportReport };

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

export async function ingestFile(store: DataStore, request: IngestRequest): Promise<IngestOutcome> {
  const datasetName = request.datasetName.trim().replace(/\s+/g, ' ').slice(0, 120);
  const datasetId = datasetIdOf(datasetName);
  const { fileHash, source } = request;
  const earlier = await store.revisionByHash(datasetId, fileHash);
  const audit = {
    datasetId,
    tokenName: request.tokenName,
    fileName: request.fileName,
    fileHash,
    fileBytes: source.size,
  };
  if (earlier) {
    await store.recordAttempt({ ...audit, outcome: 'duplicate', acceptedRows: 0, rejectedRows: 0 });
    return { kind: 'duplicate', datasetId, revision: earlier, report: null };
  }

  const { report, flows, sources } = await importFlowFile(source, {
    reference: BUILT_IN_IMPORT_REFERENCE,
  });
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
  const { revision, created } = await store.writeRevision({
    datasetId,
    datasetName,
    kind: 'server',
    dataset,
    record: {
      tokenName: request.tokenName,
      fileName: request.fileName,
      fileHash,
      fileBytes: source.size,
      totalRows: report.totalRows,
      ...rows,
    },
    ...(request.beforeCommit && { beforeCommit: request.beforeCommit }),
  });
  await store.recordAttempt({ ...audit, outcome: created ? 'stored' : 'duplicate', ...rows });
  return created
    ? { kind: 'stored', datasetId, revision, report }
    : { kind: 'duplicate', datasetId, revision, report };
}
