import {
  bytesByteSource,
  importFlowFile,
  type ImportOptions,
  type ImportOutcome,
} from '../../../src/import/import-flow-file';
import { BUILT_IN_IMPORT_REFERENCE } from '../../../src/import/import-reference';

/** Imports text (UTF-8 unless bytes are given) with the built-in catalogue. */
export function importText(
  text: string | Uint8Array,
  { name = 'flows.csv', ...options }: Partial<ImportOptions> & { name?: string } = {},
): Promise<ImportOutcome> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return importFlowFile(bytesByteSource(bytes, name), { reference: BUILT_IN_IMPORT_REFERENCE, ...options });
}

export const HEADER = 'date,origin,commodity,entry_point,tonnes,status,source';

export function csv(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** Rejections as compact strings "line column reason value→expected", easy to compare. */
export function problems(outcome: ImportOutcome): string[] {
  return outcome.report.rejections.map(
    (r) =>
      `${r.line} ${r.column ?? '-'} ${r.reason} ${r.value}${r.expected === null ? '' : `→${r.expected}`}`,
  );
}

/** Windows-1252 bytes of a text that only uses Latin-1 characters (and the few 1252 extras). */
export function windows1252(text: string): Uint8Array {
  const extras: Record<string, number> = { '€': 0x80, '–': 0x96, '—': 0x97, '‘': 0x91, '’': 0x92 };
  return Uint8Array.from([...text].map((ch) => extras[ch] ?? ch.charCodeAt(0)));
}

export function utf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const units = [...(bom ? '\uFEFF' : ''), ...text].flatMap((ch) => {
    const out: number[] = [];
    for (let i = 0; i < ch.length; i++) out.push(ch.charCodeAt(i));
    return out;
  });
  const bytes = new Uint8Array(units.length * 2);
  units.forEach((unit, i) => {
    const hi = unit >> 8;
    const lo = unit & 0xff;
    bytes[i * 2] = endian === 'le' ? lo : hi;
    bytes[i * 2 + 1] = endian === 'le' ? hi : lo;
  });
  return bytes;
}
