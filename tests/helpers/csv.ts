// Test helper: reads CSV strictly, as a spreadsheet would, so tests see what users' tools see.

/** An RFC 4180 reader (quoted fields, "" for a quote, CRLF records): what a spreadsheet sees. */
export function parseCsv(text: string, delimiter: ',' | ';' = ','): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else if (char === '\r' || char === '\n' || char === '"') {
      throw new Error(`unquoted ${JSON.stringify(char)} at ${i}: not RFC 4180`);
    } else field += char;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || record.length > 0) throw new Error('last record has no CRLF');
  return records;
}

/**
 * A file the dashboard wrote: a UTF-8 byte-order mark, what the file holds (one line each), an
 * empty line, then the table.
 */
export function readDownloadedCsv(data: Buffer, delimiter: ',' | ';') {
  const text = data.toString('utf8');
  if (!text.startsWith('\uFEFF')) throw new Error('no UTF-8 byte-order mark');
  const records = parseCsv(text.slice(1), delimiter);
  const blank = records.findIndex((record) => record.length === 1 && record[0] === '');
  if (blank <= 0) throw new Error('no preamble ended by an empty line');
  return {
    preamble: records.slice(0, blank).map((record) => record[0] ?? ''),
    table: records.slice(blank + 1),
  };
}
