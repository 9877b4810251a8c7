import { describe, expect, test } from 'vitest';
import {
  CsvRecordReader,
  MAX_QUOTED_FIELD_LENGTH,
  MAX_RECORD_LENGTH,
  type BrokenRecordReason,
} from '../../../src/import/csv-records';

type Read = [number, string[] | BrokenRecordReason];

function read(text: string, chunkSize = text.length || 1, delimiter = ','): Read[] {
  const out: Read[] = [];
  const reader = new CsvRecordReader(delimiter, {
    record: (fields, line) => out.push([line, fields]),
    broken: (reason, line) => out.push([line, reason]),
  });
  for (let i = 0; i < text.length; i += chunkSize) reader.push(text.slice(i, i + chunkSize));
  reader.finish();
  return out;
}

describe('CsvRecordReader', () => {
  test('fields, quotes, doubled quotes and delimiters inside quotes', () => {
    expect(read('a,b,c\n"x,1","say ""hi""",\n')).toEqual([
      [1, ['a', 'b', 'c']],
      [2, ['x,1', 'say "hi"', '']],
    ]);
  });

  test('LF, CRLF and a lone CR all end a line; the last line needs no line break', () => {
    expect(read('a\r\nb\rc\nd')).toEqual([
      [1, ['a']],
      [2, ['b']],
      [3, ['c']],
      [4, ['d']],
    ]);
  });

  test('a quoted line break stays in the field, and lines are still counted physically', () => {
    expect(read('"one\r\ntwo",x\nnext\n')).toEqual([
      [1, ['one\r\ntwo', 'x']],
      [3, ['next']],
    ]);
  });

  test('every chunk size gives the same records (CRLF and "" cut in half included)', () => {
    const text = 'h1;h2\r\n"a;""b""\r\nc";2\r\n\r\nplain;"q"\r\nlast;x';
    const whole = read(text, text.length, ';');
    for (let size = 1; size <= text.length; size++) expect(read(text, size, ';')).toEqual(whole);
  });

  test('text after a closing quote is kept, not lost', () => {
    expect(read('"5" inch,x\n')).toEqual([[1, ['5 inch', 'x']]]);
  });

  test('an unclosed quote is one broken record; reading goes on at the next line', () => {
    expect(read('ok\n"never closed,x\nnext,1\nlast,2\n')).toEqual([
      [1, ['ok']],
      [2, 'unclosed-quote'],
      [3, ['next', '1']],
      [4, ['last', '2']],
    ]);
  });

  test('a quoted field longer than any sensible cell counts as unclosed, even before the end', () => {
    const text = `a\n"${'x'.repeat(MAX_QUOTED_FIELD_LENGTH + 10)}\nb\n`;
    const records = read(text, 4096);
    expect(records[1]).toEqual([2, 'unclosed-quote']);
  });

  test('a line without end is reported once and skipped, not buffered forever', () => {
    const text = `a\n${'y'.repeat(MAX_RECORD_LENGTH * 3)}\nb\n`;
    const records = read(text, 65536);
    expect(records).toEqual([
      [1, ['a']],
      [2, 'line-too-long'],
      [3, ['b']],
    ]);
  });
});
