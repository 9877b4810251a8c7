// An uploaded file on disk instead of in memory: the request body is written to a temporary file
// as it arrives (hashed on the way, its size checked against the limit), and the import reads it
// back in chunks, so a server's memory does not grow with the size of the files it is sent.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, open, rm, stat, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable, Transform } from 'node:stream';
import type { ByteSource } from '../src/import/import-flow-file';

export interface SpooledFile {
  source: ByteSource;
  /** SHA-256 of the bytes, hex. */
  hash: string;
  dispose(): Promise<void>;
}

export class UploadTooLargeError extends Error {
  override readonly name = 'UploadTooLargeError';
}

async function readableFile(path: string, name: string, hash: string, cleanUp: () => Promise<void>) {
  const handle: FileHandle = await open(path, 'r');
  const { size } = await handle.stat();
  const source: ByteSource = {
    name,
    size,
    read: async (offset, length) => {
      const bytes = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
      const { bytesRead } = await handle.read(bytes, 0, bytes.length, offset);
      return bytes.subarray(0, bytesRead);
    },
  };
  return {
    source,
    hash,
    dispose: async () => {
      await handle.close();
      await cleanUp();
    },
  };
}

/** Writes a request body to a temporary file; UploadTooLargeError past `maxBytes` (nothing kept). */
export async function spoolUpload(
  body: ReadableStream<Uint8Array> | Readable | null,
  name: string,
  maxBytes: number,
): Promise<SpooledFile> {
  const dir = await mkdtemp(join(tmpdir(), 'arus-upload-'));
  const removeDir = () => rm(dir, { recursive: true, force: true });
  const path = join(dir, 'upload');
  const hash = createHash('sha256');
  let received = 0;
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      if (received > maxBytes) {
        done(new UploadTooLargeError(`more than ${maxBytes} bytes`));
        return;
      }
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    const input =
      body instanceof Readable
        ? body
        : body
          ? Readable.fromWeb(body as import('node:stream/web').ReadableStream<Uint8Array>)
          : Readable.from([]);
    await pipeline(input, counted, createWriteStream(path));
    return await readableFile(path, name, hash.digest('hex'), removeDir);
  } catch (error) {
    await removeDir();
    throw error;
  }
}

/** A file already on disk (the command line's), read in place. */
export async function spoolPath(path: string, name: string): Promise<SpooledFile> {
  await stat(path);
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), async function* (chunks: AsyncIterable<Buffer>) {
    for await (const chunk of chunks) hash.update(chunk);
    yield* [];
  });
  return readableFile(path, name, hash.digest('hex'), async () => {});
}
