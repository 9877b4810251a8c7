import { describe, expect, test } from 'vitest';
import { detectDecimalMark, detectDelimiter, parseNumber } from '../../../src/import/dialect';

describe('detectDelimiter', () => {
  test('the delimiter that splits the header into known column names wins', () => {
    expect(
      detectDelimiter(
        'tanggal;asal;komoditas;pintu_masuk;ton\n2024-01-01;32.09;rice-milled;PIBC;3,5\n',
        true,
      ),
    ).toBe(';');
    expect(detectDelimiter('date\torigin\tcommodity\n', true)).toBe('\t');
    expect(detectDelimiter('date|origin|commodity\n', true)).toBe('|');
    // Commas inside quoted cells do not fool it.
    expect(detectDelimiter('date;origin;source\n2024-01-01;32.09;"a, b, c, d, e"\n', true)).toBe(';');
  });

  test('without a known header, the most consistent number of fields decides', () => {
    expect(detectDelimiter('a;b;c\n1;2,5;3\n4;5;6\n', true)).toBe(';');
    expect(detectDelimiter('a,b\n1,2\n', true)).toBe(',');
  });
});

describe('detectDecimalMark', () => {
  test('decisive values decide', () => {
    expect(detectDecimalMark(['3,5', '10'], ',')).toBe('comma');
    expect(detectDecimalMark(['1.234,5'], ';')).toBe('comma');
    expect(detectDecimalMark(['3.5'], ';')).toBe('dot');
    expect(detectDecimalMark(['1,234.5'], ',')).toBe('dot');
    expect(detectDecimalMark(['0,125'], ',')).toBe('comma');
  });

  test('ambiguous values ("1.234", "1,234", integers) fall back on the delimiter', () => {
    expect(detectDecimalMark(['1.234', '7'], ';')).toBe('comma');
    expect(detectDecimalMark(['1,234', '7'], ',')).toBe('dot');
    expect(detectDecimalMark([], '\t')).toBe('dot');
  });
});

describe('parseNumber', () => {
  test.each([
    ['1234.5', 'dot', 1234.5],
    ['1,234.5', 'dot', 1234.5],
    ['1 234.5', 'dot', 1234.5],
    ['1e3', 'dot', 1000],
    ['  7 ', 'dot', 7],
    ['1.234,5', 'comma', 1234.5],
    ['3,5', 'comma', 3.5],
    ['1.234', 'comma', 1234],
    ['1\u00a0234,5', 'comma', 1234.5],
    ['-0', 'dot', 0],
    ['-4', 'dot', -4],
  ] as const)('%j with a decimal %s is %d', (raw, mark, value) => {
    expect(parseNumber(raw, mark)).toBe(value);
  });

  test('an empty cell is null (not reported); anything else that is not a number is undefined', () => {
    expect(parseNumber('', 'dot')).toBeNull();
    expect(parseNumber('  ', 'comma')).toBeNull();
    for (const raw of ['-', 'n/a', '3.5', '1,2,3', 'Infinity', '0x10', '12t']) {
      expect(parseNumber(raw, 'comma')).toBeUndefined();
    }
    expect(parseNumber('3,5', 'dot')).toBeUndefined();
    expect(parseNumber('NaN', 'dot')).toBeUndefined();
  });
});
