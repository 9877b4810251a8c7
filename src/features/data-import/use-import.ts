// One import at a time, from choosing a file to its report. The runner does the work (in a
// worker); this hook only holds the state the page shows.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportProgress } from '../../import/import-flow-file';
import type { ImportResult } from '../../import/import-and-store';
import type { ImportRun, ImportRunner } from '../../import/import-runner';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'running'; fileName: string; progress: ImportProgress | null }
  | { kind: 'done'; fileName: string; result: ImportResult }
  | { kind: 'cancelled'; fileName: string }
  | { kind: 'failed'; fileName: string; message: string };

/** Performance entries a benchmark can read: a measure from choosing the file to its report. */
export const IMPORT_MARK = 'arus-pangan:import:start';
export const IMPORT_MEASURE = 'arus-pangan:import';

export function useImport(runner: ImportRunner, onFinished: () => void) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const current = useRef<ImportRun | null>(null);

  // Leaving the page stops an import in progress; its worker would otherwise run on unseen.
  useEffect(() => () => current.current?.cancel(), []);

  const start = useCallback(
    (file: File, datasetName: string) => {
      current.current?.cancel();
      const fileName = file.name || 'data.csv';
      setState({ kind: 'running', fileName, progress: null });
      performance.mark(IMPORT_MARK);
      const run = runner({ file, fileName, datasetName }, (progress) => {
        if (current.current === run) setState({ kind: 'running', fileName, progress });
      });
      current.current = run;
      void run.outcome.then((outcome) => {
        if (current.current !== run) return;
        current.current = null;
        if (outcome.kind === 'done') {
          performance.measure(IMPORT_MEASURE, IMPORT_MARK);
          setState({ kind: 'done', fileName, result: outcome.result });
        } else if (outcome.kind === 'cancelled') {
          setState({ kind: 'cancelled', fileName });
        } else {
          setState({ kind: 'failed', fileName, message: outcome.message });
        }
        onFinished();
      });
    },
    [runner, onFinished],
  );

  const cancel = useCallback(() => {
    const run = current.current;
    if (!run) return;
    run.cancel();
  }, []);

  return { state, start, cancel };
}
