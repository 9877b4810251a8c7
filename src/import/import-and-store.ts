// One import from a file to a stored dataset: what the worker runs, and what the page runs itself
// where there is no Worker (tests). The result carries the buffers so the page can use the new
// dataset at once without reading it back from storage.
import { blobByteSource, importFlowFile, type ImportProgress } from './import-flow-file';
import type { DateOrder } from './date-order';
import type { ImportQuestion, ImportReport } from './import-report';
import { BUILT_IN_IMPORT_REFERENCE } from './import-reference';
import type {
  ImportedDataset,
  ImportedDatasetInfo,
  ImportedDatasetRepository,
} from './imported-dataset-repository';

export interface ImportRequest {
  file: Blob;
  fileName: string;
  /** What the analyst called it; the file name without its extension when empty. */
  datasetName: string;
  /** Answers to the questions an earlier attempt asked. */
  sheet?: string;
  dateOrder?: DateOrder;
}

export interface ImportResult {
  /** The import stopped to ask this; nothing was read or stored. */
  question: ImportQuestion | null;
  report: ImportReport;
  /** The stored dataset, or null when nothing was accepted or storing failed. */
  dataset: ImportedDataset | null;
  /** Why storing failed (a full disk, storage switched off), when it did. */
  saveError: string | null;
}

export interface ImportAndStoreOptions {
  repository: ImportedDatasetRepository;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  now?: () => Date;
  newId?: () => string;
}

export function datasetNameFor(request: Pick<ImportRequest, 'datasetName' | 'fileName'>): string {
  const name = request.datasetName.trim().replace(/\s+/g, ' ').slice(0, 120);
  return name || request.fileName.replace(/\.[^.]+$/, '').slice(0, 120) || request.fileName;
}

function randomId(): string {
  // randomUUID needs a secure context; 127.0.0.1 and https are, a plain-http LAN address is not.
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export async function importAndStore(
  request: ImportRequest,
  { repository, signal, onProgress, now = () => new Date(), newId = randomId }: ImportAndStoreOptions,
): Promise<ImportResult> {
  const outcome = await importFlowFile(blobByteSource(request.file, request.fileName), {
    reference: BUILT_IN_IMPORT_REFERENCE,
    signal,
    onProgress,
    ...(request.sheet !== undefined && { sheet: request.sheet }),
    ...(request.dateOrder && { dateOrder: request.dateOrder }),
  });
  const { question, report, flows, sources } = outcome;
  if (question || !flows || report.acceptedRows === 0) {
    return { question, report, dataset: null, saveError: null };
  }

  const info: ImportedDatasetInfo = {
    id: newId(),
    name: datasetNameFor(request),
    fileName: request.fileName,
    fileBytes: report.fileBytes,
    importedAt: now().toISOString(),
    totalRows: report.totalRows,
    acceptedRows: report.acceptedRows,
    rejectedRows: report.rejectedRows,
    firstDay: flows.firstDay,
    lastDay: flows.lastDay,
    origins: report.origins,
    seriesCount: flows.series.length,
  };
  const dataset: ImportedDataset = { info, flows, sources };
  try {
    await repository.save(dataset);
  } catch (error) {
    return {
      question: null,
      report,
      dataset: null,
      saveError: error instanceof Error ? error.message : String(error),
    };
  }
  return { question: null, report, dataset, saveError: null };
}
