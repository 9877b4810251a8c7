// Test helper: reads CSV strictly, as a spreadsheet would, so tests see what users' tools see.

export /** An RFC 4180 reader (quoted fields, "" for a quote, CRLF records): what a spreadsheet sees. */
function parseCsv(text: string, delimiter: ',' | ';' = ','): string[][] {
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
