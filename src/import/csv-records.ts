// A streaming CSV reader (RFC 4180 quoting) that hands out one record at a time with the physical
// line it starts on, so every problem can be reported by line. Text arrives in chunks of any
// size; a record cut by a chunk boundary is read again once the rest has arrived.
//
// Damage is contained: a quoted field that never closes, or a line longer than any sensible
// record, is reported as one broken record and reading resumes on the next line, so a stray quote
// cannot swallow the rest of a million-row file into one field.

export type BrokenRecordReason = 'unclosed-quote' | 'line-too-long';

export interface CsvRecordHandler {
  record(fields: string[], line: number): void;
  broken(reason: BrokenRecordReason, line: number): void;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** No field of a flow record comes near this; beyond it a quote is taken to be unclosed. */
export const MAX_QUOTED_FIELD_LENGTH = 100_000;
export const MAX_RECORD_LENGTH = 1_000_000;

type QuotedField = { value: string; end: number; lineBreaks: number } | 'incomplete' | 'unclosed';

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}

/** Reads a quoted field whose opening quote is just before `start`. */
function readQuoted(text: string, start: number, final: boolean): QuotedField {
  const length = text.length;
  let value = '';
  let segment = start;
  let pos = start;
  for (;;) {
    const quote = text.indexOf('"', pos);
    if (quote === -1 || quote - start > MAX_QUOTED_FIELD_LENGTH) {
      return final || length - start > MAX_QUOTED_FIELD_LENGTH ? 'unclosed' : 'incomplete';
    }
    if (quote + 1 >= length && !final) return 'incomplete'; // could be the first half of ""
    if (text.charCodeAt(quote + 1) === QUOTE) {
      value += text.slice(segment, quote + 1);
      pos = quote + 2;
      segment = pos;
      continue;
    }
    value += text.slice(segment, quote);
    return { value, end: quote + 1, lineBreaks: countLineBreaks(text, start, quote) };
  }
}

/** Index just after the first line break at or after `from`, or -1 when there is none. */
function afterNextLineBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) return i + 1;
    if (c === CR) return text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
  }
  return -1;
}

export class CsvRecordReader {
  private buffer = '';
  private line = 1;
  /** After a broken record: dropping text until the next line break. */
  private skipping = false;
  private readonly delimiter: number;

  constructor(
    delimiter: string,
    private readonly handler: CsvRecordHandler,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  push(text: string): void {
    this.buffer += text;
    this.scan(false);
  }

  finish(): void {
    this.scan(true);
    this.buffer = '';
  }

  private scan(final: boolean): void {
    let text = this.buffer;
    if (this.skipping) {
      const resume = afterNextLineBreak(text, 0);
      // A CR at the very end may be the first half of CRLF; wait for the next chunk.
      if (resume === -1 || (resume === text.length && text.endsWith('\r') && !final)) {
        this.buffer = final ? '' : text.endsWith('\r') ? '\r' : '';
        return;
      }
      this.skipping = false;
      text = text.slice(resume);
    }
    const length = text.length;
    const delimiter = this.delimiter;
    let pos = 0;
    let line = this.line;

    records: while (pos < length) {
      const recordStart = pos;
      const recordLine = line;
      const fields: string[] = [];
      for (;;) {
        if (pos < length && text.charCodeAt(pos) === QUOTE) {
          const quoted = readQuoted(text, pos + 1, final);
          if (quoted === 'incomplete') {
            pos = recordStart;
            line = recordLine;
            break records;
          }
          if (quoted === 'unclosed') {
            this.handler.broken('unclosed-quote', recordLine);
            const resume = afterNextLineBreak(text, recordStart);
            line = recordLine + 1;
            if (resume === -1) {
              pos = length;
              this.skipping = !final;
              break records;
            }
            pos = resume;
            continue records;
          }
          line += quoted.lineBreaks;
          pos = quoted.end;
          // Text between a closing quote and the delimiter is kept as it is (lenient, like
          // spreadsheet programs) rather than failing the record.
          const rest = pos;
          while (pos < length) {
            const c = text.charCodeAt(pos);
            if (c === delimiter || c === LF || c === CR) break;
            pos++;
          }
          fields.push(pos > rest ? quoted.value + text.slice(rest, pos) : quoted.value);
        } else {
          const start = pos;
          while (pos < length) {
            const c = text.charCodeAt(pos);
            if (c === delimiter || c === LF || c === CR) break;
            pos++;
          }
          fields.push(text.slice(start, pos));
        }

        if (pos >= length) {
          if (final) {
            this.handler.record(fields, recordLine);
            break records;
          }
          pos = recordStart;
          line = recordLine;
          break records;
        }
        const c = text.charCodeAt(pos);
        if (c === delimiter) {
          pos++;
          continue;
        }
        if (c === CR) {
          if (pos + 1 >= length && !final) {
            pos = recordStart;
            line = recordLine;
            break records;
          }
          pos += text.charCodeAt(pos + 1) === LF ? 2 : 1;
        } else {
          pos++;
        }
        line++;
        this.handler.record(fields, recordLine);
        continue records;
      }
    }

    const pending = text.slice(pos);
    if (!final && pending.length > MAX_RECORD_LENGTH) {
      // Only a record without a line break gets this long: report it and drop its line.
      this.handler.broken('line-too-long', line);
      const resume = afterNextLineBreak(pending, 0);
      if (resume === -1) {
        this.buffer = '';
        this.skipping = true;
        this.line = line + 1;
        return;
      }
      this.buffer = '';
      this.line = line + 1;
      this.buffer = pending.slice(resume);
      this.scan(false);
      return;
    }
    this.buffer = final ? '' : pending;
    this.line = line;
  }
}
