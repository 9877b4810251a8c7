// One import at a time, from choosing a file to its report. The runner does the work (in a
// worker); this hook only holds the state the page shows. The chosen file is kept, so that
// answering a question (which sheet, which date order) or undoing an answer reads it again
// without the analyst choosing it again.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DateOrder } from '../../import/date-order';
import type { ImportProgress } from '../../import/import-flow-file';
import type { ImportResult } from '../../import/import-and-store';
import type { ImportRun, ImportRunner } from '../../import/import-runner';

export interface ImportAnswers {
  sheet?: string;
  dateOrder?: DateOrder;
}

export interface ImportAttempt {
  file: File;
  fileName: string;
  datasetName: string;
  answers: ImportAnswers;
  /** The stored dataset this attempt replaces (a re-read with another answer). */
  replaces: string | null;
}

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'running'; fileName: string; progress: ImportProgress | null }
  | { kind: 'done'; fileName: string; result: ImportResult; attempt: ImportAttempt }
  | { kind: 'cancelled'; fileName: string }
  | { kind: 'failed'; fileName: string; message: string };

/** Performance entries a benchmark can read: a measure from choosing the file to its report. */
export const IMPORT_MARK = 'arus-pangan:import:start';
export const IMPORT_MEASURE = 'arus-pangan:import';

export interface ImportCallbacks {
  /** After every run, to refresh the list of stored datasets. */
  onFinished: () => void;
  /** A re-read stored a new dataset: the one it replaces is to go. */
  onReplaced?: (replacedId: string, result: ImportResult) => Promise<void> | void;
}

export function useImport(runner: ImportRunner, { onFinished, onReplaced }: ImportCallbacks) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const current = useRef<ImportRun | null>(null);

  // Leaving the page stops an import in progress; its worker would otherwise run on unseen.
  useEffect(() => () => current.current?.cancel(), []);

  const run = useCallback(
    (attempt: ImportAttempt) => {
      current.current?.cancel();
      const { file, fileName, datasetName, answers } = attempt;
      setState({ kind: 'running', fileName, progress: null });
      performance.mark(IMPORT_MARK);
      const started = runner({ file, fileName, datasetName, ...answers }, (progress) => {
        if (current.current === started) setState({ kind: 'running', fileName, progress });
      });
      current.current = started;
      void started.outcome.then(async (outcome) => {
        if (current.current !== started) return;
        current.current = null;
        if (outcome.kind === 'done') {
          performance.measure(IMPORT_MEASURE, IMPORT_MARK);
          if (attempt.replaces && outcome.result.dataset)
            await onReplaced?.(attempt.replaces, outcome.result);
          setState({ kind: 'done', fileName, result: outcome.result, attempt });
        } else if (outcome.kind === 'cancelled') {
          setState({ kind: 'cancelled', fileName });
        } else {
          setState({ kind: 'failed', fileName, message: outcome.message });
        }
        onFinished();
      });
    },
    [runner, onFinished, onReplaced],
  );

  const start = useCallback(
    (file: File, datasetName: string) =>
      run({ file, fileName: file.name || 'data.csv', datasetName, answers: {}, replaces: null }),
    [run],
  );

  /** Runs the last attempt again with more (or other) answers. */
  const retry = useCallback(
    (answers: ImportAnswers, { replace = false }: { replace?: boolean } = {}) => {
      if (state.kind !== 'done') return;
      const { attempt, result } = state;
      run({
        ...attempt,
        answers: { ...attempt.answers, ...answers },
        replaces: replace ? (result.dataset?.info.id ?? null) : null,
      });
    },
    [state, run],
  );

  /** Forgets a question: back to choosing a file. */
  const dismiss = useCallback(() => setState({ kind: 'idle' }), []);

  const cancel = useCallback(() => {
    const running = current.current;
    if (!running) return;
    running.cancel();
  }, []);

  return { state, start, retry, dismiss, cancel };
}
