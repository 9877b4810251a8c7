// Calendar dates are Jakarta calendar days written as 'YYYY-MM-DD'. They are handled as whole
// days since 1970-01-01 so that no time zone (the browser's or the server's) can move a day
// across a month boundary.

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type IsoDate = string;

// Checked by arithmetic, not by a round trip through Date and toISOString: the contract checks
// every date of every response with this, tens of thousands per seven-year daily view.
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** [year, month (1–12), day] of a valid date, or null. Years before 100 are refused (Date.UTC maps them to 19xx). */
function dateParts(value: string): [number, number, number] | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 100 || month < 1 || month > 12 || day < 1) return null;
  const lastDay = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day <= lastDay ? [year, month, day] : null;
}

export function isIsoDate(value: string): boolean {
  return dateParts(value) !== null;
}

export function toDayNumber(date: IsoDate): number {
  const parts = dateParts(date);
  if (!parts) throw new RangeError(`Not a calendar date: ${date}`);
  return Date.UTC(parts[0], parts[1] - 1, parts[2]) / MS_PER_DAY;
}

const twoDigits = (value: number) => (value < 10 ? `0${value}` : String(value));

/**
 * The date of a day number, by arithmetic (H. Hinnant's civil-from-days) rather than through Date
 * and toISOString: aggregations and chart axes call this for every day of seven-year series.
 * A fractional day number gives the day it falls in.
 */
export function fromDayNumber(day: number): IsoDate {
  const shifted = Math.floor(day) + 719_468; // days since 0000-03-01
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${twoDigits(month)}-${twoDigits(dayOfMonth)}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export function daysBetweenInclusive(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from) + 1;
}

/** 0 = Monday … 6 = Sunday (ISO weekday minus one). */
export function weekdayIndex(day: number): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((day + 3) % 7) + 7) % 7;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function monthOf(date: IsoDate): number {
  return Number(date.slice(5, 7));
}

export function addMonths(date: IsoDate, months: number): IsoDate {
  const y = yearOf(date);
  const m = monthOf(date) - 1 + months;
  const targetYear = y + Math.floor(m / 12);
  const targetMonth = ((m % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const d = Math.min(Number(date.slice(8, 10)), lastDay);
  return fromDayNumber(Date.UTC(targetYear, targetMonth, d) / MS_PER_DAY);
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

/**
 * Jakarta keeps Western Indonesian Time, UTC+7 all year (no daylight saving since 1964), so its
 * calendar day is plain arithmetic. An `Intl.DateTimeFormat` for the zone would do the same, but
 * building one loads the time-zone data: about 80 ms of the start-up at 4× CPU slowdown.
 */
const JAKARTA_OFFSET_MS = 7 * 3_600_000;

/** The calendar day in Jakarta (UTC+7) of a moment: 2026-03-01T20:00Z is already 2 March there. */
export function jakartaDate(moment: Date | string): IsoDate {
  const at = typeof moment === 'string' ? Date.parse(moment) : moment.getTime();
  if (!Number.isFinite(at)) throw new RangeError(`Not a moment: ${String(moment)}`);
  return fromDayNumber(Math.floor((at + JAKARTA_OFFSET_MS) / MS_PER_DAY));
}
