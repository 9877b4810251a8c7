// Reading an Excel workbook (.xlsx) into rows of cells, with read-excel-file's universal build:
// it takes an ArrayBuffer and needs no DOM, so the import worker and a server read workbooks
// the same way. A workbook is read whole (a zip cannot be read as a stream of rows), which is
// why MAX_XLSX_BYTES is lower than what a CSV may be.
import type { CellValue } from './flow-rows';

/** Larger workbooks are refused with a report: read whole, they would exhaust a tab's memory. */
export const MAX_XLSX_BYTES = 50 * 1024 * 1024;

export interface WorkbookSheet {
  name: string;
  rows: CellValue[][];
}

export type WorkbookReading = { ok: true; sheets: WorkbookSheet[] } | { ok: false; message: string };

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** The old binary Excel format (.xls) and other OLE files start with these bytes. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

export function looksLikeZip(head: Uint8Array): boolean {
  return startsWith(head, ZIP_SIGNATURE);
}

export function looksLikeOldExcel(head: Uint8Array): boolean {
  return startsWith(head, OLE_SIGNATURE);
}

/** A date cell (a Date at UTC midnight) as the calendar day it shows; other cells as they are. */
function cellOf(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookReading> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  try {
    // Loaded on the first workbook: CSV and JSON imports never pay for the zip and XML readers.
    const { default: readXlsxFile } = await import('read-excel-file/universal');
    const sheets = await readXlsxFile(buffer);
    return {
      ok: true,
      sheets: sheets.map((sheet) => ({
        name: sheet.sheet,
        rows: sheet.data.map((row) => row.map(cellOf)),
      })),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: message.slice(0, 300) };
  }
}
