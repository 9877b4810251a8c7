import { CALENDAR_EVENTS, type CalendarEventKind } from '../../domain/calendar-events';
import type { DateRange } from '../../domain/period';
import type { Band, EventMarker } from '../../charts/time-series-chart';
import type { I18n } from '../../i18n/use-i18n';
import type { MessageKey } from '../../i18n/messages-id';

const EVENT_LABEL: Record<CalendarEventKind, MessageKey> = {
  'ramadan-start': 'events.ramadan',
  lebaran: 'events.lebaran',
  'idul-adha': 'events.iduladha',
  agreement: 'events.agreement',
};
const SHOWN: ReadonlySet<CalendarEventKind> = new Set(['ramadan-start', 'lebaran', 'agreement']);

/** Ramadan, Lebaran and the agreement signing inside the range, as vertical markers. */
export function eventMarkers(range: DateRange, { t }: Pick<I18n, 't'>): EventMarker[] {
  return CALENDAR_EVENTS.filter(
    (event) => SHOWN.has(event.kind) && event.date >= range.from && event.date <= range.to,
  ).map((event) => ({ date: event.date, label: t(EVENT_LABEL[event.kind]) }));
}

/** The main (March–April) and second (July–August) rice harvests of each year in the range. */
export function harvestBands(range: DateRange, { t }: Pick<I18n, 't'>): Band[] {
  const bands: Band[] = [];
  for (let year = Number(range.from.slice(0, 4)); year <= Number(range.to.slice(0, 4)); year++) {
    bands.push({ from: `${year}-03-01`, to: `${year}-04-30`, label: t('events.mainHarvest') });
    bands.push({ from: `${year}-07-01`, to: `${year}-08-31`, label: t('events.secondHarvest') });
  }
  return bands
    .map((band) => ({
      ...band,
      from: band.from < range.from ? range.from : band.from,
      to: band.to > range.to ? range.to : band.to,
    }))
    .filter((band) => band.from <= band.to);
}
