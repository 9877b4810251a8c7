// PNG encoding of an exported chart: the SVG drawn into a canvas, and text chunks that carry the
// chart's title, sources and status inside the file.

/** The exported PNG is drawn at twice the SVG's size, for projectors and slides. */
export const PNG_SCALE = 2;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * The PNG with an international text chunk (iTXt, UTF-8) per entry, placed after the header, so
 * the file keeps its title, sources, status and provenance even where the picture is cropped.
 */
export function withPngText(
  png: Uint8Array,
  entries: readonly [keyword: string, text: string][],
): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const chunks = entries.map(([keyword, text]) => {
    // keyword, NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL, text
    const data = new Uint8Array([...encoder.encode(keyword), 0, 0, 0, 0, 0, ...encoder.encode(text)]);
    const chunk = new Uint8Array(12 + data.length);
    const view = new DataView(chunk.buffer);
    view.setUint32(0, data.length);
    chunk.set(encoder.encode('iTXt'), 4);
    chunk.set(data, 8);
    view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
    return chunk;
  });
  // 8-byte signature, then IHDR: 4 length + 4 type + 13 data + 4 CRC.
  const headerEnd = 8 + 25;
  const total = png.length + chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const out = new Uint8Array(total);
  out.set(png.subarray(0, headerEnd), 0);
  let offset = headerEnd;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  out.set(png.subarray(headerEnd), offset);
  return out;
}

const MAX_CANVAS_SIDE = 16_384;
const MAX_CANVAS_AREA = 64_000_000;

/** The scale to draw at: `scale`, or less where the canvas would be larger than browsers allow. */
export function canvasScale(width: number, height: number, scale: number): number {
  return Math.min(
    scale,
    MAX_CANVAS_SIDE / width,
    MAX_CANVAS_SIDE / height,
    Math.sqrt(MAX_CANVAS_AREA / (width * height)),
  );
}

/** PNG of an SVG text at `scale`: drawn into a canvas from a blob: URL (the CSP allows img-src blob:). */
export async function svgToPng(
  svgText: string,
  width: number,
  height: number,
  scale = PNG_SCALE,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image(width, height);
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('SVG image did not load'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    // Browsers refuse canvases past about 16k pixels a side (or 268 M pixels): a hostile width,
    // such as a 5,000-character name, is drawn smaller rather than not at all.
    const fitted = canvasScale(width, height, scale);
    canvas.width = Math.max(1, Math.round(width * fitted));
    canvas.height = Math.max(1, Math.round(height * fitted));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
