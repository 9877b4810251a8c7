import { createContext, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { IsoDate } from '../domain/calendar-date';
import {
  formatDate,
  formatMonth,
  formatNumber,
  formatPercent,
  formatPercentFixed,
  formatTime,
  formatTonnes,
  formatTonnesEstimate,
  type Language,
} from './format';
import type { MessageKey } from './messages-id';
import {
  cataloguesVersion,
  isLanguageLoaded,
  loadLanguage,
  subscribeToCatalogues,
  translate,
  type MessageValues,
} from './translate';

export interface I18n {
  language: Language;
  t: (key: MessageKey, values?: MessageValues) => string;
  number: (value: number, maximumFractionDigits?: number) => string;
  tonnes: (value: number) => string;
  /** Estimated tonnes, to three significant figures. */
  tonnesEstimate: (value: number) => string;
  percent: (fraction: number, maximumFractionDigits?: number) => string;
  /** A share with a fixed number of decimals, for columns of shares. */
  percentFixed: (fraction: number, fractionDigits?: number) => string;
  date: (date: IsoDate | string) => string;
  month: (date: IsoDate) => string;
  time: (at: number) => string;
}

export function i18nFor(language: Language): I18n {
  return {
    language,
    t: (key, values) => translate(language, key, values),
    number: (value, digits) => formatNumber(language, value, digits),
    tonnes: (value) => formatTonnes(language, value),
    tonnesEstimate: (value) => formatTonnesEstimate(language, value),
    percent: (fraction, digits) => formatPercent(language, fraction, digits),
    percentFixed: (fraction, digits) => formatPercentFixed(language, fraction, digits),
    date: (date) => formatDate(language, date),
    month: (date) => formatMonth(language, date),
    time: (at) => formatTime(language, at),
  };
}

/**
 * The language messages are shown in. The app provides the one the URL asks for; without a
 * provider it is Bahasa Indonesia, the default. (A context keeps i18n below the view state.)
 */
export const LanguageContext = createContext<Language>('id');

/** Messages and formats in the chosen language. */
export function useI18n(): I18n {
  const language = useContext(LanguageContext);
  useSyncExternalStore(subscribeToCatalogues, cataloguesVersion, cataloguesVersion);
  useEffect(() => {
    if (!isLanguageLoaded(language)) void loadLanguage(language);
  }, [language]);
  // t() reads the catalogue when called; subscribing re-renders once a language has arrived.
  return useMemo(() => i18nFor(language), [language]);
}
