import { describe, expect, test } from 'vitest';
import { createChunkDecoder, InvalidUtf8Error, sniffEncoding } from '../../../src/import/text-decoding';
import { utf16 } from './import-helpers';

describe('sniffEncoding', () => {
  test('a BOM is certain', () => {
    expect(sniffEncoding(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61))).toEqual({
      encoding: 'utf-8-bom',
      certain: true,
    });
    expect(sniffEncoding(Uint8Array.of(0xff, 0xfe, 0x61, 0))).toEqual({
      encoding: 'utf-16le',
      certain: true,
    });
    expect(sniffEncoding(Uint8Array.of(0xfe, 0xff, 0, 0x61))).toEqual({
      encoding: 'utf-16be',
      certain: true,
    });
  });

  test('UTF-16 without a BOM shows as zero bytes on one side', () => {
    expect(sniffEncoding(utf16('date,origin', 'le', false)).encoding).toBe('utf-16le');
    expect(sniffEncoding(utf16('date,origin', 'be', false)).encoding).toBe('utf-16be');
  });

  test('anything else is UTF-8 until proven otherwise', () => {
    expect(sniffEncoding(new TextEncoder().encode('tanggal,asal'))).toEqual({
      encoding: 'utf-8',
      certain: false,
    });
    expect(sniffEncoding(new Uint8Array(0))).toEqual({ encoding: 'utf-8', certain: false });
  });
});

describe('createChunkDecoder', () => {
  test('UTF-8 fails loudly on bytes that are not UTF-8', () => {
    const decoder = createChunkDecoder('utf-8');
    expect(() => decoder.decode(Uint8Array.of(0x63, 0x61, 0x66, 0xe9, 0x2c), true)).toThrow(InvalidUtf8Error);
  });

  test('a sequence cut at the end of a file is an error too', () => {
    const decoder = createChunkDecoder('utf-8');
    expect(decoder.decode(Uint8Array.of(0x61, 0xc3), false)).toBe('a');
    expect(() => decoder.decode(new Uint8Array(0), true)).toThrow(InvalidUtf8Error);
  });

  test('Windows-1252 maps every byte, the 0x80–0x9F extras included', () => {
    expect(
      createChunkDecoder('windows-1252').decode(
        Uint8Array.of(0x63, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x96),
        true,
      ),
    ).toBe('café €–');
  });

  test('with a BOM the decoder drops it and replaces a stray bad byte instead of failing', () => {
    const decoder = createChunkDecoder('utf-8-bom');
    expect(decoder.decode(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61, 0xff), true)).toBe('a\uFFFD');
  });
});
