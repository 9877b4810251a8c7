import type { IsoDate } from './calendar-date';

export type CalendarEventKind = 'ramadan-start' | 'lebaran' | 'idul-adha' | 'agreement';

export interface CalendarEvent {
  date: IsoDate;
  kind: CalendarEventKind;
}

// The government's calendar: Idul Fitri (Lebaran) and Idul Adha as the joint decree (SKB 3 Menteri)
// on national holidays sets them, the start of Ramadan as the government announced it (the SKB
// does not set it). They move about eleven days earlier each year. They shape the
// demo data (demand peaks before Lebaran, markets close on the day) and mark time charts.
const RAMADAN_START: IsoDate[] = [
  '2019-05-06',
  '2020-04-24',
  '2021-04-13',
  '2022-04-02',
  '2023-03-23',
  '2024-03-12',
  '2025-03-01',
  '2026-02-18',
];
const LEBARAN: IsoDate[] = [
  '2019-06-05',
  '2020-05-24',
  '2021-05-13',
  '2022-05-02',
  '2023-04-22',
  '2024-04-10',
  '2025-03-31',
  // SKB 3 Menteri of 19 Sep 2025: Idul Fitri 21–22 March 2026 (20 March is cuti bersama).
  '2026-03-21',
];
const IDUL_ADHA: IsoDate[] = [
  '2019-08-11',
  '2020-07-31',
  '2021-07-20',
  '2022-07-10',
  '2023-06-29',
  '2024-06-17',
  '2025-06-06',
  '2026-05-27',
];

export const AGREEMENT_SIGNING_DATE: IsoDate = '2025-10-03';

export const CALENDAR_EVENTS: readonly CalendarEvent[] = [
  ...RAMADAN_START.map((date) => ({ date, kind: 'ramadan-start' as const })),
  ...LEBARAN.map((date) => ({ date, kind: 'lebaran' as const })),
  ...IDUL_ADHA.map((date) => ({ date, kind: 'idul-adha' as const })),
  { date: AGREEMENT_SIGNING_DATE, kind: 'agreement' as const },
].sort((a, b) => a.date.localeCompare(b.date));

export function eventsOfKind(kind: CalendarEventKind): IsoDate[] {
  return CALENDAR_EVENTS.filter((event) => event.kind === kind).map((event) => event.date);
}
