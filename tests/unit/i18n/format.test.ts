import { describe, expect, test } from 'vitest';
import {
  formatDate,
  formatMonth,
  formatNumber,
  formatPercent,
  formatPercentFixed,
  formatTime,
  formatTonnes,
  formatTonnesEstimate,
} from '../../../src/i18n/format';

/** Intl puts non-breaking (U+00A0) and narrow non-breaking (U+202F) spaces in its output. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('numbers in id-ID', () => {
  test('thousands with a dot, decimals with a comma', () => {
    expect(plain(formatNumber('id', 1234567.891, 2))).toBe('1.234.567,89');
    expect(plain(formatNumber('id', 3100))).toBe('3.100');
    expect(plain(formatNumber('id', 0.5, 1))).toBe('0,5');
  });

  test('English uses a comma for thousands and a point for decimals', () => {
    expect(plain(formatNumber('en', 1234567.891, 2))).toBe('1,234,567.89');
  });

  test('tonnes carry the unit "t" after a non-breaking space', () => {
    expect(formatTonnes('id', 3100)).toBe('3.100\u00a0t');
    expect(plain(formatTonnes('id', 46634))).toBe('46.634 t');
    expect(plain(formatTonnes('id', 7.5))).toBe('7,5 t');
    expect(plain(formatTonnes('en', 37912))).toBe('37,912 t');
  });

  test('percentages of a 0–1 fraction', () => {
    expect(plain(formatPercent('id', 0.935))).toBe('93,5%');
    expect(plain(formatPercent('id', 0.9, 0))).toBe('90%');
    expect(plain(formatPercent('en', 0.935))).toBe('93.5%');
    expect(plain(formatPercent('id', 1))).toBe('100%');
  });
});

describe('dates in id-ID', () => {
  test('month names in Indonesian', () => {
    expect(plain(formatDate('id', '2025-10-03'))).toBe('3 Oktober 2025');
    expect(plain(formatDate('id', '2024-05-02'))).toBe('2 Mei 2024');
    expect(plain(formatDate('id', '2020-08-17'))).toBe('17 Agustus 2020');
    expect(plain(formatDate('en', '2025-10-03'))).toBe('3 October 2025');
  });

  test('partial dates: a month or a year only', () => {
    expect(plain(formatDate('id', '2021-10'))).toBe('Oktober 2021');
    expect(plain(formatDate('id', '2024'))).toBe('2024');
  });

  test('New Year’s Day stays on its day (no time zone shifts it)', () => {
    expect(plain(formatDate('id', '2025-01-01'))).toBe('1 Januari 2025');
    expect(plain(formatDate('id', '2024-12-31'))).toBe('31 Desember 2024');
  });

  test('short month labels for axes', () => {
    expect(plain(formatMonth('id', '2025-10-01'))).toBe('Okt 2025');
    expect(plain(formatMonth('en', '2025-10-01'))).toBe('Oct 2025');
  });

  test('times are shown in Jakarta time (UTC+7)', () => {
    // 17:30 UTC on 2 October is 00:30 on 3 October in Jakarta.
    const text = plain(formatTime('id', Date.UTC(2025, 9, 2, 17, 30)));
    expect(text).toContain('3 Okt 2025');
    expect(text).toMatch(/00[.:]30/);
  });
});

describe('formatTonnesEstimate', () => {
  test('rounds modelled tonnes to three significant figures', () => {
    expect(plain(formatTonnesEstimate('id', 9_417))).toBe('9.420 t');
    expect(plain(formatTonnesEstimate('id', 21_727))).toBe('21.700 t');
    expect(plain(formatTonnesEstimate('id', 1_524.4))).toBe('1.520 t');
    expect(plain(formatTonnesEstimate('id', 3.14159))).toBe('3,14 t');
    expect(plain(formatTonnesEstimate('en', 1_234_567))).toBe('1,230,000 t');
  });
});

describe('formatPercentFixed', () => {
  test('keeps the same number of decimals for every share of a column', () => {
    expect(plain(formatPercentFixed('id', 0.12))).toBe('12,0%');
    expect(plain(formatPercentFixed('id', 0.125))).toBe('12,5%');
    expect(plain(formatPercentFixed('id', 0.0012, 2))).toBe('0,12%');
    expect(plain(formatPercentFixed('en', 0.5, 2))).toBe('50.00%');
  });
});
