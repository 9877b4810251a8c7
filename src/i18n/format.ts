import type { IsoDate } from '../domain/calendar-date';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const LOCALE: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

// Formatters are costly to build; keep one per language and style.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

export function localeOf(language: Language): string {
  return LOCALE[language];
}

export function formatNumber(language: Language, value: number, maximumFractionDigits = 0): string {
  return cached(
    `n:${language}:${maximumFractionDigits}`,
    () => new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits }),
  ).format(value);
}

/** Tonnes with the unit "t", e.g. "3.100 t" in id-ID. */
export function formatTonnes(language: Language, tonnes: number): string {
  const digits = Math.abs(tonnes) < 10 ? 1 : 0;
  return `${formatNumber(language, tonnes, digits)}\u00a0t`;
}

/**
 * Modelled or estimated tonnes on screen: three significant figures ("9.420 t", not "9.417 t"),
 * which is all a model calibrated to a few published figures can claim. Tables and CSV files
 * keep the exact value.
 */
export function formatTonnesEstimate(language: Language, tonnes: number): string {
  const formatted = cached(
    `e:${language}`,
    () => new Intl.NumberFormat(LOCALE[language], { maximumSignificantDigits: 3 }),
  ).format(tonnes);
  return `${formatted}\u00a0t`;
}

/**
 * A share with exactly `fractionDigits` decimals ("12,0%" next to "12,5%"), for columns and lists
 * where shares are read against each other.
 */
export function formatPercentFixed(language: Language, fraction: number, fractionDigits = 1): string {
  return cached(
    `pf:${language}:${fractionDigits}`,
    () =>
      new Intl.NumberFormat(LOCALE[language], {
        style: 'percent',
        maximumFractionDigits: fractionDigits,
        minimumFractionDigits: fractionDigits,
      }),
  ).format(fraction);
}

/** A share given as a fraction 0–1, e.g. "93,5%" in id-ID. */
export function formatPercent(language: Language, fraction: number, maximumFractionDigits = 1): string {
  return cached(
    `p:${language}:${maximumFractionDigits}`,
    () =>
      new Intl.NumberFormat(LOCALE[language], {
        style: 'percent',
        maximumFractionDigits,
        minimumFractionDigits: 0,
      }),
  ).format(fraction);
}

function utcDate(date: string): Date {
  const [y = '1970', m = '01', d = '01'] = date.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

/**
 * A calendar date (or a partial one, "2024" or "2024-05") in words, e.g. "3 Oktober 2025".
 * Dates are Jakarta calendar days, so they are formatted in UTC to keep the day unchanged.
 */
export function formatDate(language: Language, date: IsoDate | string): string {
  const parts = date.split('-').length;
  const options: Intl.DateTimeFormatOptions =
    parts === 1
      ? { year: 'numeric' }
      : parts === 2
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric', month: 'long', day: 'numeric' };
  return cached(
    `d:${language}:${parts}`,
    () => new Intl.DateTimeFormat(LOCALE[language], { ...options, timeZone: 'UTC' }),
  ).format(utcDate(date));
}

/** A short month label for axes, e.g. "Okt 2025". */
export function formatMonth(language: Language, date: IsoDate): string {
  return cached(
    `m:${language}`,
    () => new Intl.DateTimeFormat(LOCALE[language], { year: 'numeric', month: 'short', timeZone: 'UTC' }),
  ).format(utcDate(date));
}

export function formatTime(language: Language, at: number): string {
  return cached(
    `t:${language}`,
    () =>
      new Intl.DateTimeFormat(LOCALE[language], {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'Asia/Jakarta',
      }),
  ).format(new Date(at));
}
