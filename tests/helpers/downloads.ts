import { vi } from 'vitest';

/**
 * Stands in for the browser's download manager: every file the page hands over is kept, in
 * order, and no link is followed. vi.restoreAllMocks() puts the browser's own functions back.
 */
export function captureDownloads(): Blob[] {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:download-${blobs.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return blobs;
}
