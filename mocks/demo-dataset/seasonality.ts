import { fromDayNumber, toDayNumber, weekdayIndex } from '../../src/domain/calendar-date';
import { eventsOfKind } from '../../src/domain/calendar-events';
import type { CommodityGroup } from '../../src/domain/commodity';

// How inflow moves through the year, as a multiplier around 1 (normalised per year later).
// Rice follows the main (Mar–Apr) and second (Jul–Aug) harvests; every commodity rises in the
// weeks before Lebaran and nearly stops around the day itself; markets are quieter on Sundays;
// sea fish follow the west monsoon, which keeps boats in port from December to February.

const LEBARAN_DAYS = eventsOfKind('lebaran').map(toDayNumber);
const RAMADAN_DAYS = eventsOfKind('ramadan-start').map(toDayNumber);

function dayOfYear(day: number): number {
  const date = fromDayNumber(day);
  return day - toDayNumber(`${date.slice(0, 4)}-01-01`);
}

function bump(dayOfYearValue: number, peak: number, width: number): number {
  // A smooth annual bump: cosine distance on the year's circle.
  const angle = (2 * Math.PI * (dayOfYearValue - peak)) / 365.25;
  return Math.exp((Math.cos(angle) - 1) * (365.25 / (2 * Math.PI * width)) ** 2);
}

/** Days from the nearest Lebaran (negative before it). */
function daysFromLebaran(day: number): number {
  let nearest = Number.POSITIVE_INFINITY;
  for (const lebaran of LEBARAN_DAYS)
    if (Math.abs(day - lebaran) < Math.abs(nearest)) nearest = day - lebaran;
  return nearest;
}

function inRamadan(day: number): boolean {
  return RAMADAN_DAYS.some((start, i) => day >= start && day < (LEBARAN_DAYS[i] ?? start));
}

// Markets close on Lebaran and trucks stop for the holiday; the day itself brings nothing.
const LEBARAN_HOLIDAY: Record<number, number> = { [-2]: 0.45, [-1]: 0.15, 0: 0, 1: 0.1, 2: 0.4, 3: 0.8 };

/** Rice by weekday (Monday first), mean 1 over the week: Sunday ≈ 8.5% of an average day. */
const RICE_SUNDAY = 0.085;
const RICE_MONDAY = 1.2;
const RICE_OTHER_DAY = (7 - RICE_SUNDAY - RICE_MONDAY) / 5;
const RICE_WEEKDAY = [RICE_MONDAY, ...Array<number>(5).fill(RICE_OTHER_DAY), RICE_SUNDAY];

export function seasonalMultiplier(group: CommodityGroup, isMarine: boolean, day: number): number {
  const doy = dayOfYear(day);
  const fromLebaran = daysFromLebaran(day);
  const holiday = LEBARAN_HOLIDAY[fromLebaran];
  if (holiday !== undefined) return holiday;

  let factor = 1;
  switch (group) {
    case 'rice':
      factor *= 0.95 + 0.1 * bump(doy, 95, 28) + 0.05 * bump(doy, 225, 22);
      if (fromLebaran >= -16 && fromLebaran <= -3) factor *= 1.12;
      break;
    case 'meat':
      if (inRamadan(day)) factor *= 1.15;
      if (fromLebaran >= -10 && fromLebaran <= -3) factor *= 1.3;
      break;
    case 'fish':
      if (isMarine) factor *= 1.08 - 0.2 * bump(doy, 20, 35);
      if (fromLebaran >= -10 && fromLebaran <= -3) factor *= 1.1;
      break;
  }
  if (fromLebaran >= 4 && fromLebaran <= 9) factor *= 1.12; // restocking after the holiday
  // PIBC almost stops on Sundays ("Sunday inflow 242–277 t", 2014–2020) and catches up on Monday
  // ("Monday by 07:00 3,400–3,900 t"); the other days carry the rest of the week, inside the
  // "in/out 2,700–4,000 t/day" of October 2021. Markets for meat and fish are only quieter.
  const weekday = weekdayIndex(day);
  if (group === 'rice') factor *= RICE_WEEKDAY[weekday] ?? 1;
  else if (weekday === 6) factor *= 0.85;
  else if (weekday === 5) factor *= 0.95;
  return factor;
}
