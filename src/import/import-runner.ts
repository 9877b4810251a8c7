// Starting an import from the page. The worker runner is what the app uses; the in-thread runner
// does the same work on the page's own thread, for tests (jsdom has no Worker) and nothing else.
import { ImportCancelledError, type ImportProgress } from './import-flow-file';
import { importAndStore, type ImportRequest, type ImportResult } from './import-and-store';
import type { ImportWorkerMessage, ImportWorkerStart } from './import-worker-protocol';
import type { ImportedDatasetRepository } from './imported-dataset-repository';

export type ImportRunOutcome =
  { kind: 'done'; result: ImportResult } | { kind: 'cancelled' } | { kind: 'failed'; message: string };

export interface ImportRun {
  outcome: Promise<ImportRunOutcome>;
  /** Stops the import; the outcome becomes "cancelled" at once and nothing is stored. */
  cancel(): void;
}

export type ImportRunner = (
  request: ImportRequest,
  onProgress: (progress: ImportProgress) => void,
) => ImportRun;

function settleOnce() {
  let settle: (outcome: ImportRunOutcome) => void = () => {};
  const outcome = new Promise<ImportRunOutcome>((resolve) => {
    settle = resolve;
  });
  return { outcome, settle };
}

export function createWorkerImportRunner(): ImportRunner {
  return (request, onProgress) => {
    const { outcome, settle } = settleOnce();
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), {
      type: 'module',
      name: 'arus-pangan-import',
    });
    const end = (result: ImportRunOutcome) => {
      // Terminating stops the worker mid-chunk; an IndexedDB transaction it had open is aborted,
      // so a cancelled import leaves nothing behind.
      worker.terminate();
      settle(result);
    };
    worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.progress);
      else if (message.type === 'done') end({ kind: 'done', result: message.result });
      else end({ kind: 'failed', message: message.message });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      end({ kind: 'failed', message: event.message || 'The import worker could not start' });
    };
    worker.onmessageerror = () =>
      end({ kind: 'failed', message: 'The import worker sent an unreadable message' });
    worker.postMessage({ type: 'start', request } satisfies ImportWorkerStart);
    return { outcome, cancel: () => end({ kind: 'cancelled' }) };
  };
}

export function createInThreadImportRunner(repository: ImportedDatasetRepository): ImportRunner {
  return (request, onProgress) => {
    const { outcome, settle } = settleOnce();
    const controller = new AbortController();
    importAndStore(request, { repository, signal: controller.signal, onProgress }).then(
      (result) => settle({ kind: 'done', result }),
      (error: unknown) =>
        settle(
          error instanceof ImportCancelledError
            ? { kind: 'cancelled' }
            : { kind: 'failed', message: error instanceof Error ? error.message : String(error) },
        ),
    );
    return {
      outcome,
      cancel() {
        controller.abort();
        settle({ kind: 'cancelled' });
      },
    };
  };
}
