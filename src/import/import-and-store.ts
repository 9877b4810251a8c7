// One import from a file to a stored dataset: what the worker runs, and what the page runs itself
// where there is no Worker (tests). The result carries the buffers so the page can use the new
// dataset at once without reading it back from storage.
import { blobByteSource, importFlowFile, type ImportProgress } from './import-flow-file';
import type { ImportReport } from './import-report';
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
}

export interface ImportResult {
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
  });
  const { report, flows, sources } = outcome;
  if (!flows || report.acceptedRows === 0) return { report, dataset: null, saveError: null };

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
    return { report, dataset: null, saveError: error instanceof Error ? error.message : String(error) };
  }
  return { report, dataset, saveError: null };
}
