// The accepted rows of an upload, set aside in a temporary file while the file is read: the
// import keeps one chunk of rows in memory at a time instead of every row of the file, so the
// server's memory does not grow with the size of the uploads it takes (src/import/flow-rows.ts
// hands over each full chunk and reads them back, in order, to build the series).
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newChunk, ROW_CHUNK, type RowChunk, type RowSpill } from '../src/import/flow-rows';

/** The columns of a chunk in the order they are written, each ROW_CHUNK values long. */
const COLUMNS = ['series', 'day', 'tonnes', 'status', 'source', 'line'] as const;

function columnBytes(chunk: RowChunk): Uint8Array[] {
  return COLUMNS.map((name) => {
    const column = chunk[name];
    return new Uint8Array(column.buffer, column.byteOffset, column.byteLength);
  });
}

const CHUNK_BYTES = columnBytes(newChunk()).reduce((sum, bytes) => sum + bytes.length, 0);

export interface FileRowSpill extends RowSpill {
  /** The file, in a directory of its own under the system's temporary directory. */
  readonly path: string;
  /** Closes and removes the file and its directory. */
  dispose(): void;
}

/**
 * A spill in a file of its own. Chunks are written and read synchronously: the import builds its
 * series in one synchronous pass, and a chunk is 1.8 MiB.
 */
export function fileRowSpill(): FileRowSpill {
  const dir = mkdtempSync(join(tmpdir(), 'arus-rows-'));
  const path = join(dir, 'rows');
  let fd: number;
  try {
    fd = openSync(path, 'w+');
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  let stored = 0;
  // One chunk's buffers, reused for every chunk read back: the reader is done with a chunk before
  // it asks for the next.
  const reading: RowChunk = { ...newChunk(), length: ROW_CHUNK };
  const writeFully = (bytes: Uint8Array, position: number) => {
    let done = 0;
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done, position + done);
  };
  const readFully = (bytes: Uint8Array, position: number) => {
    let done = 0;
    while (done < bytes.length) {
      const read = readSync(fd, bytes, done, bytes.length - done, position + done);
      if (read === 0) throw new Error(`the row spill ends at byte ${position + done}`);
      done += read;
    }
  };
  return {
    path,
    store(chunk) {
      if (chunk.length !== ROW_CHUNK) throw new Error('only full chunks are set aside');
      let position = stored * CHUNK_BYTES;
      for (const bytes of columnBytes(chunk)) {
        writeFully(bytes, position);
        position += bytes.length;
      }
      return stored++;
    },
    load(index) {
      if (index < 0 || index >= stored) throw new Error(`no row chunk ${index} was set aside`);
      let position = index * CHUNK_BYTES;
      for (const bytes of columnBytes(reading)) {
        readFully(bytes, position);
        position += bytes.length;
      }
      return reading;
    },
    dispose() {
      try {
        closeSync(fd);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
