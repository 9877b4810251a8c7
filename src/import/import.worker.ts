// The import worker: parsing, checking, building the series and storing them all happen here, so
// a million-row file never blocks the page. A thin wrapper around importAndStore; the page cancels
// by terminating the worker, which stops it at once wherever it is.
import { importAndStore } from './import-and-store';
import type { ImportWorkerMessage, ImportWorkerStart } from './import-worker-protocol';
import { createIndexedDbRepository } from './imported-dataset-repository';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportWorkerStart>) => void) | null;
  postMessage(message: ImportWorkerMessage, transfer?: Transferable[]): void;
}

// The project compiles against the DOM library; this file's global is a DedicatedWorkerGlobalScope.
const scope = globalThis as unknown as WorkerScope;

/** Progress at most every 100 ms: enough for a smooth bar, few messages for the page to handle. */
const PROGRESS_INTERVAL_MS = 100;

scope.onmessage = (event) => {
  if (event.data.type !== 'start') return;
  let lastProgress = 0;
  importAndStore(event.data.request, {
    repository: createIndexedDbRepository(),
    onProgress(progress) {
      const now = performance.now();
      if (now - lastProgress < PROGRESS_INTERVAL_MS && progress.bytesRead < progress.totalBytes) return;
      lastProgress = now;
      scope.postMessage({ type: 'progress', progress });
    },
  }).then(
    (result) => {
      const buffers = result.dataset ? [result.dataset.flows.values] : [];
      scope.postMessage({ type: 'done', result }, buffers);
    },
    (error: unknown) => {
      scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    },
  );
};
