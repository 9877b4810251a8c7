// Messages between the page and the import worker. Only small objects and transferable buffers
// cross: the report (its detailed rejections are capped) and the packed series.
import type { ImportProgress } from './import-flow-file';
import type { ImportRequest, ImportResult } from './import-and-store';

export interface ImportWorkerStart {
  type: 'start';
  request: ImportRequest;
}

export type ImportWorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; result: ImportResult }
  | { type: 'failed'; message: string };
