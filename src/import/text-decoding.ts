// Which text encoding a file is in. Spreadsheet programs write UTF-8 with or without a BOM,
// UTF-16 ("Unicode text" in Excel) with a BOM, or, on older Windows set-ups, Windows-1252. Only the
// BOM is certain; without one the file is read as UTF-8 with `fatal: true`, and when a byte
// sequence turns out not to be valid UTF-8 the import starts again as Windows-1252, the usual
// legacy encoding (it maps every byte, so it cannot fail in turn).

export const TEXT_ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

export interface EncodingGuess {
  encoding: TextEncodingName;
  /** False when the guess may still be disproved by an invalid byte later in the file. */
  certain: boolean;
}

/** Thrown when a file read as UTF-8 contains a byte sequence that is not UTF-8. */
export class InvalidUtf8Error extends Error {
  override readonly name = 'InvalidUtf8Error';
}

export function sniffEncoding(head: Uint8Array): EncodingGuess {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return { encoding: 'utf-8-bom', certain: true };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', certain: true };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', certain: true };
  // UTF-16 without a BOM: ASCII text then has a zero in every other byte. The spec asks only for
  // the BOM, but without this such a file would be read as one unrecognisable header.
  const sample = head.subarray(0, Math.min(head.length, 2048) & ~1);
  if (sample.length >= 8) {
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < sample.length; i += 2) {
      if (sample[i] === 0) evenZeros++;
      if (sample[i + 1] === 0) oddZeros++;
    }
    const pairs = sample.length / 2;
    if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return { encoding: 'utf-16le', certain: true };
    if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return { encoding: 'utf-16be', certain: true };
  }
  return { encoding: 'utf-8', certain: false };
}

export interface ChunkDecoder {
  /** Decodes the next chunk; `final` flushes a sequence cut at the end. */
  decode(chunk: Uint8Array, final: boolean): string;
}

export function createChunkDecoder(encoding: TextEncodingName): ChunkDecoder {
  switch (encoding) {
    case 'utf-8': {
      const decoder = new TextDecoder('utf-8', { fatal: true });
      return {
        decode(chunk, final) {
          try {
            return decoder.decode(chunk, { stream: !final });
          } catch (error) {
            throw new InvalidUtf8Error(error instanceof Error ? error.message : String(error));
          }
        },
      };
    }
    case 'windows-1252':
      return { decode: (chunk) => decodeWindows1252(chunk) };
    default: {
      // A BOM makes the encoding certain, so a stray invalid byte becomes U+FFFD and shows up in
      // the report as an unknown value instead of failing the whole file. TextDecoder drops the BOM.
      const decoder = new TextDecoder(encoding === 'utf-8-bom' ? 'utf-8' : encoding);
      return { decode: (chunk, final) => decoder.decode(chunk, { stream: !final }) };
    }
  }
}

// Bytes 0x80–0x9F of Windows-1252 (€, ‚, „, …, –, — …); 0 marks the five unassigned ones, which
// WHATWG maps to the C1 control of the same number. Everything else is Latin-1.
const WINDOWS_1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];

/**
 * Windows-1252 by table rather than TextDecoder: Node's TextDecoder (20 and 22) reads the label as
 * Latin-1 and turns "€" and "–" into control characters. A single-byte encoding needs no state
 * across chunks.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    units[i] = byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] || byte : byte;
  }
  let text = '';
  for (let i = 0; i < units.length; i += 8192) {
    text += String.fromCharCode(...units.subarray(i, i + 8192));
  }
  return text;
}
