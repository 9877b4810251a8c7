// Dates as spreadsheets write them. An Indonesian Excel saves "01/09/2026" (day first), an
// American one "09/01/2026" (month first), and the text alone cannot tell which is meant unless
// a day above 12 appears. So the order is never guessed: the import looks at the dates of its
// sample, says what they look like, and asks the analyst to confirm before any row is read.
import { isIsoDate, type IsoDate } from '../domain/calendar-date';

/** Day/month/year (Indonesia, most of the world) or month/day/year (United States). */
export type DateOrder = 'dmy' | 'mdy';

/** 1/9/2026, 01-09-2026, 01.09.2026, optionally followed by a time Excel adds ("01/09/2026 0:00"). */
const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;

const ISO_PREFIX = /^\d{4}-\d{2}-\d{2}/;

export interface DateOrderQuestion {
  /** The order the dates look like; day first when nothing decides (the Indonesian way). */
  detected: DateOrder;
  /** True when every date seen reads both ways (no day above 12): the answer is a real choice. */
  ambiguous: boolean;
  /** A few dates from the file, to show what is being decided. */
  examples: string[];
}

function parts(raw: string): [number, number, number] | null {
  const match = NUMERIC_DATE.exec(raw.trim());
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Whether a cell holds a date written with numbers in some day/month order. */
export function isNumericDate(raw: string): boolean {
  return parts(raw) !== null;
}

/**
 * The question to ask about the dates of a sample, or null when they need none: no numeric
 * dates, or fewer of them than YYYY-MM-DD dates (then the odd 31/01/2024 is a slip, reported
 * row by row with its ISO form suggested). Dates that fit neither order are left for the row
 * checks to report.
 */
export function dateOrderQuestion(values: Iterable<string>): DateOrderQuestion | null {
  let iso = 0;
  let numeric = 0;
  let dayFirst = 0;
  let monthFirst = 0;
  const examples: string[] = [];
  for (const raw of values) {
    const found = parts(raw);
    if (!found) {
      if (ISO_PREFIX.test(raw.trim())) iso++;
      continue;
    }
    numeric++;
    const [first, second] = found;
    if (first > 12 && second <= 12) dayFirst++;
    if (second > 12 && first <= 12) monthFirst++;
    const example = raw.trim();
    if (examples.length < 3 && !examples.includes(example)) examples.push(example);
  }
  if (numeric === 0 || numeric <= iso) return null;
  if (dayFirst > 0 && monthFirst === 0) return { detected: 'dmy', ambiguous: false, examples };
  if (monthFirst > 0 && dayFirst === 0) return { detected: 'mdy', ambiguous: false, examples };
  return { detected: 'dmy', ambiguous: true, examples };
}

/** A numeric date read in the given order, as YYYY-MM-DD; null when it is not a calendar day. */
export function readNumericDate(raw: string, order: DateOrder): IsoDate | null {
  const found = parts(raw);
  if (!found) return null;
  const [first, second, year] = found;
  const [day, month] = order === 'dmy' ? [first, second] : [second, first];
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** How the question and the report write an order: "DD/MM/YYYY". */
export function dateOrderPattern(order: DateOrder): string {
  return order === 'dmy' ? 'DD/MM/YYYY' : 'MM/DD/YYYY';
}
